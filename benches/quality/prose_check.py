#!/usr/bin/env python3
"""False-positive check on ordinary prose: what a new engine finds that an old one did not.

    python3 benches/quality/prose_check.py OLD_DRIVER NEW_DRIVER [--mb 6] [--seed 1]

Both drivers are `redact_eval` binaries (e.g. one built from the previous commit). The text is the
machine's own documentation (licenses, READMEs and changelogs under /usr/share, Python's `email`
package sources, the repository's Markdown) cut into ~4 KB pieces, a deterministic sample of `--mb` MB.
It holds many real people's names (changelog authors) and plenty of capitalised prose, product names and
places, so a new finding here is either a name the old engine missed or a false positive: every new
finding is printed with its context, for a person to read. Nothing here is scored automatically.
"""

import argparse
import glob
import gzip
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pieces():
    files = sorted(glob.glob("/usr/share/common-licenses/*") + glob.glob("/usr/share/doc/*/README*")
                   + glob.glob("/usr/share/doc/*/changelog*") + glob.glob("/usr/lib/python3*/email/*.py")
                   + glob.glob(str(ROOT / "*.md")))
    for f in files:
        try:
            data = gzip.open(f).read() if f.endswith(".gz") else open(f, "rb").read()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError):
            continue
        buf = ""
        for line in text.splitlines(True):
            buf += line
            if len(buf) > 4000:
                yield buf
                buf = ""
        if buf:
            yield buf


def run(driver, corpus, out):
    subprocess.run([driver, "findings", corpus, out], check=True, stdout=subprocess.DEVNULL)
    return {json.loads(l)["id"]: json.loads(l)["findings"] for l in open(out, encoding="utf-8")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--mb", type=float, default=6.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rows = list(pieces())
    random.Random(args.seed).shuffle(rows)
    tmp = Path(tempfile.mkdtemp())
    corpus, texts, size = tmp / "prose.jsonl", {}, 0
    with open(corpus, "w", encoding="utf-8") as f:
        for i, t in enumerate(rows):
            texts[f"p{i:05d}"] = t
            f.write(json.dumps({"id": f"p{i:05d}", "text": t}) + "\n")
            size += len(t.encode())
            if size > args.mb * 1e6:
                break
    old, new = run(args.old, corpus, tmp / "old.jsonl"), run(args.new, corpus, tmp / "new.jsonl")
    added, removed = Counter(), Counter()
    for sid, fs in new.items():
        b = texts[sid].encode()
        a = {(f["entity"], f["start"], f["end"]) for f in old.get(sid, [])}
        n = {(f["entity"], f["start"], f["end"]) for f in fs}
        for e, s, t in sorted(n - a):
            added[e] += 1
            ctx = b[max(0, s - 40):t + 20].decode(errors="replace").replace("\n", "⏎")
            print(f"+ {sid} {e} {b[s:t].decode(errors='replace')!r} | {ctx}")
        for e, s, t in sorted(a - n):
            removed[e] += 1
            print(f"- {sid} {e} {b[s:t].decode(errors='replace')!r}")
    print(f"{len(new)} pieces, {size / 1e6:.1f} MB; new findings: {dict(added)}; gone: {dict(removed)}", file=sys.stderr)


if __name__ == "__main__":
    main()
