#!/usr/bin/env python3
"""OTLP/JSON output check: decode ward's traces and metrics with the official protobuf definitions
(PyPI `opentelemetry-proto`), assert the GenAI attributes, and POST them to an OTLP/HTTP receiver.

Usage: check.py WARD_IO [CAPTURE]   (WARD_IO = the `ward_io` example binary of ward-core)

Decoding: `google.protobuf.json_format.Parse(..., ignore_unknown_fields=False)` into
`ExportTraceServiceRequest` / `ExportMetricsServiceRequest`, so any misspelled field, wrong type or
wrong enum fails. OTLP/JSON differs from protobuf's generic JSON mapping in one point: trace and span ids
are hex, not base64 (OTLP spec, "JSON Protobuf Encoding"); like every OTLP/JSON receiver, the decoder
converts them before parsing, and the check asserts 16- and 8-byte ids.

Receiver: this file's `Receiver` is an http.server that implements OTLP/HTTP for JSON (POST /v1/traces
and /v1/metrics, `Content-Type: application/json`, 415 for other types, 400 with a `google.rpc.Status`
body for undecodable payloads, 200 with an `Export*ServiceResponse` otherwise) on top of
opentelemetry-proto. It stays for the metrics and the JSON encoding; the real receiver is Arize Phoenix
(tests/otlp/phoenix.py: traces only, protobuf only). No OpenTelemetry Collector is installable from
PyPI, npm or Debian here (Debian's prometheus 2.42 predates Prometheus' OTLP receiver, added in 2.47).
"""
import base64
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from google.protobuf import json_format
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest, ExportMetricsServiceResponse)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest, ExportTraceServiceResponse)

ROOT = Path(__file__).resolve().parents[2]
FAILURES = []


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def hex_ids_to_base64(doc):
    """OTLP/JSON hex ids -> protobuf JSON base64 bytes (in place, recursively)."""
    if isinstance(doc, dict):
        for k, v in list(doc.items()):
            if k in ("traceId", "spanId", "parentSpanId") and isinstance(v, str):
                doc[k] = base64.b64encode(bytes.fromhex(v)).decode()
            else:
                hex_ids_to_base64(v)
    elif isinstance(doc, list):
        for v in doc:
            hex_ids_to_base64(v)
    return doc


def decode(doc, message):
    return json_format.Parse(json.dumps(hex_ids_to_base64(json.loads(json.dumps(doc)))), message,
                             ignore_unknown_fields=False)


def attrs(kvs):
    out = {}
    for kv in kvs:
        which = kv.value.WhichOneof("value")
        v = getattr(kv.value, which)
        if which == "array_value":
            v = [getattr(x, x.WhichOneof("value")) for x in v.values]
        out[kv.key] = v
    return out


