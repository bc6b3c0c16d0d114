/**
 * Observability: LLM call captures parsed, priced, rolled up, exported as OpenTelemetry (OTLP/JSON) and
 * read back, traces summarized and replayed. The engine's entry points are JSON in, JSON out; these
 * wrappers pass option objects through and return plain objects typed by the generated declarations.
 *
 * A capture is JSONL, one exchange per line: `{url, status, request, response | response_sse, start,
 * first_token, end, trace_id, span_id, parent_span_id, attributes}` (see the README). Bad lines never
 * abort a batch: they come back in `errors` with their line number and a stable code.
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
import type {
  JsonObject,
  OtelOptions,
  OtlpExport,
  ParsedExchanges,
  PriceOverride,
  PricedExchange,
  ReplayResult,
  ReportOptions,
  TraceOptions,
  TracesResult,
} from "../pkg/types.js";
import { ensureReady, expectString } from "./base.js";

/** Parses a capture into normalized records (usage in OpenTelemetry meaning) and per-line errors. */
export function parseExchanges(jsonl: string): ParsedExchanges {
  expectString(jsonl, "parseExchanges: jsonl");
  ensureReady("parseExchanges()");
  return engine.parseExchanges(jsonl);
}

/**
 * Parses and prices one exchange (an object or one capture line). An unknown model gives `cost_error`
 * `unknown_model`, never a zero cost. `prices` merges a LiteLLM-schema override over the built-in table.
 * @throws {WardError} `parse_failed` (the exchange is not readable), `price_table_invalid`
 */
export function priceExchange(exchange: object | string, prices?: PriceOverride | string | null): PricedExchange {
  ensureReady("priceExchange()");
  return engine.priceExchange(exchange, prices);
}

/**
 * Cost rollups of a capture (per day, model, feature, user, tenant; cache-hit rate; top spenders;
 * month-end projection), rendered like `ward cost`: `text` (default), `csv` or `prometheus` give the
 * text; `json` gives the rollup as an object (core's `rollup::Rollup`).
 * @throws {WardError} `parse_failed` (bad options), `price_table_invalid`
 */
export function costReport(capture: string, options: ReportOptions & { format: "json" }): JsonObject;
export function costReport(capture: string, options?: ReportOptions | null): string;
export function costReport(capture: string, options?: ReportOptions | null): string | JsonObject {
  expectString(capture, "costReport: capture");
  ensureReady("costReport()");
  const out = engine.costReport(capture, options);
  // The engine renders JSON as text like the other formats; hand JSON callers an object.
  return options?.format === "json" ? (JSON.parse(out) as JsonObject) : out;
}

/**
 * A capture as OTLP/JSON: one CLIENT span per call named `{operation} {model}` with the GenAI
 * attributes (v1.41 names, or the latest with `semconv: "latest"`), `gen_ai.usage.cost`, and the
 * `gen_ai.client.*` metrics. `traces` / `metrics` are ready to POST to `/v1/traces` / `/v1/metrics`.
 * Content attributes only with `content: true`: redact the capture first.
 */
export function toOtlp(capture: string, options?: OtelOptions | null): OtlpExport {
  expectString(capture, "toOtlp: capture");
  ensureReady("toOtlp()");
  return engine.toOtlp(capture, options);
}

/**
 * Reads OTLP/JSON spans with GenAI attributes (OpenLLMetry, OpenInference, ward's own export; v1.37 to
 * latest names and the legacy ones) into records.
 * @throws {WardError} `parse_failed` when the document is not JSON
 */
export function parseOtlpTraces(otlp: object | string): ParsedExchanges {
  ensureReady("parseOtlpTraces()");
  return engine.parseOtlpTraces(otlp);
}

/**
 * Per-trace summaries (nesting from parent span ids, steps, tool-call success rate, repeated identical
 * tool calls, retrieved documents next to the answer); `trace_id` keeps one trace.
 * @throws {WardError} `not_found` (the requested trace is not in the capture), `parse_failed`
 */
export function traces(capture: string, options?: TraceOptions | null): TracesResult {
  expectString(capture, "traces: capture");
  ensureReady("traces()");
  return engine.traces(capture, options);
}

/**
 * Rebuilds, from the capture alone, the exact provider request of every model call of trace `traceId`
 * (messages so far, tool results taken from the trace), to re-run a failed agent.
 * @throws {WardError} `not_found` when the trace has no replayable model call
 */
export function replay(traceId: string, capture: string): ReplayResult {
  expectString(traceId, "replay: traceId");
  expectString(capture, "replay: capture");
  ensureReady("replay()");
  return engine.replay(traceId, capture);
}
