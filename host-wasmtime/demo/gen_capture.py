#!/usr/bin/env python3
"""Writes capture.jsonl, the bundled capture `ward demo` runs on (deterministic: same bytes every run).

One LLM exchange per line in ward's capture format (README, "Records, cost and OpenTelemetry"): OpenAI Chat
Completions as JSON and SSE, OpenAI Responses, Anthropic Messages as JSON and SSE, a rate-limited call, an
agent trace (invoke_agent, a retrieval step, four model calls, three tool executions including a failed one
that the agent retries with identical arguments) and, last, a line cut off mid-write. A streamed answer
splits a card number and an e-mail address across delta events, as token streams do. The prompts carry the
personal data and secrets real traffic carries: e-mail addresses, payment cards, IBANs, phone numbers, names
with postal addresses, and provider keys. Every value is a documented test value or fictional.

Edit this file, not capture.jsonl, then run: python3 host-wasmtime/demo/gen_capture.py
"""

import json
from pathlib import Path

OUT = Path(__file__).with_name("capture.jsonl")
OPENAI_CHAT = "https://api.openai.com/v1/chat/completions"
OPENAI_RESPONSES = "https://api.openai.com/v1/responses"
ANTHROPIC = "https://api.anthropic.com/v1/messages"
DAY = "2026-11-26T"


def t(clock):
    return DAY + clock + "Z"


def attrs(feature, user, tenant, session):
    return {"feature": feature, "user": user, "tenant": tenant, "session": session}


def sse(events):
    """SSE text: `event:` lines when named, one `data:` line each, a blank line after every event."""
    out = []
    for name, data in events:
        if name:
            out.append(f"event: {name}\n")
        out.append("data: " + (data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)) + "\n\n")
    return "".join(out)


def chat_chunks(cid, model, pieces, usage):
    """An OpenAI Chat Completions stream with `stream_options.include_usage`: text deltas, finish, usage."""
    base = {"id": cid, "object": "chat.completion.chunk", "created": 1795683600, "model": model}
    events = [(None, {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})]
    for p in pieces:
        events.append((None, {**base, "choices": [{"index": 0, "delta": {"content": p}}]}))
    events.append((None, {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
    events.append((None, {**base, "choices": [], "usage": usage}))
    events.append((None, "[DONE]"))
    return sse(events)


def anthropic_stream(mid, model, pieces, input_tokens, output_tokens, cache_read=0):
    start = {
        "type": "message_start",
        "message": {
            "id": mid, "type": "message", "role": "assistant", "model": model, "content": [],
            "stop_reason": None,
            "usage": {"input_tokens": input_tokens, "cache_read_input_tokens": cache_read,
                      "cache_creation_input_tokens": 0, "output_tokens": 1},
        },
    }
    events = [("message_start", start),
              ("content_block_start", {"type": "content_block_start", "index": 0,
                                       "content_block": {"type": "text", "text": ""}})]
    for p in pieces:
        events.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": p}}))
    events += [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                           "usage": {"output_tokens": output_tokens}}),
        ("message_stop", {"type": "message_stop"}),
    ]
    return sse(events)


def chat_response(cid, model, message, finish, prompt, completion, cached=0):
    return {
        "id": cid, "object": "chat.completion", "created": 1795683600, "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                  "prompt_tokens_details": {"cached_tokens": cached}},
    }


def tool_call(call_id, name, args):
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, separators=(",", ":"))}}


lines = []

# 1. OpenAI Chat Completions, JSON: a customer changes address, phone and IBAN in a support chat.
lines.append({
    "url": OPENAI_CHAT, "status": 200,
    "request": {"model": "gpt-4o-mini", "temperature": 0.2, "messages": [
        {"role": "system", "content": "You are the support assistant of Acme Energy. Confirm every change."},
        {"role": "user", "content": "Hi, this is Tom Becker. I moved to 221B Baker Street, London NW1 6XE. "
                                    "New phone +44 20 7946 0958, and please pay refunds to GB82 WEST 1234 5698 7654 32."},
    ]},
    "response": chat_response("chatcmpl-9a1", "gpt-4o-mini-2024-07-18", {
        "role": "assistant",
        "content": "Thanks Tom. Your address is now 221B Baker Street, London NW1 6XE, your phone "
                   "+44 20 7946 0958, and refunds go to GB82 WEST 1234 5698 7654 32."}, "stop", 96, 52),
    "start": t("08:02:11.000"), "end": t("08:02:12.480"),
    "trace_id": "1c2f6d0b8e9a4c3d5b7e9f1a2c4e6a80", "span_id": "1000000000000001",
    "attributes": attrs("support-chat", "u-1042", "acme", "s-77f1"),
})

