"""Values of the THIRD corpus (`gen_third.py`): people, phones, street addresses, birth dates and look-alikes,
written from scratch (own name and street lexicons, own phone and address notations) so the corpus shares
no wording with the main or held-out generators. Checksum-valid identifiers come from `values.py` (standard
algorithms) but are re-notated here where people write them differently (grouping, separators).
"""

import string
import unicodedata

from . import checks, people, values

UP, D, HEX = string.ascii_uppercase, string.digits, "0123456789abcdef"

# Common given names and surnames per language (census-frequent, with diacritics), separate from the
# other generators' lexicons.
GIVEN = {
    "en": ["Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Charlotte", "Elijah", "Harper", "Lucas", "Evelyn",
           "Mason", "Abigail", "Ethan", "Ella", "Logan", "Scarlett", "Jackson", "Grace", "Aiden", "Chloe", "Owen",
           "Priya", "Arjun", "Wei", "Mei", "Siobhan", "Callum", "Niamh", "Rhys", "Bethany", "Declan", "Tom", "Kate"],
    "de": ["Lukas", "Leonie", "Finn", "Hannah", "Jonas", "Lea", "Maximilian", "Lena", "Felix", "Johanna", "Niklas",
           "Katharina", "Tobias", "Franziska", "Matthias", "Jürgen", "Birgit", "Dieter", "Ute", "Sören", "Jörg", "Anke"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Léa", "Mathis", "Manon", "Théo", "Inès", "Raphaël", "Margaux",
           "Antoine", "Élodie", "Quentin", "Sandrine", "Benoît", "Aurélie", "Grégoire", "Noémie", "Cédric"],
    "es": ["Lucía", "Hugo", "Martina", "Mateo", "Paula", "Daniel", "Valeria", "Pablo", "Alba", "Álvaro", "Noelia",
           "Sergio", "Carmen", "Rubén", "Inmaculada", "Íñigo", "Rocío", "Jesús", "Nuria", "Gonzalo"],
    "it": ["Leonardo", "Sofia", "Tommaso", "Aurora", "Riccardo", "Ginevra", "Edoardo", "Beatrice", "Federico",
           "Ludovica", "Niccolò", "Caterina", "Gabriele", "Elisa", "Pietro", "Ilaria", "Stefano", "Benedetta"],
    "nl": ["Daan", "Emma", "Sem", "Tess", "Bram", "Fleur", "Lars", "Sanne", "Thijs", "Lotte", "Jeroen", "Marloes",
           "Wouter", "Ilse", "Joost", "Femke", "Stijn", "Anouk", "Ruud", "Marieke"],
    "pt": ["Miguel", "Helena", "Arthur", "Alice", "Heitor", "Laura", "Bernardo", "Valentina", "Davi", "Cecília",
           "Gustavo", "Beatriz", "Rafael", "Larissa", "João", "Luíza", "Thiago", "Fernanda", "Vinícius", "Letícia"],
    "pl": ["Jakub", "Zuzanna", "Antoni", "Julia", "Szymon", "Maja", "Filip", "Zofia", "Kacper", "Hanna", "Wojciech",
           "Agnieszka", "Paweł", "Małgorzata", "Łukasz", "Katarzyna", "Grzegorz", "Bożena", "Michał", "Dorota"],
    "sv": ["Elsa", "William", "Astrid", "Hugo", "Maja", "Oscar", "Ebba", "Axel", "Saga", "Björn", "Ingrid", "Måns"],
}
FAMILY = {
    "en": ["Thompson", "Walker", "Harris", "Clarke", "Robinson", "Wright", "Hughes", "Edwards", "Patel", "Nguyen",
           "O'Brien", "McCarthy", "Fitzgerald", "Sullivan", "Bennett", "Griffiths", "Sharma", "Reddy", "Tan", "Lim",
           "Kowalczyk", "Henderson", "Sutherland", "Okafor", "Abernathy", "Delaney", "Whitfield"],
    "de": ["Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
           "Köhler", "Weiß", "Jäger", "Vogel", "Friedrich"],
    "fr": ["Lefèvre", "Mercier", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
           "Gauthier", "Perrin", "Morel", "Girard", "Chevalier", "Boucher", "Leclerc", "Gaillard", "Brunet", "Roche"],
    "es": ["Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez",
           "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez"],
    "it": ["Bianco", "Ricci", "Marchetti", "Fontana", "Caruso", "Santoro", "Galli", "Leone", "Longo", "Gentile",
           "Martinelli", "Vitale", "Serra", "Coppola", "De Santis", "D'Angelo", "Ferri", "Barbieri", "Pellegrini"],
    "nl": ["de Vries", "van den Berg", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "van Leeuwen"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
           "Ribeiro", "Carvalho", "Almeida", "Araújo", "Barbosa", "Cardoso", "Rocha", "Dias", "Nascimento", "Moreira"],
    "pl": ["Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
           "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
           "Gustafsson", "Lindqvist", "Sjöberg"],
}


