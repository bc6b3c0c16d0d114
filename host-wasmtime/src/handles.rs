//! Vaults and streams: handles to resources living inside the component instance (WIT `api.vault`,
//! `api.stream-redactor`, `api.stream-restorer`), and the redaction calls that take a vault.
//!
//! A handle is valid only for the instance that made it. After a trap the engine replaces its instance,
//! and any older handle is refused with `stale_handle` instead of reaching the wrong instance. Handles are
//! released with [`Engine::release`]; those not released live until the engine is dropped.

use wasmtime::component::ResourceAny;

use crate::bindings::exports::ward::engine::api;
use crate::{Engine, HostError, Redaction};

/// A vault inside the component: placeholders and originals of one conversation (secrets never enter).
#[derive(Debug)]
pub struct Vault(Handle);

/// A streaming redactor inside the component.
#[derive(Debug)]
pub struct StreamRedactor(Handle);

/// A streaming restorer inside the component.
#[derive(Debug)]
pub struct StreamRestorer(Handle);

/// A resource and the instance generation that owns it.
#[derive(Debug)]
pub struct Handle {
    resource: ResourceAny,
    generation: u64,
}

/// Anything [`Engine::release`] can free.
pub trait Resource {
    /// The handle inside.
    fn handle(self) -> Handle;
}

impl Resource for Vault {
    fn handle(self) -> Handle {
        self.0
    }
}
impl Resource for StreamRedactor {
    fn handle(self) -> Handle {
        self.0
    }
}
impl Resource for StreamRestorer {
    fn handle(self) -> Handle {
        self.0
    }
}

fn domain<T>(r: Result<T, api::Error>) -> Result<T, HostError> {
    r.map_err(|e| HostError::from_component(e.code, e.message))
}

fn opt_len(s: Option<&str>) -> usize {
    s.map_or(0, str::len)
}

impl Engine {
    /// A new, empty vault.
    pub fn vault(&mut self) -> Result<Vault, HostError> {
        self.call(0, |live| {
            let r = live.instance.ward_engine_api().vault().call_constructor(&mut live.store)?;
            Ok(Vault(Handle { resource: r, generation: live.generation }))
        })
    }

    /// Loads a vault serialized by [`Engine::vault_to_json`] (`vault_invalid` when it is not one).
    pub fn vault_from_json(&mut self, json: &str) -> Result<Vault, HostError> {
        self.check_input(json.len())?;
        let r = self.call(json.len(), |live| {
            let r = live.instance.ward_engine_api().vault().call_from_json(&mut live.store, json)?;
            Ok(r.map(|resource| Vault(Handle { resource, generation: live.generation })))
        })?;
        domain(r)
    }

    /// The vault in core's serialized form.
    pub fn vault_to_json(&mut self, vault: &Vault) -> Result<String, HostError> {
        let h = &vault.0;
        self.call_on(h.generation, 0, |live| {
            live.instance.ward_engine_api().vault().call_to_json(&mut live.store, h.resource)
        })
    }

    /// Puts the originals back into `text`.
    pub fn restore(&mut self, vault: &Vault, text: &str) -> Result<String, HostError> {
        self.check_input(text.len())?;
        let h = &vault.0;
        self.call_on(h.generation, text.len(), |live| {
            live.instance.ward_engine_api().vault().call_restore(&mut live.store, h.resource, text)
        })
    }

    /// Restores inside the string values of a JSON document.
    pub fn restore_json(&mut self, vault: &Vault, json: &str) -> Result<String, HostError> {
        self.check_input(json.len())?;
        let h = &vault.0;
        domain(self.call_on(h.generation, json.len(), |live| {
            live.instance.ward_engine_api().vault().call_restore_json(&mut live.store, h.resource, json)
        })?)
    }

    /// Restores an LLM API response body (OpenAI Chat/Responses, Anthropic Messages).
    pub fn restore_body(&mut self, vault: &Vault, json: &str) -> Result<String, HostError> {
        self.check_input(json.len())?;
        let h = &vault.0;
        domain(self.call_on(h.generation, json.len(), |live| {
            live.instance.ward_engine_api().vault().call_restore_body(&mut live.store, h.resource, json)
        })?)
    }

    /// Redacts `text`, numbering placeholders through `vault`.
    pub fn redact_with(
        &mut self,
        text: &str,
        policy: Option<&str>,
        vault: &Vault,
    ) -> Result<Redaction, HostError> {
        let n = text.len() + opt_len(policy);
        self.check_input(n)?;
        let h = &vault.0;
        let r = self.call_on(h.generation, n, |live| {
            live.instance.ward_engine_api().call_redact_with(&mut live.store, text, policy, h.resource)
        })?;
        domain(r).map(Redaction::from)
    }

    /// Redacts a JSON document's string values; `paths` as in the WIT. Returns `{"json", "findings"}`.
    pub fn redact_json(
        &mut self,
        json: &str,
        paths: Option<&str>,
        policy: Option<&str>,
        vault: &Vault,
    ) -> Result<String, HostError> {
        let n = json.len() + opt_len(paths) + opt_len(policy);
        self.check_input(n)?;
        let h = &vault.0;
        domain(self.call_on(h.generation, n, |live| {
            live.instance.ward_engine_api().call_redact_json(&mut live.store, json, paths, policy, h.resource)
        })?)
    }

    /// Redacts an LLM API body (`provider`: `openai`, `openai_responses`, `anthropic`, `auto`).
    /// Returns `{"json", "findings"}`.
    pub fn redact_body(
        &mut self,
        json: &str,
        provider: Option<&str>,
        policy: Option<&str>,
        vault: &Vault,
    ) -> Result<String, HostError> {
        let n = json.len() + opt_len(policy);
        self.check_input(n)?;
        let h = &vault.0;
        domain(self.call_on(h.generation, n, |live| {
            live.instance.ward_engine_api().call_redact_body(
                &mut live.store,
                json,
                provider,
                policy,
                h.resource,
            )
        })?)
    }