# 2. OpenAI Chat Completions, SSE: a payment-failure notice translated for a customer.
lines.append({
    "url": OPENAI_CHAT, "status": 200,
    "request": {"model": "gpt-4o-mini", "stream": True, "stream_options": {"include_usage": True}, "messages": [
        {"role": "user", "content": "Translate to German for the customer: 'Your payment with card "
                                    "5555 5555 5555 4444 failed. Questions? Write to billing@acme-energy.example.'"},
    ]},
    # Tokens do not respect values: the card and the address each arrive in two delta events.
    "response_sse": chat_chunks("chatcmpl-9a2", "gpt-4o-mini-2024-07-18", [
        "Ihre Zahlung mit der Karte 5555 5555 ", "5555 4444 ist fehlgeschlagen. ",
        "Fragen? Schreiben Sie an billing@", "acme-energy.example.",
    ], {"prompt_tokens": 41, "completion_tokens": 33, "total_tokens": 74,
        "prompt_tokens_details": {"cached_tokens": 0}}),
    "start": t("08:15:40.000"), "first_token": t("08:15:40.310"), "end": t("08:15:41.020"),
    "trace_id": "2d3a7e1c9f0b4d5e6c8f0a2b3d5f7b91", "span_id": "2000000000000001",
    "attributes": attrs("translate", "u-2210", "acme", "s-80aa"),
})

