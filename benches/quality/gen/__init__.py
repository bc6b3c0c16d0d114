"""Building blocks of the labeled corpus (see ../gen_corpus.py): check-digit algorithms, entity value
generators, secret formats, look-alikes and per-locale sentence templates. Python stdlib only."""
