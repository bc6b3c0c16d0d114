"""Writes the redact_capture vectors (`capture.json`). Inputs are in inputs.py; expected outputs are
written by hand below: each input line with every value replaced by its placeholder, and, inside
`response_sse`, the event layout of the streaming redactor (text that could still be part of a value is
held back and leaves in a later delta event; text still held when the stream closes goes out in one
extra delta event just before the closing event, serialized by serde_json with sorted keys; see
`redact_json/sse.json`). `core/tests/redact_capture.rs` checks ward against them.
Run: python3 tests/vectors/redact_capture/gen.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))

from inputs import T, ant_event, cases, chat_chunk, d  # noqa: E402


def synthesized(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def chat_synth(text):
    return "data: " + synthesized({"id": "chatcmpl-7", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
                                   "choices": [{"index": 0, "delta": {"content": text},
                                                "finish_reason": None}]}) + "\n\n"


def chat_out(deltas, held, request="Email [EMAIL_1] about it"):
    sse = "".join(chat_chunk({"content": p}) for p in deltas) + chat_synth(held) + chat_chunk({}, "stop") \
        + chat_chunk(None, usage={"prompt_tokens": 18, "completion_tokens": 12, "total_tokens": 30}) \
        + "data: [DONE]\n\n"
    return d({"url": "https://api.openai.com/v1/chat/completions", "status": 200,
              "request": {"model": "gpt-4o-mini", "stream": True,
                          "messages": [{"role": "user", "content": request}]},
              "response_sse": sse, **T, "span_id": "00f067aa0ba902b7"})


def ant_delta(text):
    return ant_event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                             "delta": {"type": "text_delta", "text": text}})


def ant_out(deltas, held, request):
    ev = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": held}}
    sse = ant_event("message_start", {"type": "message_start", "message": {
        "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5", "content": [],
        "usage": {"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 0}}})
    sse += ant_event("content_block_start", {"type": "content_block_start", "index": 0,
                                             "content_block": {"type": "text", "text": ""}})
    sse += "".join(ant_delta(p) for p in deltas)
    sse += "event: content_block_delta\ndata: " + synthesized(ev) + "\n\n"
    sse += ant_event("content_block_stop", {"type": "content_block_stop", "index": 0})
    sse += ant_event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                                       "usage": {"output_tokens": 14}})
    sse += ant_event("message_stop", {"type": "message_stop"})
    return d({"url": "https://api.anthropic.com/v1/messages", "status": 200,
              "request": {"model": "claude-haiku-4-5", "max_tokens": 256, "stream": True,
                          "messages": [{"role": "user", "content": request}]},
              "response_sse": sse, **T, "span_id": "00f067aa0ba902b8"})


def f(line, path, entity, start, end, replacement, inner=None):
    o = {"line": line, "path": path}
    if inner is not None:
        o["inner_path"] = inner
    o.update({"entity": entity, "start": start, "end": end, "replacement": replacement})
    return o


REQ_EMAIL = f(1, "$.request.messages[0].content", "EMAIL", 6, 26, "[EMAIL_1]")

expected = {
    # "jane.doe@" + "example.org": the value is held until " and" rules out a longer address; the same
    # address in the request and in the answer gets the same placeholder (one vault per capture). The
    # first event's text is held too: `Done: I` could open a labelled name (`Label: Given Surname`).
    "openai-chat-sse-email-split-across-events": {
        # The space after the address is held with it: a phone number could follow (` · 555 …`).
        "text": [chat_out(["", "", "Done: I wrote to [EMAIL_1] and closed "], "it.")],
        "findings": [REQ_EMAIL, f(1, "$.response_sse", "EMAIL", 17, 37, "[EMAIL_1]", "$.choices[0].delta.content")],
        "errors": []},
    # Offsets of a stream's finding are in the stream's whole text ("Refund sent to DE89 …").
    "anthropic-sse-iban-split-across-events": {
        "text": [ant_out(["Refund sent ", "", ""], "to [IBAN_1] today.", "Refund to [IBAN_1]")],
        "findings": [f(1, "$.request.messages[0].content", "IBAN", 10, 37, "[IBAN_1]"),
                     f(1, "$.response_sse", "IBAN", 15, 42, "[IBAN_1]", "$.content_block.text")],
        "errors": []},
    # user, tenant, feature, session key the cost rollups and stay; other attributes are free-form.
    "attributes-rollup-keys-kept-free-form-redacted": {
        "text": None,  # filled below from the input
        "findings": [f(1, "$.attributes.customer_email", "EMAIL", 0, 20, "[EMAIL_1]"),
                     f(1, "$.attributes.ticket.phone", "PHONE", 0, 16, "[PHONE_1]")],
        "errors": []},
    # Tool arguments and results holding JSON stay JSON the tool can parse; ids, names, data_source stay.
    "steps-tool-and-retrieval": {
        "text": None,
        "findings": [f(1, "$.tool.arguments", "EMAIL", 0, 20, "[EMAIL_1]", "$.email"),
                     f(1, "$.tool.result", "PHONE", 0, 16, "[PHONE_1]", "$.phone"),
                     f(2, "$.retrieval.query", "EMAIL", 12, 32, "[EMAIL_1]")],
        "errors": []},
    # A line cut off mid-write is reported and redacted as plain text (offsets into the line itself).
    "bad-line-redacted-as-text": {
        "text": [chat_out([""], "All set."), None],
        "findings": [REQ_EMAIL, f(2, "$", "CREDIT_CARD", 97, 116, "[CREDIT_CARD_1]")],
        "errors": [{"line": 2, "code": "parse_failed"}]},
    "bad-line-fails-by-default": {"error": "parse_failed"},
    "policy-emails-only": {
        "text": [ant_out(["Mail ", "[EMAIL_1] about DE89 3704 0044 0532 0130 "], "00.",
                         "Refund to DE89 3704 0044 0532 0130 00")],
        "findings": [f(1, "$.response_sse", "EMAIL", 5, 25, "[EMAIL_1]", "$.content_block.text")],
        "errors": []},
}

out = []
for name, inp in cases():
    exp = expected[name]
    lines = inp["capture"]
    if name == "attributes-rollup-keys-kept-free-form-redacted":
        exp["text"] = [lines[0].replace("jane.doe@example.org", "[EMAIL_1]").replace("+44 20 7946 0958", "[PHONE_1]")]
    if name == "steps-tool-and-retrieval":
        exp["text"] = [lines[0].replace("jane.doe@example.org", "[EMAIL_1]").replace("+44 20 7946 0958", "[PHONE_1]"),
                       lines[1].replace("jane.doe@example.org", "[EMAIL_1]")]
    if name == "bad-line-redacted-as-text":
        exp["text"][1] = lines[1].replace("4111 1111 1111 1111", "[CREDIT_CARD_1]")
    out.append({"name": name, "input": inp, "expected": exp})

with open("capture.json", "w") as fh:
    json.dump({"cases": out}, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
