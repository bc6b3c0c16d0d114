"""LLM usage and cost stats of ward-envoy, checked through a real Envoy's /stats/prometheus.

The recording upstream answers `POST /v1/chat/completions` and `/v1/messages` with canned OpenAI- and
Anthropic-shaped responses, JSON and SSE (chosen by the request header `x-scenario`), including cache and
reasoning usage, an unknown model, an error reply and a truncated stream. The expected token counts are the
usage written in those responses (converted to OpenTelemetry meaning here, independently of ward-core), and
the expected cost is computed here from the rates in `core/data/prices.json` with exact fractions.
"""

import json
import threading
import time
from decimal import Decimal
from fractions import Fraction

import harness
from harness import request

PRICES = harness.ROOT / "core" / "data" / "prices.json"
# The prices override of the `llm-prices` listener (LiteLLM schema).
OVERRIDE = {"acme-priced-1": {"input_cost_per_token": 0.000001, "output_cost_per_token": 0.000003,
                              "litellm_provider": "openai", "mode": "chat"}}
LLM_LISTENERS = {"llm": "{}", "llm-capped": json.dumps({"max_models": 2}),
                 "llm-prices": json.dumps({"prices": OVERRIDE})}


# ---------------------------------------------------------------------------------------------------
# Canned responses


def chat_json(model, prompt, completion, cached=0, reasoning=0):
    return json.dumps({
        "id": "chatcmpl-1", "object": "chat.completion", "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Sure."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                  "total_tokens": prompt + completion,
                  "prompt_tokens_details": {"cached_tokens": cached},
                  "completion_tokens_details": {"reasoning_tokens": reasoning}},
    }).encode()


def chat_sse(model, prompt, completion, cached, reasoning, done=True):
    def event(data):
        return f"data: {json.dumps(data)}\n\n"
    base = {"id": "chatcmpl-2", "object": "chat.completion.chunk", "model": model}
    text = event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}]})
    text += event({**base, "choices": [{"index": 0, "delta": {"content": "lo, wörld 😀"}}]})
    text += event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    text += event({**base, "choices": [], "usage": {
        "prompt_tokens": prompt, "completion_tokens": completion,
        "prompt_tokens_details": {"cached_tokens": cached},
        "completion_tokens_details": {"reasoning_tokens": reasoning}}})
    if done:
        text += "data: [DONE]\n\n"
    return text.encode()


def anthropic_usage(u):
    return {"input_tokens": u["input"], "output_tokens": u["output"],
            "cache_read_input_tokens": u.get("read", 0), "cache_creation_input_tokens": u.get("write", 0),
            "cache_creation": {"ephemeral_5m_input_tokens": u.get("write", 0) - u.get("write_1h", 0),
                               "ephemeral_1h_input_tokens": u.get("write_1h", 0)}}


def messages_json(model, u):
    return json.dumps({
        "id": "msg_1", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": "Sure."}], "stop_reason": "end_turn",
        "usage": anthropic_usage(u),
    }).encode()


def messages_sse(model, u):
    start = {**anthropic_usage(u), "output_tokens": 1}
    events = [
        ("message_start", {"type": "message_start", "message": {
            "id": "msg_2", "type": "message", "role": "assistant", "model": model, "content": [],
            "usage": start}}),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": {"type": "text", "text": ""}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                 "delta": {"type": "text_delta", "text": "Hi ünïcode"}}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                           "usage": {"output_tokens": u["output"]}}),
        ("message_stop", {"type": "message_stop"}),
    ]
    return "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode()


def split_awkwardly(body, sizes=(7, 1, 13, 2, 31)):
    """Cuts `body` at uneven offsets (inside events, JSON strings and multi-byte characters)."""
    chunks, at, i = [], 0, 0
    while at < len(body):
        n = sizes[i % len(sizes)]
        chunks.append(body[at:at + n])
        at += n
        i += 1
    return chunks


SSE = {"content-type": "text/event-stream"}
JSON = {"content-type": "application/json"}


