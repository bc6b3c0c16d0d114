"""Locale-specific contact and soft values: phone numbers per country, person names, street addresses
and dates of birth, in each country's own notation (national and international for phones)."""

import string

D = string.digits


def dd(r, n, first=D):
    return r.choice(first) + "".join(r.choice(D) for _ in range(n - 1))


# ---------------- phones: country -> (national(r), international(r)) ----------------

def _nanp(r, areas):
    a = r.choice(areas)
    ex = r.choice("23456789") + r.choice("0123456789") + r.choice("0123456789")
    while ex[1:] == "11" or ex == "555":
        ex = r.choice("23456789") + dd(r, 2)
    sub = dd(r, 4)
    nat = r.choice([f"({a}) {ex}-{sub}", f"{a}-{ex}-{sub}", f"{a}.{ex}.{sub}", f"({a}) {ex} {sub}"])
    intl = r.choice([f"+1 {a} {ex} {sub}", f"+1 ({a}) {ex}-{sub}", f"+1-{a}-{ex}-{sub}", f"+1{a}{ex}{sub}"])
    return nat, intl


US_AREAS = ["201", "212", "305", "312", "404", "415", "503", "512", "617", "646", "702", "713", "718", "808", "917"]
CA_AREAS = ["416", "604", "514", "403", "613", "905", "780", "902"]


def phone(r, cc, intl=None):
    """One phone number of country `cc`; `intl` forces international (True) or national (False)."""
    nat, inter = PHONES[cc](r)
    if intl is None:
        intl = r.random() < 0.4
    return inter if intl else nat


def _gb(r):
    if r.random() < 0.6:
        n = "7" + r.choice("456789") + dd(r, 2) + dd(r, 6)
        return f"0{n[:4]} {n[4:]}", r.choice([f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"+44{n}"])
    n = "20" + r.choice("378") + dd(r, 7)
    return f"0{n[:2]} {n[2:6]} {n[6:]}", r.choice([f"+44 {n[:2]} {n[2:6]} {n[6:]}", f"+44 (0){n[:2]} {n[2:6]} {n[6:]}"])


def _de(r):
    if r.random() < 0.55:
        pre = r.choice(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
        sub = dd(r, r.choice([7, 8]), "123456789")
        return (r.choice([f"0{pre} {sub}", f"0{pre}-{sub}", f"0{pre}/{sub}"]),
                r.choice([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"+49{pre}{sub}"]))
    area, n = r.choice([("30", 8), ("89", 7), ("40", 8), ("69", 8), ("221", 7), ("711", 7)])
    sub = dd(r, n, "23456789")
    return r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area}-{sub}"]), f"+49 {area} {sub}"


def _fr(r):
    first = r.choice("67" if r.random() < 0.6 else "12345")
    s = first + dd(r, 8)
    pairs = " ".join(s[i:i + 2] for i in range(1, 9, 2))
    return (r.choice([f"0{s[0]} {pairs}", f"0{s[0]}.{pairs.replace(' ', '.')}", f"0{s}"]),
            r.choice([f"+33 {s[0]} {pairs}", f"+33 (0){s[0]} {pairs}", f"+33{s}"]))


def _es(r):
    s = r.choice("67") + dd(r, 8) if r.random() < 0.6 else "91" + dd(r, 7)
    return (r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}"]),
            r.choice([f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"+34{s}"]))


def _it(r):
    if r.random() < 0.6:
        s = r.choice(["320", "328", "333", "338", "340", "347", "349", "366", "389", "393"]) + dd(r, 7)
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]} {s[3:]}"]), f"+39 {s[:3]} {s[3:6]} {s[6:]}"
    s = r.choice(["06", "02", "011", "055", "081"]) + dd(r, 7, "2345678")
    k = 2 if s[1] in "26" else 3
    return f"{s[:k]} {s[k:k + 4]} {s[k + 4:]}", f"+39 {s[:k]} {s[k:k + 4]} {s[k + 4:]}"


def _nl(r):
    if r.random() < 0.6:
        s = dd(r, 8, "123456789")
        return r.choice([f"06 {s}", f"06-{s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"]), r.choice([f"+31 6 {s}", f"+31 (0)6 {s}", f"+316{s}"])
    s = dd(r, 7, "2345678")
    area = r.choice(["20", "10", "70", "30"])
    return r.choice([f"0{area} {s[:3]} {s[3:]}", f"0{area}-{s}"]), f"+31 {area} {s[:3]} {s[3:]}"


def _pl(r):
    if r.random() < 0.65:
        s = r.choice("5678") + dd(r, 8)
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"]), f"+48 {s[:3]} {s[3:6]} {s[6:]}"
    s = r.choice(["22", "12", "61", "71", "58"]) + dd(r, 7, "2345678")
    return f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"+48 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}"