class Person:
    def __init__(self, r, lang):
        lex = lang if lang in GIVEN else "en"
        self.given = r.choice(GIVEN[lex])
        self.family = r.choice(FAMILY[lex])
        self.full = f"{self.given} {self.family}"
        user = r.choice(["{g}.{f}", "{g0}{f}", "{g}{f}", "{f}.{g}", "{g}_{f}{n}"]).format(
            g=self.given.lower(), f=self.family.lower(), g0=self.given[0].lower(), n=r.randint(1, 99))
        user = "".join(c for c in ascii_fold(user) if c.isalnum() or c in "._")
        self.email = f"{user}@{r.choice(MAIL_DOMAINS[lex if lex in MAIL_DOMAINS else 'en'])}"


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "bigpond.com", "protonmail.com", "fastmail.fm", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "bredband.net", "spray.se"],
}

def ascii_fold(s):
    """ASCII letters for e-mail local parts (accents dropped, ß → ss, ł → l)."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def work_email(r, p, company_domain):
    return f"{ascii_fold(p.given.lower())}.{ascii_fold(p.family.lower()).replace(' ', '').replace(chr(39), '')}@{company_domain}"


# ---------------- phones (national notations people actually type) ----------------

def _d(r, n, first=D):
    return values.digits(r, n, first)


PHONES = {
    "en-US": [lambda r: f"({_d(r, 1, '2345689')}{_d(r, 2)}) {_d(r, 1, '2345678')}{_d(r, 2)}-{_d(r, 4)}",
              lambda r: f"+1 {_d(r, 1, '2345689')}{_d(r, 2)}.{_d(r, 1, '2345678')}{_d(r, 2)}.{_d(r, 4)}",
              lambda r: f"{_d(r, 1, '2345689')}{_d(r, 2)}-{_d(r, 1, '2345678')}{_d(r, 2)}-{_d(r, 4)}"],
    "en-CA": [lambda r: f"({r.choice(['416', '604', '514', '613', '403'])}) {_d(r, 1, '2345678')}{_d(r, 2)}-{_d(r, 4)}"],
    "en-GB": [lambda r: f"07{_d(r, 3)} {_d(r, 6)}", lambda r: f"+44 (0)20 {_d(r, 4)} {_d(r, 4)}",
              lambda r: f"+44 7{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"0161 {_d(r, 3)} {_d(r, 4)}"],
    "en-AU": [lambda r: f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
              lambda r: f"(02) {_d(r, 4)} {_d(r, 4)}"],
    "en-IN": [lambda r: f"+91 {_d(r, 1, '6789')}{_d(r, 4)} {_d(r, 5)}", lambda r: f"0{_d(r, 1, '6789')}{_d(r, 9)}",
              lambda r: f"+91-{_d(r, 1, '6789')}{_d(r, 9)}"],
    "en-SG": [lambda r: f"+65 {_d(r, 1, '89')}{_d(r, 3)} {_d(r, 4)}", lambda r: f"{_d(r, 1, '89')}{_d(r, 3)} {_d(r, 4)}"],
    "de-DE": [lambda r: f"0{r.choice(['151', '160', '170', '176'])} {_d(r, 8)}", lambda r: f"+49 (0) 89 {_d(r, 3)} {_d(r, 4)}",
              lambda r: f"+49 1{r.choice(['51', '52', '57', '72'])} {_d(r, 4)} {_d(r, 4)}", lambda r: f"040 / {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    "fr-FR": [lambda r: f"0{r.choice('1234567')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
              lambda r: f"0{r.choice('67')}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
              lambda r: f"+33 (0){r.choice('67')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
              lambda r: f"+33{r.choice('1467')}{_d(r, 8)}"],
    "es-ES": [lambda r: f"{r.choice('67')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+34 {r.choice('67')}{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
              lambda r: f"91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    "it-IT": [lambda r: f"3{r.choice('2349')}{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"+39 3{r.choice('2349')}{_d(r, 1)} {_d(r, 7)}",
              lambda r: f"02 {_d(r, 4)} {_d(r, 4)}", lambda r: f"+39 06 {_d(r, 8)}"],
    "nl-NL": [lambda r: f"06-{_d(r, 8)}", lambda r: f"+31 6 {_d(r, 4)} {_d(r, 4)}", lambda r: f"020 {_d(r, 3)} {_d(r, 4)}",
              lambda r: f"+31 (0)6 {_d(r, 8)}"],
    "pt-BR": [lambda r: f"({_d(r, 1, '1234589')}{_d(r, 1, '1')}) 9{_d(r, 4)}-{_d(r, 4)}", lambda r: f"+55 11 9{_d(r, 4)}-{_d(r, 4)}",
              lambda r: f"(21) {_d(r, 1, '2345')}{_d(r, 3)}-{_d(r, 4)}"],
    "pl-PL": [lambda r: f"{r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+48 {r.choice('5678')}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
              lambda r: f"(22) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    "sv-SE": [lambda r: f"07{r.choice('0236')}-{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", lambda r: f"+46 7{r.choice('0236')} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
              lambda r: f"08-{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}"],
}


def phone(r, locale):
    return r.choice(PHONES[locale])(r)


# ---------------- street addresses ----------------

STREETS = {
    "en": ["Maple Avenue", "Harbour Road", "Elm Street", "Kingsway", "Station Road", "Oak Lane", "Victoria Terrace",
           "Riverside Drive", "Chestnut Close", "Hillcrest Boulevard", "Mill Lane", "Park Crescent"],
    "de": ["Lindenstraße", "Am Mühlbach", "Goethestraße", "Bahnhofstr.", "Schillerplatz", "Kastanienallee",
           "Friedrich-Ebert-Straße", "Rosenweg", "Hauptstraße", "Am Stadtpark"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Acacias", "rue du Moulin",
           "chemin des Vignes", "allée des Tilleuls", "place de la Mairie"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Prado", "Paseo de Gracia", "Calle Sierpes",
           "Plaza de España", "Camino Real", "Calle San Vicente"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Via Roma", "Piazza Cavour",
           "Via della Repubblica", "Vicolo Stretto", "Via Mazzini"],
    "nl": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Lindelaan", "Prinsengracht"],
    "pt": ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Travessa do Comércio", "Alameda Santos",
           "Rua Sete de Setembro", "Avenida Brasil"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Kwiatowa", "ul. Piotrkowska",
           "os. Słoneczne", "ul. Polna"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Björkvägen", "Sveavägen"],
}
CITIES = {
    "en-US": [("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Columbus", "OH", "43215"), ("Boise", "ID", "83702")],
    "en-CA": [("Toronto", "ON", "M5V 2T6"), ("Calgary", "AB", "T2P 1J9"), ("Halifax", "NS", "B3H 1Y6")],
    "en-GB": [("Leeds", "", "LS1 4DY"), ("Bristol", "", "BS1 5TR"), ("Norwich", "", "NR2 1AB"), ("York", "", "YO1 7HH")],
    "en-AU": [("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006")],
    "en-IN": [("Bengaluru", "Karnataka", "560034"), ("Pune", "Maharashtra", "411001"), ("Chennai", "Tamil Nadu", "600017")],
    "en-SG": [("Singapore", "", "238859"), ("Singapore", "", "560233")],
    "de-DE": [("Leipzig", "", "04109"), ("Freiburg im Breisgau", "", "79098"), ("Münster", "", "48143"), ("Kassel", "", "34117")],
    "fr-FR": [("Lyon", "", "69003"), ("Nantes", "", "44000"), ("Montpellier", "", "34000"), ("Lille", "", "59800")],
    "es-ES": [("Valencia", "", "46002"), ("Sevilla", "", "41004"), ("Zaragoza", "", "50001"), ("Bilbao", "", "48001")],
    "it-IT": [("Bologna", "BO", "40121"), ("Torino", "TO", "10123"), ("Firenze", "FI", "50122"), ("Bari", "BA", "70121")],
    "nl-NL": [("Utrecht", "", "3511 AB"), ("Haarlem", "", "2011 KL"), ("Groningen", "", "9711 LM"), ("Delft", "", "2611 HP")],
    "pt-BR": [("São Paulo", "SP", "01310-100"), ("Curitiba", "PR", "80010-000"), ("Recife", "PE", "50030-230")],
    "pl-PL": [("Kraków", "", "31-042"), ("Wrocław", "", "50-077"), ("Gdańsk", "", "80-831"), ("Poznań", "", "61-758")],
    "sv-SE": [("Uppsala", "", "753 20"), ("Göteborg", "", "411 05"), ("Malmö", "", "211 22")],
}


def address(r, locale, oneline=True):
    """A street address in the country's own order; `oneline=False` uses a line break before the town."""
    lang = locale.split("-")[0]
    street = r.choice(STREETS[lang])
    city, region, post = r.choice(CITIES[locale])
    n = r.randint(1, 240)
    sep = ", " if oneline else "\n"
    if locale in ("en-US", "en-CA"):
        unit = r.choice(["", f" Apt {r.randint(1, 40)}", f", Suite {r.randint(100, 900)}"])
        return f"{n} {street}{unit}{sep}{city}, {region} {post}"
    if locale == "en-GB":
        return f"Flat {r.randint(1, 12)}, {n} {street}{sep}{city} {post}" if r.random() < 0.3 else f"{n} {street}{sep}{city} {post}"
    if locale == "en-AU":
        return f"{r.randint(1, 30)}/{n} {street}{sep}{city} {region} {post}"
    if locale == "en-IN":
        return f"Flat {r.randint(101, 904)}, {r.choice(['Prestige', 'Sobha', 'Brigade'])} Residency, {n} {street}{sep}{city}, {region} {post}"
    if locale == "en-SG":
        return f"Blk {r.randint(100, 999)} {street} #{r.randint(2, 20):02d}-{r.randint(1, 300):02d}{sep}{city} {post}"
    if locale == "fr-FR":
        bis = r.choice(["", "", " bis", " ter"])
        return f"{n}{bis}, {street}{sep}{post} {city}" if r.random() < 0.5 else f"{n}{bis} {street}{sep}{post} {city.upper()}"
    if locale == "es-ES":
        return f"{street}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}{sep}{post} {city}"
    if locale == "it-IT":
        return f"{street} {n}{sep}{post} {city} ({region})"
    if locale == "pt-BR":
        return f"{street}, {n} - apto {r.randint(11, 184)}{sep}{city} - {region}, {post}"
    if locale == "pl-PL":
        return f"{street} {n}/{r.randint(1, 60)}{sep}{post} {city}"
    return f"{street} {n}{sep}{post} {city}"  # de, nl, sv: street number, postcode town