# 3. OpenAI Responses, JSON: an incident note about a key pasted into a ticket.
lines.append({
    "url": OPENAI_RESPONSES, "status": 200,
    "request": {"model": "gpt-4.1", "instructions": "You write short internal incident notes.",
                "input": "Priya Shah (priya.shah@globex.example, +1 415 555 0132) pasted our production key "
                         "sk-proj-Tq3vX9kLm2Rb7Yc4Nw8Pz1Hd6Gf5Js0AKeUo2WiT3BlbkFJx7Qm4Rt9Vz2Lp5Hs8Nc1D "
                         "into ticket INC-4471. Write the note."},
    "response": {
        "id": "resp_67c1", "object": "response", "created_at": 1795684500, "status": "completed",
        "model": "gpt-4.1-2025-04-14",
        "output": [{"type": "message", "id": "msg_67c1", "status": "completed", "role": "assistant", "content": [
            {"type": "output_text", "annotations": [],
             "text": "INC-4471: Priya Shah (priya.shah@globex.example) exposed a production key in a ticket. "
                     "Revoke it today and call her back on +1 415 555 0132."}]}],
        "usage": {"input_tokens": 88, "input_tokens_details": {"cached_tokens": 0},
                  "output_tokens": 47, "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 135},
    },
    "start": t("08:35:02.000"), "end": t("08:35:04.150"),
    "trace_id": "3e4b8f2d0a1c4e6f7d9a1b3c4e6a8ca2", "span_id": "3000000000000001",
    "attributes": attrs("incident-notes", "u-3307", "globex", "s-91bc"),
})

# 4. Anthropic Messages, JSON, with a cached system prompt: AWS credentials pasted while debugging.
runbook = "You are Globex's senior DevOps engineer. Follow the runbook below. " + "Runbook step. " * 8
lines.append({
    "url": ANTHROPIC, "status": 200,
    "request": {"model": "claude-sonnet-4-5", "max_tokens": 1024,
                "system": [{"type": "text", "text": runbook, "cache_control": {"type": "ephemeral"}}],
                "messages": [{"role": "user", "content":
                              "boto3 says AccessDenied. My env: AWS_ACCESS_KEY_ID=AKIA2OGYBAH6QX5R7NVE "
                              "AWS_SECRET_ACCESS_KEY=9dR2vKq7Lm4Xz8Tb1Nw6Yc3Hs5Jf0Gp2Ua7Ve4Qi, bucket owner "
                              "ops@globex.example."}]},
    "response": {
        "id": "msg_01HxQ", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
        "content": [{"type": "text", "text": "The key AKIA2OGYBAH6QX5R7NVE is not in the bucket policy. Ask "
                                             "ops@globex.example to grant s3:GetObject, then rotate the key: "
                                             "it is now in a chat log."}],
        "stop_reason": "end_turn",
        "usage": {"input_tokens": 212, "cache_read_input_tokens": 3600, "cache_creation_input_tokens": 0,
                  "output_tokens": 61},
    },
    "start": t("09:01:30.000"), "end": t("09:01:33.900"),
    "trace_id": "4f5c9a3e1b2d4f7a8e0b2c4d5f7b9db3", "span_id": "4000000000000001",
    "attributes": attrs("devops-assistant", "u-3307", "globex", "s-92cd"),
})

# 5. Anthropic Messages, SSE: a ticket summary with a customer's card and IBAN.
lines.append({
    "url": ANTHROPIC, "status": 200,
    "request": {"model": "claude-haiku-4-5", "max_tokens": 512, "stream": True, "messages": [
        {"role": "user", "content": "Summarize: Maria Garcia (maria.garcia@example.com) disputes a charge on "
                                    "card 4012 8888 8888 1881 and asks for a refund to DE89 3704 0044 0532 0130 00."}]},
    "response_sse": anthropic_stream("msg_01Kp2", "claude-haiku-4-5-20251001", [
        "Maria Garcia disputes a charge on card ", "4012 8888 8888 1881", "; refund to IBAN ",
        "DE89 3704 0044 0532 0130 00", ", reply to ", "maria.garcia@example.com", ".",
    ], 74, 39),
    "start": t("09:20:05.000"), "first_token": t("09:20:05.420"), "end": t("09:20:06.300"),
    "trace_id": "5a6d0b4f2c3e4a8b9f1c3d5e6a8cae04", "span_id": "5000000000000001",
    "attributes": attrs("ticket-summary", "u-1042", "acme", "s-93de"),
})

# 6. A rate-limited call (HTTP 429): counted as failed, priced at nothing.
lines.append({
    "url": OPENAI_CHAT, "status": 429,
    "request": {"model": "gpt-4o-mini", "messages": [
        {"role": "user", "content": "Resend the invoice to jane.doe@example.org"}]},
    "response": {"error": {"message": "Rate limit reached for gpt-4o-mini on requests per min (RPM).",
                           "type": "requests", "code": "rate_limit_exceeded"}},
    "start": t("09:41:00.000"), "end": t("09:41:00.120"),
    "trace_id": "6b7e1c5a3d4f4b9c0a2d4e6f7b9dbf15", "span_id": "6000000000000001",
    "attributes": attrs("support-chat", "u-1042", "acme", "s-94ef"),
})

# 7-15. An agent run: retrieval, four model calls, three tool executions (one times out and is retried).
TRACE = "7c8f2d6b4e5a4cad1b3e5f7a8cae0c26"
A = attrs("refund-agent", "u-1042", "acme", "s-95f0")
system = {"role": "system", "content": "You are Acme's refund agent. Use the tools. Policy: policy-refunds-v3#2."}
user = {"role": "user", "content": "Ticket from Jane Doe <jane.doe@example.org>: I was charged twice on card "
                                   "4111 1111 1111 1111 for order A-10293. Please refund the duplicate."}
lookup = tool_call("call_lk1", "lookup_customer", {"email": "jane.doe@example.org"})
customer = json.dumps({"customer_id": "cus_8842", "name": "Jane Doe",
                       "address": "742 Evergreen Terrace, Springfield, IL 62704", "phone": "+1 217 555 0186"},
                      separators=(",", ":"))
refund1 = tool_call("call_rf1", "issue_refund", {"order": "A-10293", "amount": 49.9})
refund2 = tool_call("call_rf2", "issue_refund", {"order": "A-10293", "amount": 49.9})
timeout = "error: payments API timed out after 5 s"
refunded = json.dumps({"refund_id": "re_3Q9", "status": "succeeded"}, separators=(",", ":"))
tools = [
    {"type": "function", "function": {"name": "lookup_customer", "description": "Find a customer by e-mail",
                                      "parameters": {"type": "object", "properties": {"email": {"type": "string"}},
                                                     "required": ["email"]}}},
    {"type": "function", "function": {"name": "issue_refund", "description": "Refund an order",
                                      "parameters": {"type": "object",
                                                     "properties": {"order": {"type": "string"},
                                                                    "amount": {"type": "number"}},
                                                     "required": ["order", "amount"]}}},
]


def agent_call(span, start, end, messages, message, finish, prompt, completion, cached):
    return {
        "url": OPENAI_CHAT, "status": 200,
        "request": {"model": "gpt-4o", "temperature": 0, "tools": tools, "messages": messages},
        "response": chat_response(f"chatcmpl-{span[-3:]}", "gpt-4o-2024-08-06", message, finish,
                                  prompt, completion, cached),
        "start": t(start), "end": t(end), "trace_id": TRACE, "span_id": span,
        "parent_span_id": "7000000000000001", "attributes": A,
    }


def tool_step(span, start, end, call, result, error=None):
    f = call["function"]
    step = {"operation": "execute_tool",
            "tool": {"name": f["name"], "call_id": call["id"], "arguments": json.loads(f["arguments"]),
                     "result": result},
            "trace_id": TRACE, "span_id": span, "parent_span_id": "7000000000000001",
            "start": t(start), "end": t(end), "attributes": A}
    if error:
        step["error"] = error
    return step


after_lookup = [system, user, {"role": "assistant", "content": None, "tool_calls": [lookup]},
                {"role": "tool", "tool_call_id": "call_lk1", "content": customer}]
after_fail = after_lookup + [{"role": "assistant", "content": None, "tool_calls": [refund1]},
                             {"role": "tool", "tool_call_id": "call_rf1", "content": timeout}]
after_refund = after_fail + [{"role": "assistant", "content": "Retrying the refund.", "tool_calls": [refund2]},
                             {"role": "tool", "tool_call_id": "call_rf2", "content": refunded}]
lines += [
    {"operation": "invoke_agent", "agent": {"name": "refund-agent"}, "trace_id": TRACE,
     "span_id": "7000000000000001", "start": t("10:00:00.000"), "end": t("10:00:14.000"), "attributes": A},
    {"operation": "retrieval", "model": "text-embedding-3-small",
     "retrieval": {"data_source": "kb-policies", "query": "duplicate card charge refund policy",
                   "documents": [{"id": "policy-refunds-v3#2", "score": 0.91},
                                 {"id": "faq-billing#14", "score": 0.78},
                                 {"id": "policy-chargebacks#1", "score": 0.52}]},
     "trace_id": TRACE, "span_id": "7000000000000002", "parent_span_id": "7000000000000001",
     "start": t("10:00:00.100"), "end": t("10:00:00.340"), "attributes": A},
    agent_call("7100000000000001", "10:00:00.400", "10:00:01.900", [system, user],
               {"role": "assistant", "content": None, "tool_calls": [lookup]}, "tool_calls", 1480, 22, 1280),
    tool_step("7200000000000001", "10:00:02.000", "10:00:02.300", lookup, customer),
    agent_call("7100000000000002", "10:00:02.400", "10:00:03.700", after_lookup,
               {"role": "assistant", "content": None, "tool_calls": [refund1]}, "tool_calls", 1562, 25, 1408),
    tool_step("7200000000000002", "10:00:03.800", "10:00:08.800", refund1, timeout,
              {"type": "timeout", "message": "payments API timed out after 5 s"}),
    agent_call("7100000000000003", "10:00:08.900", "10:00:10.100", after_fail,
               {"role": "assistant", "content": "Retrying the refund.", "tool_calls": [refund2]},
               "tool_calls", 1610, 29, 1536),
    tool_step("7200000000000003", "10:00:10.200", "10:00:11.000", refund2, refunded),
    agent_call("7100000000000004", "10:00:11.100", "10:00:13.900", after_refund,
               {"role": "assistant", "content": "Hi Jane, the duplicate charge of 49.90 USD on your card "
                                                "4111 1111 1111 1111 is refunded (re_3Q9). A confirmation "
                                                "is on its way to jane.doe@example.org."},
               "stop", 1688, 48, 1536),
]

text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
# 16. The capture was cut off while this line was written: not JSON, reported by line number.
text += ('{"url": "' + OPENAI_CHAT + '", "status": 200, "request": {"model": "gpt-4o-mini", "messages": '
         '[{"role": "user", "content": "Call me back on +1 415 555 0199 or at sam.lee@example.net, my card '
         'is 3782 822463 10005\n')
OUT.write_text(text, encoding="utf-8")
print(f"wrote {OUT} ({text.count(chr(10))} lines)")
