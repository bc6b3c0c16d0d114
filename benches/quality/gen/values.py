"""Random but valid values for every checkable entity, in the notations people actually type.

Each generator takes a `random.Random` (and sometimes a country) and returns the value string. Formats
follow the issuing authority's published layout (card issuer ranges, ISO 13616 BBAN layouts, national ID
specifications); check digits come from `checks`.
"""

import string

from . import checks

D = string.digits
UP = string.ascii_uppercase


def digits(r, n, first=D):
    return r.choice(first) + "".join(r.choice(D) for _ in range(n - 1))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------- payment cards ----------------
# (issuer, prefixes, lengths, grouping)
ISSUERS = [
    ("visa", ["4"], [16], [4, 4, 4, 4]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2520", "2720"], [16], [4, 4, 4, 4]),
    ("amex", ["34", "37"], [15], [4, 6, 5]),
    ("discover", ["6011", "644", "649", "65"], [16], [4, 4, 4, 4]),
    ("jcb", ["3528", "3530", "3566", "3589"], [16], [4, 4, 4, 4]),
    ("diners", ["36", "300", "305", "38"], [14], [4, 6, 4]),
    ("maestro", ["6759", "5018", "5020", "6304"], [16, 19], [4, 4, 4, 4, 3]),
    ("unionpay", ["62"], [16, 19], [4, 4, 4, 4, 3]),
    ("mir", ["2200", "2204"], [16], [4, 4, 4, 4]),
    ("elo", ["636368", "504175", "438935"], [16], [4, 4, 4, 4]),
    ("rupay", ["6521", "6522", "508"], [16], [4, 4, 4, 4]),
]


def card_number(r, issuer=None):
    name, prefixes, lengths, sizes = issuer or r.choice(ISSUERS)
    prefix = r.choice(prefixes)
    n = r.choice(lengths)
    payload = prefix + "".join(r.choice(D) for _ in range(n - len(prefix) - 1))
    return payload + checks.luhn_check_digit(payload), sizes


def card(r):
    num, sizes = card_number(r)
    style = r.random()
    if style < 0.45:
        return group(num, sizes, " ")
    if style < 0.7:
        return group(num, sizes, "-")
    return num


def non_luhn_16(r):
    """A 16-digit number with a card-like prefix that fails Luhn (look-alike)."""
    num, _ = card_number(r, ISSUERS[0] if r.random() < 0.5 else ISSUERS[1])
    bad = str((int(num[-1]) + r.randint(1, 9)) % 10)
    return num[:-1] + bad


# ---------------- IBAN ----------------
# ISO 13616 registry layouts: n = digits, a = upper letters, c = alphanumeric.
BBAN = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "GB": "4a6n8n", "IE": "4a6n8n", "FR": "5n5n11n2n",
    "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "BE": "3n7n2n", "PL": "8n16n", "SE": "3n17n",
    "PT": "4n4n11n2n", "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n", "LU": "3n13n", "BR": "8n5n10n1a1c",
    "CZ": "4n6n10n", "GR": "3n4n16n",
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "WEST", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]


def bban(r, cc):
    spec, out, i = BBAN[cc], "", 0
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, kind = int(spec[i:j]), spec[j]
        alphabet = {"n": D, "a": UP, "c": UP + D}[kind]
        out += "".join(r.choice(alphabet) for _ in range(n))
        i = j + 1
    if cc == "NL":
        out = r.choice(NL_BANKS) + out[4:]
    elif cc == "GB":
        out = r.choice(GB_BANKS) + out[4:]
    elif cc == "IE":
        out = r.choice(IE_BANKS) + out[4:]
    elif cc == "BE":
        n = int(out[:10]) % 97 or 97
        out = out[:10] + f"{n:02d}"
    elif cc == "FR":
        bank, branch, acct = int(out[:5]), int(out[5:10]), int(out[10:21])
        key = 97 - (89 * bank + 15 * branch + 3 * acct) % 97
        out = out[:21] + f"{key:02d}"
    return out


def iban_compact(r, cc):
    b = bban(r, cc)
    return cc + checks.iban_check_digits(cc, b) + b


def iban(r, cc):
    s = iban_compact(r, cc)
    return group(s, [4] * 9) if r.random() < 0.6 else s


def iban_bad_check(r, cc):
    s = iban_compact(r, cc)
    wrong = f"{(int(s[2:4]) + r.randint(1, 40)) % 97 + 2:02d}"
    s = s[:2] + wrong + s[4:]
    if checks.iban_ok(s):
        s = s[:2] + f"{(int(wrong) + 1) % 97 + 2:02d}" + s[4:]
    return group(s, [4] * 9) if r.random() < 0.6 else s


# ---------------- government IDs ----------------

def us_ssn(r, sep="-"):
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def us_itin(r):
    mid = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{r.randint(0, 99):02d}-{mid:02d}-{r.randint(0, 9999):04d}"


