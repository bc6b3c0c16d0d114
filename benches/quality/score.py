#!/usr/bin/env python3
"""Score redaction findings against the labeled corpus: per-entity precision and recall, look-alike
survival, grouped into checkable / context / soft / secret, with every tool's columns side by side.

    python3 score.py --corpus corpus.jsonl --tool ward=out/ward.jsonl:bytes \\
        --tool presidio=out/presidio.jsonl:chars [--markdown out/quality.md] [--json out/quality.json]

Findings files: one `{"id", "findings": [{entity, start, end, score, secret?}]}` per line; `:bytes` means
UTF-8 byte offsets (ward), `:chars` code-point offsets (Presidio, Python).

Matching rules (documented in the results too):
- Every finding is first mapped to a corpus entity with `MAP` (one table for all tools). Findings whose
  type maps to nothing (Presidio's URL, UUID, NRP, US_DRIVER_LICENSE, …) are dropped, as if that
  recognizer were switched off; their count is reported. ward findings flagged `secret` map to SECRET.
- Recall (a redaction measure): a gold span counts as found when mapped findings of any type together
  cover at least half of its letters and digits. "Typed" recall additionally needs a finding of the same
  entity to overlap it.
- Precision, per entity the tool reported: a finding is correct when it overlaps a gold span of the same
  entity; otherwise it is a false positive (classified as hitting a look-alike, another gold span of a
  different entity, or plain text).
- Look-alike survival: a look-alike span survives when no mapped finding overlaps it at all.
"""

import argparse
import collections
import json
import sys

# corpus entity -> (ward entity names, Presidio entity names)
MAP = {
    "EMAIL": (["EMAIL"], ["EMAIL_ADDRESS"]),
    "PHONE": (["PHONE"], ["PHONE_NUMBER"]),
    "CREDIT_CARD": (["CREDIT_CARD"], ["CREDIT_CARD"]),
    "IBAN": (["IBAN"], ["IBAN_CODE"]),
    "SWIFT_BIC": (["SWIFT_BIC"], []),
    "ABA_ROUTING": (["ABA_ROUTING"], ["ABA_ROUTING_NUMBER"]),
    "CRYPTO_WALLET": (["CRYPTO_WALLET"], ["CRYPTO"]),
    "IP_ADDRESS": (["IP_ADDRESS"], ["IP_ADDRESS"]),
    "MAC_ADDRESS": (["MAC_ADDRESS"], ["MAC_ADDRESS"]),
    "US_SSN": (["US_SSN"], ["US_SSN"]),
    "US_ITIN": (["US_ITIN"], ["US_ITIN"]),
    "UK_NINO": (["UK_NINO"], ["UK_NINO"]),
    "UK_NHS": (["UK_NHS"], ["UK_NHS"]),
    "CA_SIN": (["CA_SIN"], ["CA_SIN"]),
    "ES_DNI": (["ES_DNI"], ["ES_NIF"]),
    "ES_NIE": (["ES_NIE"], ["ES_NIE"]),
    "IT_FISCAL_CODE": (["IT_FISCAL_CODE"], ["IT_FISCAL_CODE"]),
    "FR_NIR": (["FR_NIR"], []),
    "DE_TAX_ID": (["DE_TAX_ID"], ["DE_TAX_ID"]),
    "NL_BSN": (["NL_BSN"], []),
    "PL_PESEL": (["PL_PESEL"], ["PL_PESEL"]),
    "SE_PERSONNUMMER": (["SE_PERSONNUMMER"], ["SE_PERSONNUMMER"]),
    "IN_AADHAAR": (["IN_AADHAAR"], ["IN_AADHAAR"]),
    "IN_PAN": (["IN_PAN"], ["IN_PAN"]),
    "BR_CPF": (["BR_CPF"], []),
    "BR_CNPJ": (["BR_CNPJ"], []),
    "AU_TFN": (["AU_TFN"], ["AU_TFN"]),
    "AU_MEDICARE": (["AU_MEDICARE"], ["AU_MEDICARE"]),
    "SG_NRIC": (["SG_NRIC"], ["SG_NRIC_FIN"]),
    "PASSPORT": (["PASSPORT"], ["US_PASSPORT", "UK_PASSPORT", "IN_PASSPORT", "ES_PASSPORT", "IT_PASSPORT",
                                "DE_PASSPORT"]),
    "PERSON": (["PERSON"], ["PERSON"]),
    "ADDRESS": (["ADDRESS"], ["LOCATION"]),
    "DATE_OF_BIRTH": (["DATE_OF_BIRTH"], ["DATE_TIME"]),
    "SECRET": ([], []),  # ward: every finding whose rule is a secret rule (`secret: true`)
}
GROUPS = ["checkable", "context", "soft", "secret"]
TARGETS = {"checkable": 0.995, "soft": 0.90}
SURVIVAL_TARGET = 0.99
COVER = 0.5