# ---------------- dates of birth ----------------

# Month names per language: the main generator's table (data, not a notation choice).
MONTHS = people.MONTHS


def birth_date(r, locale):
    y, m, d = r.randint(1941, 2006), r.randint(1, 12), r.randint(1, 28)
    lang = locale.split("-")[0]
    styles = [f"{y}-{m:02d}-{d:02d}"]
    if locale == "en-US":
        styles += [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{MONTHS['en'][m - 1][:3]} {d} {y}"]
    elif lang == "en":
        styles += [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}-{MONTHS['en'][m - 1][:3]}-{y}"]
    elif lang in ("de", "pl"):
        styles += [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS[lang][m - 1]} {y}" if lang == "de" else f"{d} {MONTHS[lang][m - 1]} {y}"]
    elif lang == "nl":
        styles += [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[lang][m - 1]} {y}"]
    elif lang in ("es", "pt"):
        styles += [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS[lang][m - 1]} de {y}"]
    else:
        styles += [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS.get(lang, MONTHS['en'])[m - 1]} {y}"]
    return r.choice(styles)


def other_date(r, locale):
    """An ordinary (non-birth) date in the same notations: appointments, invoices, deadlines."""
    y, m, d = r.randint(2023, 2027), r.randint(1, 12), r.randint(1, 28)
    lang = locale.split("-")[0]
    if locale == "en-US":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS['en'][m - 1]} {d}, {y}"])
    if lang in ("de", "pl"):
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


