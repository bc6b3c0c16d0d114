"""A real Envoy in front of a recording upstream, for the ward-envoy tests (Python stdlib only).

Why this shape: the filter's contract is about what the *upstream* receives, so the upstream is a small
HTTP server that records every request (path, headers, body) and the tests compare those bytes. Envoy is
started from a generated JSON config (JSON is YAML) on loopback ports chosen by the kernel (port 0, read
back from the admin API), with `--concurrency 1` (one worker, so one Wasm VM per plugin) and
`--disable-hot-restart` (so several Envoys can run side by side), and it is always stopped.
"""

import http.client
import json
import subprocess
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENVOY = ROOT / ".venv" / "bin" / "envoy"
DEFAULT_WASM = ROOT / "dist" / "ward-envoy.wasm"
# Above the filter's default max_body_bytes (1 MiB): Envoy adds each chunk to its buffer, and answers 413
# itself when the buffer exceeds this, before the filter sees the chunk.
BUFFER_LIMIT = 2 * 1024 * 1024


class Recorded:
    """One request as the upstream saw it. `complete` is False when the body was cut off (the proxy reset
    the stream); `body` then holds the bytes that did arrive."""

    def __init__(self, method, path, headers, body, complete):
        self.method = method
        self.path = path
        self.headers = headers  # dict, lower-case names
        self.body = body
        self.complete = complete


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a reset stream is an expected outcome (fail-closed replies), recorded as incomplete


