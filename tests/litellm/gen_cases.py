#!/usr/bin/env python3
"""Price random usages with LiteLLM's own cost functions; write the cases for ward to price the same way.

Runs offline (`LITELLM_LOCAL_MODEL_COST_MAP=True`: the cost map bundled in the wheel, the same file
`scripts/regen-prices.py` compiles into ward). For each case LiteLLM's `cost_per_token` (the function its
proxy and `completion_cost` use) returns (prompt_cost, completion_cost); batch cases go through
`call_type="retrieve_batch"` (LiteLLM's `batch_cost_calculator`).

Usage: gen_cases.py OUT.json [--cases N] [--models M] [--seed S]
Models are drawn from ward's generated table (core/data/prices.json), skipping entries with time-of-day
(`off_peak_pricing`) rates, which depend on the wall clock LiteLLM reads.
"""

import argparse
import json
import os
import pathlib
import random
import sys

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

import litellm  # noqa: E402
from litellm.types.utils import (  # noqa: E402
    CacheCreationTokenDetails,
    CompletionTokensDetailsWrapper,
    PromptTokensDetailsWrapper,
    Usage,
)

ROOT = pathlib.Path(__file__).resolve().parents[2]


def table_models():
    doc = json.loads((ROOT / "core/data/prices.json").read_text())
    out = []
    for name, row in doc["models"].items():
        if len(row) > 4:  # off_peak_pricing
            continue
        rates = {doc["keys"][row[2][i]]: row[2][i + 1] for i in range(0, len(row[2]), 2)}
        out.append((name, doc["providers"][row[0]], doc["modes"][row[1]], rates, len(row) > 3 and row[3]))
    return out


def thresholds(rates):
    out = set()
    for k in rates:
        if "_above_" in k and "_tokens" in k:
            t = k.rsplit("_above_", 1)[1].split("_tokens")[0]
            try:
                out.add(int(float(t.replace("k", "")) * (1000 if "k" in t else 1)))
            except ValueError:
                pass
    return sorted(out)


def random_usage(rng, rates, tiered, mode):
    marks = thresholds(rates)
    if tiered:
        marks += [int(b["range"][1]) for b in tiered if isinstance(b.get("range"), list) and len(b["range"]) == 2]
    r = rng.random()
    if marks and r < 0.35:
        m = rng.choice(marks)
        prompt = max(1, m + rng.choice([-1, 0, 1, rng.randint(2, 50_000)]))
    elif r < 0.5:
        prompt = rng.randint(0, 50)
    else:
        prompt = rng.randint(1, 150_000)
    if mode == "embedding":
        return dict(input=prompt, output=0, cache_read=0, cache_write=0, cache_write_1h=0, reasoning=0)
    cache_read = rng.randint(0, prompt) if rng.random() < 0.5 else 0
    cache_write = rng.randint(0, prompt - cache_read) if rng.random() < 0.4 else 0
    cache_write_1h = rng.randint(0, cache_write) if cache_write and rng.random() < 0.5 else 0
    output = rng.randint(0, 8000)
    reasoning = rng.randint(0, output) if output and rng.random() < 0.4 else 0
    return dict(input=prompt, output=output, cache_read=cache_read, cache_write=cache_write,
                cache_write_1h=cache_write_1h, reasoning=reasoning)


def litellm_usage(u):
    details = PromptTokensDetailsWrapper(
        cached_tokens=u["cache_read"],
        cache_creation_tokens=u["cache_write"],
        cache_creation_token_details=CacheCreationTokenDetails(
            ephemeral_5m_input_tokens=u["cache_write"] - u["cache_write_1h"],
            ephemeral_1h_input_tokens=u["cache_write_1h"],
        ),
    )
    return Usage(
        prompt_tokens=u["input"],
        completion_tokens=u["output"],
        total_tokens=u["input"] + u["output"],
        prompt_tokens_details=details,
        completion_tokens_details=CompletionTokensDetailsWrapper(reasoning_tokens=u["reasoning"]),
    )


def priced_key(name, provider):
    """The table entry LiteLLM's `cost_per_token` reads for `name` (its "Option 2" lookup): repeated
    `{provider}/` prefixes are collapsed, then `{provider}/{model}` wins over the bare name, so some table
    keys (`deepseek-chat`, `gemini-exp-1206`, `perplexity/perplexity/sonar`) are shadowed by others."""
    prefix = provider + "/"
    model = name
    while model.startswith(prefix) and model[len(prefix):].startswith(prefix):
        model = model[len(prefix):]
    with_provider = model if model.startswith(prefix) else prefix + model
    if with_provider in litellm.model_cost:
        return with_provider
    return model if model in litellm.model_cost else name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--cases", type=int, default=2400)
    ap.add_argument("--models", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20261127)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    models = table_models()
    # Favour models with the interesting keys (tiers, cache writes, reasoning, service tiers, batch).
    def interesting(m):
        keys = " ".join(m[3])
        return any(s in keys for s in ("_above_", "cache_creation", "reasoning", "_priority", "_flex", "_batches")) or m[4]
    rich = [m for m in models if interesting(m)]
    plain = [m for m in models if not interesting(m)]
    rng.shuffle(rich)
    rng.shuffle(plain)
    chosen = rich[: args.models * 2 // 3]
    chosen += plain[: args.models - len(chosen)]
    cases, skipped = [], {}
    i = 0
    while len(cases) < args.cases and i < args.cases * 3:
        name, provider, mode, rates, tiered = chosen[i % len(chosen)]
        i += 1
        usage = random_usage(rng, rates, tiered, mode)
        tiers = [None]
        tiers += [t for t in ("priority", "flex", "ultrafast", "balanced") if any(k.endswith("_" + t) or ("_" + t + "_") in k for k in rates)]
        service_tier = rng.choice(tiers)
        batch = any(k.endswith("_batches") for k in rates) and rng.random() < 0.25
        try:
            if batch:
                p, c = litellm.cost_per_token(model=name, custom_llm_provider=provider, usage_object=litellm_usage(usage),
                                              call_type="retrieve_batch")
                service_tier = None
            else:
                p, c = litellm.cost_per_token(model=name, custom_llm_provider=provider, usage_object=litellm_usage(usage),
                                              service_tier=service_tier)
        except Exception as e:  # LiteLLM cannot price it: recorded, not compared
            skipped[name] = f"{type(e).__name__}: {str(e)[:120]}"
            continue
        cases.append({"model": name, "provider": provider, "usage": usage, "service_tier": service_tier,
                      "batch": batch, "litellm": {"prompt": p, "completion": c}})
    # Resolved after all pricing: LiteLLM's provider lookup caches state that changes later cost calls.
    for case in cases:
        case["litellm_key"] = priced_key(case["model"], case["provider"])
    doc = {"litellm_version": litellm.__version__ if hasattr(litellm, "__version__") else
           __import__("importlib.metadata").metadata.version("litellm"),
           "seed": args.seed, "models": len({c["model"] for c in cases}), "cases": cases, "skipped": skipped}
    pathlib.Path(args.out).write_text(json.dumps(doc, indent=0) + "\n")
    print(f"litellm cases: {len(cases)} cases over {doc['models']} models ({len(skipped)} models skipped)", file=sys.stderr)


if __name__ == "__main__":
    main()
