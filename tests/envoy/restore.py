"""Structure-aware request redaction and response restore of ward-envoy, in a real Envoy.

A loopback upstream records every request and answers like an LLM that repeats what it was told: it
finds the placeholders in the (redacted) request it received and echoes them inside OpenAI Chat and
Anthropic Messages responses, as JSON and as SSE streams; the SSE streams put placeholders across delta
events and are written in chunks cut at awkward byte offsets (inside placeholders, inside multi-byte
characters). The checks assert that the upstream never saw an original value and got valid JSON with the
same keys and framing, that the client gets the originals back (message text, tool-call arguments, as valid
JSON and valid SSE), that secrets stay placeholders, that `restore: false` leaves placeholders, that SSE is
not delayed, and what `failure_mode` does with responses that cannot be restored.

Runs in its own Envoy (its counters and stats are checked here), started by run.py.
"""

import http.client
import json
import re
import threading
import time

import harness
from harness import Envoy, Upstream, bootstrap, plugin_listener, request
from usage import scrape_until, series_key, split_awkwardly

EMAIL = "jane.doe@example.org"
CARD = "4111 1111 1111 1111"
IBAN = "DE89 3704 0044 0532 0130 00"
TOKEN = "ghs_twSabpmzQWPY2lI7nM2tlXEqNV3EFwcYZhaf"  # a secret: never restored
ORIGINALS = (EMAIL, CARD, IBAN, TOKEN)
PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")
SMALL = 4096
HUGE = 3 * 1024 * 1024
LISTENERS = {
    "restore": json.dumps({"restore": True}),
    "no-restore": "{}",
    "restore-open": json.dumps({"restore": True, "failure_mode": "open", "max_response_bytes": SMALL}),
    "restore-closed": json.dumps({"restore": True, "failure_mode": "closed", "max_response_bytes": SMALL}),
}
OPENAI_MODEL, ANTHROPIC_MODEL = "gpt-4o", "claude-sonnet-4-5-20250929"
USAGE = {"prompt_tokens": 120, "completion_tokens": 30}
TAIL = " Ünïcödé 😀 fin."


# ---------------------------------------------------------------------------------------------------
# Requests


def user_text():
    # The newline is `\n` in the JSON body: text-level redaction would take the `n` for part of the
    # address and leave an invalid escape (`\[EMAIL_1]`); structure-aware redaction sees the decoded text.
    return f"Mail:\n{EMAIL}, card {CARD}, token {TOKEN}."


def openai_request(stream=False):
    body = {"model": OPENAI_MODEL, "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": user_text()},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_jane", "type": "function",
            "function": {"name": "send_mail", "arguments": json.dumps({"to": EMAIL, "iban": IBAN})}}]},
        {"role": "tool", "tool_call_id": "call_jane", "content": f"sent to {EMAIL}"},
    ]}
    if stream:
        body.update(stream=True, stream_options={"include_usage": True})
    return body


def anthropic_request(stream=False):
    body = {"model": ANTHROPIC_MODEL, "max_tokens": 100, "system": "Be brief.", "messages": [
        {"role": "user", "content": [{"type": "text", "text": user_text()}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "send_mail",
                                           "input": {"to": EMAIL, "iban": IBAN}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sent"}]},
    ]}
    if stream:
        body["stream"] = True
    return body


def placeholders_seen(body):
    """(email, card, token, iban) placeholders in the redacted request the upstream received."""
    doc = json.loads(body)
    if "system" in doc:  # Anthropic
        text = doc["messages"][0]["content"][0]["text"]
        iban = doc["messages"][1]["content"][0]["input"]["iban"]
    else:
        text = doc["messages"][1]["content"]
        iban = json.loads(doc["messages"][2]["tool_calls"][0]["function"]["arguments"])["iban"]
    email, card, token = PLACEHOLDER.findall(text)
    return {"email": email, "card": card, "token": token, "iban": iban}


# ---------------------------------------------------------------------------------------------------
# The echoing upstream


def reply_text(p):
    return f"Noted: {p['email']}, card {p['card']}, token {p['token']}.{TAIL}"


def reply_args(p):
    return json.dumps({"to": p["email"], "iban": p["iban"]})


def spaced(chunks):
    """The chunks with a 1 ms pause between writes, so that Envoy reads (and the filter gets) them as
    separate body chunks instead of one coalesced read."""
    out = []
    for chunk in chunks:
        out += [chunk, lambda: time.sleep(0.001)]
    return out


def pieces(text, sizes):
    """Cuts `text` into pieces of the given character counts (cycling): deltas that split placeholders."""
    out, at, i = [], 0, 0
    while at < len(text):
        out.append(text[at:at + sizes[i % len(sizes)]])
        at += sizes[i % len(sizes)]
        i += 1
    return out


def openai_json(p):
    return json.dumps({
        "id": "chatcmpl-r", "object": "chat.completion", "model": OPENAI_MODEL,
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": reply_text(p), "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "send_mail", "arguments": reply_args(p)}}]}}],
        "usage": {**USAGE, "total_tokens": 150},
    }, ensure_ascii=False).encode()


