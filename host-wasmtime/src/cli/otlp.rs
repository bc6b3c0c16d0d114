//! OTLP/HTTP encodings for `ward otel --endpoint`: `http/protobuf` (the OTel SDKs' default, and the only
//! one some receivers take, e.g. Arize Phoenix) and `http/json`.
//!
//! The component emits OTLP/JSON only; the protobuf body is made here, in the host, so the WebAssembly
//! artifacts (Envoy filter, npm package) do not carry prost and the generated OTLP types. The JSON is read
//! into the official generated messages (`opentelemetry-proto`, whose serde impls follow the OTLP/JSON
//! rules: hex ids, 64-bit integers as strings) and encoded with prost, so no field numbering is ours.

use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use serde_json::Value;

use super::CliError;

/// The environment variable every OTel SDK reads for the OTLP transport.
pub const PROTOCOL_ENV: &str = "OTEL_EXPORTER_OTLP_PROTOCOL";

/// An OTLP/HTTP transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Protobuf,
    Json,
}

impl Protocol {
    /// Parses an `OTEL_EXPORTER_OTLP_PROTOCOL` value; `grpc` is named but refused (no gRPC client here).
    pub fn parse(value: &str, source: &str) -> Result<Self, CliError> {
        match value.trim() {
            "http/protobuf" => Ok(Self::Protobuf),
            "http/json" => Ok(Self::Json),
            "grpc" => Err(CliError::usage(format!("{source}: grpc is not supported (use http/protobuf)"))),
            other => Err(CliError::usage(format!("{source}: `{other}` is not http/protobuf or http/json"))),
        }
    }

    /// The flag, else `OTEL_EXPORTER_OTLP_PROTOCOL`, else `http/protobuf` (the SDK default in the OTLP
    /// exporter specification).
    pub fn resolve(flag: Option<&str>, env: Option<&str>) -> Result<Self, CliError> {
        match (flag, env) {
            (Some(v), _) => Self::parse(v, "--protocol"),
            (None, Some(v)) if !v.trim().is_empty() => Self::parse(v, PROTOCOL_ENV),
            _ => Ok(Self::Protobuf),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Protobuf => "application/x-protobuf",
            Self::Json => "application/json",
        }
    }
}

fn read<T: for<'de> serde::Deserialize<'de>>(doc: &Value, what: &str) -> Result<T, CliError> {
    T::deserialize(doc)
        .map_err(|e| CliError::internal(format!("reading the component's OTLP/JSON {what}: {e}")))
}

/// The body of a POST to `/v1/traces`.
pub fn traces_body(doc: &Value, protocol: Protocol) -> Result<Vec<u8>, CliError> {
    match protocol {
        Protocol::Json => super::json_line(doc),
        Protocol::Protobuf => Ok(read::<ExportTraceServiceRequest>(doc, "traces")?.encode_to_vec()),
    }
}

/// The body of a POST to `/v1/metrics`.
pub fn metrics_body(doc: &Value, protocol: Protocol) -> Result<Vec<u8>, CliError> {
    match protocol {
        Protocol::Json => super::json_line(doc),
        Protocol::Protobuf => Ok(read::<ExportMetricsServiceRequest>(doc, "metrics")?.encode_to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn protocol_choice() {
        assert_eq!(Protocol::resolve(None, None).ok(), Some(Protocol::Protobuf));
        assert_eq!(Protocol::resolve(None, Some(" ")).ok(), Some(Protocol::Protobuf));
        assert_eq!(Protocol::resolve(None, Some("http/json")).ok(), Some(Protocol::Json));
        assert_eq!(
            Protocol::resolve(Some("http/protobuf"), Some("http/json")).ok(),
            Some(Protocol::Protobuf)
        );
        assert!(Protocol::resolve(None, Some("grpc")).is_err_and(|e| e.message.contains("grpc is not")));
        assert!(Protocol::resolve(Some("http"), None).is_err());
    }

    #[test]
    fn protobuf_round_trip() {
        let doc = json!({"resourceSpans": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "ward"}}]},
            "scopeSpans": [{"scope": {"name": "ward"}, "spans": [{
                "traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331",
                "parentSpanId": "00f067aa0ba902b7", "name": "chat gpt-4o", "kind": 3,
                "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": "1700000001500000000",
                "attributes": [{"key": "gen_ai.usage.input_tokens", "value": {"intValue": "12"}}],
                "status": {}
            }]}]
        }]});
        let body = traces_body(&doc, Protocol::Protobuf).expect("encodes");
        let back = ExportTraceServiceRequest::decode(body.as_slice()).expect("decodes");
        let span = back
            .resource_spans
            .first()
            .and_then(|r| r.scope_spans.first())
            .and_then(|s| s.spans.first())
            .expect("one span");
        assert_eq!(span.name, "chat gpt-4o");
        assert_eq!(span.trace_id.len(), 16);
        assert_eq!(span.parent_span_id, vec![0x00, 0xf0, 0x67, 0xaa, 0x0b, 0xa9, 0x02, 0xb7]);
        assert_eq!(span.end_time_unix_nano - span.start_time_unix_nano, 1_500_000_000);
        assert!(
            traces_body(
                &json!({"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "zz"}]}]}]}),
                Protocol::Protobuf
            )
            .is_err()
        );
    }
}
