//! OTLP/JSON building blocks: `KeyValue` lists and `AnyValue`s.
//!
//! The OTLP/JSON mapping is protobuf's JSON mapping with two OTLP rules: trace and span ids are hex
//! (not base64), and enums are integers. Protobuf's mapping writes 64-bit integers as **strings**
//! (`intValue`, `*UnixNano`, counts) and non-finite doubles as `"NaN"`/`"Infinity"`; ward never emits a
//! non-finite double (such a value is dropped), so receivers that read doubles as JSON numbers work.

use serde_json::{Map, Value, json};

/// A JSON object from pairs, moving the values in (`json!` would deep-copy every interpolated `Value`
/// through `to_value`, which dominated export time).
pub(crate) fn obj<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    let mut m = Map::with_capacity(N);
    for (k, v) in pairs {
        m.insert(k.to_string(), v);
    }
    Value::Object(m)
}

/// An attribute list under construction (`[{"key", "value": AnyValue}]`), in insertion order.
#[derive(Default)]
pub(crate) struct Attrs(pub(crate) Vec<Value>);

impl Attrs {
    fn push(&mut self, key: &str, value: Value) {
        self.0.push(obj([("key", Value::String(key.to_string())), ("value", value)]));
    }

    pub(crate) fn str(&mut self, key: &str, v: impl AsRef<str>) {
        self.push(key, json!({ "stringValue": v.as_ref() }));
    }

    pub(crate) fn opt_str(&mut self, key: &str, v: Option<&str>) {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            self.str(key, v);
        }
    }

    pub(crate) fn int(&mut self, key: &str, v: i64) {
        self.push(key, json!({ "intValue": v.to_string() }));
    }

    pub(crate) fn uint(&mut self, key: &str, v: u64) {
        self.int(key, i64::try_from(v).unwrap_or(i64::MAX));
    }

    pub(crate) fn double(&mut self, key: &str, v: f64) {
        if v.is_finite() {
            self.push(key, json!({ "doubleValue": v }));
        }
    }

    pub(crate) fn bool(&mut self, key: &str, v: bool) {
        self.push(key, json!({ "boolValue": v }));
    }

    pub(crate) fn str_array(&mut self, key: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        let values: Vec<Value> = items.iter().map(|s| json!({ "stringValue": s })).collect();
        self.push(key, json!({ "arrayValue": { "values": values } }));
    }

    /// A structured value as a JSON string (how OTel wants structured content on spans until OTEP 4485).
    pub(crate) fn json_str(&mut self, key: &str, v: &Value) {
        self.str(key, v.to_string());
    }

    pub(crate) fn into_value(self) -> Value {
        Value::Array(self.0)
    }
}

/// Reads an OTLP/JSON `AnyValue` into plain JSON (`stringValue` → string, `intValue` → number, arrays
/// and key-value lists recursively). `None` for an empty or unknown value.
pub(crate) fn any_to_json(v: &Value) -> Option<Value> {
    let o = v.as_object()?;
    if let Some(s) = o.get("stringValue") {
        return s.as_str().map(|s| Value::String(s.to_string()));
    }
    if let Some(b) = o.get("boolValue") {
        return b.as_bool().map(Value::Bool);
    }
    if let Some(i) = o.get("intValue") {
        return match i {
            Value::String(s) => s.parse::<i64>().ok().map(Value::from),
            Value::Number(n) => n.as_i64().map(Value::from),
            _ => None,
        };
    }
    if let Some(d) = o.get("doubleValue") {
        return match d {
            Value::Number(n) => n.as_f64().map(Value::from),
            Value::String(s) => s.parse::<f64>().ok().filter(|f| f.is_finite()).map(Value::from),
            _ => None,
        };
    }
    if let Some(a) = o.get("arrayValue") {
        let items = a.get("values").and_then(Value::as_array).into_iter().flatten();
        return Some(Value::Array(items.filter_map(any_to_json).collect()));
    }
    if let Some(kv) = o.get("kvlistValue") {
        let mut m = Map::new();
        for e in kv.get("values").and_then(Value::as_array).into_iter().flatten() {
            if let (Some(k), Some(v)) =
                (e.get("key").and_then(Value::as_str), e.get("value").and_then(any_to_json))
            {
                m.insert(k.to_string(), v);
            }
        }
        return Some(Value::Object(m));
    }
    if let Some(b) = o.get("bytesValue") {
        return b.as_str().map(|s| Value::String(s.to_string()));
    }
    None
}