def openai_sse(p):
    return "".join(openai_events(p)).encode()


def openai_events(p):
    """The stream's events; text and tool-call arguments are cut into deltas that split placeholders."""
    base = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "model": OPENAI_MODEL}

    def event(choice_delta, finish=None):
        choice = {"index": 0, "delta": choice_delta, "finish_reason": finish}
        return "data: " + json.dumps({**base, "choices": [choice]}, ensure_ascii=False) + "\n\n"
    out = [event({"role": "assistant", "content": ""})]
    out += [event({"content": t}) for t in pieces(reply_text(p), (5, 3, 9, 4))]
    out.append(event({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                      "function": {"name": "send_mail", "arguments": ""}}]}))
    out += [event({"tool_calls": [{"index": 0, "function": {"arguments": a}}]})
            for a in pieces(reply_args(p), (6, 4, 11))]
    out.append(event({}, finish="tool_calls"))
    out.append("data: " + json.dumps({**base, "choices": [], "usage": USAGE}) + "\n\n")
    out.append("data: [DONE]\n\n")
    return out


def anthropic_json(p):
    return json.dumps({
        "id": "msg_r", "type": "message", "role": "assistant", "model": ANTHROPIC_MODEL,
        "content": [{"type": "text", "text": reply_text(p)},
                    {"type": "tool_use", "id": "toolu_2", "name": "send_mail",
                     "input": {"to": p["email"], "iban": p["iban"]}}],
        "stop_reason": "tool_use", "usage": {"input_tokens": 120, "output_tokens": 30},
    }, ensure_ascii=False).encode()


def anthropic_sse(p):
    def ev(name, data):
        return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
    out = [ev("message_start", {"type": "message_start", "message": {
        "id": "msg_s", "type": "message", "role": "assistant", "model": ANTHROPIC_MODEL, "content": [],
        "usage": {"input_tokens": 120, "output_tokens": 1}}}),
        ev("content_block_start", {"type": "content_block_start", "index": 0,
                                   "content_block": {"type": "text", "text": ""}})]
    out += [ev("content_block_delta", {"type": "content_block_delta", "index": 0,
                                       "delta": {"type": "text_delta", "text": t}})
            for t in pieces(reply_text(p), (4, 7, 2))]
    out.append(ev("content_block_stop", {"type": "content_block_stop", "index": 0}))
    out.append(ev("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {
        "type": "tool_use", "id": "toolu_3", "name": "send_mail", "input": {}}}))
    out += [ev("content_block_delta", {"type": "content_block_delta", "index": 1,
                                       "delta": {"type": "input_json_delta", "partial_json": a}})
            for a in pieces(reply_args(p), (3, 8, 5))]
    out.append(ev("content_block_stop", {"type": "content_block_stop", "index": 1}))
    out.append(ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
                                    "usage": {"output_tokens": 30}}))
    out.append(ev("message_stop", {"type": "message_stop"}))
    return "".join(out).encode()


JSON = {"content-type": "application/json"}
SSE = {"content-type": "text/event-stream"}


