#!/usr/bin/env python3
"""Replay check: `ward replay` must rebuild, from the trace alone, the exact provider request of every
model call, so a failed agent run can be re-executed.

Usage: run.py WARD_IO [CAPTURE]   (WARD_IO = the `ward_io` example binary of ward-core)

A loopback HTTP server (127.0.0.1, Python stdlib) plays the provider: it receives each replayed request
at its API path (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`) and checks that the body is JSON-equal to the
request recorded in the capture for that span (sent in `X-Ward-Span`). It answers 200 on equality and
409 with a diff otherwise. The check also requires every step to be `rebuilt` from the trace (not
copied from the recorded request) and that unknown traces fail with `not_found`.
"""
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Provider(BaseHTTPRequestHandler):
    originals = {}
    results = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        span = self.headers.get("X-Ward-Span", "")
        want = Provider.originals.get(span)
        ok = want is not None and want["request"] == body and want["path"] == self.path
        Provider.results.append((span, ok))
        data = json.dumps({"ok": ok} if ok else {"ok": False, "got": body, "want": want}).encode()
        self.send_response(200 if ok else 409)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    ward_io = Path(sys.argv[1])
    capture = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/replay/agent.jsonl"
    traces = set()
    for line in capture.read_text().splitlines():
        try:
            ex = json.loads(line)
        except ValueError:
            continue
        if "request" in ex and "span_id" in ex:
            path = "/v1/" + ex["url"].rsplit("/v1/", 1)[1]
            Provider.originals[ex["span_id"]] = {"request": ex["request"], "path": path}
            traces.add(ex["trace_id"])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Provider)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    failures = []
    replayed = 0
    for trace in sorted(traces):
        out = json.loads(subprocess.run([str(ward_io), "replay", trace, str(capture)], check=True,
                                        capture_output=True, text=True).stdout)
        for step in out["steps"]:
            replayed += 1
            if not step["rebuilt"]:
                failures.append(f"{step['span_id']}: not rebuilt from the trace")
            req = urllib.request.Request(base + step["path"], data=json.dumps(step["request"]).encode(),
                                         headers={"Content-Type": "application/json", "X-Ward-Span": step["span_id"]})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    r.read()
            except urllib.error.HTTPError as e:
                failures.append(f"{step['span_id']}: {e.code} {e.read().decode()[:2000]}")
    missing = set(Provider.originals) - {s for s, ok in Provider.results if ok}
    if missing:
        failures.append(f"model calls never replayed equal: {sorted(missing)}")
    bad = subprocess.run([str(ward_io), "replay", "ffffffffffffffffffffffffffffffff", str(capture)],
                         capture_output=True, text=True)
    if bad.returncode != 2 or not bad.stderr.startswith("not_found"):
        failures.append(f"unknown trace: exit {bad.returncode} {bad.stderr!r}")
    server.shutdown()
    for f in failures:
        print("FAIL", f)
    print(f"replay: {replayed} requests replayed across {len(traces)} traces, "
          f"{sum(ok for _, ok in Provider.results)} JSON-equal; {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