def reverse_map(tool):
    col = 0 if tool == "ward" else 1
    return {name: canon for canon, names in MAP.items() for name in names[col]}


def byte_to_char(text):
    table, b = {}, 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def load_findings(path, unit, texts, tool):
    rev = reverse_map(tool)
    out, dropped = {}, collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            sid = row["id"]
            conv = byte_to_char(texts[sid]) if unit == "bytes" else None
            preds = []
            for fd in row["findings"]:
                canon = "SECRET" if fd.get("secret") else rev.get(fd["entity"])
                if canon is None:
                    dropped[fd["entity"]] += 1
                    continue
                s, e = fd["start"], fd["end"]
                if conv is not None:
                    s, e = conv[s], conv[e]
                preds.append((canon, s, e, fd["entity"]))
            out[sid] = preds
    return out, dropped


def alnum_positions(text, s, e):
    return [i for i in range(s, e) if text[i].isalnum()]


def score_tool(corpus, preds):
    gold_n = collections.Counter()
    found = collections.Counter()
    typed = collections.Counter()
    kind_n, kind_found = collections.Counter(), collections.Counter()
    sub_n, sub_miss = collections.Counter(), collections.Counter()
    tp, fp = collections.Counter(), collections.Counter()
    fp_why = collections.defaultdict(collections.Counter)
    look_n, look_ok = collections.Counter(), collections.Counter()
    leak_total, leak_left = collections.Counter(), collections.Counter()
    misses = collections.defaultdict(list)
    false_pos = collections.defaultdict(list)
    casualties = collections.defaultdict(list)
    for s in corpus:
        text, ps = s["text"], preds.get(s["id"], [])
        for g in s["gold"]:
            ent = g["entity"]
            key = g["kind"] if ent == "SECRET" else ent
            pos = alnum_positions(text, g["start"], g["end"]) or list(range(g["start"], g["end"]))
            covered = {i for i in pos if any(p[1] <= i < p[2] for p in ps)}
            ok = len(covered) >= COVER * len(pos)
            gold_n[ent] += 1
            kind_n[(ent, key)] += 1
            sub = g["kind"] or s["locale"]
            sub_n[(key, sub)] += 1
            leak_total[g["group"]] += len(pos)
            leak_left[g["group"]] += len(pos) - len(covered)
            if ok:
                found[ent] += 1
                kind_found[(ent, key)] += 1
            else:
                sub_miss[(key, sub)] += 1
                misses[key].append((s["id"], s["locale"], text[g["start"]:g["end"]], g["kind"], context(text, g)))
            if any(p[0] == ent and p[1] < g["end"] and g["start"] < p[2] for p in ps):
                typed[ent] += 1
        for lk in s["lookalikes"]:
            look_n[lk["kind"]] += 1
            hit = [p for p in ps if p[1] < lk["end"] and lk["start"] < p[2]]
            if hit:
                casualties[lk["kind"]].append((s["id"], text[lk["start"]:lk["end"]], hit[0][3], context(text, lk)))
            else:
                look_ok[lk["kind"]] += 1
        for canon, ps_, pe, raw in ps:
            if any(g["entity"] == canon and ps_ < g["end"] and g["start"] < pe for g in s["gold"]):
                tp[canon] += 1
                continue
            fp[canon] += 1
            if any(ps_ < lk["end"] and lk["start"] < pe for lk in s["lookalikes"]):
                why = "look-alike"
            elif any(ps_ < g["end"] and g["start"] < pe for g in s["gold"]):
                why = "other entity"
            else:
                why = "plain text"
            fp_why[canon][why] += 1
            false_pos[canon].append((s["id"], raw, text[ps_:pe], why, context(text, {"start": ps_, "end": pe})))
    return {
        "gold_n": gold_n, "found": found, "typed": typed, "kind_n": kind_n, "kind_found": kind_found,
        "tp": tp, "fp": fp, "fp_why": fp_why, "look_n": look_n, "look_ok": look_ok,
        "leak_total": leak_total, "leak_left": leak_left, "misses": misses, "false_pos": false_pos,
        "casualties": casualties, "sub_n": sub_n, "sub_miss": sub_miss,
    }


