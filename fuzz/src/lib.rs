//! Fuzz targets for ward-core's redaction engine; the properties live in `checks.rs`.
pub mod checks;