class Scenarios:
    """The upstream's answers, by `x-scenario`; `gate` holds the gated stream until the client saw its
    first bytes, proving that the filter forwards SSE chunks without waiting for the end."""

    def __init__(self):
        self.gate = threading.Event()
        self.gate_opened_in_time = None

    def _wait_gate(self):
        self.gate_opened_in_time = self.gate.wait(10)

    def respond(self, recorded):
        name = recorded.headers.get("x-scenario")
        if name is None:
            return None
        if name == "openai-json":
            return 200, JSON, [chat_json("gpt-4o-2024-08-06", 1234, 321, cached=511)]
        if name == "openai-sse-gated":
            body = chat_sse("gpt-5-mini", 2000, 900, 1024, 640)
            cut = body.index(b"\n\n") + 2
            return 200, SSE, [body[:cut], self._wait_gate, body[cut:]]
        if name == "openai-sse-split":
            return 200, SSE, split_awkwardly(chat_sse("gpt-5-mini", 2000, 900, 1024, 640))
        if name == "anthropic-json":
            usage = {"input": 100, "output": 250, "read": 3000, "write": 1500, "write_1h": 500}
            return 200, JSON, [messages_json("claude-sonnet-4-5-20250929", usage)]
        if name == "anthropic-sse":
            usage = {"input": 50, "output": 420, "read": 2000}
            return 200, SSE, split_awkwardly(messages_sse("claude-haiku-4-5", usage), (11, 3, 29))
        if name.startswith("unknown:"):
            return 200, JSON, [chat_json(name.split(":", 1)[1], 10, 20)]
        if name == "error-429":
            body = {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}
            return 429, JSON, [json.dumps(body).encode()]
        if name == "truncated-sse":
            return 200, SSE, [chat_sse("gpt-4o-mini", 5, 5, 0, 0, done=False)]
        if name == "priced-by-override":
            return 200, JSON, [chat_json("acme-priced-1", 1000, 100)]
        return None


# ---------------------------------------------------------------------------------------------------
# Expected values, computed independently of ward-core


def rates(model):
    """USD-per-token rates of `model` in the generated price table, as exact fractions."""
    doc = json.loads(PRICES.read_text())
    row = doc["models"][model]
    pairs = row[2]
    out = {doc["keys"][pairs[i]]: Fraction(Decimal(repr(pairs[i + 1]))) for i in range(0, len(pairs), 2)}
    assert len(row) < 4 or not row[3], f"{model} has tiered pricing; pick a simpler model for this test"
    assert not any("_above_" in k and k != "cache_creation_input_token_cost_above_1hr" for k in out), model
    return out


def cost_micro_usd(r, u):
    """One call's cost in micro-USD (exact). `u` is OTel usage: input includes cache, output reasoning."""
    read_rate = r.get("cache_read_input_token_cost", r["input_cost_per_token"])
    write_rate = r.get("cache_creation_input_token_cost", r["input_cost_per_token"])
    write_1h_rate = r.get("cache_creation_input_token_cost_above_1hr", write_rate)
    reasoning_rate = r.get("output_cost_per_reasoning_token", r["output_cost_per_token"])
    usd = ((u["input"] - u["read"] - u["write"]) * r["input_cost_per_token"] + u["read"] * read_rate
           + (u["write"] - u["write_1h"]) * write_rate + u["write_1h"] * write_1h_rate
           + (u["output"] - u["reasoning"]) * r["output_cost_per_token"] + u["reasoning"] * reasoning_rate)
    return usd * 1_000_000


def usage(input, output, read=0, write=0, write_1h=0, reasoning=0):
    return {"input": input, "output": output, "read": read, "write": write, "write_1h": write_1h,
            "reasoning": reasoning}


# (listener, path, scenario, request model, stream, label model, provider, OTel usage or None, priced)
CALLS = [
    ("llm", "/v1/chat/completions", "openai-json", "gpt-4o", False, "gpt-4o-2024-08-06", "openai",
     usage(1234, 321, read=511), True),
    ("llm", "/v1/chat/completions", "openai-sse-gated", "gpt-5-mini", True, "gpt-5-mini", "openai",
     usage(2000, 900, read=1024, reasoning=640), True),
    ("llm", "/v1/chat/completions", "openai-sse-split", "gpt-5-mini", True, "gpt-5-mini", "openai",
     usage(2000, 900, read=1024, reasoning=640), True),
    # Anthropic counts cache tokens outside input_tokens: OTel input = 100 + 3000 + 1500.
    ("llm", "/v1/messages", "anthropic-json", "claude-sonnet-4-5", False, "claude-sonnet-4-5-20250929",
     "anthropic", usage(4600, 250, read=3000, write=1500, write_1h=500), True),
    ("llm", "/v1/messages", "anthropic-sse", "claude-haiku-4-5", True, "claude-haiku-4-5", "anthropic",
     usage(2050, 420, read=2000), True),
    ("llm", "/v1/chat/completions", "unknown:acme-llm-9000", "acme-llm-9000", False, "acme-llm-9000",
     "openai", usage(10, 20), False),
    ("llm", "/v1/chat/completions", "error-429", "gpt-4o", False, "gpt-4o", "openai", None, False),
    ("llm-prices", "/v1/chat/completions", "priced-by-override", "acme-priced-1", False, "acme-priced-1",
     "openai", usage(1000, 100), True),
] + [
    # max_models = 2 on this listener: the first two models keep their label, the others become `other`.
    ("llm-capped", "/v1/chat/completions", f"unknown:cap-{c}", f"cap-{c}", False,
     f"cap-{c}" if c in "ab" else "other", "openai", usage(10, 20), False)
    for c in "abcd"
]


