#!/usr/bin/env python3
"""Writes tests/replay/agent.jsonl: a capture with two agent runs (OpenAI Chat with a RAG step, parallel
tool calls, a failed tool and a repeated call; Anthropic Messages with a tool and prompt caching), plus
an unknown model, a rate-limited call and an unreadable line.

Every LLM step's `request` is what a real agent loop sends: the previous request's messages, the
assistant message it got back, and the tool results. `ward replay` must rebuild these requests from the
trace; tests/replay/run.py checks that. Run this script to regenerate the file (it is committed).
"""
import json
import sys
from pathlib import Path

T1 = "4bf92f3577b34da6a3ce929d0e0e4736"
T2 = "0af7651916cd43dd8448eb211c80319c"
DAY1 = "2026-11-20T10:00:"
DAY2 = "2026-11-26T15:30:"

SYSTEM = "You are a weather assistant. Use the tools."
TOOLS = [{"type": "function", "function": {"name": "get_weather", "description": "Current weather",
          "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]
ATTRS1 = {"feature": "assistant", "user": "u1", "tenant": "acme", "session": "s-1"}
ATTRS2 = {"feature": "fx", "user": "u2", "tenant": "globex", "session": "s-2"}


def call(cid, city):
    return {"id": cid, "type": "function", "function": {"name": "get_weather", "arguments": json.dumps({"city": city}, separators=(",", ":"))}}


def chat_resp(rid, msg, finish, usage):
    return {"id": rid, "object": "chat.completion", "created": 1, "model": "gpt-4o-2024-08-06",
            "choices": [{"index": 0, "message": msg, "finish_reason": finish}], "usage": usage}


def main(out):
    lines = []
    add = lines.append
    add({"operation": "invoke_agent", "agent": {"name": "weather-bot"}, "trace_id": T1, "span_id": "a000000000000001",
         "start": DAY1 + "00Z", "end": DAY1 + "12Z", "attributes": ATTRS1})
    add({"operation": "retrieval", "retrieval": {"data_source": "kb", "query": "weather advice paris rome",
         "documents": [{"id": "doc-7", "score": 0.83}, {"id": "doc-2", "score": 0.41}]}, "model": "text-embedding-3-small",
         "trace_id": T1, "span_id": "a000000000000002", "parent_span_id": "a000000000000001",
         "start": DAY1 + "00.100Z", "end": DAY1 + "00.300Z", "attributes": ATTRS1})
    msgs = [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": "What's the weather in Paris and Rome? Context: doc-7, doc-2."}]
    req1 = {"model": "gpt-4o", "messages": list(msgs), "tools": TOOLS, "temperature": 0.2, "max_tokens": 400}
    a1 = {"role": "assistant", "content": None, "tool_calls": [call("call_1", "Paris"), call("call_2", "Rome")]}
    add({"url": "https://api.openai.com/v1/chat/completions", "status": 200, "request": req1,
         "response": chat_resp("chatcmpl-1", a1, "tool_calls", {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}),
         "start": DAY1 + "00.500Z", "end": DAY1 + "02Z", "trace_id": T1, "span_id": "b000000000000001",
         "parent_span_id": "a000000000000001", "attributes": ATTRS1})
    add({"operation": "execute_tool", "tool": {"name": "get_weather", "call_id": "call_1", "arguments": {"city": "Paris"},
         "result": "18C sunny"}, "trace_id": T1, "span_id": "c000000000000001", "parent_span_id": "a000000000000001",
         "start": DAY1 + "02.100Z", "end": DAY1 + "02.400Z", "attributes": ATTRS1})
    add({"operation": "execute_tool", "tool": {"name": "get_weather", "call_id": "call_2", "arguments": {"city": "Rome"},
         "result": "error: upstream timeout"}, "error": {"type": "timeout", "message": "weather API timed out"},
         "trace_id": T1, "span_id": "c000000000000002", "parent_span_id": "a000000000000001",
         "start": DAY1 + "02.100Z", "end": DAY1 + "07.100Z", "attributes": ATTRS1})
    msgs2 = msgs + [a1, {"role": "tool", "tool_call_id": "call_1", "content": "18C sunny"},
                    {"role": "tool", "tool_call_id": "call_2", "content": "error: upstream timeout"}]
    req2 = {"model": "gpt-4o", "messages": msgs2, "tools": TOOLS, "temperature": 0.2, "max_tokens": 400}
    a2 = {"role": "assistant", "content": "Retrying Rome.", "tool_calls": [call("call_3", "Rome")]}
    add({"url": "https://api.openai.com/v1/chat/completions", "status": 200, "request": req2,
         "response": chat_resp("chatcmpl-2", a2, "tool_calls", {"prompt_tokens": 200, "completion_tokens": 25, "total_tokens": 225}),
         "start": DAY1 + "07.200Z", "end": DAY1 + "08.500Z", "trace_id": T1, "span_id": "b000000000000002",
         "parent_span_id": "a000000000000001", "attributes": ATTRS1})
    add({"operation": "execute_tool", "tool": {"name": "get_weather", "call_id": "call_3", "arguments": {"city": "Rome"},
         "result": "21C cloudy"}, "trace_id": T1, "span_id": "c000000000000003", "parent_span_id": "a000000000000001",
         "start": DAY1 + "08.600Z", "end": DAY1 + "08.900Z", "attributes": ATTRS1})
    msgs3 = msgs2 + [a2, {"role": "tool", "tool_call_id": "call_3", "content": "21C cloudy"}]
    req3 = {"model": "gpt-4o", "messages": msgs3, "tools": TOOLS, "temperature": 0.2, "max_tokens": 400,
            "stream": True, "stream_options": {"include_usage": True}}
    chunks = [
        {"id": "chatcmpl-3", "object": "chat.completion.chunk", "model": "gpt-4o-2024-08-06",
         "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Paris: 18C sunny. "}, "finish_reason": None}]},
        {"id": "chatcmpl-3", "object": "chat.completion.chunk", "model": "gpt-4o-2024-08-06",
         "choices": [{"index": 0, "delta": {"content": "Rome: 21C cloudy."}, "finish_reason": "stop"}]},
        {"id": "chatcmpl-3", "object": "chat.completion.chunk", "model": "gpt-4o-2024-08-06", "choices": [],
         "usage": {"prompt_tokens": 260, "completion_tokens": 20, "total_tokens": 280,
                   "prompt_tokens_details": {"cached_tokens": 128}}},
    ]
    sse = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    add({"url": "https://api.openai.com/v1/chat/completions", "status": 200, "request": req3, "response_sse": sse,
         "start": DAY1 + "09Z", "first_token": DAY1 + "09.400Z", "end": DAY1 + "11Z", "trace_id": T1,
         "span_id": "b000000000000003", "parent_span_id": "a000000000000001", "attributes": ATTRS1})

    # Anthropic agent run: one tool, prompt caching (Anthropic counts cache tokens outside input_tokens).
    fx_tools = [{"name": "fx", "description": "Convert currency", "input_schema": {"type": "object",
                 "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "amount": {"type": "number"}}}}]
    system = [{"type": "text", "text": "You convert currencies.", "cache_control": {"type": "ephemeral"}}]
    amsgs = [{"role": "user", "content": "Convert 100 USD to EUR"}]
    areq1 = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": system, "tools": fx_tools, "messages": list(amsgs)}
    acontent = [{"type": "text", "text": "Let me check the rate."},
                {"type": "tool_use", "id": "toolu_1", "name": "fx", "input": {"from": "USD", "to": "EUR", "amount": 100}}]
    add({"operation": "invoke_agent", "agent": {"name": "fx-bot"}, "trace_id": T2, "span_id": "d000000000000001",
         "start": DAY2 + "00Z", "end": DAY2 + "05Z", "attributes": ATTRS2})
    add({"url": "https://api.anthropic.com/v1/messages", "status": 200, "request": areq1,
         "response": {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
                      "content": acontent, "stop_reason": "tool_use",
                      "usage": {"input_tokens": 50, "cache_read_input_tokens": 1000, "cache_creation_input_tokens": 200,
                                "output_tokens": 40}},
         "start": DAY2 + "00.200Z", "end": DAY2 + "01.700Z", "trace_id": T2, "span_id": "e000000000000001",
         "parent_span_id": "d000000000000001", "attributes": ATTRS2})
    add({"operation": "execute_tool", "tool": {"name": "fx", "call_id": "toolu_1",
         "arguments": {"from": "USD", "to": "EUR", "amount": 100}, "result": "92.10 EUR"},
         "trace_id": T2, "span_id": "f000000000000001", "parent_span_id": "d000000000000001",
         "start": DAY2 + "01.800Z", "end": DAY2 + "02Z", "attributes": ATTRS2})
    amsgs2 = amsgs + [{"role": "assistant", "content": acontent},
                      {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "92.10 EUR"}]}]
    areq2 = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": system, "tools": fx_tools, "messages": amsgs2}
    add({"url": "https://api.anthropic.com/v1/messages", "status": 200, "request": areq2,
         "response": {"id": "msg_2", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
                      "content": [{"type": "text", "text": "100 USD is 92.10 EUR."}], "stop_reason": "end_turn",
                      "usage": {"input_tokens": 80, "cache_read_input_tokens": 1200, "cache_creation_input_tokens": 0,
                                "output_tokens": 15}},
         "start": DAY2 + "02.100Z", "end": DAY2 + "04Z", "trace_id": T2, "span_id": "e000000000000002",
         "parent_span_id": "d000000000000001", "attributes": ATTRS2})

    # Outside any agent: an unknown model (reported, never priced at 0), a rate-limited call, a bad line.
    add({"url": "https://api.openai.com/v1/chat/completions", "status": 200,
         "request": {"model": "acme-llm-9", "messages": [{"role": "user", "content": "hi"}]},
         "response": chat_resp("chatcmpl-9", {"role": "assistant", "content": "hello"}, "stop",
                               {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}) | {"model": "acme-llm-9"},
         "start": DAY2 + "10Z", "end": DAY2 + "11Z", "attributes": {"feature": "chat", "user": "u3", "tenant": "acme"}})
    add({"url": "https://api.openai.com/v1/chat/completions", "status": 429,
         "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
         "response": {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}},
         "start": DAY2 + "12Z", "end": DAY2 + "12.050Z", "attributes": {"feature": "chat", "user": "u3", "tenant": "acme"}})
    text = "\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\nthis line is not JSON\n"
    Path(out).write_text(text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("agent.jsonl")))
