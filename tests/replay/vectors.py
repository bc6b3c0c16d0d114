#!/usr/bin/env python3
"""Writes the shared vectors of the rollup, otel and trace groups (tests/vectors/{rollup,otel,trace}/).

The inputs embed tests/replay/agent.jsonl (run fixture.py first when it changes); every expected value
below was worked out by hand from the capture and the LiteLLM prices (gpt-4o: 2.5e-6 in, 1.25e-6 cached,
1e-5 out; claude-sonnet-4-5: 3e-6 in, 3e-7 cache read, 3.75e-6 cache write, 1.5e-5 out), not copied from
ward's output. Format: tests/vectors/README.md.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINES = (ROOT / "tests/replay/agent.jsonl").read_text().splitlines()
T1 = "4bf92f3577b34da6a3ce929d0e0e4736"
T2 = "0af7651916cd43dd8448eb211c80319c"
OPENAI = 120 * 2.5e-6 + 30 * 1e-5 + 200 * 2.5e-6 + 25 * 1e-5 + 132 * 2.5e-6 + 128 * 1.25e-6 + 20 * 1e-5
ANTH = 50 * 3e-6 + 1000 * 3e-7 + 200 * 3.75e-6 + 40 * 1.5e-5 + 80 * 3e-6 + 1200 * 3e-7 + 15 * 1.5e-5
# Window: first priced call 2026-11-20T10:00:00.5Z to now 2026-11-27T00:00Z; 4 days left in November.
WINDOW = 6 + (14 * 3600 - 0.5) / 86400
RATE = (OPENAI + ANTH) / WINDOW


def write(group, name, cases):
    d = ROOT / "tests/vectors" / group
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{name}.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")


def main():
    write("rollup", "agent", [
        {"name": "totals-projection-unknown-model",
         "input": {"capture": LINES, "options": {"format": "json", "now": "2026-11-27T00:00:00Z"}},
         "expected": {
             "total": {"calls": 7, "failed_calls": 1, "input_tokens": 3120, "output_tokens": 135,
                       "cache_read_input_tokens": 2328, "cache_creation_input_tokens": 200,
                       "cache_hit_rate": 2328 / 3120, "cost_usd": OPENAI + ANTH, "priced_calls": 5,
                       "unpriced_calls": 1, "no_usage_calls": 1},
             "by_day": [{"key": "2026-11-20", "calls": 3, "cost_usd": OPENAI},
                        {"key": "2026-11-26", "calls": 4, "cost_usd": ANTH}],
             "by_tenant": [{"key": "globex", "cost_usd": ANTH}, {"key": "acme", "calls": 5, "cost_usd": OPENAI}],
             "unknown_models": [{"model": "acme-llm-9", "provider": "openai", "calls": 1, "lines": [13]}],
             "record_errors": [{"line": 15, "code": "parse_failed"}],
             "projection": {"month": "2026-11", "month_to_date_usd": OPENAI + ANTH, "run_rate_window_days": WINDOW,
                            "days_left": 4.0, "projected_month_usd": OPENAI + ANTH + RATE * 4}}},
        {"name": "bad-options",
         "input": {"capture": LINES[:1], "options": {"format": "yaml"}},
         "expected": {"error": "parse_failed"}},
    ])
    write("otel", "export", [
        {"name": "v1_41-spans",
         "input": {"capture": LINES, "options": {}},
         "expected": {"spans": {
             "b000000000000001": {"name": "chat gpt-4o", "kind": 3, "parentSpanId": "a000000000000001",
                                  "attributes": {"gen_ai.usage.input_tokens": 120, "gen_ai.usage.cost": 0.0006,
                                                 "gen_ai.response.finish_reasons": ["tool_call"],
                                                 "gen_ai.conversation.id": "s-1", "server.port": 443}},
             "e000000000000001": {"name": "chat claude-sonnet-4-5",
                                  "attributes": {"gen_ai.usage.input_tokens": 1250,
                                                 "gen_ai.usage.cache_read.input_tokens": 1000,
                                                 "gen_ai.usage.cache_creation.input_tokens": 200}},
             "c000000000000002": {"name": "execute_tool get_weather", "kind": 1,
                                  "status": {"code": 2, "message": "weather API timed out"},
                                  "attributes": {"error.type": "timeout", "gen_ai.tool.call.id": "call_2"}}},
             "absent": {"b000000000000001": ["gen_ai.input.messages", "gen_ai.tool.definitions"]},
             "errors": [15], "unpriced": [13]}},
        {"name": "latest-names-and-content",
         "input": {"capture": LINES, "options": {"semconv": "latest", "content": True}},
         "expected": {"spans": {
             "e000000000000001": {"attributes": {"gen_ai.usage.cache_write.input_tokens": 200,
                                                 "gen_ai.input.messages": '[{"parts":[{"content":"Convert 100 USD to EUR","type":"text"}],"role":"user"}]'}}},
             "absent": {"e000000000000001": ["gen_ai.usage.cache_creation.input_tokens"]}}},
    ])
    otlp = {"resourceSpans": [{"scopeSpans": [{"spans": [
        {"traceId": T1, "spanId": "1111111111111111", "name": "chat", "startTimeUnixNano": "1795168800000000000",
         "endTimeUnixNano": "1795168801000000000", "attributes": [
             {"key": "gen_ai.system", "value": {"stringValue": "anthropic"}},
             {"key": "gen_ai.request.model", "value": {"stringValue": "claude-sonnet-4-5"}},
             {"key": "gen_ai.usage.prompt_tokens", "value": {"intValue": "50"}},
             {"key": "gen_ai.usage.completion_tokens", "value": {"intValue": "40"}},
             {"key": "gen_ai.usage.cache_read_input_tokens", "value": {"intValue": "1000"}},
             {"key": "gen_ai.usage.cache_creation_input_tokens", "value": {"intValue": "200"}},
             {"key": "gen_ai.prompt.0.role", "value": {"stringValue": "user"}},
             {"key": "gen_ai.prompt.0.content", "value": {"stringValue": "hi"}}]},
        {"traceId": T1, "spanId": "2222222222222222", "parentSpanId": "1111111111111111", "name": "llm",
         "attributes": [
             {"key": "openinference.span.kind", "value": {"stringValue": "LLM"}},
             {"key": "llm.model_name", "value": {"stringValue": "gpt-4o"}},
             {"key": "llm.provider", "value": {"stringValue": "openai"}},
             {"key": "llm.token_count.prompt", "value": {"intValue": "100"}},
             {"key": "llm.token_count.completion", "value": {"intValue": "10"}},
             {"key": "llm.token_count.prompt_details.cache_read", "value": {"intValue": "60"}},
             {"key": "llm.cost.total", "value": {"doubleValue": 0.5}}]},
        {"traceId": T1, "spanId": "3333333333333333", "name": "GET /health",
         "attributes": [{"key": "http.method", "value": {"stringValue": "GET"}}]},
        {"traceId": "xyz", "spanId": "4444444444444444", "name": "chat",
         "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}}]},
        {"traceId": T1, "spanId": "5555555555555555", "name": "chat", "status": {"code": 2, "message": "boom"},
         "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                        {"key": "gen_ai.provider.name", "value": {"stringValue": "openai"}},
                        {"key": "gen_ai.completion", "value": {"stringValue": "partial"}}]}]}]}]}
    write("otel", "ingest", [
        {"name": "legacy-openllmetry-openinference",
         "input": {"otlp": otlp},
         "expected": {"records": [
             {"line": 1, "provider": "anthropic", "operation": "chat", "request_model": "claude-sonnet-4-5",
              "usage": {"input_tokens": 1250, "output_tokens": 40, "cache_read_input_tokens": 1000,
                        "cache_creation_input_tokens": 200},
              "input_messages": [{"role": "user", "parts": [{"type": "text", "content": "hi"}]}]},
             {"line": 2, "provider": "openai", "operation": "chat", "request_model": "gpt-4o",
              "parent_span_id": "1111111111111111", "reported_cost_usd": 0.5,
              "usage": {"input_tokens": 100, "output_tokens": 10, "cache_read_input_tokens": 60}},
             {"line": 5, "error": {"type": "_OTHER", "message": "boom"},
              "output_messages": [{"role": "assistant", "parts": [{"type": "text", "content": "partial"}]}]}],
             "errors": [{"index": 4, "code": "parse_failed"}]}},
    ])
    write("trace", "agent", [
        {"name": "summaries",
         "input": {"capture": LINES, "options": {}},
         "expected": {"traces": [
             {"trace_id": T2, "steps": 4, "llm_calls": 2, "tool_success_rate": 1.0, "loops": [], "cost_usd": ANTH},
             {"trace_id": T1, "steps": 8, "llm_calls": 3, "failed_steps": 1,
              "steps_by_operation": {"chat": 3, "execute_tool": 3, "invoke_agent": 1, "retrieval": 1},
              "tool_success_rate": 2 / 3, "cost_usd": OPENAI,
              "loops": [{"name": "get_weather", "arguments": {"city": "Rome"}, "count": 2,
                         "call_ids": ["call_2", "call_3"]}],
              "rag": [{"span_id": "a000000000000002", "query": "weather advice paris rome",
                       "documents": [{"id": "doc-7", "score": 0.83}, {"id": "doc-2", "score": 0.41}],
                       "answer": "Paris: 18C sunny. Rome: 21C cloudy.", "answer_span_id": "b000000000000003"}],
              "tree": [{"span_id": "a000000000000001", "name": "invoke_agent weather-bot"}]}]}},
        {"name": "replay-equals-recorded",
         "input": {"capture": LINES, "replay": T1},
         "expected": {"replay_equals_recorded": ["b000000000000001", "b000000000000002", "b000000000000003"]}},
        {"name": "replay-unknown-trace",
         "input": {"capture": LINES, "replay": "ffffffffffffffffffffffffffffffff"},
         "expected": {"error": "not_found"}},
    ])


if __name__ == "__main__":
    main()
