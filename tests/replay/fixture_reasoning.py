#!/usr/bin/env python3
"""Writes tests/replay/reasoning.jsonl and the shared vectors tests/vectors/trace/reasoning.json: two
agent runs whose requests carry what a plain chat history cannot:

- OpenAI Responses API (trace T3): `instructions`, a string `input` on the first call, reasoning items
  with `encrypted_content` and item ids, parallel `function_call` items answered by
  `function_call_output` items (one result a JSON object, sent as compact JSON), a streamed second call
  (SSE, the output taken from `response.completed`), then a user turn the app appends itself.
- Anthropic Messages with extended thinking (trace T4): `thinking` blocks with signatures and a
  `redacted_thinking` block passed back unchanged in the tool-use turns, a failed tool (`is_error`), a
  streamed second call whose thinking block arrives as `thinking_delta` + `signature_delta` events.

Every request is what the providers' documented agent loops send: the previous request's conversation,
the model's output appended unchanged (Responses `output` items; Anthropic `content` blocks, rebuilt
from the stream events for a streamed call), and the tool results. `ward replay` must rebuild each one
from the trace alone: tests/replay/run.py checks that against a loopback server, and the vectors check it
in every host. Run this script to regenerate both files (they are committed).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
T3 = "5c1e0ad2b3f44e0f9a7d6c5b4a392817"
T4 = "7d2f1be3c4a55f1a0b8e7d6c5b4a3928"
DAY = "2026-11-26T09:00:"
ATTRS3 = {"feature": "travel", "user": "u3", "tenant": "acme", "session": "s-3"}
ATTRS4 = {"feature": "units", "user": "u4", "tenant": "globex", "session": "s-4"}


def compact(v):
    return json.dumps(v, separators=(",", ":"))


def sse(events):
    """Anthropic-style SSE (named events) or Responses-style (type in the data, named too)."""
    return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events)


def step(op, tid, sid, parent, start, end, attrs, **extra):
    s = {"operation": op, **extra, "trace_id": tid, "span_id": sid, "parent_span_id": parent,
         "start": DAY + start, "end": DAY + end, "attributes": attrs}
    if parent is None:
        del s["parent_span_id"]
    return s


def exchange(url, request, tid, sid, parent, start, end, attrs, response=None, response_sse=None):
    ex = {"url": url, "status": 200, "request": request}
    if response is not None:
        ex["response"] = response
    else:
        ex["response_sse"] = response_sse
    ex.update({"start": DAY + start, "end": DAY + end, "trace_id": tid, "span_id": sid,
               "parent_span_id": parent, "attributes": attrs})
    return ex


def responses_run(add):
    url = "https://api.openai.com/v1/responses"
    tools = [{"type": "function", "name": "get_weather", "description": "Current weather",
              "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]
    base = {"model": "o4-mini", "instructions": "You are a travel assistant. Check the weather first.",
            "tools": tools, "reasoning": {"effort": "low", "summary": "auto"},
            "include": ["reasoning.encrypted_content"], "store": False}
    add(step("invoke_agent", T3, "e000000000000001", None, "00Z", "09Z", ATTRS3, agent={"name": "travel-bot"}))
    question = "Should I pack an umbrella for Oslo and Bergen tomorrow?"
    req1 = {**base, "input": question}
    out1 = [
        {"id": "rs_01", "type": "reasoning", "summary": [{"type": "summary_text", "text": "Check both cities."}],
         "encrypted_content": "gAAAAABpEnc0ded-reasoning-1=="},
        {"id": "fc_01", "type": "function_call", "status": "completed", "call_id": "call_oslo",
         "name": "get_weather", "arguments": compact({"city": "Oslo"})},
        {"id": "fc_02", "type": "function_call", "status": "completed", "call_id": "call_bergen",
         "name": "get_weather", "arguments": compact({"city": "Bergen"})},
    ]
    resp1 = {"id": "resp_01", "object": "response", "status": "completed", "model": "o4-mini-2025-04-16",
             "output": out1, "usage": {"input_tokens": 180, "input_tokens_details": {"cached_tokens": 0},
                                       "output_tokens": 90, "output_tokens_details": {"reasoning_tokens": 64},
                                       "total_tokens": 270}}
    add(exchange(url, req1, T3, "e100000000000001", "e000000000000001", "00.100Z", "01.500Z", ATTRS3, response=resp1))
    bergen = {"rain_mm": 12, "sky": "rain", "temp_c": 7}  # sorted keys: results go back as compact JSON
    add(step("execute_tool", T3, "e200000000000001", "e000000000000001", "01.600Z", "01.900Z", ATTRS3,
             tool={"name": "get_weather", "call_id": "call_oslo", "arguments": {"city": "Oslo"}, "result": "3C, light snow"}))
    add(step("execute_tool", T3, "e200000000000002", "e000000000000001", "01.600Z", "02.100Z", ATTRS3,
             tool={"name": "get_weather", "call_id": "call_bergen", "arguments": {"city": "Bergen"}, "result": bergen}))
    input2 = [{"role": "user", "content": question}] + out1 + [
        {"type": "function_call_output", "call_id": "call_oslo", "output": "3C, light snow"},
        {"type": "function_call_output", "call_id": "call_bergen", "output": compact(bergen)},
    ]
    req2 = {**base, "input": input2, "stream": True}
    out2 = [
        {"id": "rs_02", "type": "reasoning", "summary": [], "encrypted_content": "gAAAAABpEnc0ded-reasoning-2=="},
        {"id": "msg_02", "type": "message", "status": "completed", "role": "assistant",
         "content": [{"type": "output_text", "text": "Yes for Bergen (rain, 12 mm); Oslo gets light snow.",
                      "annotations": []}]},
    ]
    resp2 = {"id": "resp_02", "object": "response", "status": "completed", "model": "o4-mini-2025-04-16",
             "output": out2, "usage": {"input_tokens": 320, "input_tokens_details": {"cached_tokens": 128},
                                       "output_tokens": 40, "output_tokens_details": {"reasoning_tokens": 16},
                                       "total_tokens": 360}}
    events = [
        {"type": "response.created", "sequence_number": 0,
         "response": {**resp2, "status": "in_progress", "output": [], "usage": None}},
        {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_02", "output_index": 1,
         "content_index": 0, "delta": "Yes for Bergen"},
        {"type": "response.completed", "sequence_number": 2, "response": resp2},
    ]
    add(exchange(url, req2, T3, "e100000000000002", "e000000000000001", "02.200Z", "04Z", ATTRS3,
                 response_sse=sse(events)))
    input3 = input2 + out2 + [{"role": "user", "content": "And what about Tromso?"}]
    req3 = {**base, "input": input3}
    out3 = [{"id": "msg_03", "type": "message", "status": "completed", "role": "assistant",
             "content": [{"type": "output_text", "text": "I would need to check Tromso too.", "annotations": []}]}]
    resp3 = {"id": "resp_03", "object": "response", "status": "completed", "model": "o4-mini-2025-04-16",
             "output": out3, "usage": {"input_tokens": 380, "output_tokens": 12, "total_tokens": 392}}
    add(exchange(url, req3, T3, "e100000000000003", "e000000000000001", "05Z", "06Z", ATTRS3, response=resp3))


def anthropic_run(add):
    url = "https://api.anthropic.com/v1/messages"
    tools = [{"name": "convert", "description": "Convert a quantity",
              "input_schema": {"type": "object", "properties": {"value": {"type": "number"},
                               "from": {"type": "string"}, "to": {"type": "string"}}}}]
    base = {"model": "claude-sonnet-4-5", "max_tokens": 4096, "thinking": {"type": "enabled", "budget_tokens": 2048},
            "system": "You convert units. Use the tool for every conversion.", "tools": tools}
    add(step("invoke_agent", T4, "f000000000000001", None, "10Z", "19Z", ATTRS4, agent={"name": "units-bot"}))
    msgs = [{"role": "user", "content": "Convert 10 miles to km and 70 F to C."}]
    content1 = [
        {"type": "thinking", "thinking": "Two conversions; call the tool twice.",
         "signature": "EqQBCkYIBRgCKkBsig-one/opaque+base64=="},
        {"type": "redacted_thinking", "data": "EmwKAhgBEgy3redacted-opaque-data=="},
        {"type": "text", "text": "Converting both now."},
        {"type": "tool_use", "id": "toolu_mi", "name": "convert", "input": {"value": 10, "from": "mi", "to": "km"}},
        {"type": "tool_use", "id": "toolu_f", "name": "convert", "input": {"value": 70, "from": "F", "to": "C"}},
    ]
    resp1 = {"id": "msg_a1", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
             "content": content1, "stop_reason": "tool_use", "stop_sequence": None,
             "usage": {"input_tokens": 400, "output_tokens": 150, "cache_read_input_tokens": 0,
                       "cache_creation_input_tokens": 0}}
    add(exchange(url, {**base, "messages": list(msgs)}, T4, "f100000000000001", "f000000000000001",
                 "10.100Z", "12Z", ATTRS4, response=resp1))
    add(step("execute_tool", T4, "f200000000000001", "f000000000000001", "12.100Z", "12.200Z", ATTRS4,
             tool={"name": "convert", "call_id": "toolu_mi", "arguments": {"value": 10, "from": "mi", "to": "km"},
                   "result": "16.09 km"}))
    add(step("execute_tool", T4, "f200000000000002", "f000000000000001", "12.100Z", "12.300Z", ATTRS4,
             tool={"name": "convert", "call_id": "toolu_f", "arguments": {"value": 70, "from": "F", "to": "C"},
                   "result": "error: unit F unknown"},
             error={"type": "tool_error", "message": "unit F unknown"}))
    msgs2 = msgs + [
        {"role": "assistant", "content": content1},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_mi", "content": "16.09 km"},
            {"type": "tool_result", "tool_use_id": "toolu_f", "content": "error: unit F unknown", "is_error": True}]},
    ]
    thinking2, sig2 = "Fahrenheit failed; retry with the full unit name.", "EqQBCkYIBRgCKkBsig-two/opaque+base64=="
    events = [
        {"type": "message_start", "message": {"id": "msg_a2", "type": "message", "role": "assistant",
         "model": "claude-sonnet-4-5-20250929", "content": [], "stop_reason": None,
         "usage": {"input_tokens": 620, "output_tokens": 1, "cache_read_input_tokens": 0, "cache_creation_input_tokens": 0}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": thinking2[:20]}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": thinking2[20:]}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": sig2}},
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Retrying the temperature."}},
        {"type": "content_block_stop", "index": 1},
        {"type": "content_block_start", "index": 2, "content_block":
         {"type": "tool_use", "id": "toolu_fahr", "name": "convert", "input": {}}},
        {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": "{\"value\": 70, "}},
        {"type": "content_block_delta", "index": 2, "delta":
         {"type": "input_json_delta", "partial_json": "\"from\": \"fahrenheit\", \"to\": \"celsius\"}"}},
        {"type": "content_block_stop", "index": 2},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None}, "usage": {"output_tokens": 90}},
        {"type": "message_stop"},
    ]
    add(exchange(url, {**base, "messages": msgs2, "stream": True}, T4, "f100000000000002", "f000000000000001",
                 "12.500Z", "14Z", ATTRS4, response_sse=sse(events)))
    add(step("execute_tool", T4, "f200000000000003", "f000000000000001", "14.100Z", "14.200Z", ATTRS4,
             tool={"name": "convert", "call_id": "toolu_fahr",
                   "arguments": {"value": 70, "from": "fahrenheit", "to": "celsius"}, "result": "21.1 C"}))
    # The streamed turn as the loop sends it back: the blocks rebuilt from the events.
    content2 = [
        {"type": "thinking", "thinking": thinking2, "signature": sig2},
        {"type": "text", "text": "Retrying the temperature."},
        {"type": "tool_use", "id": "toolu_fahr", "name": "convert",
         "input": {"value": 70, "from": "fahrenheit", "to": "celsius"}},
    ]
    msgs3 = msgs2 + [
        {"role": "assistant", "content": content2},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_fahr", "content": "21.1 C"}]},
    ]
    resp3 = {"id": "msg_a3", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
             "content": [{"type": "text", "text": "10 mi = 16.09 km; 70 F = 21.1 C."}], "stop_reason": "end_turn",
             "stop_sequence": None, "usage": {"input_tokens": 760, "output_tokens": 20}}
    add(exchange(url, {**base, "messages": msgs3}, T4, "f100000000000003", "f000000000000001",
                 "14.500Z", "16Z", ATTRS4, response=resp3))


def main(out):
    lines = []
    responses_run(lines.append)
    anthropic_run(lines.append)
    text = "".join(json.dumps(l) + "\n" for l in lines)
    out.write_text(text)
    capture = text.splitlines()
    cases = [
        {"name": "replay-responses-api",
         "input": {"capture": capture, "replay": T3},
         "expected": {"replay_equals_recorded": ["e100000000000001", "e100000000000002", "e100000000000003"]}},
        {"name": "replay-anthropic-thinking",
         "input": {"capture": capture, "replay": T4},
         "expected": {"replay_equals_recorded": ["f100000000000001", "f100000000000002", "f100000000000003"]}},
    ]
    vec = ROOT / "tests/vectors/trace/reasoning.json"
    vec.write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(lines)} lines) and {vec}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/replay/reasoning.jsonl")
