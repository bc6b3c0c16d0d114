#!/usr/bin/env python3
"""Token counts from OpenAI's own `tiktoken` (PyPI), for the exact-tokenizer tests of ward-core
(`core/src/record/tokenizer.rs`, feature `tiktoken`).

Usage: counts.py RANKS_DIR
RANKS_DIR holds `o200k_base.tiktoken` and `cl100k_base.tiktoken` (tiktoken downloads them from OpenAI's
blob store, which this machine cannot reach; the same files ship in the `bpe-openai` crate as
`data/*.tiktoken.gz`, gunzip them). Each file must have the SHA-256 that tiktoken itself expects, so the
counts below are those of the official ranks. Prints the Rust table pasted into the tests.
"""
import json
import sys
from pathlib import Path

import tiktoken
import tiktoken_ext.openai_public as public
from tiktoken.load import load_tiktoken_bpe

TEXTS = [
    "hello world",
    "",
    "The quick brown fox jumps over the lazy dog.",
    "tiktoken is great!",
    "  leading and   inner   spaces\n\n\nand newlines  ",
    "naïve café déjà vu — 東京タワー 🚀",
    'fn main() { println!("{}", 1 + 2); }',
    "1234567890 3.14159 2026-11-27",
    "<|endoftext|> is plain text here",
    "I'm sure they'll say WE'VE DONE IT'S fine\t\ttabs\r\nCRLF",
    '{"city":"Paris","units":"metric"}',
]


def main():
    ranks = Path(sys.argv[1])

    def local(url, expected_hash=None):
        # Same checks as tiktoken (expected SHA-256), from the local copy of the file the URL names.
        return load_tiktoken_bpe(str(ranks / url.rsplit("/", 1)[1]), expected_hash=expected_hash)

    public.load_tiktoken_bpe = local
    o200k = tiktoken.Encoding(**public.o200k_base())
    cl100k = tiktoken.Encoding(**public.cl100k_base())
    print(f"// tiktoken {tiktoken.__version__}")
    for t in TEXTS:
        a, b = len(o200k.encode_ordinary(t)), len(cl100k.encode_ordinary(t))
        print(f"({json.dumps(t, ensure_ascii=False)}, {a}, {b}),")
    for n, t in [("a", "a" * 2000), ("spaces", " " * 2000), ("digits", "1" * 2000)]:
        print(f"({n!r} x 2000: {len(o200k.encode_ordinary(t))}, {len(cl100k.encode_ordinary(t))}),")


if __name__ == "__main__":
    main()