# ---------------- identifiers, re-notated ----------------

def national_ids(locale):
    """(entity, generator) pairs for identifiers a person of `locale` has."""
    return {
        "en-US": [("US_SSN", lambda r: values.us_ssn(r, r.choice(["-", "-", " "]))), ("US_ITIN", values.us_itin)],
        "en-GB": [("UK_NINO", values.uk_nino), ("UK_NHS", values.uk_nhs)],
        "en-CA": [("CA_SIN", values.ca_sin)],
        "en-AU": [("AU_TFN", values.au_tfn), ("AU_MEDICARE", values.au_medicare)],
        "en-IN": [("IN_AADHAAR", values.in_aadhaar), ("IN_PAN", values.in_pan)],
        "en-SG": [("SG_NRIC", values.sg_nric)],
        "de-DE": [("DE_TAX_ID", values.de_tax_id)],
        "fr-FR": [("FR_NIR", values.fr_nir)],
        "es-ES": [("ES_DNI", values.es_dni), ("ES_NIE", values.es_nie)],
        "it-IT": [("IT_FISCAL_CODE", values.it_fiscal_code)],
        "nl-NL": [("NL_BSN", values.nl_bsn)],
        "pl-PL": [("PL_PESEL", values.pl_pesel)],
        "pt-BR": [("BR_CPF", values.br_cpf), ("BR_CNPJ", values.br_cnpj)],
        "sv-SE": [("SE_PERSONNUMMER", values.se_personnummer)],
    }[locale]