def _se(r):
    if r.random() < 0.65:
        s = "7" + r.choice("02369") + dd(r, 7)
        return r.choice([f"0{s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}", f"0{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"0{s}"]), f"+46 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}"
    s = "8" + dd(r, 8, "123456789")
    return f"08-{s[1:4]} {s[4:7]} {s[7:]}", f"+46 8 {s[1:4]} {s[4:7]} {s[7:]}"


def _br(r):
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
    if r.random() < 0.65:
        s = "9" + dd(r, 8, "6789") if True else ""
        return r.choice([f"({ddd}) {s[:5]}-{s[5:]}", f"{ddd} {s[:5]}-{s[5:]}", f"({ddd}) {s[:5]} {s[5:]}"]), r.choice([f"+55 {ddd} {s[:5]}-{s[5:]}", f"+55 ({ddd}) {s[:5]}-{s[5:]}"])
    s = dd(r, 8, "2345")
    return f"({ddd}) {s[:4]}-{s[4:]}", f"+55 {ddd} {s[:4]}-{s[4:]}"


def _in(r):
    if r.random() < 0.7:
        s = dd(r, 10, "6789")
        return r.choice([f"{s[:5]} {s[5:]}", s, f"0{s}"]), r.choice([f"+91 {s[:5]} {s[5:]}", f"+91-{s}", f"+91 {s}"])
    std, n = r.choice([("22", 8), ("11", 8), ("80", 8), ("44", 8), ("40", 8), ("33", 8)])
    s = dd(r, n, "2345678")
    return r.choice([f"0{std} {s[:4]} {s[4:]}", f"0{std}-{s}"]), f"+91 {std} {s[:4]} {s[4:]}"


def _au(r):
    if r.random() < 0.6:
        s = "4" + dd(r, 8)
        return r.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}"]), f"+61 {s[:3]} {s[3:6]} {s[6:]}"
    s = r.choice("2378") + dd(r, 8, "3456789")
    return r.choice([f"(0{s[0]}) {s[1:5]} {s[5:]}", f"0{s[0]} {s[1:5]} {s[5:]}"]), f"+61 {s[0]} {s[1:5]} {s[5:]}"


def _sg(r):
    s = r.choice("869") + dd(r, 7)
    return f"{s[:4]} {s[4:]}", r.choice([f"+65 {s[:4]} {s[4:]}", f"+65{s}", f"(+65) {s[:4]} {s[4:]}"])


def _simple(cc_code, fmt_nat, fmt_int, gen):
    def f(r):
        s = gen(r)
        return fmt_nat(s), fmt_int(s)
    return f


PHONES = {
    "US": lambda r: _nanp(r, US_AREAS), "CA": lambda r: _nanp(r, CA_AREAS), "GB": _gb, "DE": _de, "FR": _fr,
    "ES": _es, "IT": _it, "NL": _nl, "PL": _pl, "SE": _se, "BR": _br, "IN": _in, "AU": _au, "SG": _sg,
    "AT": _simple("43", lambda s: f"0{s[:3]} {s[3:]}", lambda s: f"+43 {s[:3]} {s[3:]}", lambda r: r.choice(["664", "676", "699", "650"]) + dd(r, 7, "123456789")),
    "CH": _simple("41", lambda s: f"0{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", lambda s: f"+41 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", lambda r: r.choice(["79", "78", "76", "44", "31"]) + dd(r, 7, "2345678")),
    "BE": _simple("32", lambda s: f"0{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", lambda s: f"+32 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", lambda r: r.choice(["470", "475", "486", "497"]) + dd(r, 6)),
    "IE": _simple("353", lambda s: f"0{s[:2]} {s[2:5]} {s[5:]}", lambda s: f"+353 {s[:2]} {s[2:5]} {s[5:]}", lambda r: r.choice(["83", "85", "86", "87", "89"]) + dd(r, 7, "123456789")),
    "PT": _simple("351", lambda s: f"{s[:3]} {s[3:6]} {s[6:]}", lambda s: f"+351 {s[:3]} {s[3:6]} {s[6:]}", lambda r: r.choice(["91", "92", "93", "96"]) + dd(r, 7)),
    "MX": _simple("52", lambda s: f"{s[:2]} {s[2:6]} {s[6:]}", lambda s: f"+52 {s[:2]} {s[2:6]} {s[6:]}", lambda r: r.choice(["55", "33", "81"]) + dd(r, 8, "123456789")),
    "JP": _simple("81", lambda s: f"0{s[:2]}-{s[2:6]}-{s[6:]}", lambda s: f"+81 {s[:2]}-{s[2:6]}-{s[6:]}", lambda r: r.choice(["90", "80", "70"]) + dd(r, 8, "123456789")),
    "ZA": _simple("27", lambda s: f"0{s[:2]} {s[2:5]} {s[5:]}", lambda s: f"+27 {s[:2]} {s[2:5]} {s[5:]}", lambda r: r.choice(["82", "83", "72", "71", "84"]) + dd(r, 7, "123456789")),
    "NZ": _simple("64", lambda s: f"0{s[:2]} {s[2:5]} {s[5:]}", lambda s: f"+64 {s[:2]} {s[2:5]} {s[5:]}", lambda r: r.choice(["21", "22", "27"]) + dd(r, 7, "123456789")),
}

