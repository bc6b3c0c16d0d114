#!/usr/bin/env python3
"""Regenerate ward's compiled-in price table from LiteLLM's model cost map.

Source: `litellm/model_prices_and_context_window_backup.json` inside the PyPI `litellm` wheel (MIT,
BerriAI/litellm). Only text and embedding models are kept (modes chat, completion, responses, embedding),
and of each only the fields ward prices with: the provider, the mode and every per-token cost key
(input, output, cache read, cache creation incl. 1h/12h TTLs, reasoning, `_above_N_tokens` tiers, batch
and service-tier suffixes, `tiered_pricing`). Writes `core/data/prices.json` (compact) and
`core/data/prices.source.json` (the litellm version and counts).

Usage: python3 scripts/regen-prices.py [--litellm-json PATH]
Without --litellm-json the installed `litellm` package is used (pin it in tests/requirements.txt).
"""

import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODES = {"chat", "completion", "responses", "embedding"}
# Per-token text prices and everything that modifies them (tiers, TTLs, batch, service tiers).
COST_KEY = re.compile(
    r"^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost"
    r"|output_cost_per_reasoning_token|explicit_cache_read_input_token_cost)"
    r"(_above_\w+|_batches|_priority|_flex|_ultrafast|_balanced|_decisions|_fast)*$"
)
TIER_KEY = re.compile(r"^(range|input_cost_per_token|output_cost_per_token|cache_read_input_token_cost"
                      r"|cache_creation_input_token_cost|output_cost_per_reasoning_token)$")


def rate(value):
    """LiteLLM accepts numbers and numeric strings; ward stores numbers only."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def prune(entry):
    out = {"litellm_provider": entry.get("litellm_provider"), "mode": entry.get("mode")}
    for key, value in entry.items():
        if COST_KEY.match(key) and (r := rate(value)) is not None:
            out[key] = r
    tiers = entry.get("tiered_pricing")
    if isinstance(tiers, list) and tiers:
        out["tiered_pricing"] = [{k: v for k, v in t.items() if TIER_KEY.match(k)} for t in tiers if isinstance(t, dict)]
    off_peak = entry.get("off_peak_pricing")
    if isinstance(off_peak, dict):
        out["off_peak_pricing"] = off_peak
    return out


def compact(models, version, file_name):
    """Dictionary-encode key and provider names: `{"keys": [...], "providers": [...], "modes": [...],
    "models": {name: [provider, mode, [key, rate, key, rate, ...], tiered_pricing?, off_peak_pricing?]}}`.
    Cuts the table to about a third of plain JSON; `core/src/cost/table.rs` decodes it once."""
    keys = sorted({k for m in models.values() for k in m if COST_KEY.match(k)})
    providers = sorted({m["litellm_provider"] or "" for m in models.values()})
    modes = sorted({m["mode"] for m in models.values()})
    ki = {k: i for i, k in enumerate(keys)}
    out = {}
    for name, m in models.items():
        rates = []
        for k in sorted(k for k in m if COST_KEY.match(k)):
            rates += [ki[k], m[k]]
        row = [providers.index(m["litellm_provider"] or ""), modes.index(m["mode"]), rates]
        if "tiered_pricing" in m or "off_peak_pricing" in m:
            row.append(m.get("tiered_pricing"))
        if "off_peak_pricing" in m:
            row.append(m["off_peak_pricing"])
        out[name] = row
    source = {"package": "litellm", "version": version, "file": "litellm/" + file_name}
    return {"format": 1, "source": source, "keys": keys, "providers": providers, "modes": modes, "models": out}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--litellm-json")
    args = ap.parse_args()
    if args.litellm_json:
        path, version = pathlib.Path(args.litellm_json), "unknown"
    else:
        import importlib.metadata
        import os

        os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        import litellm  # noqa: F401  (only to locate the package)

        version = importlib.metadata.version("litellm")
        path = pathlib.Path(litellm.__file__).parent / "model_prices_and_context_window_backup.json"
    raw = json.loads(path.read_text())
    models = {}
    for name, entry in sorted(raw.items()):
        if name == "sample_spec" or not isinstance(entry, dict) or entry.get("mode") not in MODES:
            continue
        pruned = prune(entry)
        if any(k.startswith(("input_cost_per_token", "output_cost_per_token")) for k in pruned) or "tiered_pricing" in pruned:
            models[name] = pruned
    text = json.dumps(compact(models, version, path.name), separators=(",", ":"), sort_keys=True)
    (ROOT / "core/data/prices.json").write_text(text + "\n")
    providers = sorted({m["litellm_provider"] for m in models.values() if m["litellm_provider"]})
    source = {
        "package": "litellm", "version": version, "file": "litellm/" + path.name,
        "source_entries": len(raw) - 1, "models": len(models), "providers": len(providers),
        "bytes": len(text) + 1, "license": "MIT (BerriAI/litellm)",
    }
    (ROOT / "core/data/prices.source.json").write_text(json.dumps(source, indent=2) + "\n")
    print(f"prices: {len(models)} models, {len(providers)} providers, {len(text) + 1} bytes (litellm {version})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