class Echo:
    """The upstream's answers, by the request header `x-echo`."""

    def __init__(self):
        self.gate = threading.Event()
        self.gate_opened_in_time = None

    def _wait_gate(self):
        self.gate_opened_in_time = self.gate.wait(10)

    def respond(self, recorded):
        kind = recorded.headers.get("x-echo")
        if kind is None:
            return None
        if kind == "text":  # a plain-text request: echo it inside a JSON document
            return 200, JSON, [json.dumps({"echo": recorded.body.decode()}).encode()]
        if kind == "huge":  # 3 MiB of JSON around the echoed body, in 64 KiB writes
            body = json.dumps({"echo": recorded.body.decode(), "pad": "x" * HUGE}).encode()
            return 200, JSON, [body[i:i + 65536] for i in range(0, len(body), 65536)]
        if kind == "not-json":
            return 200, JSON, [b"oops: " + recorded.body[:40]]
        p = placeholders_seen(recorded.body)
        if kind == "openai-json":
            return 200, JSON, [openai_json(p)]
        if kind == "anthropic-json":
            return 200, JSON, [anthropic_json(p)]
        if kind == "large-json":
            padding = "x" * (2 * SMALL)
            return 200, JSON, [json.dumps({"echo": p["email"], "padding": padding}).encode()]
        if kind == "openai-sse-gated":
            # Hold the stream after the delta that completes the e-mail placeholder.
            events, text = openai_events(p), ""
            for k, event in enumerate(events):
                text += json.loads(event[6:])["choices"][0]["delta"].get("content") or ""
                if p["email"] in text:
                    break
            head, tail = "".join(events[:k + 1]).encode(), "".join(events[k + 1:]).encode()
            return 200, SSE, [head, self._wait_gate, tail]
        if kind.startswith("openai-sse"):
            body = openai_sse(p)
            sizes = (1, 2, 3, 5) if kind == "openai-sse-tiny" else (7, 1, 13, 2, 31)
            return 200, SSE, spaced(split_awkwardly(body, sizes))
        if kind == "anthropic-sse":
            return 200, SSE, spaced(split_awkwardly(anthropic_sse(p), (11, 3, 29, 1)))
        return None


# ---------------------------------------------------------------------------------------------------
# Checks


def send(port, path, body, echo):
    data = json.dumps(body).encode()
    return request(port, path, data, headers={"content-type": "application/json", "x-echo": echo})


def expect_same_shape(sent, got, where="$"):
    """`got` has the keys, types, numbers and framing strings of `sent`; strings differ only where a
    value was redacted, and then hold a placeholder and no original value. Tool-call arguments (JSON in
    a string) are compared as JSON."""
    assert type(sent) is type(got), f"{where}: {type(sent).__name__} became {type(got).__name__}"
    if isinstance(sent, dict):
        assert list(sent) == list(got), f"{where}: keys {list(sent)} became {list(got)}"
        for k in sent:
            expect_same_shape(sent[k], got[k], f"{where}.{k}")
    elif isinstance(sent, list):
        assert len(sent) == len(got), f"{where}: length changed"
        for i, (a, b) in enumerate(zip(sent, got)):
            expect_same_shape(a, b, f"{where}[{i}]")
    elif isinstance(sent, str) and sent != got:
        if where.endswith("function.arguments"):
            expect_same_shape(json.loads(sent), json.loads(got), where + "<json>")
            return
        assert PLACEHOLDER.search(got), f"{where}: {sent!r} became {got!r} without a placeholder"
        assert not any(o in got for o in ORIGINALS), f"{where}: an original value is left in {got!r}"
    else:
        assert sent == got, f"{where}: {sent!r} became {got!r}"


def check_upstream(up, path, sent):
    """The upstream got one valid JSON body with the request's shape and no original value."""
    got = up.received(path)
    assert len(got) == 1 and got[0].complete, f"upstream saw {len(got)} requests at {path}"
    for original in ORIGINALS:
        assert original.encode() not in got[0].body, f"the upstream saw {original!r}"
    expect_same_shape(sent, json.loads(got[0].body))
    return placeholders_seen(got[0].body)


def restored_text(p=None):
    """What the client must read: originals back, the secret's placeholder kept."""
    token = p["token"] if p else "[GITHUB_TOKEN_1]"
    return f"Noted: {EMAIL}, card {CARD}, token {token}.{TAIL}"


def expect_restored(text, args, p):
    assert p["token"].startswith("[GITHUB_TOKEN_"), p
    assert text == restored_text(p), f"text {text!r}"
    assert args == {"to": EMAIL, "iban": IBAN}, f"tool arguments {args!r}"


