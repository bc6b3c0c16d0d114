"""Measures ward-envoy built at opt-level 3, "s" and "z": wasm size, Envoy start-up (v8 compiles the
module), and request latency through a real Envoy for three body sizes, against a listener without the
filter. The numbers behind the `[profile.envoy]` choice (see wasm/envoy/README.md, "Size and speed").

Usage: .venv/bin/python tests/envoy/bench.py [--target-dir DIR] [--requests N] [--levels 3,s,z]
Each level is built with `cargo build --profile envoy --config profile.envoy.opt-level=...` into its own
target directory (default target/envoy-opt-bench/<level>), so repeated runs only rebuild what changed.
The last upstream body of each cell is checked, so a variant that stopped redacting cannot post a time.
"""

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import harness
from harness import Envoy, Upstream, bootstrap, plugin_listener

# Chat-like text: four sentences of prose, then one with three values to redact (~540 bytes per round).
PROSE = "Please summarise the quarterly report for the team and list the open risks with their owners. "
LINE = PROSE * 4 + "User {i}: mail jane.doe{i}@example.org, card 4111-1111-1111-1111, key AKIAIOSFODNN7EXAMPLE. "


def body_of(size):
    text, i = [], 0
    while sum(len(t) for t in text) < size:
        text.append(LINE.format(i=i))
        i += 1
    return "".join(text)[:size].rsplit(" ", 1)[0].encode()


def build(level, target_dir, workspace):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir))
    value = level if level.isdigit() else json.dumps(level)  # opt-level=3, opt-level="s"
    cmd = ["cargo", "build", "--quiet", "--package", "ward-envoy", "--target", "wasm32-wasip1",
           "--profile", "envoy", "--config", f"profile.envoy.opt-level={value}"]
    started = time.monotonic()
    subprocess.run(cmd, cwd=workspace, env=env, check=True)
    return target_dir / "wasm32-wasip1" / "envoy" / "ward_envoy.wasm", time.monotonic() - started


def no_filter_listener(name):
    listener = plugin_listener(name, None)
    manager = listener["filter_chains"][0]["filters"][0]["typed_config"]
    manager["http_filters"] = manager["http_filters"][1:]
    return listener


def connect(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.connect()
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms Nagle/delayed-ACK stalls
    return conn


def post(conn, path, body):
    """One request on a keep-alive connection; its wall time in µs."""
    started = time.perf_counter()
    conn.request("POST", path, body=body)
    resp = conn.getresponse()
    resp.read()
    elapsed = time.perf_counter() - started
    if resp.status != 200:
        raise SystemExit(f"bench: status {resp.status} on {path}")
    return elapsed * 1e6


def startup(wasms, upstream, rounds=5):
    """Median seconds from starting Envoy (one ward listener) until it reports LIVE, per variant; the
    variants take turns so that load from other processes hits each alike."""
    times = {level: [] for level in wasms}
    for _ in range(rounds):
        for level, wasm in wasms.items():
            started = time.monotonic()
            config = json.dumps(bootstrap([plugin_listener("ward", "{}", wasm)], upstream.port))
            with Envoy(config) as envoy:
                if not envoy.started:
                    raise SystemExit(f"bench: Envoy did not start:\n{envoy.log()[-3000:]}")
                times[level].append(time.monotonic() - started)
    return {level: statistics.median(t) for level, t in times.items()}


def measure(wasms, upstream, sizes, n):
    """Latency per (variant, size). All variants run in one Envoy (a listener and VM each) and the
    requests are interleaved round-robin, so load from other processes hits every variant alike."""
    listeners = [no_filter_listener("plain")]
    listeners += [plugin_listener(f"ward-{level}", "{}", wasm) for level, wasm in wasms.items()]
    result = {}
    with Envoy(json.dumps(bootstrap(listeners, upstream.port))) as envoy:
        if not envoy.started:
            raise SystemExit(f"bench: Envoy did not start:\n{envoy.log()[-3000:]}")
        ports = envoy.ports()
        for size in sizes:
            body = body_of(size)
            conns = {name: connect(port) for name, port in ports.items()}
            times = {name: [] for name in ports}
            try:
                for i in range(n + 20):
                    for name, conn in conns.items():
                        elapsed = post(conn, f"/{name}/{size}", body)
                        if i >= 20:
                            times[name].append(elapsed)
            finally:
                for conn in conns.values():
                    conn.close()
            for name in ports:
                forwarded = upstream.received(f"/{name}/{size}")[-1].body
                if name == "plain" and forwarded != body:
                    raise SystemExit("bench: the plain listener changed the body")
                if name != "plain" and (b"@example.org" in forwarded or b"AKIA" in forwarded):
                    raise SystemExit(f"bench: {name} forwarded an unredacted value")
                result[f"{name}/{size}"] = {"median": statistics.median(times[name]),
                                            "p90": statistics.quantiles(times[name], n=10)[-1]}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target-dir", type=Path, default=harness.ROOT / "target" / "envoy-opt-bench")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--levels", default="3,s,z")
    parser.add_argument("--sizes", default="1024,65536,524288")
    parser.add_argument("--workspace", type=Path, default=harness.ROOT, help="where to run cargo")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so the Envoys are stopped on kill
    upstream = Upstream()
    rows, wasms = {}, {}
    try:
        for level in args.levels.split(","):
            wasm, build_s = build(level, args.target_dir.resolve() / f"opt-{level}", args.workspace)
            wasms[level] = wasm
            rows[level] = {"size_bytes": wasm.stat().st_size, "build_s": build_s}
        for level, seconds in startup(wasms, upstream).items():
            rows[level]["startup_s"] = seconds
        latency = measure(wasms, upstream, sizes, args.requests)
    finally:
        upstream.close()
    print(f"ward-envoy opt-level comparison, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs; "
          f"{args.requests} requests per cell after 20 warm-up, variants interleaved in one Envoy;")
    print("latency = client-measured request time through Envoy (median / p90, µs); "
          "filter cost = ward median - plain median")
    header = ["opt-level", "wasm bytes", "Envoy start s"]
    for size in sizes:
        header += [f"{size} B", f"filter cost {size} B"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    cells = ["none (no filter)", "", ""]
    for size in sizes:
        plain = latency[f"plain/{size}"]
        cells += [f"{plain['median']:.0f} / {plain['p90']:.0f}", ""]
    print("| " + " | ".join(cells) + " |")
    for level, row in rows.items():
        cells = [level, f"{row['size_bytes']:,}", f"{row['startup_s']:.2f}"]
        for size in sizes:
            plain = latency[f"plain/{size}"]
            ward = latency[f"ward-{level}/{size}"]
            cells += [f"{ward['median']:.0f} / {ward['p90']:.0f}", f"{ward['median'] - plain['median']:.0f}"]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
