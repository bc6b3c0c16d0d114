"""Writing a generated corpus: one JSON sample per line, rewritten only when its content changed (run.sh
decides whether Presidio's findings are up to date by the corpus's mtime)."""

import json
from pathlib import Path


def write_corpus(samples, out):
    """Checks every gold span covers text, writes `samples` as JSONL to `out` if changed, prints counts."""
    lines = []
    for s in samples:
        for g in s["gold"]:
            assert s["text"][g["start"]:g["end"]].strip(), g
        lines.append(json.dumps(s, ensure_ascii=False))
    data = "\n".join(lines) + "\n"
    dest = Path(out)
    if not dest.exists() or dest.read_text(encoding="utf-8") != data:
        dest.write_text(data, encoding="utf-8")
    n_gold = sum(len(s["gold"]) for s in samples)
    n_look = sum(len(s["lookalikes"]) for s in samples)
    print(f"{len(samples)} samples, {n_gold} gold spans, {n_look} look-alike spans -> {out}")