def sse_events(body):
    """Every event's data parsed as JSON (each must be valid), `[DONE]` kept as a string."""
    events = []
    for block in body.decode().split("\n\n"):
        data = "\n".join(line[6:] for line in block.split("\n") if line.startswith("data: "))
        if data:
            events.append(data if data == "[DONE]" else json.loads(data))
    return events


def openai_stream_parts(body):
    events = sse_events(body)
    assert events[-1] == "[DONE]", events[-1]
    deltas = [c["delta"] for e in events[:-1] for c in e["choices"]]
    text = "".join(d.get("content") or "" for d in deltas)
    args = "".join(t["function"].get("arguments", "") for d in deltas for t in d.get("tool_calls", []))
    return text, json.loads(args)


def anthropic_stream_parts(body):
    events = sse_events(body)
    assert events[-1]["type"] == "message_stop", events[-1]
    deltas = [e["delta"] for e in events if e["type"] == "content_block_delta"]
    text = "".join(d["text"] for d in deltas if d["type"] == "text_delta")
    args = "".join(d["partial_json"] for d in deltas if d["type"] == "input_json_delta")
    return text, json.loads(args)


class Run:
    """The checks, sharing the upstream and the stats expected at the end."""

    def __init__(self, up, echo, ports):
        self.up, self.echo, self.ports = up, echo, ports
        self.n = 0
        self.calls = {OPENAI_MODEL: 0, ANTHROPIC_MODEL: 0}

    def path(self, api):
        self.n += 1
        return f"/{self.n}/v1/{'messages' if api == 'anthropic' else 'chat/completions'}"

    def call(self, listener, api, echo, stream=False):
        body = anthropic_request(stream) if api == "anthropic" else openai_request(stream)
        path = self.path(api)
        if echo not in ("large-json", "not-json"):  # those are not counted per model (too large, unparsed)
            self.calls[ANTHROPIC_MODEL if api == "anthropic" else OPENAI_MODEL] += 1
        try:
            reply = send(self.ports[listener], path, body, echo)
        finally:
            p = check_upstream(self.up, path, body)
        return reply, p

    def openai_json(self):
        reply, p = self.call("restore", "openai", "openai-json")
        assert reply.status == 200, reply.status
        message = reply.json()["choices"][0]["message"]
        expect_restored(message["content"], json.loads(message["tool_calls"][0]["function"]["arguments"]), p)
        assert reply.json()["model"] == OPENAI_MODEL

    def anthropic_json(self):
        reply, p = self.call("restore", "anthropic", "anthropic-json")
        content = reply.json()["content"]
        expect_restored(content[0]["text"], content[1]["input"], p)

    def openai_sse(self, echo):
        reply, p = self.call("restore", "openai", echo, stream=True)
        assert reply.headers.get("content-type") == "text/event-stream", reply.headers
        expect_restored(*openai_stream_parts(reply.body), p)

    def anthropic_sse(self):
        reply, p = self.call("restore", "anthropic", "anthropic-sse", stream=True)
        expect_restored(*anthropic_stream_parts(reply.body), p)

    def sse_not_delayed(self):
        """The restored first events reach the client while the upstream holds the rest of the stream."""
        body = json.dumps(openai_request(stream=True))
        conn = http.client.HTTPConnection("127.0.0.1", self.ports["restore"], timeout=30)
        try:
            conn.request("POST", self.path("openai"), body,
                         {"content-type": "application/json", "x-echo": "openai-sse-gated"})
            self.calls[OPENAI_MODEL] += 1
            resp = conn.getresponse()
            first = b""
            while EMAIL.encode() not in first:
                piece = resp.read1(65536)
                assert piece, f"stream ended before the restored address arrived: {first!r}"
                first += piece
            self.echo.gate.set()
            rest = resp.read()
            assert self.echo.gate_opened_in_time, "the upstream's gate timed out: the filter held events back"
            text, args = openai_stream_parts(first + rest)
            assert text == restored_text() and args == {"to": EMAIL, "iban": IBAN}, (text, args)
        finally:
            conn.close()

    def disabled(self):
        """`restore: false`: the client sees exactly what the upstream sent, placeholders included."""
        reply, p = self.call("no-restore", "openai", "openai-json")
        assert reply.body == openai_json(p), reply.body[:300]
        reply, p = self.call("no-restore", "anthropic", "anthropic-sse", stream=True)
        assert reply.body == anthropic_sse(p), reply.body[:300]

    def plain_text(self):
        """A body that is not an LLM call is redacted as text, and its placeholders restored too."""
        path = self.path("text")
        reply = request(self.ports["restore"], path, f"mail {EMAIL}, token {TOKEN}".encode(),
                        headers={"content-type": "text/plain", "x-echo": "text"})
        got = self.up.received(path)[0].body.decode()
        assert got == "mail [EMAIL_1], token [GITHUB_TOKEN_1]", got
        assert reply.json() == {"echo": f"mail {EMAIL}, token [GITHUB_TOKEN_1]"}, reply.body

    def secret_only(self):
        """A vault holding only a secret restores nothing: the placeholder reaches the client as sent."""
        path = self.path("text")
        reply = request(self.ports["restore"], path, f"token {TOKEN}".encode(),
                        headers={"content-type": "text/plain", "x-echo": "text"})
        assert reply.json() == {"echo": "token [GITHUB_TOKEN_1]"}, reply.body

    def envoy_buffer_limit(self):
        """With restore on, the listener's per_connection_buffer_limit_bytes also bounds the buffered JSON
        response: a 3 MiB reply (under the default 4 MiB max_response_bytes) is restored behind an 8 MiB
        limit, and reset by Envoy itself behind a 2 MiB one, whatever failure_mode says."""
        body = f"mail {EMAIL}".encode()
        reply = request(self.ports["restore-8mib"], self.path("text"), body,
                        headers={"content-type": "text/plain", "x-echo": "huge"})
        assert reply.status == 200 and reply.json()["echo"] == f"mail {EMAIL}", reply.body[:100]
        assert len(reply.body) > HUGE
        try:
            reply = request(self.ports["restore-2mib"], self.path("text"), body,
                            headers={"content-type": "text/plain", "x-echo": "huge"})
        except (http.client.HTTPException, OSError):
            return
        raise AssertionError(f"a 3 MiB response passed a 2 MiB buffer limit: {reply.status}")

    def failure_open(self):
        """`failure_mode: open`: a response over max_response_bytes, and one that is not JSON, reach the
        client complete and unrestored."""
        reply, p = self.call("restore-open", "openai", "large-json")
        assert reply.status == 200 and reply.json()["echo"] == p["email"], reply.body[:200]
        assert len(reply.body) > SMALL
        reply, _ = self.call("restore-open", "openai", "not-json")
        assert reply.status == 200 and reply.body.startswith(b"oops: {"), reply.body[:200]
        reply, p = self.call("restore-open", "openai", "openai-json")
        expect_restored(reply.json()["choices"][0]["message"]["content"],
                        json.loads(reply.json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]),
                        p)

    def failure_closed(self):
        """`failure_mode: closed`: a response that cannot be restored is cut off, never passed on with
        placeholders; the next response is restored as usual."""
        for echo in ("large-json", "not-json"):
            try:
                reply, _ = self.call("restore-closed", "openai", echo)
            except (http.client.HTTPException, OSError):
                continue
            raise AssertionError(f"{echo}: the client got a complete reply: {reply.status} {reply.body[:200]!r}")
        reply, p = self.call("restore-closed", "anthropic", "anthropic-json")
        content = reply.json()["content"]
        expect_restored(content[0]["text"], content[1]["input"], p)