def export(ward_io, capture, options):
    out = subprocess.run([str(ward_io), "otel", str(capture), json.dumps(options)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


class Receiver(BaseHTTPRequestHandler):
    received = {"spans": 0, "points": 0, "requests": 0}

    def log_message(self, *args):
        pass

    def reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            return self.reply(415, {"code": 3, "message": "unsupported content type"})
        kinds = {"/v1/traces": (ExportTraceServiceRequest, ExportTraceServiceResponse),
                 "/v1/metrics": (ExportMetricsServiceRequest, ExportMetricsServiceResponse)}
        if self.path not in kinds:
            return self.reply(404, {"code": 5, "message": "not found"})
        req_type, resp_type = kinds[self.path]
        try:
            req = decode(json.loads(body), req_type())
        except Exception as e:  # noqa: BLE001 - any decode failure is a 400 per OTLP/HTTP
            return self.reply(400, {"code": 3, "message": f"bad payload: {e}"})
        Receiver.received["requests"] += 1
        if req_type is ExportTraceServiceRequest:
            Receiver.received["spans"] += sum(len(ss.spans) for rs in req.resource_spans for ss in rs.scope_spans)
        else:
            for rm in req.resource_metrics:
                for sm in rm.scope_metrics:
                    for m in sm.metrics:
                        kind = m.WhichOneof("data")
                        Receiver.received["points"] += len(getattr(m, kind).data_points)
        self.reply(200, json_format.MessageToDict(resp_type()))


def post(url, doc, content_type="application/json"):
    req = urllib.request.Request(url, data=json.dumps(doc).encode(), method="POST",
                                 headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def main():
    ward_io = Path(sys.argv[1])
    capture = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/replay/agent.jsonl"
    default = export(ward_io, capture, {})
    traces = decode(default["traces"], ExportTraceServiceRequest())
    spans = [s for rs in traces.resource_spans for ss in rs.scope_spans for s in ss.spans]
    check(len(spans) == 14, f"14 spans expected, got {len(spans)}")
    check([e["line"] for e in default["errors"]] == [15], f"errors {default['errors']}")
    check([e["code"] for e in default["unpriced"]] == ["unknown_model"], f"unpriced {default['unpriced']}")
    for s in spans:
        check(len(s.trace_id) == 16 and len(s.span_id) == 8, f"id sizes of {s.name}")
        check(s.end_time_unix_nano >= s.start_time_unix_nano > 0, f"times of {s.name}")
    by_id = {s.span_id.hex(): s for s in spans}
    step1 = by_id["b000000000000001"]
    a = attrs(step1.attributes)
    check(step1.name == "chat gpt-4o", step1.name)
    check(step1.kind == 3, "inference spans are CLIENT")
    check(step1.parent_span_id.hex() == "a000000000000001", "parent link")
    expect = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o",
              "gen_ai.response.model": "gpt-4o-2024-08-06", "gen_ai.response.id": "chatcmpl-1",
              "gen_ai.response.finish_reasons": ["tool_call"], "gen_ai.request.temperature": 0.2,
              "gen_ai.request.max_tokens": 400, "gen_ai.usage.input_tokens": 120, "gen_ai.usage.output_tokens": 30,
              "gen_ai.usage.cache_read.input_tokens": 0, "gen_ai.usage.cache_creation.input_tokens": 0,
              "server.address": "api.openai.com", "server.port": 443, "gen_ai.conversation.id": "s-1",
              "user.id": "u1", "ward.tenant": "acme", "ward.feature": "assistant"}
    for k, v in expect.items():
        check(a.get(k) == v, f"step1 {k}: {a.get(k)!r} != {v!r}")
    check(abs(a.get("gen_ai.usage.cost", 0) - 0.0006) < 1e-12, f"cost {a.get('gen_ai.usage.cost')}")
    check("gen_ai.input.messages" not in a, "content must be opt-in")
    streamed = attrs(by_id["b000000000000003"].attributes)
    check(streamed.get("gen_ai.request.stream") is True, "stream flag")
    check(abs(streamed.get("gen_ai.response.time_to_first_chunk", 0) - 0.4) < 1e-9, "ttfc")
    check(streamed.get("gen_ai.usage.cache_read.input_tokens") == 128, "cache read")
    anth = attrs(by_id["e000000000000001"].attributes)
    check(anth.get("gen_ai.usage.input_tokens") == 1250, f"anthropic input in OTel meaning: {anth}")
    check(anth.get("gen_ai.usage.cache_creation.input_tokens") == 200, "anthropic cache creation")
    tool = by_id["c000000000000002"]
    ta = attrs(tool.attributes)
    check(tool.name == "execute_tool get_weather" and tool.kind == 1, f"tool span {tool.name} {tool.kind}")
    check(ta.get("gen_ai.tool.call.id") == "call_2" and ta.get("error.type") == "timeout", f"tool attrs {ta}")
    check(tool.status.code == 2 and tool.status.message == "weather API timed out", "tool status ERROR")
    retr = attrs(by_id["a000000000000002"].attributes)
    check(json.loads(retr.get("gen_ai.retrieval.documents", "[]")) == [{"id": "doc-7", "score": 0.83},
                                                                      {"id": "doc-2", "score": 0.41}], "documents")
    failed = [s for s in spans if s.status.code == 2 and s.kind == 3]
    check(len(failed) == 1 and attrs(failed[0].attributes).get("error.type") == "rate_limit_exceeded", "429 span")
    unknown = [s for s in spans if s.name == "chat acme-llm-9"]
    check(len(unknown) == 1 and "gen_ai.usage.cost" not in attrs(unknown[0].attributes), "unknown model: no cost")

    metrics = decode(default["metrics"], ExportMetricsServiceRequest())
    ms = {m.name: m for rm in metrics.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    check(set(ms) == {"gen_ai.client.token.usage", "gen_ai.client.operation.duration",
                      "gen_ai.client.operation.time_to_first_chunk"}, f"metric names {sorted(ms)}")
    usage = ms["gen_ai.client.token.usage"].histogram
    check(list(usage.data_points[0].explicit_bounds)[:3] == [1, 4, 16] and len(usage.data_points[0].explicit_bounds) == 14,
          "token buckets")
    total_in = sum(p.sum for p in usage.data_points if attrs(p.attributes).get("gen_ai.token.type") == "input")
    check(total_in == 120 + 200 + 260 + 1250 + 1280 + 10, f"input token sum {total_in}")
    dur = ms["gen_ai.client.operation.duration"].histogram
    check(list(dur.data_points[0].explicit_bounds)[-1] == 81.92, "duration buckets")
    check(sum(p.count for p in dur.data_points) == 7, "7 model calls timed")
    check(any(attrs(p.attributes).get("error.type") == "rate_limit_exceeded" for p in dur.data_points), "error.type")
    for p in usage.data_points:
        check(sum(p.bucket_counts) == p.count and len(p.bucket_counts) == 15, "bucket counts")

    latest = export(ward_io, capture, {"semconv": "latest", "content": True, "cost_detail": True})
    lt = decode(latest["traces"], ExportTraceServiceRequest())
    lspans = {s.span_id.hex(): s for rs in lt.resource_spans for ss in rs.scope_spans for s in ss.spans}
    la = attrs(lspans["e000000000000001"].attributes)
    check(la.get("gen_ai.usage.cache_write.input_tokens") == 200 and "gen_ai.usage.cache_creation.input_tokens" not in la,
          "latest names")
    check(la.get("gen_ai.usage.cost.currency") == "USD" and la.get("gen_ai.usage.cost.source") == "local", "cost detail")
    inp = json.loads(la["gen_ai.input.messages"])
    check(inp == [{"role": "user", "parts": [{"type": "text", "content": "Convert 100 USD to EUR"}]}], f"input {inp}")
    out = json.loads(la["gen_ai.output.messages"])
    check(out[0]["finish_reason"] == "tool_call" and out[0]["parts"][1] == {
        "type": "tool_call", "id": "toolu_1", "name": "fx", "arguments": {"from": "USD", "to": "EUR", "amount": 100}},
        f"output {out}")
    check(json.loads(la["gen_ai.system_instructions"]) == [{"type": "text", "content": "You convert currencies."}],
          "system instructions")
    check(json.loads(la["gen_ai.tool.definitions"])[0]["name"] == "fx", "tool definitions")
    lm = decode(latest["metrics"], ExportMetricsServiceRequest())
    lnames = {m.name: m for rm in lm.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    check("gen_ai.client.inference.usage.cache_write.input_tokens" in lnames, f"latest metrics {sorted(lnames)}")
    cw = lnames["gen_ai.client.inference.usage.cache_write.input_tokens"].sum
    check(cw.is_monotonic and sum(p.as_int for p in cw.data_points) == 200, "cache_write counter")
    check("gen_ai.client.inference.duration" in lnames and "gen_ai.client.token.usage" not in lnames, "latest durations")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    code, body = post(base + "/v1/traces", default["traces"])
    check(code == 200 and body == {}, f"traces POST {code} {body}")
    code, _ = post(base + "/v1/metrics", default["metrics"])
    check(code == 200, f"metrics POST {code}")
    code, _ = post(base + "/v1/traces", {"resourceSpans": [{"bogus": 1}]})
    check(code == 400, f"bad payload must be 400, got {code}")
    server.shutdown()
    check(Receiver.received["spans"] == 14 and Receiver.received["points"] > 0, f"receiver {Receiver.received}")

    for f in FAILURES:
        print("FAIL", f)
    print(f"otlp: {len(spans)} spans, {len(ms)} metrics decoded; {len(FAILURES)} failures")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