def aba_routing(r):
    while True:
        first = r.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
        p = f"{first:02d}" + digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(d) * x for d, x in zip(p, w)) % 10) % 10
        return p + str(c)


def uk_nino(r):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    num = digits(r, 6)
    suf = r.choice("ABCD")
    if r.random() < 0.5:
        return f"{pre} {num[:2]} {num[2:4]} {num[4:]} {suf}"
    return pre + num + suf


def uk_nhs(r):
    while True:
        p = digits(r, 9, "4679")
        c = 11 - checks.weighted_mod(p, range(10, 1, -1), 11)
        if c == 10:
            continue
        n = p + str(0 if c == 11 else c)
        style = r.random()
        return group(n, [3, 3, 4], " ") if style < 0.6 else (group(n, [3, 3, 4], "-") if style < 0.75 else n)


def ca_sin(r):
    p = digits(r, 8, "1234567")
    n = p + checks.luhn_check_digit(p)
    return group(n, [3, 3, 3], r.choice([" ", " ", "-"])) if r.random() < 0.8 else n


def es_dni(r):
    n = r.randint(10000000, 99999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    return f"{n}{'-' if r.random() < 0.2 else ''}{letter}"


def es_nie(r):
    pre = r.choice("XYZ")
    n = r.randint(0, 9999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(pre).__str__() + f"{n:07d}") % 23]
    sep = "-" if r.random() < 0.2 else ""
    return f"{pre}{sep}{n:07d}{sep}{letter}"


IT_SURNAMES = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
               "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
               "Lombardi", "Moretti"]
IT_MALE = ["Marco", "Giuseppe", "Luca", "Alessandro", "Francesco", "Matteo", "Lorenzo", "Andrea", "Davide"]
IT_FEMALE = ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elena", "Anna"]
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351", "L424"]