def expected_stats():
    """Prometheus series -> value for every per-model counter the CALLS must produce."""
    want, exact_cost = {}, {}
    for listener, _, _, _, stream, model, provider, u, priced in CALLS:
        labels = (provider, model)

        def add(metric, n):
            key = (metric, labels)
            want[key] = want.get(key, 0) + n
        add("requests", 1)
        add("errors", 0 if u else 1)
        add("unpriced_requests", 0 if priced or u is None else 1)
        for metric, field in (("input_tokens", "input"), ("output_tokens", "output"),
                              ("cache_read_input_tokens", "read"), ("cache_creation_input_tokens", "write"),
                              ("reasoning_output_tokens", "reasoning")):
            add(metric, u[field] if u else 0)
        if priced:
            table = {k: Fraction(Decimal(repr(v))) for k, v in OVERRIDE[model].items()
                     if isinstance(v, float)} if listener == "llm-prices" else rates(model)
            exact_cost[labels] = exact_cost.get(labels, 0) + cost_micro_usd(table, u)
        else:
            exact_cost.setdefault(labels, Fraction(0))
    for labels, exact in exact_cost.items():
        # The filter rounds the running sum; keep test data away from a .5 tie so float error cannot flip it.
        assert abs(exact - int(exact) - Fraction(1, 2)) > Fraction(1, 100), (labels, float(exact))
        want[("cost_micro_usd", labels)] = int(exact + Fraction(1, 2))
    return want


# ---------------------------------------------------------------------------------------------------
# Prometheus


def parse_prometheus(text):
    """`name{a="x",b="y"} value` lines -> {(name, frozenset of label pairs): float}."""
    series = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, value = line.rpartition(" ")
        name, _, rest = head.partition("{")
        labels = {}
        for pair in rest.rstrip("}").split('",') if rest.rstrip("}") else []:
            k, _, v = pair.partition('="')
            labels[k] = v.rstrip('"')
        series[(name, frozenset(labels.items()))] = float(value)
    return series


def series_key(metric, provider, model, **extra):
    return (f"ward_envoy_llm_{metric}", frozenset({"provider": provider, "model": model, **extra}.items()))


# ---------------------------------------------------------------------------------------------------
# Checks


def send(port, path, scenario, model, stream, text="mail jane.doe@example.org, what is 2+2?"):
    if path == "/v1/messages":
        body = {"model": model, "max_tokens": 100, "messages": [{"role": "user", "content": text}]}
    else:
        body = {"model": model, "messages": [{"role": "user", "content": text}]}
    if stream:
        body["stream"] = True
        if path != "/v1/messages":
            body["stream_options"] = {"include_usage": True}
    return request(port, path, json.dumps(body).encode(),
                   headers={"content-type": "application/json", "x-scenario": scenario})


def check_sse_not_delayed(scenarios, port):
    """The first SSE event reaches the client while the upstream still holds the rest of the stream."""
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = {"model": "gpt-5-mini", "stream": True, "stream_options": {"include_usage": True},
                "messages": [{"role": "user", "content": "hi"}]}
        conn.request("POST", "/v1/chat/completions", json.dumps(body),
                     {"content-type": "application/json", "x-scenario": "openai-sse-gated"})
        resp = conn.getresponse()
        first = resp.read1(65536)
        assert first.startswith(b"data: "), first[:80]
        scenarios.gate.set()
        rest = resp.read()
        assert scenarios.gate_opened_in_time, "the upstream's gate timed out: Envoy held the first event back"
        assert first + rest == chat_sse("gpt-5-mini", 2000, 900, 1024, 640), "the client got altered SSE bytes"
    finally:
        conn.close()