def check_example(port, up):
    """The shipped envoy.yaml (restore on) gives the client its values back. `up` must answer with Echo."""
    body = openai_request()
    reply = send(port, "/example/v1/chat/completions", body, "openai-json")
    p = check_upstream(up, "/example/v1/chat/completions", body)
    message = reply.json()["choices"][0]["message"]
    expect_restored(message["content"], json.loads(message["tool_calls"][0]["function"]["arguments"]), p)


def check_counters(envoy):
    counters = envoy.counters("wasmcustom.ward_envoy")
    want = {"responses_restored": 10, "responses_passed_unrestored": 2, "responses_reset": 2,
            "requests_rejected": 0, "requests_passed_unredacted": 0}
    got = {k: counters.get(f"wasmcustom.ward_envoy.{k}") for k in want}
    assert got == want, f"counters {got} (want {want})"


def check_stats(envoy, run):
    """The stats saw every call with its tokens (they read the upstream's bytes, before restore)."""
    def ready(series):
        return all(series.get(series_key("requests", p, m)) == n
                   for p, m, n in (("openai", OPENAI_MODEL, run.calls[OPENAI_MODEL]),
                                   ("anthropic", ANTHROPIC_MODEL, run.calls[ANTHROPIC_MODEL])))
    series = scrape_until(envoy, ready, timeout=5)
    for provider, model in (("openai", OPENAI_MODEL), ("anthropic", ANTHROPIC_MODEL)):
        n = run.calls[model]
        got = series.get(series_key("requests", provider, model))
        assert got == n, f"requests of {model}: {got} (want {n})"
        got = series.get(series_key("input_tokens", provider, model))
        assert got == 120 * n, f"input tokens of {model}: {got} (want {120 * n})"
        got = series.get(series_key("output_tokens", provider, model))
        assert got == 30 * n, f"output tokens of {model}: {got} (want {30 * n})"
    # Not counted per model: the two over-limit responses (too large for the copy) and the two that are
    # not JSON (unparsed).
    for name, want in (("ward_envoy_llm_responses_too_large", 2), ("ward_envoy_llm_responses_unparsed", 2)):
        got = series.get((name, frozenset()))
        assert got == want, f"{name} = {got} (want {want})"


