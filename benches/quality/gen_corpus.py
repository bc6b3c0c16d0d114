#!/usr/bin/env python3
"""Generate the labeled redaction corpus: chat-like texts in 17 locales with gold spans for every entity
ward claims and spans of look-alikes that must survive. Deterministic (fixed seed), Python stdlib only.

    python3 benches/quality/gen_corpus.py [--samples 5000] [--seed 20261127] [--out benches/quality/corpus.jsonl]

Each output line: {"id", "locale", "text", "gold": [{start, end, entity, group, kind}],
"lookalikes": [{start, end, kind}]}; offsets are Python string indices (Unicode code points) into
"text". Groups: "checkable" (a check digit, checksum or structural validator exists), "context" (no
check: passport numbers), "soft" (names, addresses, dates of birth) and "secret".

Values come from the real algorithms in gen/checks.py and real-world notations in gen/values.py,
gen/people.py and gen/secrets.py; sentences from gen/templates.py. The generator never imports or reads
ward, so the corpus is not shaped around its patterns.
"""

import argparse
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen.output import write_corpus  # noqa: E402
from gen import checks, lookalikes, people, secrets, values  # noqa: E402
from gen.templates import FILLER_CLOSE, FILLER_OPEN, L, S, SECRET_LEAD, T, pick  # noqa: E402

LOCALES = {  # locale -> (language, country)
    "en-US": ("en", "US"), "en-GB": ("en", "GB"), "en-CA": ("en", "CA"), "fr-CA": ("fr", "CA"),
    "en-IN": ("en", "IN"), "en-AU": ("en", "AU"), "en-SG": ("en", "SG"), "de-DE": ("de", "DE"),
    "de-AT": ("de", "AT"), "de-CH": ("de", "CH"), "fr-FR": ("fr", "FR"), "es-ES": ("es", "ES"),
    "it-IT": ("it", "IT"), "nl-NL": ("nl", "NL"), "pl-PL": ("pl", "PL"), "sv-SE": ("sv", "SE"),
    "pt-BR": ("pt", "BR"),
}
ALL = list(LOCALES)
IBAN_OF = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL",
           "SE": "SE", "GB": "GB", "BR": "BR"}


def _phone(r, loc):
    country = LOCALES[loc][1]
    if r.random() < 0.75:
        intl = r.random() < 0.35
        return people.phone(r, country, intl), f"{country}-{'intl' if intl else 'national'}"
    cc = r.choice(sorted(people.PHONES))
    return people.phone(r, cc, True), f"{cc}-intl"


def _iban(r, loc):
    cc = IBAN_OF.get(LOCALES[loc][1]) or r.choice(sorted(values.BBAN))
    v = values.iban(r, cc)
    return v, f"{cc}-{'grouped' if ' ' in v else 'compact'}"


def _card(r, loc):
    issuer = r.choice(values.ISSUERS)
    num, sizes = values.card_number(r, issuer)
    style = r.random()
    v = values.group(num, sizes, " ") if style < 0.45 else values.group(num, sizes, "-") if style < 0.7 else num
    return v, issuer[0]


def _crypto(r, loc):
    if r.random() < 0.55:
        v = values.btc_address(r)
        kind = "btc-bech32" if v.startswith("bc1q") else "btc-taproot" if v.startswith("bc1p") else "btc-base58"
        return v, kind
    v = values.eth_address(r)
    return v, "eth-checksummed" if v != v.lower() else "eth-lowercase"


def _ip(r, loc):
    return (values.ipv4(r), "ipv4") if r.random() < 0.7 else (values.ipv6(r), "ipv6")


def _email(r, loc):
    lang = LOCALES[loc][0]
    given, family = people.name_lexicon(loc)
    g = r.choice(given).split()[0]
    f = r.choice(family).replace(" ", "")
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{r.randint(1, 99)}", f"{g}.{f}+{r.choice(['invoices', 'news', 'shop'])}",
                      f"{g}_{f}"]).lower()
    local = ascii_fold(local)
    domain = r.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "mail.example.co.uk",
                       {"de": "web.de", "fr": "orange.fr", "es": "telefonica.es", "it": "libero.it", "nl": "ziggo.nl",
                        "pl": "wp.pl", "sv": "telia.se", "pt": "uol.com.br"}.get(lang, "company.com"),
                       "eng.acme-corp.io", "students.uni-heidelberg.de"])
    kind = "plain"
    if r.random() < 0.06:
        domain, kind = r.choice(["müller.de", "bücher.example", "café.fr"]), "idn"
    v = f"{local}@{domain}"
    if r.random() < 0.08:
        v, kind = v.upper(), "upper"
    return v, kind