def short(s, n=90):
    s = s.replace("\n", "⏎").replace("`", "'")
    return s if len(s) <= n else s[:n // 2] + "…" + s[-n // 2:]


def context(text, span, width=40):
    a, b = max(0, span["start"] - width), min(len(text), span["end"] + width)
    return short(text[a:span["start"]], width) + "⟦" + short(text[span["start"]:span["end"]]) + "⟧" + short(text[span["end"]:b], width)


def ratio(a, b):
    return a / b if b else None


def fmt(x):
    return "–" if x is None else f"{x:.3f}"


def group_of(corpus):
    g = {}
    for s in corpus:
        for x in s["gold"]:
            g[x["entity"]] = x["group"]
    return g


def summarize(corpus, results):
    groups = group_of(corpus)
    summary = {}
    for tool, r in results.items():
        t = {}
        for grp in GROUPS:
            ents = [e for e, g in groups.items() if g == grp]
            n = sum(r["gold_n"][e] for e in ents)
            t[grp] = {
                "gold": n,
                "recall": ratio(sum(r["found"][e] for e in ents), n),
                "typed_recall": ratio(sum(r["typed"][e] for e in ents), n),
                "precision": ratio(sum(r["tp"][e] for e in ents), sum(r["tp"][e] + r["fp"][e] for e in ents)),
                "chars_left": ratio(r["leak_left"][grp], r["leak_total"][grp]),
            }
        t["lookalikes"] = {"spans": sum(r["look_n"].values()), "survival": ratio(sum(r["look_ok"].values()), sum(r["look_n"].values()))}
        t["all"] = {
            "recall": ratio(sum(r["found"].values()), sum(r["gold_n"].values())),
            "precision": ratio(sum(r["tp"].values()), sum(r["tp"].values()) + sum(r["fp"].values())),
        }
        summary[tool] = t
    return summary


def markdown(corpus, results, summary, dropped, examples=5):
    tools = list(results)
    groups = group_of(corpus)
    out = []
    n_gold = sum(len(s["gold"]) for s in corpus)
    n_look = sum(len(s["lookalikes"]) for s in corpus)
    out.append(f"Corpus: {len(corpus)} samples, {n_gold} gold spans, {n_look} look-alike spans, "
               f"{len({s['locale'] for s in corpus})} locales.\n")
    hdr = "| group | gold | " + " | ".join(f"{t} recall | {t} precision" for t in tools) + " | target |"
    out += ["### Summary", "", hdr, "|" + "---|" * (2 + 2 * len(tools) + 1)]
    for grp in GROUPS:
        row = f"| {grp} | {summary[tools[0]][grp]['gold']} | "
        row += " | ".join(f"{fmt(summary[t][grp]['recall'])} | {fmt(summary[t][grp]['precision'])}" for t in tools)
        tgt = f"recall ≥ {TARGETS[grp]}" if grp in TARGETS else ""
        out.append(row + f" | {tgt} |")
    row = f"| look-alike survival | {summary[tools[0]]['lookalikes']['spans']} | "
    row += " | ".join(f"{fmt(summary[t]['lookalikes']['survival'])} | " for t in tools)
    out.append(row + f" | ≥ {SURVIVAL_TARGET} |")
    row = f"| all entities | {n_gold} | " + " | ".join(
        f"{fmt(summary[t]['all']['recall'])} | {fmt(summary[t]['all']['precision'])}" for t in tools)
    out.append(row + " | |")
    out.append("")
    out.append("Typed recall (a finding of the *same* entity overlaps the value) and the share of gold letters/digits "
               "left in clear: " + "; ".join(
                   f"{t}: " + ", ".join(f"{g} {fmt(summary[t][g]['typed_recall'])} / {fmt(summary[t][g]['chars_left'])}" for g in GROUPS)
                   for t in tools) + ".")
    for t in tools:
        if dropped[t]:
            out.append(f"\n{t}: {sum(dropped[t].values())} findings of types outside the corpus's entities were "
                       f"ignored: " + ", ".join(f"{k} {v}" for k, v in dropped[t].most_common()) + ".")
    out += ["", "### Per entity", "", "| entity | group | gold | " + " | ".join(f"{t} P | {t} R" for t in tools) + " |",
            "|" + "---|" * (3 + 2 * len(tools))]
    for ent in sorted(groups, key=lambda e: (GROUPS.index(groups[e]), e)):
        if ent == "SECRET":
            continue
        r0 = results[tools[0]]
        row = f"| {ent} | {groups[ent]} | {r0['gold_n'][ent]} | "
        cells = []
        for t in tools:
            r = results[t]
            cells.append(f"{fmt(ratio(r['tp'][ent], r['tp'][ent] + r['fp'][ent]))} | {fmt(ratio(r['found'][ent], r['gold_n'][ent]))}")
        out.append(row + " | ".join(cells) + " |")
    out += ["", "### Secrets per format (recall; precision is for the secret family as a whole)", "",
            "| format | gold | " + " | ".join(f"{t} R" for t in tools) + " |", "|" + "---|" * (2 + len(tools))]
    kinds = sorted({k for (e, k) in results[tools[0]]["kind_n"] if e == "SECRET"})
    for k in kinds:
        n = results[tools[0]]["kind_n"][("SECRET", k)]
        out.append(f"| {k} | {n} | " + " | ".join(fmt(ratio(results[t]["kind_found"][("SECRET", k)], n)) for t in tools) + " |")
    out += ["", "### Look-alike survival per kind", "", "| kind | spans | " + " | ".join(tools) + " |",
            "|" + "---|" * (2 + len(tools))]
    for k in sorted(results[tools[0]]["look_n"]):
        n = results[tools[0]]["look_n"][k]
        out.append(f"| {k} | {n} | " + " | ".join(fmt(ratio(results[t]["look_ok"][k], n)) for t in tools) + " |")
    return "\n".join(out) + "\n"


def failures(results, tool, examples=5):
    """ward's (or any tool's) failures, for the engine owners: misses, false positives, casualties."""
    r = results[tool]
    out = [f"### {tool}: failure examples", ""]
    missed = sorted(r["misses"].items(), key=lambda kv: -len(kv[1]))
    if missed:
        out.append("Missed gold values (entity or secret format: count; examples: value, then ⟦value⟧ in context):\n")
        for key, rows in missed:
            subs = sorted(((k[1], m) for k, m in r["sub_miss"].items() if k[0] == key), key=lambda x: -x[1])
            by = ", ".join(f"{sub} {m}/{r['sub_n'][(key, sub)]}" for sub, m in subs)
            out.append(f"- **{key}**: {len(rows)} missed (by format or locale, missed/total: {by})")
            for sid, loc, val, kind, ctx in rows[:examples]:
                out.append(f"  - {sid} {loc} {kind}: `{short(val)}` in `{ctx}`")
    fps = sorted(r["false_pos"].items(), key=lambda kv: -len(kv[1]))
    if fps:
        out.append("\nFalse positives (reported entity: count by cause; examples):\n")
        for canon, rows in fps:
            why = ", ".join(f"{k} {v}" for k, v in r["fp_why"][canon].most_common())
            out.append(f"- **{canon}**: {len(rows)} ({why})")
            for sid, raw, val, w, ctx in rows[:examples]:
                out.append(f"  - {sid} {raw} [{w}]: `{short(val)}` in `{ctx}`")
    cas = sorted(r["casualties"].items(), key=lambda kv: -len(kv[1]))
    if cas:
        out.append("\nLook-alikes that were redacted (kind: count; examples):\n")
        for kind, rows in cas:
            out.append(f"- **{kind}**: {len(rows)}")
            for sid, val, raw, ctx in rows[:examples]:
                out.append(f"  - {sid} as {raw}: `{short(val)}` in `{ctx}`")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--tool", action="append", required=True, help="name=path:bytes|chars")
    ap.add_argument("--markdown")
    ap.add_argument("--failures", help="write failure examples of every tool here")
    ap.add_argument("--json")
    args = ap.parse_args()
    corpus = [json.loads(l) for l in open(args.corpus, encoding="utf-8") if l.strip()]
    texts = {s["id"]: s["text"] for s in corpus}
    results, dropped = {}, {}
    for spec in args.tool:
        name, rest = spec.split("=", 1)
        path, unit = rest.rsplit(":", 1)
        preds, dropped[name] = load_findings(path, unit, texts, name)
        missing = set(texts) - set(preds)
        if missing:
            sys.exit(f"{name}: no findings line for {len(missing)} samples (e.g. {sorted(missing)[0]})")
        results[name] = score_tool(corpus, preds)
    summary = summarize(corpus, results)
    md = markdown(corpus, results, summary, dropped)
    print(md)
    if args.markdown:
        open(args.markdown, "w", encoding="utf-8").write(md)
    if args.failures:
        open(args.failures, "w", encoding="utf-8").write("\n".join(failures(results, t) for t in results))
    if args.json:
        per_entity = {t: {e: {"gold": r["gold_n"][e], "found": r["found"][e], "tp": r["tp"][e], "fp": r["fp"][e]}
                          for e in MAP} for t, r in results.items()}
        json.dump({"summary": summary, "per_entity": per_entity}, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