def not_started(envoy):
    raise AssertionError(f"the restore Envoy did not start:\n{envoy.log()[-3000:]}")


def run(suite, wasm):
    """Starts the restore Envoy and runs every check through `suite.check`."""
    echo = Echo()
    up = Upstream(responder=echo.respond)
    listeners = [plugin_listener(name, cfg, wasm) for name, cfg in LISTENERS.items()]
    for name, limit in (("restore-2mib", 2 << 20), ("restore-8mib", 8 << 20)):
        listener = plugin_listener(name, json.dumps({"restore": True, "failure_mode": "open"}), wasm)
        listener["per_connection_buffer_limit_bytes"] = limit
        listeners.append(listener)
    try:
        with Envoy(json.dumps(bootstrap(listeners, up.port))) as envoy:
            if not envoy.started:
                suite.check("restore/envoy-started", not_started, envoy)
                return
            r = Run(up, echo, envoy.ports())
            suite.check("restore/openai-json-text-and-tool-arguments", r.openai_json)
            suite.check("restore/anthropic-json-text-and-tool-input", r.anthropic_json)
            suite.check("restore/openai-sse-split-inside-placeholders-and-utf8", r.openai_sse, "openai-sse-split")
            suite.check("restore/openai-sse-chunks-of-1-to-5-bytes", r.openai_sse, "openai-sse-tiny")
            suite.check("restore/anthropic-sse-split", r.anthropic_sse)
            suite.check("restore/sse-not-delayed", r.sse_not_delayed)
            suite.check("restore/disabled-leaves-placeholders", r.disabled)
            suite.check("restore/plain-text-request", r.plain_text)
            suite.check("restore/secret-only-request-is-not-restored", r.secret_only)
            suite.check("restore/envoy-buffer-limit-bounds-json-responses", r.envoy_buffer_limit)
            suite.check("restore/fail-open-too-large-and-not-json", r.failure_open)
            suite.check("restore/fail-closed-too-large-and-not-json", r.failure_closed)
            suite.check("restore/counters", check_counters, envoy)
            suite.check("restore/usage-stats-of-restored-calls", check_stats, envoy, r)
    finally:
        up.close()


if __name__ == "__main__":
    # `python3 tests/envoy/restore.py [PORT]`: the echoing upstream on its own (for the README's example):
    # `x-echo: text` answers `{"echo": <the body it received>}` and prints that body.
    import sys

    def printing(recorded):
        print(f"upstream received {recorded.method} {recorded.path}: {recorded.body.decode('utf-8', 'replace')}",
              flush=True)
        return Echo().respond(recorded)

    server = Upstream(int(sys.argv[1]) if len(sys.argv) > 1 else 8080, responder=printing)
    print(f"echoing upstream listening on 127.0.0.1:{server.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.close()
