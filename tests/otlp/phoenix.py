#!/usr/bin/env python3
"""`ward otel --endpoint` against a real OTLP/HTTP receiver: Arize Phoenix (PyPI `arize-phoenix`, pinned in
tests/otlp/requirements-phoenix.txt, installed in its own venv `.venv-phoenix` by `cargo xtask setup`).

Usage: phoenix.py WARD [CAPTURE]   (WARD = the ward CLI, e.g. dist/ward; run with .venv-phoenix's python)

Phoenix is started on 127.0.0.1 on free ports with its SQLite data in a temporary directory. Its
`POST /v1/traces` takes `application/x-protobuf` only (415 otherwise) and parses the body with the
official `ExportTraceServiceRequest`; it has no `/v1/metrics`, so the metrics stay with check.py's
receiver. The script:
1. sends the capture with `ward otel CAPTURE --endpoint URL --signals traces` (default protocol, which
   must be http/protobuf) and expects exit 0;
2. sends it again with `--protocol http/json` and expects ward to report Phoenix's 415 (the receiver is
   strict, so step 1 proves the protobuf encoding, not a lenient server);
3. reads the spans back with Phoenix's REST API (`GET /v1/projects/default/spans`) and compares them with
   ward's own OTLP/JSON for the same capture: every span present once, same name, trace id, span id,
   parent id, start/end time, and the model, token-usage and cost attributes;
4. for the metrics, which Phoenix does not take: catches ward's http/protobuf POST to /v1/metrics on a
   loopback socket and checks that the official `ExportMetricsServiceRequest.ParseFromString` of the body
   equals `json_format.Parse` of ward's printed OTLP/JSON metrics.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import threading
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from google.protobuf import json_format
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest

ROOT = Path(__file__).resolve().parents[2]
FAILURES = []
CHECKED_ATTRS = ("gen_ai.operation.name", "gen_ai.provider.name", "gen_ai.request.model",
                 "gen_ai.response.model", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
                 "gen_ai.usage.cost")


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def flat(d, prefix=""):
    """Phoenix returns attributes nested by dots ({"gen_ai": {"usage": ...}}); flatten them back."""
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flat(v, key + "."))
        else:
            out[key] = v
    return out


def any_value(v):
    which, = v.keys()
    x = v[which]
    return int(x) if which == "intValue" else x


def expected_spans(ward, capture):
    out = subprocess.run([str(ward), "otel", str(capture)], check=True, capture_output=True,
                         text=True).stdout
    traces = json.loads(out.splitlines()[0])
    spans = {}
    for rs in traces["resourceSpans"]:
        for ss in rs["scopeSpans"]:
            for s in ss["spans"]:
                s["attrs"] = {kv["key"]: any_value(kv["value"]) for kv in s.get("attributes", [])}
                spans[s["spanId"]] = s
    return spans


def iso_nanos(text):
    """Phoenix's ISO 8601 time -> Unix microseconds (Phoenix keeps microseconds)."""
    t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return int(t.timestamp()) * 1_000_000 + t.microsecond


