#!/usr/bin/env bash
# What the optional exact tokenizer (ward-core feature `tiktoken`) costs a native binary: the size of
# ward-core's `ward_io` example (it parses captures, so it links the usage estimate and, with the feature,
# both rank tables) built in release without and with the feature, stripped and not; and the wall time of
# one `ward_io cost` run over a one-line capture whose response reports no usage (gpt-4o, so the feature
# build deserializes the o200k_base table once). Usage: bash benches/tiktoken-size.sh
# Uses $CARGO_TARGET_DIR (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
capture=$(mktemp)
trap 'rm -f "$capture" "$capture".bin' EXIT
cat >"$capture" <<'JSONL'
{"url":"https://api.openai.com/v1/chat/completions","status":200,"request":{"model":"gpt-4o","stream":true,"messages":[{"role":"user","content":"Say hello to the world in three languages."}]},"response_sse":"data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello world! Bonjour le monde ! Hola mundo!\"}}]}\n\ndata: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n","start":"2026-11-27T10:00:00Z","end":"2026-11-27T10:00:01Z"}
JSONL
for features in "" "tiktoken"; do
  cargo build --quiet --release -p ward-core --example ward_io ${features:+--features "$features"}
  bin="$target/release/examples/ward_io"
  cp "$bin" "$capture.bin" && strip "$capture.bin"
  "$bin" cost "$capture" '{"format":"json"}' >/dev/null # warm the page cache
  start=$(date +%s%N)
  usage=$("$bin" cost "$capture" '{"format":"json"}' | python3 -c 'import json,sys; t=json.load(sys.stdin)["total"]; print(t["input_tokens"], t["output_tokens"])')
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-10s %10d bytes  %10d stripped  %5d ms  tokens in/out: %s\n' "${features:-default}" \
    "$(stat -c %s "$bin")" "$(stat -c %s "$capture.bin")" "$ms" "$usage"
done