    /// Redacts each line of JSONL. Returns `{"text", "findings", "errors"}`.
    pub fn redact_jsonl(
        &mut self,
        text: &str,
        paths: Option<&str>,
        bad_lines: Option<&str>,
        policy: Option<&str>,
        vault: &Vault,
    ) -> Result<String, HostError> {
        let n = text.len() + opt_len(paths) + opt_len(policy);
        self.check_input(n)?;
        let h = &vault.0;
        domain(self.call_on(h.generation, n, |live| {
            live.instance.ward_engine_api().call_redact_jsonl(
                &mut live.store,
                text,
                paths,
                bad_lines,
                policy,
                h.resource,
            )
        })?)
    }

    /// Redacts a capture (ward's capture format: bodies by provider, `response_sse` event-aware,
    /// free-form attributes). Returns `{"text", "findings", "errors"}`.
    pub fn redact_capture(
        &mut self,
        text: &str,
        bad_lines: Option<&str>,
        policy: Option<&str>,
        vault: &Vault,
    ) -> Result<String, HostError> {
        let n = text.len() + opt_len(policy);
        self.check_input(n)?;
        let h = &vault.0;
        domain(self.call_on(h.generation, n, |live| {
            live.instance.ward_engine_api().call_redact_capture(
                &mut live.store,
                text,
                bad_lines,
                policy,
                h.resource,
            )
        })?)
    }

    /// Opens a streaming redactor for `policy` (`None` = default).
    pub fn stream_redactor(&mut self, policy: Option<&str>) -> Result<StreamRedactor, HostError> {
        let n = opt_len(policy);
        self.check_input(n)?;
        let r = self.call(n, |live| {
            let r = live.instance.ward_engine_api().stream_redactor().call_open(&mut live.store, policy)?;
            Ok(r.map(|resource| StreamRedactor(Handle { resource, generation: live.generation })))
        })?;
        domain(r)
    }

    /// Feeds `chunk` (any split, even inside a character); returns the output that is final so far.
    pub fn stream_push(
        &mut self,
        s: &StreamRedactor,
        chunk: &[u8],
        vault: &Vault,
    ) -> Result<String, HostError> {
        self.check_input(chunk.len())?;
        Self::same_instance(&s.0, &vault.0)?;
        let (h, v) = (&s.0, &vault.0);
        domain(self.call_on(h.generation, chunk.len(), |live| {
            live.instance.ward_engine_api().stream_redactor().call_push(
                &mut live.store,
                h.resource,
                chunk,
                v.resource,
            )
        })?)
    }

    /// Ends the stream; returns the rest of the output.
    pub fn stream_finish(&mut self, s: &StreamRedactor, vault: &Vault) -> Result<String, HostError> {
        Self::same_instance(&s.0, &vault.0)?;
        let (h, v) = (&s.0, &vault.0);
        // The hold-back is bounded, but give finish the budget of a large chunk.
        domain(self.call_on(h.generation, 1 << 20, |live| {
            live.instance.ward_engine_api().stream_redactor().call_finish(
                &mut live.store,
                h.resource,
                v.resource,
            )
        })?)
    }

    /// The findings emitted since the last call, offsets relative to the whole stream.
    pub fn stream_take_findings(&mut self, s: &StreamRedactor) -> Result<Vec<crate::Finding>, HostError> {
        let h = &s.0;
        let found = self.call_on(h.generation, 0, |live| {
            live.instance.ward_engine_api().stream_redactor().call_take_findings(&mut live.store, h.resource)
        })?;
        Ok(found.into_iter().map(crate::Finding::from).collect())
    }

    /// Opens a streaming restorer over `vault`.
    pub fn stream_restorer(&mut self, vault: &Vault) -> Result<StreamRestorer, HostError> {
        let v = &vault.0;
        self.call_on(v.generation, 0, |live| {
            let r = live
                .instance
                .ward_engine_api()
                .stream_restorer()
                .call_constructor(&mut live.store, v.resource)?;
            Ok(StreamRestorer(Handle { resource: r, generation: live.generation }))
        })
    }

    /// Feeds a chunk to a restorer; a placeholder split across chunks is held back until complete.
    pub fn restorer_push(&mut self, s: &StreamRestorer, chunk: &[u8]) -> Result<String, HostError> {
        self.check_input(chunk.len())?;
        let h = &s.0;
        domain(self.call_on(h.generation, chunk.len(), |live| {
            live.instance.ward_engine_api().stream_restorer().call_push(&mut live.store, h.resource, chunk)
        })?)
    }

    /// Ends a restore stream.
    pub fn restorer_finish(&mut self, s: &StreamRestorer) -> Result<String, HostError> {
        let h = &s.0;
        domain(self.call_on(h.generation, 1 << 16, |live| {
            live.instance.ward_engine_api().stream_restorer().call_finish(&mut live.store, h.resource)
        })?)
    }

    /// Frees a handle inside the component (a stale handle has nothing left to free).
    pub fn release(&mut self, resource: impl Resource) -> Result<(), HostError> {
        let h = resource.handle();
        match self.call_on(h.generation, 0, |live| h.resource.resource_drop(&mut live.store)) {
            Err(e) if e.code() == "stale_handle" => Ok(()),
            other => other,
        }
    }

    fn same_instance(a: &Handle, b: &Handle) -> Result<(), HostError> {
        if a.generation == b.generation { Ok(()) } else { Err(HostError::stale_handle()) }
    }
}
