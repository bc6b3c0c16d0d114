#!/usr/bin/env python3
"""A/B speed of two `redact_eval` drivers on one corpus, interleaved so both see the same machine load.

    python3 benches/quality/ab_speed.py OLD_DRIVER NEW_DRIVER [--corpus corpus.jsonl] [--rounds 5] [--seconds 4]

Prints the median whole-corpus MB/s and 4 KB-prompt p50 of each driver (from `redact_eval speed`).
"""

import argparse
import json
import statistics
import subprocess


def once(driver, corpus, seconds):
    out = subprocess.run([driver, "speed", corpus, str(seconds)], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--corpus", default="corpus.jsonl")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=4)
    args = ap.parse_args()
    runs = {"old": [], "new": []}
    for _ in range(args.rounds):
        for name in ("old", "new"):
            runs[name].append(once(getattr(args, name), args.corpus, args.seconds))
    for name, rs in runs.items():
        mbs = statistics.median(r["corpus_mb_per_s"] for r in rs)
        p50 = statistics.median(r["prompt_p50_us"] for r in rs)
        print(f"{name}: median {mbs:.2f} MB/s, 4 KB prompt p50 {p50:.0f} µs ({args.rounds} interleaved rounds)")


if __name__ == "__main__":
    main()