IBAN_CC = {"en-US": "DE", "en-CA": "FR", "en-GB": "GB", "en-AU": "NL", "en-IN": "GB", "en-SG": "DE", "de-DE": "DE",
           "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pt-BR": "PT", "pl-PL": "PL", "sv-SE": "SE"}


def iban(r, locale):
    cc = IBAN_CC[locale]
    try:
        compact = values.iban_compact(r, cc)
    except KeyError:
        compact = values.iban_compact(r, "DE")
    style = r.random()
    if style < 0.5:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def card(r):
    num, sizes = values.card_number(r)
    style = r.random()
    if style < 0.5:
        return values.group(num, sizes, " ")
    return values.group(num, sizes, "-") if style < 0.7 else num


# ---------------- look-alikes (must survive) ----------------

def _hex(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def _luhn_bad(r, n):
    while True:
        s = values.digits(r, n, "123456789")
        if not checks.luhn_ok(s):
            return s


LOOK = {
    "order": lambda r: r.choice([f"ORD-{r.randint(2023, 2026)}-{r.randint(1, 999999):06d}", f"#{r.randint(100000, 9999999)}",
                                 f"SO{r.randint(10**7, 10**8 - 1)}", f"A{r.randint(10**5, 10**6 - 1)}-{r.randint(10, 99)}"]),
    "ticket": lambda r: r.choice([f"INC{r.randint(10**6, 10**7 - 1):07d}", f"SUP-{r.randint(1000, 99999)}",
                                  f"CS{r.randint(10**7, 10**8 - 1)}", f"#{r.randint(10000, 999999)}"]),
    "invoice": lambda r: r.choice([f"INV-{r.randint(2023, 2026)}/{r.randint(1, 9999):04d}", f"FA{r.randint(2023, 2026)}{r.randint(1, 99999):05d}",
                                   f"RE-{r.randint(10**5, 10**6 - 1)}", f"FV/{r.randint(1, 999)}/{r.randint(1, 12):02d}/{r.randint(2023, 2026)}"]),
    "version": lambda r: r.choice([f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}", f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}",
                                   f"10.0.{r.randint(19041, 26100)}.{r.randint(1000, 4000)}", f"{r.randint(100, 131)}.0.{r.randint(6000, 6999)}.{r.randint(10, 200)}"]),
    "git_sha": lambda r: _hex(r, r.choice([7, 8, 12, 40])),
    "sha256": lambda r: _hex(r, 64),
    "amount": lambda r: r.choice([f"${r.randint(1, 99)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}", f"{r.randint(1, 9)}.{r.randint(0, 999):03d},{r.randint(0, 99):02d} €",
                                  f"£{r.randint(10, 9999)}.{r.randint(0, 99):02d}", f"R$ {r.randint(1, 99)}.{r.randint(0, 999):03d},{r.randint(0, 99):02d}",
                                  f"{r.randint(1, 99)} {r.randint(0, 999):03d},{r.randint(0, 99):02d} zł", f"CHF {r.randint(100, 99999)}.–"]),
    "date": lambda r: r.choice([f"{r.randint(2023, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2023, 2027)}",
                                f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2023, 2027)}"]),
    "timestamp": lambda r: r.choice([f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z",
                                     str(r.randint(1_700_000_000, 1_800_000_000)), str(r.randint(1_700_000_000_000, 1_800_000_000_000))]),
    "tracking": lambda r: r.choice(["1Z" + "".join(r.choice(UP + D) for _ in range(16)),
                                    f"{r.choice(['RR', 'CP', 'LX'])}{r.randint(10**8, 10**9 - 1)}{r.choice(['DE', 'FR', 'PL', 'NL', 'GB'])}",
                                    "9400 1" + " ".join(values.digits(r, 4) for _ in range(4)) + " " + values.digits(r, 2),
                                    f"JJD{values.digits(r, 18)}", values.digits(r, 12, "123456789")]),
    "uuid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}",
    "sku": lambda r: r.choice([f"{''.join(r.choice(UP) for _ in range(3))}-{r.randint(100, 9999)}-{r.choice(['BLK', 'WHT', 'XL', 'M'])}",
                               f"B0{''.join(r.choice(UP + D) for _ in range(8))}"]),
    "ean13": lambda r: (lambda p: p + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(p)) % 10) % 10))(
        r.choice(["400", "300", "800", "840", "590", "871"]) + values.digits(r, 9)),
    "non_luhn": lambda r: " ".join((lambda s: [s[i:i + 4] for i in range(0, 16, 4)])(_luhn_bad(r, 16))),
    "port_host": lambda r: f"{r.choice(['localhost', 'db', 'redis', 'api.internal'])}:{r.choice([3000, 5432, 6379, 8080, 8443, 9200])}",
    "booking": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "eticket": lambda r: f"{r.choice(['220', '057', '075', '074', '080', '125'])}-{values.digits(r, 10)}",
    "serial": lambda r: r.choice(["PF" + "".join(r.choice(UP + D) for _ in range(6)), "SN" + values.digits(r, 10),
                                  "C02" + "".join(r.choice(UP + D) for _ in range(9))]),
    "last4": lambda r: values.digits(r, 4),
    "oid": lambda r: f"1.3.6.1.4.1.{r.randint(2000, 60000)}.{r.randint(1, 20)}.{r.randint(1, 9)}",
    "lab_value": lambda r: r.choice([f"{r.randint(90, 160)}/{r.randint(55, 100)} mmHg", f"HbA1c {r.randint(45, 90) / 10:.1f} %",
                                     f"{r.randint(36, 39)}.{r.randint(0, 9)} °C", f"{r.choice([250, 500, 850, 1000])} mg",
                                     f"{r.choice(['E11.9', 'J45.909', 'M54.5', 'I10', 'K21.0'])}"]),
    "build": lambda r: f"build {r.randint(1000, 99999)} ({_hex(r, 7)})",
    "duration": lambda r: f"{r.randint(0, 2):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "percent_ratio": lambda r: r.choice([f"{r.randint(1, 99)}.{r.randint(0, 9)}%", f"{r.randint(1, 999)}/{r.randint(1000, 5000)}",
                                         f"p99 {r.randint(50, 900)} ms"]),
    "placeholder": lambda r: r.choice(["<YOUR_API_KEY>", "${DB_PASSWORD}", "sk-...", "xxxxxxxxxxxxxxxx", "********", "REDACTED",
                                       "{{ secrets.STRIPE_KEY }}", "your-token-here"]),
    "company": lambda r: r.choice(["Northwind Traders", "Contoso Ltd", "Fabrikam GmbH", "Tailspin Toys", "Globex Corporation",
                                   "Initech", "Wayne Logistics", "Adventure Works", "Litware Inc.", "Umbrella Pharma S.p.A."]),
    "product": lambda r: r.choice(["ThinkPad X1 Carbon", "Galaxy S24", "iPhone 15 Pro", "Dyson V15", "Kindle Paperwhite",
                                   "PowerEdge R750", "Model Y", "Surface Laptop 6"]),
    "model": lambda r: r.choice(["gpt-4o-mini", "claude-3-5-sonnet-20241022", "llama-3.1-70b-instruct", "mistral-large-2407",
                                 "gemini-1.5-pro-002", "text-embedding-3-large"]),
}