def metrics_protobuf(ward, capture):
    """ward's http/protobuf metrics body, decoded with the official definitions, vs its OTLP/JSON."""
    bodies = []

    class Catch(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            bodies.append((self.path, self.headers.get("content-type"), body))
            self.send_response(200)
            self.send_header("content-type", "application/x-protobuf")
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Catch)
    threading.Thread(target=server.handle_request, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    env = {k: v for k, v in os.environ.items() if k != "OTEL_EXPORTER_OTLP_PROTOCOL"}
    sent = subprocess.run([str(ward), "otel", str(capture), "--endpoint", url, "--signals", "metrics"],
                          capture_output=True, text=True, env=env)
    server.server_close()
    check(sent.returncode == 0, f"metrics export: exit {sent.returncode}, stderr {sent.stderr!r}")
    check(len(bodies) == 1 and bodies[0][:2] == ("/v1/metrics", "application/x-protobuf"),
          f"metrics request: {[b[:2] for b in bodies]}")
    if len(bodies) != 1:
        return
    printed = subprocess.run([str(ward), "otel", str(capture)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[1]
    want = json_format.Parse(printed, ExportMetricsServiceRequest(), ignore_unknown_fields=False)
    got = ExportMetricsServiceRequest()
    got.ParseFromString(bodies[0][2])
    points = sum(len(m.histogram.data_points) + len(m.sum.data_points) + len(m.gauge.data_points)
                 for rm in got.resource_metrics for sm in rm.scope_metrics for m in sm.metrics)
    check(got == want and points > 0, f"metrics protobuf differs from the JSON ({points} points)")
    print(f"metrics: {len(bodies[0][2])}-byte protobuf body = the printed OTLP/JSON ({points} data points), "
          f"decoded with the official ExportMetricsServiceRequest")


def start_phoenix(data_dir, port, grpc_port):
    env = dict(os.environ, PHOENIX_WORKING_DIR=str(data_dir), PHOENIX_HOST="127.0.0.1",
               PHOENIX_PORT=str(port), PHOENIX_GRPC_PORT=str(grpc_port), PHOENIX_TELEMETRY_ENABLED="false",
               PHOENIX_ALLOW_EXTERNAL_RESOURCES="false")
    exe = Path(sys.executable).with_name("phoenix")
    log = open(data_dir / "phoenix.log", "w")
    proc = subprocess.Popen([str(exe), "serve"], env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    started = time.monotonic()
    while time.monotonic() - started < 300:
        if proc.poll() is not None:
            raise SystemExit(f"phoenix exited with {proc.returncode}: "
                             f"{(data_dir / 'phoenix.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                print(f"phoenix: up on 127.0.0.1:{port} after {time.monotonic() - started:.1f} s")
                return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("phoenix did not answer /healthz within 300 s")


def main():
    ward = Path(sys.argv[1]).resolve()
    capture = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/replay/agent.jsonl"
    want = expected_spans(ward, capture)
    check(len(want) > 0, "ward exported no spans")
    metrics_protobuf(ward, capture)
    with tempfile.TemporaryDirectory(prefix="ward-phoenix-") as tmp:
        port, grpc_port = free_port(), free_port()
        proc = start_phoenix(Path(tmp), port, grpc_port)
        try:
            url = f"http://127.0.0.1:{port}"
            env = {k: v for k, v in os.environ.items() if k != "OTEL_EXPORTER_OTLP_PROTOCOL"}
            sent = subprocess.run([str(ward), "otel", str(capture), "--endpoint", url, "--signals", "traces"],
                                  capture_output=True, text=True, env=env)
            check(sent.returncode == 0 and "application/x-protobuf" in sent.stderr,
                  f"protobuf export: exit {sent.returncode}, stderr {sent.stderr!r}")
            as_json = subprocess.run([str(ward), "otel", str(capture), "--endpoint", url, "--signals",
                                      "traces", "--protocol", "http/json"], capture_output=True, text=True)
            check(as_json.returncode == 1 and "status 415" in as_json.stderr,
                  f"JSON export should get 415: exit {as_json.returncode}, stderr {as_json.stderr!r}")
            got = {}
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                data = get_json(f"{url}/v1/projects/default/spans?limit=1000")["data"]
                got = {s["context"]["span_id"]: s for s in data}
                if len(got) >= len(want):
                    break
                time.sleep(0.5)
            compare(want, got)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    if FAILURES:
        for f in FAILURES[:20]:
            print("FAIL:", f)
        print(f"phoenix: {len(FAILURES)} failed")
        sys.exit(1)
    print(f"phoenix: {len(want)} spans received by arize-phoenix over OTLP/HTTP protobuf and read back "
          f"with the same ids, names, times and GenAI attributes; http/json refused with 415; metrics "
          f"protobuf equal to the JSON")


def compare(want, got):
    check(set(got) == set(want), f"span ids: missing {sorted(set(want) - set(got))[:5]}, "
                                 f"unexpected {sorted(set(got) - set(want))[:5]}")
    checked = parents = 0
    for span_id, w in want.items():
        g = got.get(span_id)
        if g is None:
            continue
        check(g["name"] == w["name"], f"{span_id}: name {g['name']!r} != {w['name']!r}")
        check(g["context"]["trace_id"] == w["traceId"], f"{span_id}: trace id {g['context']['trace_id']}")
        check((g.get("parent_id") or "") == w.get("parentSpanId", ""),
              f"{span_id}: parent {g.get('parent_id')!r} != {w.get('parentSpanId')!r}")
        parents += bool(w.get("parentSpanId"))
        for key, field in (("start_time", "startTimeUnixNano"), ("end_time", "endTimeUnixNano")):
            check(iso_nanos(g[key]) == int(w[field]) // 1000, f"{span_id}: {key} {g[key]} != {w[field]} ns")
        attrs = flat(g.get("attributes", {}))
        for key in CHECKED_ATTRS:
            if key in w["attrs"]:
                a, b = attrs.get(key), w["attrs"][key]
                same = abs(a - b) < 1e-12 if isinstance(b, float) and isinstance(a, (int, float)) else a == b
                check(same, f"{span_id}: {key} {a!r} != {b!r}")
                checked += 1
    check(checked > 0 and parents > 0, "no GenAI attribute or parent id compared")
    names = sorted({w["name"] for w in want.values()})
    print(f"phoenix: {len(got)} spans read back ({', '.join(names[:6])}…), {parents} parent ids and "
          f"{checked} attribute values compared")


if __name__ == "__main__":
    main()
