//! [`Engine`]: one compiled component, one live instance, limits on every call.
//!
//! Instantiating is cheap next to compiling, but not free, so one instance serves every call (the guest
//! also keeps its compiled policy between calls). A trap poisons a component instance, so after any
//! failed call the store and instance are dropped and the next call instantiates afresh.

use std::path::Path;

use wasmtime::component::{Component, Linker};
use wasmtime::{Config, Store, Trap};

use crate::bindings;
use crate::cache::{self, CacheOutcome};
use crate::limits::Limiter;
use crate::{HostError, Limits, Redaction};

/// The ward component, compiled and ready to call.
pub struct Engine {
    engine: wasmtime::Engine,
    pre: bindings::EnginePre<Limiter>,
    live: Option<Live>,
    limits: Limits,
    cache: CacheOutcome,
    /// Counts instantiations: resource handles (vaults, streams) belong to one instance, and a handle
    /// from an instance dropped after a trap must be refused, not passed to the next one.
    generation: u64,
}

/// A store with its instance; dropped together after a trap.
pub(crate) struct Live {
    pub(crate) store: Store<Limiter>,
    pub(crate) instance: bindings::Engine,
    pub(crate) generation: u64,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("limits", &self.limits)
            .field("cache", &self.cache)
            .field("instantiated", &self.live.is_some())
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// Loads the embedded component through the default cache directory (`$XDG_CACHE_HOME/ward` or
    /// `~/.cache/ward`), compiling it in memory when no cache can be used.
    pub fn new(limits: Limits) -> Result<Engine, HostError> {
        Self::from_component(crate::COMPONENT, limits, cache::default_dir().as_deref())
    }

    /// Loads `component` (the bytes of a ward component) with the compiled code cached in `cache_dir`, or
    /// compiled in memory when `cache_dir` is `None`. [`Engine::new`] uses the embedded component; this is
    /// for tests and benchmarks of other builds.
    pub fn from_component(
        component: &[u8],
        limits: Limits,
        cache_dir: Option<&Path>,
    ) -> Result<Engine, HostError> {
        let mut config = Config::new();
        config.consume_fuel(true);
        // For profiling the guest: wasmtime writes /tmp/perf-<pid>.map, so `perf report` names the
        // component's functions (how `benches/RESULTS-redact.md` compared its profile with the native one).
        if std::env::var_os("WARD_PERFMAP").is_some() {
            config.profiler(wasmtime::ProfilingStrategy::PerfMap);
        }
        let engine =
            wasmtime::Engine::new(&config).map_err(|e| HostError::load("configuring wasmtime", &e))?;
        let (compiled, cache) = cache::load(&engine, component, cache_dir)?;
        let pre = instance_pre(&engine, &compiled)?;
        Ok(Engine { engine, pre, live: None, limits, cache, generation: 0 })
    }

    /// Where the compiled component came from (cache hit, freshly stored, or compiled in memory).
    pub fn cache_outcome(&self) -> &CacheOutcome {
        &self.cache
    }

    /// The limits applied to each call.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Redacts `text` under `policy_json` (`None` = the default policy).
    pub fn redact(&mut self, text: &str, policy_json: Option<&str>) -> Result<Redaction, HostError> {
        let input_len = text.len().saturating_add(policy_json.map_or(0, str::len));
        if input_len > self.limits.max_input_bytes {
            return Err(HostError::input_too_large(input_len, self.limits.max_input_bytes));
        }
        let result =
            self.call(input_len, |live| live.instance.call_redact(&mut live.store, text, policy_json))?;
        result.map(Redaction::from).map_err(|e| HostError::from_component(e.code, e.message))
    }

    /// Redacts raw bytes, which must be UTF-8: invalid input is an `invalid_utf8` error naming the byte offset
    /// of the first bad sequence (nothing is replaced silently).
    pub fn redact_bytes(&mut self, bytes: &[u8], policy_json: Option<&str>) -> Result<Redaction, HostError> {
        let text = std::str::from_utf8(bytes).map_err(|e| HostError::invalid_utf8(e.valid_up_to()))?;
        self.redact(text, policy_json)
    }

    /// The version of the engine inside the component.
    pub fn version(&mut self) -> Result<String, HostError> {
        self.call(0, |live| live.instance.call_version(&mut live.store))
    }

    /// Runs `f` on the live instance (instantiating if needed) with the fuel budget for `input_len`, and
    /// turns traps into errors that say which limit was hit.
    pub(crate) fn call<R>(
        &mut self,
        input_len: usize,
        f: impl FnOnce(&mut Live) -> wasmtime::Result<R>,
    ) -> Result<R, HostError> {
        let fuel = self.limits.fuel_for(input_len);
        let live = match &mut self.live {
            Some(live) => live,
            None => {
                let live = self.instantiate()?;
                self.live.insert(live)
            }
        };
        live.store.set_fuel(fuel).map_err(|e| HostError::load("setting fuel", &e))?;
        match f(live) {
            Ok(value) => Ok(value),
            Err(error) => {
                let refused = live.store.data_mut().refused.take();
                self.live = None;
                Err(if error.downcast_ref::<Trap>() == Some(&Trap::OutOfFuel) {
                    HostError::limit_exceeded(format!(
                        "the call used its whole fuel budget of {fuel} units (base {} + {} per input byte): \
                         the input makes the component run away",
                        self.limits.base_fuel, self.limits.fuel_per_byte
                    ))
                } else if let Some(why) = refused {
                    HostError::limit_exceeded(why)
                } else {
                    HostError::trap(&error)
                })
            }
        }
    }

    /// Like [`Engine::call`] for calls that use a resource handle made by instance `generation`: refused
    /// with `stale_handle` when that instance is gone (it trapped and was replaced).
    pub(crate) fn call_on<R>(
        &mut self,
        generation: u64,
        input_len: usize,
        f: impl FnOnce(&mut Live) -> wasmtime::Result<R>,
    ) -> Result<R, HostError> {
        if self.live.as_ref().map(|l| l.generation) != Some(generation) {
            return Err(HostError::stale_handle());
        }
        self.call(input_len, f)
    }

    /// Refuses inputs above `max_input_bytes` before they enter the component.
    pub(crate) fn check_input(&self, input_len: usize) -> Result<(), HostError> {
        if input_len > self.limits.max_input_bytes {
            return Err(HostError::input_too_large(input_len, self.limits.max_input_bytes));
        }
        Ok(())
    }

    fn instantiate(&mut self) -> Result<Live, HostError> {
        let mut store = Store::new(&self.engine, Limiter::new(&self.limits));
        store.limiter(|limiter| limiter);
        store.set_fuel(self.limits.base_fuel).map_err(|e| HostError::load("setting fuel", &e))?;
        let instance = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| HostError::load("instantiating the component", &e))?;
        self.generation = self.generation.wrapping_add(1);
        Ok(Live { store, instance, generation: self.generation })
    }
}

/// Links the component against an empty linker: it imports nothing, and must keep it that way.
fn instance_pre(
    engine: &wasmtime::Engine,
    component: &Component,
) -> Result<bindings::EnginePre<Limiter>, HostError> {
    let linker = Linker::<Limiter>::new(engine);
    let pre = linker
        .instantiate_pre(component)
        .map_err(|e| HostError::load("linking the component (it must import nothing)", &e))?;
    bindings::EnginePre::new(pre).map_err(|e| HostError::load("checking the component's exports", &e))
}
