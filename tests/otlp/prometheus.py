#!/usr/bin/env python3
"""Prometheus exposition check: parse `cost_report(format=prometheus)` with the reference parser of
PyPI `prometheus-client` and check types, `_total` counters, label escaping and values.

Usage: prometheus.py WARD_IO [CAPTURE]
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]


def expose(ward_io, capture):
    opts = json.dumps({"format": "prometheus", "now": "2026-11-27T00:00:00Z"})
    return subprocess.run([str(ward_io), "cost", str(capture), opts], check=True, capture_output=True,
                          text=True).stdout


def main():
    ward_io = Path(sys.argv[1])
    capture = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/replay/agent.jsonl"
    failures = []
    text = expose(ward_io, capture)
    fams = {f.name: f for f in text_string_to_metric_families(text)}
    for line in text.splitlines():
        if line.startswith("# TYPE ") and line.split()[3] == "counter" and not line.split()[2].endswith("_total"):
            failures.append(f"counter without _total: {line}")
    for f in fams.values():
        if f.type not in ("counter", "gauge"):
            failures.append(f"{f.name}: type {f.type}")
    cost = sum(s.value for s in fams["ward_llm_cost_usd"].samples)
    if abs(cost - 0.004665) > 1e-12:
        failures.append(f"cost sum {cost}")
    unpriced = [s for s in fams["ward_llm_unpriced_calls"].samples if s.value > 0]
    if [s.labels["model"] for s in unpriced] != ["acme-llm-9"]:
        failures.append(f"unpriced {unpriced}")
    inputs = sum(s.value for s in fams["ward_llm_input_tokens"].samples)
    if inputs != 3120:
        failures.append(f"input tokens {inputs}")
    if fams["ward_capture_unreadable_lines"].samples[0].value != 1:
        failures.append("unreadable lines")
    proj = fams["ward_llm_cost_projected_month_usd"].samples[0]
    if proj.labels != {"month": "2026-11"} or not 0.0074 < proj.value < 0.0076:
        failures.append(f"projection {proj}")

    # Label escaping: backslash, quote and newline in attribute values must round-trip.
    nasty = 'a"b\\c\nd'
    line = {"url": "https://api.openai.com/v1/chat/completions", "status": 200,
            "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]},
            "response": {"object": "chat.completion", "model": "gpt-4o", "choices": [],
                         "usage": {"prompt_tokens": 1000, "completion_tokens": 100}},
            "start": "2026-11-27T10:00:00Z", "end": "2026-11-27T10:00:01Z",
            "attributes": {"user": nasty, "tenant": "t,1", "feature": "f=1"}}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(json.dumps(line) + "\n")
    fams = {f.name: f for f in text_string_to_metric_families(expose(ward_io, f.name))}
    sample = fams["ward_llm_cost_usd"].samples[0]
    if sample.labels.get("user") != nasty or sample.labels.get("tenant") != "t,1":
        failures.append(f"escaping: {sample.labels!r}")
    if abs(sample.value - (1000 * 2.5e-6 + 100 * 1e-5)) > 1e-12:
        failures.append(f"escaped series value {sample.value}")
    Path(f.name).unlink()
    for f in failures:
        print("FAIL", f)
    print(f"prometheus: {len(fams)} families parsed; {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
