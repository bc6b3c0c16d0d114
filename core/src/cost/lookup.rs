//! Which price-table entry a model name means.
//!
//! Names on the wire rarely equal table keys: gateways prefix providers (`openrouter/openai/gpt-4o`),
//! providers answer with dated snapshots (`gpt-4o-2024-08-06`, `claude-sonnet-4-5-20250929`,
//! `claude-3-5-sonnet@20240620` on Vertex) or aliases (`claude-3-7-sonnet-latest`), and LiteLLM keys some
//! providers with a prefix (`gemini/gemini-2.5-pro`, `mistral/…`). We try, in order, the exact name, the
//! provider-prefixed name, the name with gateway prefixes removed, then without a date or `-latest` suffix.
//! The first hit wins, so an exact entry always beats a fuzzy one.

use std::sync::OnceLock;

use regex::Regex;

use super::table::{ModelPrice, PriceTable};

/// LiteLLM key prefixes for an OTel `gen_ai.provider.name` (or a LiteLLM provider name).
fn prefixes(provider: &str) -> &'static [&'static str] {
    match provider {
        "openai" => &["openai"],
        "anthropic" => &["anthropic"],
        "gcp.gemini" | "gemini" => &["gemini"],
        "gcp.vertex_ai" | "vertex_ai" => &["vertex_ai"],
        "aws.bedrock" | "bedrock" => &["bedrock", "bedrock_converse"],
        "azure.ai.openai" | "azure" => &["azure"],
        "azure.ai.inference" | "azure_ai" => &["azure_ai"],
        "mistral_ai" | "mistral" => &["mistral"],
        "x_ai" | "xai" => &["xai"],
        "deepseek" => &["deepseek"],
        "groq" => &["groq"],
        "cohere" => &["cohere", "cohere_chat"],
        "perplexity" => &["perplexity"],
        "moonshot_ai" | "moonshot" => &["moonshot"],
        _ => &[],
    }
}

fn snapshot_suffix() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?:-\d{4}-\d{2}-\d{2}|-\d{8}|@\d{8}|-latest|@latest)$").ok()).as_ref()
}

/// Like LiteLLM's `get_model_info`, the provider-prefixed key (`deepseek/deepseek-chat`) wins over the
/// bare one (`deepseek-chat`), which may be another provider's listing of the same name.
fn try_name<'t>(
    table: &'t PriceTable,
    name: &str,
    provider: Option<&str>,
) -> Option<(&'t str, &'t ModelPrice)> {
    for p in provider.map(prefixes).unwrap_or(&[]) {
        if let Some((k, v)) = table.models.get_key_value(&format!("{p}/{name}")) {
            return Some((k.as_str(), v));
        }
    }
    table.models.get_key_value(name).map(|(k, v)| (k.as_str(), v))
}

/// Finds the table entry for `model` as reported by a call to `provider` (an OTel provider name).
pub fn resolve<'t>(
    table: &'t PriceTable,
    model: &str,
    provider: Option<&str>,
) -> Option<(&'t str, &'t ModelPrice)> {
    let model = model.trim();
    if model.is_empty() {
        return None;
    }
    let lower = model.to_ascii_lowercase();
    let mut forms: Vec<String> = vec![model.to_string()];
    if lower != model {
        forms.push(lower.clone());
    }
    // Gateway prefixes: `openrouter/openai/gpt-4o` → `openai/gpt-4o` → `gpt-4o`.
    let mut rest = lower.as_str();
    while let Some((_, tail)) = rest.split_once('/') {
        forms.push(tail.to_string());
        rest = tail;
    }
    // Dated snapshots and aliases, on every form so far.
    if let Some(re) = snapshot_suffix() {
        let undated: Vec<String> =
            forms.iter().filter(|f| re.is_match(f)).map(|f| re.replace(f, "").into_owned()).collect();
        forms.extend(undated);
    }
    forms.iter().find_map(|f| try_name(table, f, provider))
}