def ascii_fold(s):
    """ASCII local part of an e-mail address made from a name (ü -> u, ł -> l), as providers require."""
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ø", "o"))
    return "".join(c for c in s if c.isascii() and not unicodedata.combining(c)).replace(" ", "")


def shape(v):
    """The notation of a value, for failure analysis: digits -> 9, letters -> A/a (`999999-9999`)."""
    return "".join("9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c for c in v)


def w(gen):
    """Adapt a value generator `gen(r)` to the `(r, locale) -> (value, kind)` shape; kind = notation."""
    def f(r, loc):
        v = gen(r)
        return v, shape(v)
    return f


# entity -> (group, locales, generator(r, locale) -> (value, kind))
ENTITIES = {
    "EMAIL": ("checkable", ALL, _email),
    "PHONE": ("checkable", ALL, _phone),
    "CREDIT_CARD": ("checkable", ALL, _card),
    "IBAN": ("checkable", ALL, _iban),
    "SWIFT_BIC": ("checkable", ALL, w(values.swift_bic)),
    "ABA_ROUTING": ("checkable", ["en-US"], w(values.aba_routing)),
    "CRYPTO_WALLET": ("checkable", ALL, _crypto),
    "IP_ADDRESS": ("checkable", ALL, _ip),
    "MAC_ADDRESS": ("checkable", ALL, w(values.mac)),
    "US_SSN": ("checkable", ["en-US"], lambda r, loc: (lambda v: (v, shape(v)))(values.us_ssn(r, r.choice(["-", "-", "-", " ", ""])))),
    "US_ITIN": ("checkable", ["en-US"], w(values.us_itin)),
    "UK_NINO": ("checkable", ["en-GB"], w(values.uk_nino)),
    "UK_NHS": ("checkable", ["en-GB"], w(values.uk_nhs)),
    "CA_SIN": ("checkable", ["en-CA", "fr-CA"], w(values.ca_sin)),
    "ES_DNI": ("checkable", ["es-ES"], w(values.es_dni)),
    "ES_NIE": ("checkable", ["es-ES"], w(values.es_nie)),
    "IT_FISCAL_CODE": ("checkable", ["it-IT"], w(values.it_fiscal_code)),
    "FR_NIR": ("checkable", ["fr-FR"], w(values.fr_nir)),
    "DE_TAX_ID": ("checkable", ["de-DE"], w(values.de_tax_id)),
    "NL_BSN": ("checkable", ["nl-NL"], w(values.nl_bsn)),
    "PL_PESEL": ("checkable", ["pl-PL"], w(values.pl_pesel)),
    "SE_PERSONNUMMER": ("checkable", ["sv-SE"], w(values.se_personnummer)),
    "IN_AADHAAR": ("checkable", ["en-IN"], w(values.in_aadhaar)),
    "IN_PAN": ("checkable", ["en-IN"], w(values.in_pan)),
    "BR_CPF": ("checkable", ["pt-BR"], w(values.br_cpf)),
    "BR_CNPJ": ("checkable", ["pt-BR"], w(values.br_cnpj)),
    "AU_TFN": ("checkable", ["en-AU"], w(values.au_tfn)),
    "AU_MEDICARE": ("checkable", ["en-AU"], w(values.au_medicare)),
    "SG_NRIC": ("checkable", ["en-SG"], w(values.sg_nric)),
    "PASSPORT": ("context", [loc for loc in ALL if loc in values.PASSPORTS],
                 lambda r, loc: (values.passport(r, loc), loc)),
    "PERSON": ("soft", ALL, lambda r, loc: (people.person(r, loc), LOCALES[loc][0])),
    "ADDRESS": ("soft", ALL, lambda r, loc: (people.address(r, loc), loc)),
    "DATE_OF_BIRTH": ("soft", ALL, lambda r, loc: (people.birth_date(r, loc), LOCALES[loc][0])),
}
# Sampling weights of primary items (more for the types with many notations).
# National IDs get 4 (about 80 values each in 5,000 samples); look-alikes 4 per kind; secrets 1 per format.
WEIGHTS = {"PHONE": 8, "EMAIL": 4, "CREDIT_CARD": 6, "IBAN": 6, "CRYPTO_WALLET": 4, "IP_ADDRESS": 4, "MAC_ADDRESS": 3,
           "SWIFT_BIC": 3, "PASSPORT": 4, "PERSON": 10, "ADDRESS": 8, "DATE_OF_BIRTH": 6}
GREETINGS = ("Dear ", "Hi", "Hallo", "Bonjour", "Hola", "Ciao", "Beste", "Hej", "Olá")


def fill(template, value_pieces):
    """Split `template` at `{v}`, unescape `{{`/`}}`, and return pieces with the value inserted."""
    before, _, after = template.partition("{v}")
    un = lambda s: s.replace("{{", "{").replace("}}", "}")
    return [(un(before), None)] + value_pieces + [(un(after), None)]


def entity_item(r, entity, loc):
    group, _, gen = ENTITIES[entity]
    lang = LOCALES[loc][0]
    template = pick(T, entity, lang, r)
    value, kind = gen(r, loc)
    if entity == "PERSON" and template.startswith(GREETINGS) and r.random() < 0.4:
        value = people.given_name(r, loc)
    return fill(template, [(value, ("gold", entity, group, kind))])


def secret_item(r, kind, loc):
    lang = LOCALES[loc][0]
    pieces = [(t, ("gold", "SECRET", "secret", k) if k else None) for t, k in secrets.GENERATORS[kind](r)]
    lead = r.choice(SECRET_LEAD.get(lang, SECRET_LEAD["en"]))
    body = fill(r.choice(S[kind]), pieces)
    return ([(lead + "\n", None)] if lead else []) + body


def lookalike_item(r, kind, loc):
    lang = LOCALES[loc][0]
    v = lookalikes.GENERATORS[kind](r)
    return fill(pick(L, kind, lang, r), [(v, ("look", kind))])


def schedule(r):
    items = []
    for e in ENTITIES:
        items += [("entity", e)] * WEIGHTS.get(e, 4)
    items += [("secret", k) for k in secrets.GENERATORS]
    items += [("look", k) for k in lookalikes.GENERATORS] * 4
    r.shuffle(items)
    return items


def make_item(r, item, loc):
    kind, key = item
    if kind == "entity":
        return entity_item(r, key, loc)
    if kind == "secret":
        return secret_item(r, key, loc)
    return lookalike_item(r, key, loc)


def compatible(item, loc):
    return item[0] != "entity" or loc in ENTITIES[item[1]][1]


def sample(r, idx, primary, pool):
    locs = ENTITIES[primary[1]][1] if primary[0] == "entity" else ALL
    loc = r.choice(locs)
    lang = LOCALES[loc][0]
    items = [primary]
    for p in (0.55, 0.25):
        if r.random() < p:
            extra = r.choice(pool)
            while not compatible(extra, loc):
                extra = r.choice(pool)
            items.append(extra)
    r.shuffle(items)
    pieces = []
    opening = r.choice(FILLER_OPEN[lang])
    if opening:
        pieces.append((opening + r.choice([" ", "\n"]), None))
    for i, it in enumerate(items):
        if i:
            pieces.append((r.choice([" ", "\n", "\n\n"]), None))
        pieces += make_item(r, it, loc)
    closing = r.choice(FILLER_CLOSE[lang])
    if closing:
        pieces.append((r.choice([" ", "\n"]) + closing, None))
    text, gold, looks = "", [], []
    for t, label in pieces:
        start = len(text)
        text += t
        if label and label[0] == "gold":
            gold.append({"start": start, "end": len(text), "entity": label[1], "group": label[2], "kind": label[3]})
        elif label:
            looks.append({"start": start, "end": len(text), "kind": label[1]})
    return {"id": f"s{idx:05d}", "locale": loc, "text": text, "gold": gold, "lookalikes": looks}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "corpus.jsonl"))
    args = ap.parse_args()
    checks.self_test()
    r = random.Random(args.seed)
    pool = schedule(r)
    write_corpus([sample(r, i, pool[i % len(pool)], pool) for i in range(args.samples)], args.out)


if __name__ == "__main__":
    main()
