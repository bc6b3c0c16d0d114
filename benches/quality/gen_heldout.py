#!/usr/bin/env python3
"""Generate the HELD-OUT redaction corpus: whole documents (e-mail threads with headers, CRM notes,
support tickets, chat transcripts, form/JSON/CSV dumps, meeting notes, code/config/log lines) in 8
languages, written independently of `gen_corpus.py`'s templates and before reading ward's recognizers,
to measure how far the engine generalises beyond the corpus it was tuned on. Deterministic (fixed seed).

    python3 benches/quality/gen_heldout.py [--samples 1500] [--seed 4242] [--out benches/quality/heldout.jsonl]

Same line format as corpus.jsonl (so score.py scores it unchanged): {"id", "locale", "text",
"gold": [{start, end, entity, group, kind}], "lookalikes": [{start, end, kind}]}, offsets in code points.
Templates: gen/heldout_templates.py; people, addresses, birth dates, look-alikes: gen/heldout_values.py;
checksum-valid identifiers and secret formats reuse gen/values.py and gen/secrets.py (standards, not
templates). Ids are prefixed `h` so they never collide with the main corpus.
"""

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen.output import write_corpus  # noqa: E402
from gen import checks, secrets, values  # noqa: E402
from gen.heldout_templates import BY_LANG  # noqa: E402
from gen.heldout_values import LOOK, Person, birth_date, national_id, street_address  # noqa: E402

LOCALES = {"en": ["en-US", "en-GB"], "de": ["de-DE"], "fr": ["fr-FR"], "es": ["es-ES"], "pt": ["pt-BR"],
           "nl": ["nl-NL"], "pl": ["pl-PL"], "it": ["it-IT"]}
LANG_WEIGHT = {"en": 8, "de": 3, "fr": 2, "es": 2, "pt": 2, "nl": 2, "pl": 2, "it": 2}
CHECKABLE = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "SWIFT_BIC", "CRYPTO_WALLET", "IP_ADDRESS", "MAC_ADDRESS",
             "US_SSN", "UK_NINO", "UK_NHS", "DE_TAX_ID", "FR_NIR", "ES_DNI", "ES_NIE", "BR_CPF", "BR_CNPJ", "NL_BSN",
             "PL_PESEL", "IT_FISCAL_CODE"}
SOFT = {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}
# Secret formats a config line can hold (the whole-line generators, connection strings, keep their own shape).
SECRET_KINDS = ["aws_secret_access_key", "github_classic", "gitlab_pat", "stripe_secret", "openai_key", "anthropic_key",
                "google_api_key", "sendgrid_key", "npm_token", "huggingface_token", "slack_bot_token", "jwt",
                "password_assignment", "api_key_assignment", "bearer_token", "databricks_token", "docker_pat"]
SLOT = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")


def group(entity):
    return "checkable" if entity in CHECKABLE else "soft" if entity in SOFT else "context"


class Doc:
    """The values of one document: the same person keeps the same name and address in every slot."""

    def __init__(self, r, lang, locale):
        self.r, self.lang, self.locale = r, lang, locale
        country = locale.split("-")[1]
        self.people = {k: Person(r, lang, country) for k in "PQR"}
        self.cache = {}

    def value(self, slot):
        """(text, label) for one slot; label is ("gold", entity, kind), ("look", kind) or None."""
        r = self.r
        if slot.startswith("~"):
            return LOOK[slot[1:]](r), ("look", slot[1:])
        if slot.startswith("@"):
            return slot[1:], ("gold", "EMAIL", "role")
        if slot.startswith("="):
            return slot[1:], ("gold", "PERSON", "literal-given")
        if slot[:2] in ("P.", "Q.", "R."):
            p, attr = self.people[slot[0]], slot[2:]
            ent = {"full": "PERSON", "given": "PERSON", "family": "PERSON", "email": "EMAIL", "phone": "PHONE"}[attr]
            return getattr(p, attr), ("gold", ent, attr)
        if slot == "ADDR":
            return street_address(r, self.lang), ("gold", "ADDRESS", self.locale)
        if slot == "DOB":
            return birth_date(r, self.lang), ("gold", "DATE_OF_BIRTH", self.lang)
        if slot == "NATID":
            loc = self.locale
            ent, v = national_id(r, loc)
            return v, ("gold", ent, loc)
        if slot == "IBAN":
            cc = {"en-GB": "GB", "en-US": "DE"}.get(self.locale, self.locale.split("-")[1])
            return values.iban(r, cc), ("gold", "IBAN", cc)
        if slot == "CARD":
            num, sizes = values.card_number(r)
            v = values.group(num, sizes, r.choice([" ", "-", ""])) if r.random() < 0.7 else num
            return v, ("gold", "CREDIT_CARD", "card")
        simple = {"BIC": ("SWIFT_BIC", values.swift_bic), "MAC": ("MAC_ADDRESS", values.mac),
                  "IP": ("IP_ADDRESS", lambda r: values.ipv4(r) if r.random() < 0.8 else values.ipv6(r)),
                  "WALLET": ("CRYPTO_WALLET", lambda r: values.btc_address(r) if r.random() < 0.5 else values.eth_address(r)),
                  "PASSPORT": ("PASSPORT", lambda r: values.passport(r, self.locale))}
        if slot in simple:
            ent, gen = simple[slot]
            return gen(r), ("gold", ent, slot.lower())
        if slot == "SECRET":
            kind = r.choice(SECRET_KINDS)
            pieces = secrets.GENERATORS[kind](r)
            return pieces[0][0], ("gold", "SECRET", kind)
        raise KeyError(slot)


def render(r, idx, lang):
    locale = r.choice(LOCALES[lang])
    template = r.choice(BY_LANG[lang])
    doc = Doc(r, lang, locale)
    text, gold, looks, pos = "", [], [], 0
    for m in SLOT.finditer(template):
        text += template[pos:m.start()]
        pos = m.end()
        if m.group(0) in ("{{", "}}"):
            text += m.group(0)[0]
            continue
        v, label = doc.value(m.group(1))
        start = len(text)
        text += v
        if label and label[0] == "gold":
            gold.append({"start": start, "end": len(text), "entity": label[1], "group": "secret" if label[1] == "SECRET" else group(label[1]),
                         "kind": label[2]})
        elif label:
            looks.append({"start": start, "end": len(text), "kind": label[1]})
    text += template[pos:]
    return {"id": f"h{idx:05d}", "locale": locale, "text": text, "gold": gold, "lookalikes": looks}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "heldout.jsonl"))
    args = ap.parse_args()
    checks.self_test()
    r = random.Random(args.seed)
    langs = [lang for lang, w in LANG_WEIGHT.items() for _ in range(w)]
    write_corpus([render(r, i, r.choice(langs)) for i in range(args.samples)], args.out)


if __name__ == "__main__":
    main()
