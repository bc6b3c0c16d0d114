"""Inputs of the redact_capture vectors (shared by gen.py)."""
import json


def d(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


T = {"start": "2026-11-26T09:00:00.000Z", "first_token": "2026-11-26T09:00:00.400Z",
     "end": "2026-11-26T09:00:01.500Z", "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"}


def chat_chunk(delta, finish=None, usage=None):
    o = {"id": "chatcmpl-7", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
         "choices": [{"index": 0, "delta": delta, "finish_reason": finish}] if usage is None else []}
    if usage is not None:
        o["usage"] = usage
    return "data: " + d(o) + "\n\n"


def chat_line(parts, attributes=None):
    sse = "".join(chat_chunk({"content": p}) for p in parts) + chat_chunk({}, "stop") \
        + chat_chunk(None, usage={"prompt_tokens": 18, "completion_tokens": 12, "total_tokens": 30}) \
        + "data: [DONE]\n\n"
    line = {"url": "https://api.openai.com/v1/chat/completions", "status": 200,
            "request": {"model": "gpt-4o-mini", "stream": True,
                        "messages": [{"role": "user", "content": "Email jane.doe@example.org about it"}]},
            "response_sse": sse, **T, "span_id": "00f067aa0ba902b7"}
    if attributes is not None:
        line["attributes"] = attributes
    return d(line)


def ant_event(name, o):
    return "event: " + name + "\ndata: " + d(o) + "\n\n"


def anthropic_line(parts):
    sse = ant_event("message_start", {"type": "message_start", "message": {
        "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5", "content": [],
        "usage": {"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 0}}})
    sse += ant_event("content_block_start", {"type": "content_block_start", "index": 0,
                                             "content_block": {"type": "text", "text": ""}})
    for p in parts:
        sse += ant_event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                 "delta": {"type": "text_delta", "text": p}})
    sse += ant_event("content_block_stop", {"type": "content_block_stop", "index": 0})
    sse += ant_event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                                       "usage": {"output_tokens": 14}})
    sse += ant_event("message_stop", {"type": "message_stop"})
    return d({"url": "https://api.anthropic.com/v1/messages", "status": 200,
              "request": {"model": "claude-haiku-4-5", "max_tokens": 256, "stream": True,
                          "messages": [{"role": "user", "content": "Refund to DE89 3704 0044 0532 0130 00"}]},
              "response_sse": sse, **T, "span_id": "00f067aa0ba902b8"})


def cases():
    out = []
    out.append(("openai-chat-sse-email-split-across-events", {
        "capture": [chat_line(["Done: I wrote to jane.doe@", "example.org and", " closed it."])]}))
    out.append(("anthropic-sse-iban-split-across-events", {
        "capture": [anthropic_line(["Refund sent to DE89 3704 ", "0044 0532 0130 00", " today."])]}))
    out.append(("attributes-rollup-keys-kept-free-form-redacted", {
        "capture": [d({"url": "https://api.openai.com/v1/chat/completions", "status": 200,
                       "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
                       "response": {"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-4o",
                                    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hello"},
                                                 "finish_reason": "stop"}],
                                    "usage": {"prompt_tokens": 8, "completion_tokens": 1, "total_tokens": 9}},
                       **T, "span_id": "00f067aa0ba902b9",
                       "attributes": {"user": "u-1042", "tenant": "acme", "feature": "support", "session": "s-9",
                                      "customer_email": "jane.doe@example.org",
                                      "ticket": {"phone": "+44 20 7946 0958"}}})]}))
    out.append(("steps-tool-and-retrieval", {
        "capture": [
            d({"operation": "execute_tool", "tool": {"name": "lookup_customer", "call_id": "call_1",
                                                     "arguments": "{\"email\":\"jane.doe@example.org\"}",
                                                     "result": "{\"phone\":\"+44 20 7946 0958\",\"plan\":\"pro\"}"},
               **T, "span_id": "00f067aa0ba902c1", "parent_span_id": "00f067aa0ba902b7"}),
            d({"operation": "retrieval", "retrieval": {"data_source": "kb", "query": "refunds for jane.doe@example.org",
                                                       "documents": [{"id": "doc-7", "score": 0.8}]},
               **T, "span_id": "00f067aa0ba902c2"})]}))
    out.append(("bad-line-redacted-as-text", {
        "capture": [chat_line(["All set."]), "{\"url\": \"https://api.openai.com/v1/chat/completions\", "
                    "\"request\": {\"messages\": [{\"content\": \"card 4111 1111 1111 1111"],
        "bad_lines": "text"}))
    out.append(("bad-line-fails-by-default", {
        "capture": [chat_line(["All set."]), "[\"not an object jane.doe@example.org\"]"]}))
    out.append(("policy-emails-only", {
        "capture": [anthropic_line(["Mail jane.doe@", "example.org about DE89 3704 0044 0532 0130 00."])],
        "policy": {"entities": ["EMAIL"]}}))
    return out