def _cf_part(word, is_name):
    w = "".join(c for c in word.upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def it_fiscal_code(r):
    female = r.random() < 0.5
    name = r.choice(IT_FEMALE if female else IT_MALE)
    surname = r.choice(IT_SURNAMES)
    year, month, day = r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)
    code = (_cf_part(surname, False) + _cf_part(name, True) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1]
            + f"{day + (40 if female else 0):02d}" + r.choice(BELFIORE))
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                    8, 12, 14, 16, 10, 22, 25, 24, 23]))
    total = 0
    for i, c in enumerate(code):
        total += odd[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return code + chr(65 + total % 26)


def fr_nir(r):
    while True:
        dept = r.choice([f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"])
        body = (f"{r.choice('12')}{r.randint(40, 99) if r.random() < 0.8 else r.randint(0, 5):02d}"
                f"{r.randint(1, 12):02d}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}")
        num = int(body.replace("2A", "19").replace("2B", "18"))
        key = 97 - num % 97
        n = body + f"{key:02d}"
        if r.random() < 0.6:
            return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        return n


def de_tax_id(r):
    while True:
        ds = r.sample(D, 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        p = "".join(ds)
        if p[0] != "0":
            break
    n = p + checks.iso7064_mod11_10(p)
    return group(n, [2, 3, 3, 3], " ") if r.random() < 0.4 else n


def nl_bsn(r):
    while True:
        p = digits(r, 8, "123456789")
        s = sum(int(c) * w for c, w in zip(p, range(9, 1, -1))) % 11
        if s < 10:
            n = p + str(s)
            return f"{n[:4]}.{n[4:6]}.{n[6:]}" if r.random() < 0.2 else n


def pl_pesel(r):
    y, m, d = r.randint(1940, 2009), r.randint(1, 12), r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    p = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(r, 4)
    c = (10 - checks.weighted_mod(p, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], 10)) % 10
    return p + str(c)


def se_personnummer(r):
    y, m, d = r.randint(1940, 2008), r.randint(1, 12), r.randint(1, 28)
    p = f"{y % 100:02d}{m:02d}{d:02d}" + digits(r, 3)
    n = p + checks.luhn_check_digit(p)
    style = r.random()
    if style < 0.6:
        return f"{n[:6]}-{n[6:]}"
    if style < 0.85:
        return f"{y // 100}{n[:6]}-{n[6:]}"
    return f"{y // 100}{n}"


def in_aadhaar(r):
    p = digits(r, 11, "23456789")
    n = p + checks.verhoeff_check_digit(p)
    style = r.random()
    return group(n, [4, 4, 4], " ") if style < 0.65 else (group(n, [4, 4, 4], "-") if style < 0.75 else n)


def in_pan(r):
    return ("".join(r.choice(UP) for _ in range(3)) + r.choice("PPPPPPCHFAT") + r.choice(UP)
            + digits(r, 4) + r.choice(UP))


def br_cpf(r):
    p = digits(r, 9)
    d1 = sum(int(c) * w for c, w in zip(p, range(10, 1, -1))) * 10 % 11 % 10
    p += str(d1)
    d2 = sum(int(c) * w for c, w in zip(p, range(11, 1, -1))) * 10 % 11 % 10
    n = p + str(d2)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if r.random() < 0.75 else n


def br_cnpj(r):
    p = digits(r, 8) + "0001"
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(int(c) * x for c, x in zip(p, w)) % 11
        p += "0" if s < 2 else str(11 - s)
    return f"{p[:2]}.{p[2:5]}.{p[5:8]}/{p[8:12]}-{p[12:]}" if r.random() < 0.8 else p


def au_tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        p = digits(r, 8)
        s = sum(int(c) * x for c, x in zip(p, w))
        for last in range(10):
            if (s + 10 * last) % 11 == 0:
                n = p + str(last)
                return group(n, [3, 3, 3], " ") if r.random() < 0.7 else n


def au_medicare(r):
    p = digits(r, 8, "23456")
    c = checks.weighted_mod(p, [1, 3, 7, 9, 1, 3, 7, 9], 10)
    n = p + str(c) + str(r.randint(1, 9))
    return f"{n[:4]} {n[4:9]} {n[9]}" if r.random() < 0.7 else n


def sg_nric(r):
    pre = r.choice("STFG")
    p = digits(r, 7)
    s = checks.weighted_mod(p, [2, 7, 6, 5, 4, 3, 2], 10 ** 9) + (4 if pre in "TG" else 0)
    table = "JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK"
    return pre + p + table[s % 11]


PASSPORTS = {
    "en-US": lambda r: digits(r, 9, "123456789") if r.random() < 0.6 else r.choice("ACDEFGHJKL") + digits(r, 8),
    "en-GB": lambda r: digits(r, 9, "123456789"),
    "de-DE": lambda r: r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "fr-FR": lambda r: digits(r, 2) + "".join(r.choice(UP) for _ in range(2)) + digits(r, 5),
    "es-ES": lambda r: "".join(r.choice(UP) for _ in range(3)) + digits(r, 6),
    "it-IT": lambda r: "".join(r.choice(UP) for _ in range(2)) + digits(r, 7),
    "en-IN": lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7, "123456789"),
    "nl-NL": lambda r: "".join(r.choice(UP) for _ in range(2)) + "".join(r.choice(UP + D) for _ in range(6)) + r.choice(D),
    "pl-PL": lambda r: "".join(r.choice(UP) for _ in range(2)) + digits(r, 7),
    "pt-BR": lambda r: "".join(r.choice(UP) for _ in range(2)) + digits(r, 6),
    "en-AU": lambda r: r.choice("NPR") + r.choice(UP) + digits(r, 7),
}


def passport(r, locale):
    return PASSPORTS.get(locale, PASSPORTS["en-US"])(r)


BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "BARCGB22", "INGBNL2A", "RABONL2U", "CHASUS33", "BOFAUS3N",
        "UNCRITMM", "BSCHESMM", "CAIXESBBXXX", "NDEASESS", "PKOPPLPW", "ITAUBRSP", "SBININBB", "ANZBAU3M",
        "DBSSSGSG", "HSBCHKHH", "UBSWCHZH80A", "GENODEF1M04", "SOGEFRPP", "ABNANL2A", "HANDSESS", "BCITITMM"]


def swift_bic(r):
    return r.choice(BICS)


# ---------------- crypto ----------------

def btc_address(r):
    kind = r.random()
    payload = bytes(r.getrandbits(8) for _ in range(20))
    if kind < 0.3:
        return checks.base58check(b"\x00", payload)
    if kind < 0.5:
        return checks.base58check(b"\x05", payload)
    if kind < 0.8:
        return checks.segwit_address("bc", 0, payload)
    return checks.segwit_address("bc", 1, bytes(r.getrandbits(8) for _ in range(32)))


def eth_address(r):
    h = "".join(r.choice("0123456789abcdef") for _ in range(40))
    return checks.eip55(h) if r.random() < 0.65 else "0x" + h


# ---------------- network ----------------

def ipv4(r):
    kind = r.random()
    if kind < 0.35:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.55:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 0):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    groups = [f"{r.getrandbits(16):x}" for _ in range(8)]
    groups[0] = r.choice(["2001", "2a02", "2600", "2a00", "fe80", "2406", "fd12"])
    style = r.random()
    if style < 0.4:
        return ":".join(groups)
    if style < 0.8:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return groups[0] + "::" + groups[7]


def mac(r):
    b = [r.getrandbits(8) for _ in range(6)]
    b[0] &= 0xFC
    style = r.random()
    if style < 0.5:
        return ":".join(f"{x:02x}" for x in b) if r.random() < 0.5 else ":".join(f"{x:02X}" for x in b)
    if style < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"
