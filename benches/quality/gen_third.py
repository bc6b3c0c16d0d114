#!/usr/bin/env python3
"""Generate the THIRD redaction corpus: document shapes neither `gen_corpus.py` nor `gen_heldout.py` uses
(helpdesk CSV exports, JSON tool-call arguments with nested PII, Markdown tables, timestamped transcripts,
HR letters, medical intake forms, structured logs, code-review comments, airline booking records, vCards,
payment instructions, network-ops tickets) in en, de, fr, es, it, nl, pt, pl and sv. Written before
reading ward's recognizers, to measure generalisation once more after the held-out corpus was used for
fixes. Deterministic (fixed seed).

    python3 benches/quality/gen_third.py [--samples 1500] [--seed 31337] [--out benches/quality/third.jsonl]

Same line format as corpus.jsonl (score.py scores it unchanged): {"id", "locale", "text", "gold": [{start,
end, entity, group, kind}], "lookalikes": [{start, end, kind}]}, offsets in code points. Shapes:
gen/third_templates.py; names, phones, addresses, dates, look-alikes: gen/third_values.py (own lexicons and
notations); checksum-valid identifiers and secret formats come from gen/values.py and gen/secrets.py
(standard algorithms). Ids are prefixed `t`.
"""

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen import checks, secrets, third_values as tv, values  # noqa: E402
from gen.output import write_corpus  # noqa: E402
from gen.third_templates import L, SHAPES, WEIGHTS  # noqa: E402

LOCALE_WEIGHT = {"en-US": 4, "en-GB": 3, "en-CA": 1, "en-AU": 1, "en-IN": 1, "en-SG": 1, "de-DE": 3, "fr-FR": 2,
                 "es-ES": 2, "it-IT": 2, "nl-NL": 2, "pt-BR": 2, "pl-PL": 2, "sv-SE": 1}
CHECKABLE = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "SWIFT_BIC", "ABA_ROUTING", "CRYPTO_WALLET", "IP_ADDRESS",
             "MAC_ADDRESS", "US_SSN", "US_ITIN", "UK_NINO", "UK_NHS", "CA_SIN", "ES_DNI", "ES_NIE", "IT_FISCAL_CODE",
             "FR_NIR", "DE_TAX_ID", "NL_BSN", "PL_PESEL", "SE_PERSONNUMMER", "IN_AADHAAR", "IN_PAN", "BR_CPF",
             "BR_CNPJ", "AU_TFN", "AU_MEDICARE", "SG_NRIC"}
SOFT = {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}
# Token-shaped secrets that appear in code and diffs (quoted or after `=`).
SECRET_KINDS = ["aws_access_key_id", "aws_secret_access_key", "github_classic", "github_fine_grained", "gitlab_pat",
                "stripe_secret", "openai_key", "anthropic_key", "google_api_key", "sendgrid_key", "npm_token",
                "huggingface_token", "slack_bot_token", "shopify_token", "digitalocean_token", "databricks_token",
                "docker_pat", "jwt", "twilio_api_key", "mailgun_key", "telegram_bot_token", "pypi_token"]
COUNTRY3 = {"US": "USA", "GB": "GBR", "CA": "CAN", "AU": "AUS", "IN": "IND", "SG": "SGP", "DE": "DEU", "FR": "FRA",
            "ES": "ESP", "IT": "ITA", "NL": "NLD", "BR": "BRA", "PL": "POL", "SE": "SWE"}


def group(entity):
    if entity == "SECRET":
        return "secret"
    return "checkable" if entity in CHECKABLE else "soft" if entity in SOFT else "context"


class Builder:
    """Accumulates a document's text with its gold spans and look-alike spans (code-point offsets)."""

    def __init__(self, r):
        self.r, self.text, self.gold, self.looks = r, "", [], []

    def t(self, s):
        self.text += s
        return self

    def g(self, value, entity, kind):
        start = len(self.text)
        self.text += value
        self.gold.append({"start": start, "end": len(self.text), "entity": entity, "group": group(entity), "kind": kind})
        return self

    def l(self, value, kind):  # noqa: E743 - a look-alike given by value
        start = len(self.text)
        self.text += value
        self.looks.append({"start": start, "end": len(self.text), "kind": kind})
        return self

    def look(self, kind):
        return self.l(tv.LOOK[kind](self.r), kind)


class Doc:
    """One document's value sources, for one locale."""

    def __init__(self, r, locale):
        self.r, self.locale = r, locale
        self.lang = locale.split("-")[0]
        self.lab = L[self.lang]
        self.domain = r.choice(["fabrikam.example", "contoso.example", "northwind.example", "litware.example"])

    def person(self):
        return tv.Person(self.r, self.lang)

    def work_email(self, p):
        return tv.work_email(self.r, p, self.domain)

    def phone(self):
        return tv.phone(self.r, self.locale)

    def address(self, oneline=True):
        return tv.address(self.r, self.locale, oneline)

    def dob(self, iso=False):
        if iso:
            return f"{self.r.randint(1941, 2006)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
        return tv.birth_date(self.r, self.locale)

    def natid(self):
        ent, gen = self.r.choice(tv.national_ids(self.locale))
        return ent, gen(self.r)

    def iban(self):
        return tv.iban(self.r, self.locale)

    def card(self):
        return tv.card(self.r)

    def bic(self):
        return values.swift_bic(self.r)

    def aba(self):
        return values.aba_routing(self.r)

    def ip(self):
        return values.ipv4(self.r) if self.r.random() < 0.75 else values.ipv6(self.r)

    def mac(self):
        return values.mac(self.r)

    def wallet(self):
        return values.btc_address(self.r) if self.r.random() < 0.5 else values.eth_address(self.r)

    def passport(self):
        return values.passport(self.r, self.locale)

    def country(self):
        return COUNTRY3[self.locale.split("-")[1]]

    def company(self):
        return tv.LOOK["company"](self.r)

    def product(self):
        return tv.LOOK["product"](self.r)

    def secret(self):
        kind = self.r.choice(SECRET_KINDS)
        return kind, secrets.GENERATORS[kind](self.r)[0][0]


def render(r, idx):
    locales = [loc for loc, w in LOCALE_WEIGHT.items() for _ in range(w)]
    locale = r.choice(locales)
    shape = r.choices(SHAPES, WEIGHTS)[0]
    b = Builder(r)
    shape(b, Doc(r, locale))
    return {"id": f"t{idx:05d}", "locale": locale, "text": b.text, "gold": b.gold, "lookalikes": b.looks}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=31337)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "third.jsonl"))
    args = ap.parse_args()
    checks.self_test()
    r = random.Random(args.seed)
    write_corpus([render(r, i) for i in range(args.samples)], args.out)


if __name__ == "__main__":
    main()
