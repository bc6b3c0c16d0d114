#!/usr/bin/env python3
"""Prometheus exposition check: parse `cost_report(format=prometheus)` with the reference parser of
PyPI `prometheus-client` and check types, `_total` counters, label escaping and values; then serve it on
loopback, let Debian's real `prometheus` server (apt package `prometheus`, installed by `cargo xtask
setup`) scrape it, and query its HTTP API for the scraped values.

Usage: prometheus.py WARD_IO [CAPTURE]
"""
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]


def expose(ward_io, capture):
    opts = json.dumps({"format": "prometheus", "now": "2026-11-27T00:00:00Z"})
    return subprocess.run([str(ward_io), "cost", str(capture), opts], check=True, capture_output=True,
                          text=True).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(text):
    """Serve `text` at /metrics, have a real Prometheus scrape it, query the API. Returns failures."""
    binary = shutil.which("prometheus") or "/usr/bin/prometheus"
    if not Path(binary).exists():
        return ["Debian's prometheus is not installed (run `cargo xtask setup`)"]

    class Exporter(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            data = text.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    exporter = ThreadingHTTPServer(("127.0.0.1", 0), Exporter)
    threading.Thread(target=exporter.serve_forever, daemon=True).start()
    port = free_port()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "prometheus.yml"
        cfg.write_text("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: ward\n    static_configs:\n"
                       f"      - targets: ['127.0.0.1:{exporter.server_address[1]}']\n")
        proc = subprocess.Popen([binary, f"--config.file={cfg}", f"--storage.tsdb.path={tmp}/data",
                                 f"--web.listen-address=127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        api = f"http://127.0.0.1:{port}/api/v1/"

        def get(path, **params):
            url = api + path + ("?" + urllib.parse.urlencode(params) if params else "")
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.loads(r.read())["data"]

        try:
            target, result = None, []
            for _ in range(60):
                time.sleep(0.5)
                try:
                    active = get("targets")["activeTargets"]
                    target = active[0] if active else None
                    result = get("query", query="sum(ward_llm_cost_usd_total)")["result"]
                except OSError:
                    continue
                if target and target.get("health") == "up" and result:
                    break
            if not target or target.get("health") != "up" or target.get("lastError"):
                failures.append(f"scrape target not healthy: {target}")
            elif not result or abs(float(result[0]["value"][1]) - 0.004665) > 1e-12:
                failures.append(f"scraped cost: {result}")
            else:
                unpriced = get("query", query='ward_llm_unpriced_calls_total{model="acme-llm-9"}')["result"]
                if [r["value"][1] for r in unpriced] != ["1"]:
                    failures.append(f"scraped unpriced: {unpriced}")
                proj = get("query", query="ward_llm_cost_projected_month_usd")["result"]
                if not proj or proj[0]["metric"].get("month") != "2026-11":
                    failures.append(f"scraped projection: {proj}")
                print(f"prometheus: real server scraped {target['scrapeUrl']}: cost {result[0]['value'][1]}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            exporter.shutdown()
    return failures


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
    failures.extend(scrape(text))
    for f in failures:
        print("FAIL", f)
    print(f"prometheus: {len(fams)} families parsed; {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