# ---------------- names ----------------
NAMES = {
    "en": (["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Olivia", "Ryan", "Hannah", "Chris",
            "Megan", "Thomas", "Laura", "Kevin", "Rachel", "Brian", "Amanda", "Jason", "Nicole"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson",
            "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Marie", "Paul", "Katharina", "Jürgen",
            "Sabine", "Stefan", "Ursula", "Tobias", "Jana"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Léa", "Lucas", "Manon", "Julien", "Élodie", "Nicolas", "Mathilde",
            "Antoine", "Céline", "Théo"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Lefèvre", "Fontaine", "Girard", "Rousseau"]),
    "es": (["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Alejandro", "Carmen", "Javier", "Elena", "Diego", "Marta",
            "Álvaro"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Ruiz", "Hernández", "Jiménez"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide",
            "Valentina", "Lorenzo"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Ruben", "Anouk"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder"]),
    "pl": (["Jakub", "Zuzanna", "Kacper", "Julia", "Łukasz", "Małgorzata", "Piotr", "Katarzyna", "Michał",
            "Agnieszka", "Tomasz", "Magdalena"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]),
    "sv": (["Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Sara", "Oskar", "Elin", "Björn", "Ingrid"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Lindqvist", "Björk"]),
    "pt": (["João", "Maria", "Pedro", "Ana", "Lucas", "Juliana", "Gabriel", "Fernanda", "Rafael", "Camila",
            "Thiago", "Beatriz"],
           ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
            "Nascimento", "Carvalho"]),
    "en-IN": (["Rahul", "Priya", "Amit", "Anjali", "Vikram", "Sneha", "Arjun", "Kavya", "Rohan", "Deepika",
               "Sanjay", "Pooja"],
              ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Joshi", "Rao",
               "Chatterjee"]),
    "en-SG": (["Wei Ming", "Hui Ling", "Jun Jie", "Xin Yi", "Muhammad", "Nur Aisyah", "Rajesh", "Siti", "Kai Wen",
               "Mei Ling"],
              ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo"]),
}


def name_lexicon(locale):
    lang = locale.split("-")[0]
    if locale in NAMES:
        return NAMES[locale]
    return NAMES.get(lang, NAMES["en"])


def person(r, locale):
    given, family = name_lexicon(locale)
    g, f = r.choice(given), r.choice(family)
    if locale == "en-SG" and r.random() < 0.6:
        return f"{f} {g}"
    if locale == "pt-BR" and r.random() < 0.4:
        return f"{g} {r.choice(family)} {f}"
    return f"{g} {f}"


def given_name(r, locale):
    return r.choice(name_lexicon(locale)[0])


# ---------------- addresses ----------------

def address(r, locale):
    n = r.randint(1, 250)
    c = r.choice
    if locale in ("en-US",):
        st = c(["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park"])
        typ = c(["Street", "St", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Rd", "Drive", "Dr", "Lane"])
        city, state, z = c([("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Seattle", "WA", "98101"),
                            ("Denver", "CO", "80202"), ("Portland", "OR", "97205"), ("Brooklyn", "NY", "11201")])
        apt = c(["", "", f", Apt {r.randint(1, 40)}{c('ABCD')}", f" Suite {r.randint(100, 999)}"])
        return f"{r.randint(10, 9999)} {st} {typ}{apt}, {city}, {state} {z}"
    if locale == "en-CA":
        return c([f"{r.randint(10, 999)} Bay Street, Toronto, ON M5H 2S6", f"{r.randint(10, 999)} Rue Sainte-Catherine Ouest, Montréal, QC H3B 1A7",
                  f"{r.randint(100, 999)} Granville Street, Vancouver, BC V6C 1T2"])
    if locale == "en-GB":
        st = c(["Baker Street", "High Street", "Church Road", "Victoria Road", "Station Road", "Park Lane", "Mill Lane", "Queen's Road"])
        return f"{n} {st}, {c(['London NW1 6XE', 'Manchester M1 1AE', 'Bristol BS1 4DJ', 'Leeds LS1 4AP', 'London SW1A 2AA', 'Edinburgh EH1 1YZ'])}"
    if locale == "en-AU":
        return f"{n} {c(['George Street', 'Collins Street', 'Queen Street', 'Hay Street'])}, {c(['Sydney NSW 2000', 'Melbourne VIC 3000', 'Brisbane QLD 4000', 'Perth WA 6000'])}"
    if locale == "en-IN":
        return c([f"Flat {r.randint(1, 999)}, {c(['Shanti Apartments', 'Green Park Residency'])}, MG Road, Bengaluru 560001",
                  f"{n}, Linking Road, Bandra West, Mumbai 400050", f"House No. {n}, Sector {r.randint(1, 56)}, Gurugram, Haryana 122001"])
    if locale == "en-SG":
        return c([f"{n} Anson Road, #{r.randint(2, 40):02d}-{r.randint(1, 20):02d}, Singapore 079903",
                  f"Blk {r.randint(100, 999)} Ang Mo Kio Avenue {r.randint(1, 10)}, #{r.randint(2, 20):02d}-{r.randint(1, 400):02d}, Singapore 560{r.randint(100, 999)}"])
    if locale.startswith("de"):
        st = c(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Berliner Straße", "Lindenallee", "Am Markt",
                "Goethestr.", "Kirchgasse", "Marktplatz"])
        return f"{st} {n}{c(['', '', 'a', 'b'])}, {c(['10115 Berlin', '80331 München', '20095 Hamburg', '50667 Köln', '60311 Frankfurt am Main', '70173 Stuttgart'])}"
    if locale.startswith("fr"):
        st = c(["rue de la Paix", "avenue Victor Hugo", "boulevard Saint-Germain", "rue du Faubourg Saint-Honoré", "place Bellecour", "rue Nationale"])
        return f"{n}{c(['', '', ' bis', ','])} {st}, {c(['75002 Paris', '69002 Lyon', '13001 Marseille', '31000 Toulouse', '59000 Lille'])}"
    if locale.startswith("es"):
        return c([f"Calle Mayor {n}, 28013 Madrid", f"C/ de Alcalá, {n}, {r.randint(1, 9)}º {c('ABCD')}, 28014 Madrid",
                  f"Avenida de la Constitución {n}, 41004 Sevilla", f"Carrer de Balmes {n}, 08008 Barcelona", f"Paseo de Gracia {n}, 08007 Barcelona"])
    if locale.startswith("it"):
        return c([f"Via Roma {n}, 00184 Roma", f"Piazza della Signoria {n}, 50122 Firenze", f"Corso Buenos Aires {n}, 20124 Milano (MI)",
                  f"Via Giuseppe Garibaldi {n}, 10122 Torino", f"Viale Europa {n}, 80142 Napoli"])
    if locale.startswith("nl"):
        return c([f"Kerkstraat {n}, 1017 GC Amsterdam", f"Damrak {n}, 1012 LG Amsterdam", f"Coolsingel {n}, 3012 AD Rotterdam",
                  f"Oudegracht {n}, 3511 AP Utrecht", f"Lange Voorhout {n}, 2514 EA Den Haag"])
    if locale.startswith("pl"):
        return c([f"ul. Długa {n}, 00-238 Warszawa", f"ul. Marszałkowska {n}/{r.randint(1, 80)}, 00-590 Warszawa",
                  f"ul. Floriańska {n}, 31-019 Kraków", f"al. Jerozolimskie {n}, 00-697 Warszawa"])
    if locale.startswith("sv"):
        return c([f"Storgatan {n}, 111 22 Stockholm", f"Drottninggatan {n}, 411 14 Göteborg", f"Kungsvägen {n}, 753 20 Uppsala",
                  f"Södra Förstadsgatan {n}, 211 43 Malmö"])
    if locale.startswith("pt"):
        return c([f"Rua Augusta {n}, São Paulo - SP, 01304-000", f"Av. Paulista, {n} - Bela Vista, São Paulo - SP, 01310-200",
                  f"Rua das Laranjeiras {n}, apto {r.randint(11, 1204)}, Rio de Janeiro - RJ, 22240-000"])
    return f"{n} Main Street, Springfield, IL 62704"


# ---------------- dates of birth ----------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}


def birth_date(r, locale):
    y, m, d = r.randint(1940, 2007), r.randint(1, 12), r.randint(1, 28)
    lang = locale.split("-")[0]
    mon = MONTHS.get(lang, MONTHS["en"])[m - 1]
    if locale == "en-US":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d}th of {mon} {y}" if d in range(4, 21) else f"{d} {mon} {y}"])
    if lang == "de":
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}"])
    if lang in ("fr", "it"):
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}"])
    if lang in ("es", "pt"):
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}"])
    if lang == "nl":
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}"])
    if lang == "pl":
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}"])
    if lang == "sv":
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}"])
    return f"{y}-{m:02d}-{d:02d}"