def run_calls(suite, ports, scenarios):
    """Sends every call of CALLS; returns (streamed calls, calls) per label for the histogram checks."""
    for listener, path, scenario, model, stream, *_ in CALLS:
        suite.count("requests_redacted")
        if scenario == "openai-sse-gated":
            check_sse_not_delayed(scenarios, ports[listener])
            continue
        reply = send(ports[listener], path, scenario, model, stream)
        assert reply.status in (200, 429), f"{scenario}: status {reply.status}: {reply.body[:200]!r}"
    # Traffic that is not an LLM call or cannot be parsed is not counted per model.
    suite.count("requests_redacted", 2)
    reply = request(ports["llm"], "/v1/chat/completions", b"plain text, not JSON",
                    headers={"x-scenario": "openai-json"})
    assert reply.status == 200
    reply = send(ports["llm"], "/v1/chat/completions", "truncated-sse", "gpt-4o-mini", True)
    assert reply.status == 200


def scrape_until(envoy, ready, timeout=15.0):
    """Scrapes /stats/prometheus until `ready(series)` holds (histograms wait for a stats flush)."""
    deadline = time.monotonic() + timeout
    while True:
        series = parse_prometheus(envoy.admin_get("/stats/prometheus"))
        if ready(series) or time.monotonic() > deadline:
            return series
        time.sleep(0.2)


def check_usage_stats(suite, envoy, ports, scenarios):
    run_calls(suite, ports, scenarios)
    want = expected_stats()
    calls = {}
    for *_, stream, model, provider, u, _ in CALLS:
        n, s, inputs, outputs = calls.get((provider, model), (0, 0, 0, 0))
        calls[(provider, model)] = (n + 1, s + stream, inputs + (u["input"] if u else 0),
                                    outputs + (u["output"] if u else 0))

    def histograms_flushed(series):
        return all(series.get(series_key("duration_ms_count", p, m)) == n for (p, m), (n, *_) in calls.items())

    series = scrape_until(envoy, histograms_flushed)
    problems = []
    for (metric, (provider, model)), value in sorted(want.items()):
        got = series.get(series_key(metric, provider, model))
        if got != value:
            problems.append(f"{metric}{{provider={provider},model={model}}} = {got} (want {value})")
    for (provider, model), (n, streamed, inputs, outputs) in calls.items():
        with_usage = sum(1 for *_, m, p, u, _ in CALLS if (p, m) == (provider, model) and u)
        for metric, count, total in (("duration_ms", n, None), ("time_to_first_token_ms", streamed, None),
                                     ("input_tokens_per_call", with_usage, inputs),
                                     ("output_tokens_per_call", with_usage, outputs)):
            got = series.get(series_key(metric + "_count", provider, model))
            if got != count:
                problems.append(f"{metric}_count{{model={model}}} = {got} (want {count})")
            got_sum = series.get(series_key(metric + "_sum", provider, model))
            # Envoy's histograms (circllhist) keep ~2 significant digits per value: the sum is approximate.
            if total and not (got_sum and abs(got_sum - total) <= 0.1 * total):
                problems.append(f"{metric}_sum{{model={model}}} = {got_sum} (want ~{total})")
    unparsed = series.get(("ward_envoy_llm_responses_unparsed", frozenset()))
    if unparsed != 1:
        problems.append(f"llm_responses_unparsed = {unparsed} (want 1: the truncated stream)")
    for model in ("gpt-4o-mini", "cap-c", "cap-d"):
        if series.get(series_key("requests", "openai", model)) is not None:
            problems.append(f"a series exists for model {model}")
    assert not problems, "\n  ".join(["Prometheus scrape differs:"] + problems)


def check_example_stats(envoy, port):
    """The shipped envoy.yaml turns the stat names into provider/model labels."""
    reply = send(port, "/v1/messages", "anthropic-json", "claude-sonnet-4-5", False)
    assert reply.status == 200, reply.body[:200]
    key = series_key("input_tokens", "anthropic", "claude-sonnet-4-5-20250929")
    series = scrape_until(envoy, lambda s: key in s, timeout=5)
    assert series.get(key) == 4600, f"{key}: {series.get(key)}"