class Upstream:
    """HTTP/1.1 server on 127.0.0.1 that records every request and answers 200 `{"received": <bytes>}`.

    `responder(recorded)` may instead return `(status, headers, chunks)`: the reply is then sent with
    chunked transfer encoding, one write per item of `chunks`; an item that is callable is called instead
    of written (so a test can hold the stream between two chunks)."""

    def __init__(self, port=0, echo=False, responder=None):
        self._lock = threading.Lock()
        self._requests = []
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else Nagle + delayed ACK add 40 ms to every reply

            def _handle(self):
                headers = {k.lower(): v for k, v in self.headers.items()}
                body = bytearray()
                try:
                    self._read_body(body)
                except (OSError, ValueError):
                    upstream._record(Recorded(self.command, self.path, headers, bytes(body), False))
                    self.close_connection = True
                    return
                recorded = Recorded(self.command, self.path, headers, bytes(body), True)
                upstream._record(recorded)
                custom = responder(recorded) if responder else None
                if custom is not None:
                    self._send_chunked(*custom)
                    return
                if echo:
                    print(f"upstream received {self.command} {self.path}: {body.decode('utf-8', 'replace')}",
                          flush=True)
                reply = json.dumps({"received": len(body)}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            do_GET = do_POST = do_PUT = do_PATCH = _handle

            def _send_chunked(self, status, headers, chunks):
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                for chunk in chunks:
                    if callable(chunk):
                        chunk()
                    elif chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _read_body(self, body):
                if "chunked" in self.headers.get("transfer-encoding", "").lower():
                    read_chunked(self.rfile, body)
                    return
                want = int(self.headers.get("content-length") or 0)
                while len(body) < want:
                    piece = self.rfile.read(min(65536, want - len(body)))
                    if not piece:
                        raise ConnectionResetError("body cut off")
                    body += piece

            def log_message(self, *args):
                pass

        self._server = _QuietServer(("127.0.0.1", port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _record(self, recorded):
        with self._lock:
            self._requests.append(recorded)

    def received(self, path):
        """Every recorded request for `path` (complete or cut off), in arrival order."""
        with self._lock:
            return [r for r in self._requests if r.path == path]

    def close(self):
        self._server.shutdown()
        self._server.server_close()


def read_chunked(stream, body):
    """Reads an HTTP/1.1 chunked body into `body` (skipping trailers); raises if the stream is cut off."""
    while True:
        line = stream.readline()
        if not line.endswith(b"\n"):
            raise ConnectionResetError("chunked body cut off")
        size = int(line.split(b";")[0].strip(), 16)
        if size == 0:
            while True:
                line = stream.readline()
                if line in (b"\r\n", b"\n"):
                    return
                if not line:
                    raise ConnectionResetError("trailers cut off")
        piece = stream.read(size)
        body += piece
        if len(piece) < size or not stream.readline().endswith(b"\n"):
            raise ConnectionResetError("chunk cut off")


def plugin_listener(name, configuration, wasm=DEFAULT_WASM, trailers=False):
    """A listener on a kernel-chosen loopback port: wasm filter (its own VM) -> router -> `upstream`.

    `configuration` is the plugin configuration text, or None to omit the field. `trailers` makes the
    HTTP/1 codec keep request trailers (by default Envoy drops them), so the filter's trailers callback runs.
    """
    plugin = {
        "name": name,
        "root_id": "ward",
        "vm_config": {"vm_id": name, "runtime": "envoy.wasm.runtime.v8",
                      "code": {"local": {"filename": str(wasm)}}},
    }
    if configuration is not None:
        plugin["configuration"] = {"@type": "type.googleapis.com/google.protobuf.StringValue",
                                   "value": configuration}
    manager = {
        "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3"
                 ".HttpConnectionManager",
        "stat_prefix": name,
        "route_config": {"virtual_hosts": [{
            "name": "all", "domains": ["*"],
            "routes": [{"match": {"prefix": "/"}, "route": {"cluster": "upstream", "timeout": "30s"}}],
        }]},
        "http_filters": [
            {"name": "envoy.filters.http.wasm", "typed_config": {
                "@type": "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm", "config": plugin}},
            {"name": "envoy.filters.http.router", "typed_config": {
                "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}},
        ],
    }
    if trailers:
        manager["http_protocol_options"] = {"enable_trailers": True}
    return {
        "name": name,
        "address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}},
        "per_connection_buffer_limit_bytes": BUFFER_LIMIT,
        "filter_chains": [{"filters": [{
            "name": "envoy.filters.network.http_connection_manager", "typed_config": manager}]}],
    }


# The stats settings the LLM usage stats need (the same as in wasm/envoy/envoy.yaml): tag extraction for
# the provider and model encoded in the stat names, token-sized histogram buckets, and a short flush
# interval so that histograms reach /stats/prometheus quickly.
STATS_CONFIG = {
    "stats_tags": [
        {"tag_name": "provider", "regex": r"(provider=\.=(.*?);\.;)"},
        {"tag_name": "model", "regex": r"(model=\.=(.*?);\.;)"},
    ],
    "histogram_bucket_settings": [{
        "match": {"contains": "tokens_per_call"},
        "buckets": [1, 10, 100, 1000, 10000, 100000, 1000000],
    }],
}


def bootstrap(listeners, upstream_port):
    """A static bootstrap: `listeners`, one STATIC cluster `upstream`, admin on a kernel-chosen port."""
    return {
        "stats_config": STATS_CONFIG,
        "stats_flush_interval": "0.5s",
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}}},
        "static_resources": {
            "listeners": listeners,
            "clusters": [{
                "name": "upstream", "type": "STATIC", "connect_timeout": "2s",
                "load_assignment": {"cluster_name": "upstream", "endpoints": [{"lb_endpoints": [{
                    "endpoint": {"address": {"socket_address": {"address": "127.0.0.1",
                                                                "port_value": upstream_port}}}}]}]},
            }],
        },
    }


class Envoy:
    """One Envoy process. Use as a context manager; `started` says whether it became ready."""

    def __init__(self, config_text, suffix=".json", cwd=None, timeout=60.0, log_level="info"):
        self._dir = tempfile.TemporaryDirectory(prefix="ward-envoy-test-")
        work = Path(self._dir.name)
        self.config_path = work / f"envoy{suffix}"
        self.config_path.write_text(config_text)
        self.log_path = work / "envoy.log"
        self._admin_path = work / "admin.txt"
        self._cwd = cwd
        self._timeout = timeout
        self._log_level = log_level
        self._proc = None
        self.admin = None
        self.started = False
        self.exit_code = None

    def __enter__(self):
        args = [str(ENVOY), "-c", str(self.config_path), "--concurrency", "1", "--disable-hot-restart",
                "--admin-address-path", str(self._admin_path), "--log-level", self._log_level]
        with open(self.log_path, "wb") as log:
            self._proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=self._cwd)
        self.started = self._wait_ready()
        return self

    def __exit__(self, *exc):
        self.stop()
        self._dir.cleanup()

    def _wait_ready(self):
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            code = self._proc.poll()
            if code is not None:
                self.exit_code = code
                return False
            if self.admin is None and self._admin_path.exists():
                address = self._admin_path.read_text().strip()
                if address:
                    self.admin = address
            if self.admin is not None:
                try:
                    with urllib.request.urlopen(f"http://{self.admin}/ready", timeout=2) as r:
                        if r.status == 200 and r.read().strip() == b"LIVE":
                            return True
                except OSError:
                    pass
            time.sleep(0.1)
        return False

    def stop(self):
        if self._proc is None or self._proc.poll() is not None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def log(self):
        return self.log_path.read_text(errors="replace")

    def admin_get(self, path):
        with urllib.request.urlopen(f"http://{self.admin}{path}", timeout=5) as r:
            return r.read().decode()

    def ports(self):
        """Listener name -> bound port, from the admin API."""
        listeners = json.loads(self.admin_get("/listeners?format=json"))["listener_statuses"]
        return {l["name"]: l["local_address"]["socket_address"]["port_value"] for l in listeners}

    def counters(self, prefix):
        """Counters whose name starts with `prefix` (as Envoy's admin /stats shows them)."""
        stats = json.loads(self.admin_get("/stats?format=json&filter=" + prefix))["stats"]
        return {s["name"]: s["value"] for s in stats if "value" in s}


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)


def request(port, path, body=b"", method="POST", headers=None, chunks=None, trailers=None, pause=0.0):
    """Sends one request on a fresh connection and returns the reply.

    With `chunks`, the body is sent with chunked transfer encoding, one write per chunk, sleeping `pause`
    seconds between writes so that Envoy reads them separately; `trailers` are then sent after the last one.
    """
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        if chunks is None:
            conn.request(method, path, body=body, headers=headers or {})
        else:
            conn.putrequest(method, path)
            conn.putheader("transfer-encoding", "chunked")
            for name, value in (headers or {}).items():
                conn.putheader(name, value)
            conn.endheaders()
            for chunk in chunks:
                conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                if pause:
                    time.sleep(pause)
            tail = b"".join(b"%s: %s\r\n" % (k.encode(), v.encode()) for k, v in (trailers or {}).items())
            conn.send(b"0\r\n" + tail + b"\r\n")
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


if __name__ == "__main__":
    # `python3 tests/envoy/harness.py [PORT]`: the recording upstream on its own, printing every body it
    # receives (the upstream of dist/envoy.yaml listens on 8080).
    import sys

    server = Upstream(int(sys.argv[1]) if len(sys.argv) > 1 else 8080, echo=True)
    print(f"upstream listening on 127.0.0.1:{server.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.close()
