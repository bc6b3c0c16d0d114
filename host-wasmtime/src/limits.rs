//! Resource limits for every call into the component.
//!
//! Three bounds, each enforced by the host so no input can hang or exhaust the machine:
//! - input size, checked before the call (the text is copied into guest memory, so this bounds memory too);
//! - linear memory, through a [`wasmtime::ResourceLimiter`] that refuses growth past the limit and records
//!   why, so the resulting trap is reported as `limit_exceeded` rather than as a guest crash;
//! - fuel (one unit per executed wasm operator), budgeted per call as `base_fuel + fuel_per_byte × input`:
//!   redaction is linear in its input, so a call that needs more than a generous linear budget is runaway.

/// Limits applied to each call. `Limits::default()` suits interactive and CI use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted input (text plus policy JSON), in bytes.
    pub max_input_bytes: usize,
    /// Largest linear memory the component may grow to, in bytes.
    pub max_memory_bytes: usize,
    /// Fuel every call gets regardless of input size (covers compiling a policy).
    pub base_fuel: u64,
    /// Extra fuel per input byte.
    pub fuel_per_byte: u64,
}

impl Limits {
    /// Default `max_input_bytes`: 16 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 << 20;
    /// Default `max_memory_bytes`: 512 MiB (the guest holds the input, the output and its own state).
    pub const DEFAULT_MAX_MEMORY_BYTES: usize = 512 << 20;
    /// Default `base_fuel`: covers compiling a policy inside the guest, the costliest step of a first call
    /// (about 330 million units for the default policy, measured 2026-11-27), with ~12x headroom. At
    /// roughly a nanosecond per unit, a runaway call on a small input stops within seconds.
    pub const DEFAULT_BASE_FUEL: u64 = 4_000_000_000;
    /// Default `fuel_per_byte`: measured 2026-11-27 at ~300 units per byte for chat traffic and ~880 for
    /// text dense with findings (see `tests/limits.rs`); 4,000 leaves ~4.5x headroom over the worst case.
    pub const DEFAULT_FUEL_PER_BYTE: u64 = 4_000;

    /// The fuel budget of one call with `input_len` bytes of input.
    pub fn fuel_for(&self, input_len: usize) -> u64 {
        let len = u64::try_from(input_len).unwrap_or(u64::MAX);
        self.base_fuel.saturating_add(self.fuel_per_byte.saturating_mul(len))
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: Self::DEFAULT_MAX_INPUT_BYTES,
            max_memory_bytes: Self::DEFAULT_MAX_MEMORY_BYTES,
            base_fuel: Self::DEFAULT_BASE_FUEL,
            fuel_per_byte: Self::DEFAULT_FUEL_PER_BYTE,
        }
    }
}

/// Store data: the memory limiter and, once it refused something, why.
pub(crate) struct Limiter {
    max_memory_bytes: usize,
    pub(crate) refused: Option<String>,
}

impl Limiter {
    pub(crate) fn new(limits: &Limits) -> Self {
        Limiter { max_memory_bytes: limits.max_memory_bytes, refused: None }
    }
}

/// Tables hold function references; the component needs a few hundred. Anything near this is a bug.
const MAX_TABLE_ELEMENTS: usize = 1 << 20;

impl wasmtime::ResourceLimiter for Limiter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired <= self.max_memory_bytes {
            return Ok(true);
        }
        let why = format!(
            "the component needed more than the memory limit of {} bytes (had {current}, asked for {desired})",
            self.max_memory_bytes
        );
        self.refused = Some(why.clone());
        // An error (rather than `Ok(false)`) traps right here: the guest would abort on a failed
        // allocation anyway, and this way the reason is exact.
        Err(wasmtime::format_err!(why))
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired <= MAX_TABLE_ELEMENTS {
            return Ok(true);
        }
        let why = format!("the component grew a table past {MAX_TABLE_ELEMENTS} elements (had {current})");
        self.refused = Some(why.clone());
        Err(wasmtime::format_err!(why))
    }
}
