"""Writes the redact_json vectors. Expected bodies are derived by hand here (the input with each value
replaced by the placeholder it must get), never by running ward; `core/tests/redact_structured.rs` checks
ward against them. Run: python3 tests/vectors/redact_json/gen.py"""
import json
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))


def case(name, fmt, body, exp, restored=None, policy=None, paths=None, error=None):
    c = {"name": name, "input": {"format": fmt}}
    key = "sse" if fmt == "sse" else "body"
    c["input"][key] = body
    if policy is not None:
        c["input"]["policy"] = policy
    if paths is not None:
        c["input"]["paths"] = paths
    c["expected"] = {"error": error} if error else {key: exp}
    if restored is not None:
        c["expected"]["restored"] = restored
    return c


def d(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def copy(o):
    return json.loads(json.dumps(o))


def write(name, cases):
    with open(name, "w") as f:
        json.dump({"cases": cases}, f, indent=2, ensure_ascii=False)
        f.write("\n")


openai = []
req = {"model": "gpt-4o", "messages": [
    {"role": "system", "content": "You help jane.doe@example.org."},
    {"role": "user", "content": [
        {"type": "text", "text": "My card is 4111 1111 1111 1111 and my IBAN DE89 3704 0044 0532 0130 00"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,amFuZUBleGFtcGxlLm9yZw=="}}]}],
    "temperature": 0.2, "user": "jane.doe@example.org"}
red = copy(req)
red["messages"][0]["content"] = "You help [EMAIL_1]."
red["messages"][1]["content"][0]["text"] = "My card is [CREDIT_CARD_1] and my IBAN [IBAN_1]"
red["user"] = "[EMAIL_1]"  # the end-user id goes to the provider too: it is redacted like content
openai.append(case("chat-request-parts", "openai_chat", d(req), d(red), restored=d(req)))
resp = {"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-4o", "choices": [{"index": 0, "message": {
    "role": "assistant", "content": None, "tool_calls": [{"id": "call_abc", "type": "function", "function": {
        "name": "send_email",
        "arguments": "{\"to\": \"jane.doe@example.org\", \"body\": \"Call +44 20 7946 0958\", \"count\": 12345678901}"}}]},
    "finish_reason": "tool_calls"}], "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
red = copy(resp)
red["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = \
    "{\"to\": \"[EMAIL_1]\", \"body\": \"Call [PHONE_1]\", \"count\": 12345678901}"
openai.append(case("chat-response-tool-arguments", "openai_chat", d(resp), d(red), restored=d(resp)))
pretty = '{\n  "messages": [\n    { "role": "user", "content": "ssn 536-22-1234" }\n  ],\n  "max_tokens": 1.0e2\n}'
openai.append(case("layout-preserved", "openai_chat", pretty, pretty.replace("536-22-1234", "[US_SSN_1]"),
                   restored=pretty))
rs = {"model": "gpt-4.1", "instructions": "The user is Mr. John Smith.", "input": [
    {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "email bob@example.com"}]},
    {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "lookup",
     "arguments": "{\"email\":\"bob@example.com\"}"},
    {"type": "function_call_output", "call_id": "call_1", "output": "{\"phone\":\"+1 (415) 555-2671\"}"}]}
red = copy(rs)
red["instructions"] = "The user is Mr. [PERSON_1]."
red["input"][0]["content"][0]["text"] = "email [EMAIL_1]"
red["input"][1]["arguments"] = "{\"email\":\"[EMAIL_1]\"}"
red["input"][2]["output"] = "{\"phone\":\"[PHONE_1]\"}"
openai.append(case("responses-request", "openai_responses", d(rs), d(red), restored=d(rs)))
ro = {"id": "resp_1", "object": "response", "output": [{"type": "message", "id": "msg_1", "role": "assistant",
      "status": "completed", "content": [{"type": "output_text", "text": "Sent to bob@example.com",
                                          "annotations": []}]}]}
red = copy(ro)
red["output"][0]["content"][0]["text"] = "Sent to [EMAIL_1]"
openai.append(case("responses-response-auto", "auto", d(ro), d(red), restored=d(ro)))
write("openai.json", openai)

ant = []
a = {"model": "claude-sonnet-4", "max_tokens": 1024,
     "system": [{"type": "text", "text": "Customer: jane.doe@example.org", "cache_control": {"type": "ephemeral"}}],
     "messages": [
         {"role": "user", "content": "Ship to 10 Downing Street, London"},
         {"role": "assistant", "content": [
             {"type": "thinking", "thinking": "jane.doe@example.org is the customer", "signature": "sig=="},
             {"type": "tool_use", "id": "toolu_01", "name": "ship",
              "input": {"email": "jane.doe@example.org", "qty": 2, "name": "Mrs. Anna Schmidt"}}]},
         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01",
                                       "content": "ok, tracking for jane.doe@example.org"}]}]}
red = copy(a)
red["system"][0]["text"] = "Customer: [EMAIL_1]"
red["messages"][0]["content"] = "Ship to [ADDRESS_1], London"
red["messages"][1]["content"][1]["input"]["email"] = "[EMAIL_1]"
red["messages"][1]["content"][1]["input"]["name"] = "Mrs. [PERSON_1]"
red["messages"][2]["content"][0]["content"] = "ok, tracking for [EMAIL_1]"
ant.append(case("messages-request-thinking-kept", "anthropic", d(a), d(red), restored=d(a)))
ar = {"id": "msg_1", "type": "message", "role": "assistant",
      "content": [{"type": "text", "text": "Your key ghp_1234567890abcdefghijABCDEFGHIJ123456 was revoked."}],
      "stop_reason": "end_turn"}
red = copy(ar)
red["content"][0]["text"] = "Your key [GITHUB_TOKEN_1] was revoked."
ant.append(case("messages-response-secret-not-restored", "anthropic", d(ar), d(red), restored=d(red)))
write("anthropic.json", ant)

gen = []
doc = {"user": {"email": "a@example.org", "notes": ["call +49 30 12345678", "no pii here"], "id": "4111111111111111"},
       "meta": {"email": "b@example.org"}}
red = copy(doc)
red["user"]["email"] = "[EMAIL_1]"
red["user"]["notes"][0] = "call [PHONE_1]"
gen.append(case("include-exclude", "json", d(doc), d(red), paths={"include": ["$.user"], "exclude": ["$..id"]}))
gen.append(case("escapes-kept-outside-redacted-values", "json", '{"a":"caf\\u00e9","b":"mail j\\u00f6rg@example.org"}',
                '{"a":"caf\\u00e9","b":"mail [EMAIL_1]"}', paths={}))
gen.append(case("numbers-untouched", "json", '{"card":4111111111111111,"s":"4111111111111111"}',
                '{"card":4111111111111111,"s":"[CREDIT_CARD_1]"}', paths={}))
gen.append(case("mask-operator", "json", d({"card": "4111-1111-1111-1111"}), d({"card": "***************1111"}),
                paths={}, policy={"operators": {"CREDIT_CARD": {"type": "mask", "keep_last": 4}}}))
gen.append(case("invalid-json", "json", '{"a": "x",}', None, paths={}, error="parse_failed"))
gen.append(case("bad-path", "json", '{}', None, paths={"include": ["messages"]}, error="parse_failed"))
gen.append(case("unknown-format", "bedrock", '{}', None, error="unknown_provider"))
write("json.json", gen)


def chunk(delta, fin=None):
    return "data: " + d({"id": "c1", "object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": delta, "finish_reason": fin}]}) + "\n\n"


def synthesized(o):
    """An event ward adds (serialized by serde_json: keys sorted, compact)."""
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


sse = []
# "ne@example.org" may still grow (".uk"), the space after it may open a record's next field (" · 555 …",
# a phone number), "thanks" may start a signature ("thanks,\nName"): all are held until the text after
# them rules that out or the stream closes.
inp = chunk({"content": "mail ja"}) + chunk({"content": "ne@example.org"}) + chunk({"content": " thanks"}) \
    + chunk({}, "stop") + "data: [DONE]\n\n"


def chat_out(email):
    extra = {"id": "c1", "object": "chat.completion.chunk",
             "choices": [{"index": 0, "delta": {"content": email + " thanks"}, "finish_reason": None}]}
    return chunk({"content": "mail "}) + chunk({"content": ""}) + chunk({"content": ""}) \
        + "data: " + synthesized(extra) + "\n\n" + chunk({}, "stop") + "data: [DONE]\n\n"


sse.append(case("openai-chat-split-email", "sse", inp, chat_out("[EMAIL_1]"), restored=chat_out("jane@example.org")))


def ant_delta(text):
    return "event: content_block_delta\ndata: " + d({"type": "content_block_delta", "index": 0,
                                                    "delta": {"type": "text_delta", "text": text}}) + "\n\n"


def ant_synth(text):
    ev = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}
    return "event: content_block_delta\ndata: " + synthesized(ev) + "\n\n"


stop = "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
inp = ant_delta("IBAN DE89 3704 0044 ") + ant_delta("0532 0130 00") + stop
exp = ant_delta("") + ant_delta("") + ant_synth("IBAN [IBAN_1]") + stop
back = ant_delta("") + ant_delta("") + ant_synth("IBAN DE89 3704 0044 0532 0130 00") + stop
sse.append(case("anthropic-held-text-flushed-before-stop", "sse", inp, exp, restored=back))
write("sse.json", sse)
