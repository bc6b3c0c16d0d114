/**
 * The public API shared by the Node and browser entry points.
 *
 * @module
 */

export { isReady, isWardError } from "./base.js";
export type { WardError } from "./base.js";
export { redact, redactBody, redactCapture, redactJson, redactJsonl, restore, restoreBody, version } from "./api.js";
export type {
  Provider,
  RedactBodyOptions,
  RedactCaptureOptions,
  RedactJsonOptions,
  RedactJsonlOptions,
  RedactOptions,
} from "./api.js";
export { Vault } from "./vault.js";
export { Redactor } from "./redactor.js";
export { restoreStream, sseRedactStream, sseRestoreStream } from "./streams.js";
export type { StreamOptions } from "./streams.js";
export { costReport, parseExchanges, parseOtlpTraces, priceExchange, replay, toOtlp, traces } from "./observe.js";
export type {
  CallError,
  Cost,
  CostError,
  CustomRecognizer,
  ExchangeRecord,
  Finding,
  JsonFinding,
  JsonObject,
  JsonPathLists,
  JsonRedaction,
  JsonlRedaction,
  LineError,
  LineFinding,
  Message,
  Operator,
  OtelOptions,
  OtlpExport,
  ParsedExchanges,
  Part,
  Policy,
  PriceOverride,
  Priced,
  PricedExchange,
  RecordError,
  Redaction,
  ReplayResult,
  ReportOptions,
  Timing,
  TraceOptions,
  TracesResult,
  Usage,
  VaultData,
  VaultEntry,
} from "../pkg/types.js";
