"""Values for the held-out corpus (`gen_heldout.py`): people, e-mail addresses, street addresses, dates of
birth and look-alikes, written independently of `people.py` / `lookalikes.py` and of ward's lexicons.

Checksum-bearing identifiers (IBAN, cards, national IDs) reuse `values.py`: their algorithms are
standards, not templates. Names are common real names per language (census-style top lists), plus the
international names that show up in any European company's CRM.
"""

import string

from . import people, values

D = string.digits

GIVEN = {
    "en": ["Jane", "Tom", "Priya", "Mark", "Lisa", "Steve", "Karen", "Paul", "Emma", "George", "Alice", "Peter",
           "Sophie", "Ben", "Claire", "Andrew", "Natalie", "Greg", "Holly", "Sam", "Victoria", "Ian", "Zoe", "Liam"],
    "de": ["Jan", "Katrin", "Jürgen", "Sabine", "Tobias", "Anja", "Uwe", "Birgit", "Florian", "Heike", "Lukas",
           "Petra", "Stefan", "Ines", "Dirk", "Franziska", "Matthias", "Ute", "Jonas", "Carola"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Aurélie", "Nicolas", "Céline", "Sébastien", "Manon",
           "Guillaume", "Chloé", "Antoine", "Margaux", "Rémi", "Océane", "Thibault", "Hélène", "Bastien"],
    "es": ["Lucía", "Javier", "Carmen", "Sergio", "Marta", "Álvaro", "Pilar", "Raúl", "Nuria", "Iván", "Rocío",
           "Adrián", "Beatriz", "Rubén", "Inés", "Diego", "Alba", "Óscar"],
    "pt": ["João", "Mariana", "Rafael", "Camila", "Thiago", "Larissa", "Gustavo", "Beatriz", "Felipe", "Letícia",
           "Bruno", "Fernanda", "Rodrigo", "Aline", "Vinícius", "Juliana", "Caio", "Patrícia"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Joost", "Anouk", "Ruben", "Eline", "Stijn",
           "Marloes", "Koen", "Iris", "Wouter", "Floor", "Gijs", "Esther"],
    "pl": ["Krzysztof", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Katarzyna", "Michał", "Joanna", "Łukasz",
           "Ewa", "Marcin", "Magdalena", "Grzegorz", "Dorota", "Bartosz", "Monika", "Wojciech", "Aleksandra"],
    "it": ["Federico", "Giorgia", "Stefano", "Silvia", "Riccardo", "Paola", "Simone", "Elisa", "Roberto",
           "Federica", "Emanuele", "Ilaria", "Claudio", "Serena", "Tommaso", "Beatrice", "Nicola", "Gaia"],
    "intl": ["Priya", "Wei", "Aisha", "Mohammed", "Yuki", "Olusegun", "Fatima", "Arjun", "Mei", "Omar", "Sven",
             "Ana", "Dmitri", "Chen", "Kwame", "Leila"],
}
FAMILY = {
    "en": ["Doe", "Shah", "Harris", "Walker", "Bennett", "Turner", "Collins", "Morgan", "Hughes", "Price", "Ward",
           "Foster", "Gray", "Palmer", "Russell", "O'Brien", "Fletcher", "Barnes", "Kelly", "Griffiths"],
    "de": ["Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
           "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler"],
    "fr": ["Dubois", "Lefebvre", "Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
           "Rousseau", "Vincent", "Muller", "Faure", "Mercier", "Blanc", "Guérin", "Chevalier", "Lemaire"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Gómez", "Díaz", "Moreno", "Muñoz", "Álvarez",
           "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
           "Ribeiro", "Carvalho", "Almeida", "Lopes", "Barbosa", "Araújo", "Cardoso", "Rocha"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker"],
    "pl": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska",
           "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk"],
    "it": ["Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
           "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferri", "Galli"],
    "intl": ["Shah", "Zhang", "Okafor", "Al-Farsi", "Tanaka", "Adeyemi", "Khan", "Patel", "Wang", "Haddad",
             "Lindqvist", "Kowalczyk", "Ivanov", "Nguyen", "Mensah", "Rahimi"],
}
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "nl": "NL", "pl": "PL", "it": "IT"}


def fold(s):
    return people.ascii_fold(s) if hasattr(people, "ascii_fold") else _fold(s)


def _fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in s if c.isascii() and not unicodedata.combining(c)).replace(" ", "").replace("'", "")


class Person:
    """One person of a document: names, e-mail address derived from the name, phone."""

    def __init__(self, r, lang, country):
        pool = "intl" if r.random() < 0.2 else lang
        self.given = r.choice(GIVEN[pool])
        self.family = r.choice(FAMILY[pool])
        self.full = f"{self.given} {self.family}"
        g, f = _fold(self.given).lower(), _fold(self.family).lower()
        domain = r.choice(["example.org", "example.com", "gmail.com", "outlook.com", "acme-logistics.de",
                           "northwind.co.uk", "contoso.fr", "fabrikam.es", "globex.com.br", "initech.nl",
                           "hooli.pl", "umbrella.it", "hotmail.com", "gmx.de", "yahoo.fr", "protonmail.com"])
        local = r.choice([f"{g}.{f}", f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f[0]}", f"{g}", f"{f}.{g}", f"{g}-{f}"])
        self.email = f"{local}@{domain}"
        self.phone = people.phone(r, country)


def street_address(r, lang):
    n = r.randint(1, 180)
    if lang == "en":
        if r.random() < 0.5:
            return f"{n} {r.choice(['Maple Avenue', 'Queen Street', 'Station Road', 'Church Lane', 'Elm Drive', 'Harbour View'])}, " \
                   f"{r.choice(['Leeds LS1 4AP', 'Bristol BS8 1QU', 'Norwich NR2 3DD', 'Cardiff CF10 2EH'])}"
        return f"{n} {r.choice(['Oak Street', 'Lincoln Ave', 'Pine Road', 'Sunset Blvd', 'W 34th St'])}" \
               f"{r.choice(['', ', Apt 4B', ', Suite 210'])}, {r.choice(['Austin, TX 78701', 'Denver, CO 80202', 'Portland, OR 97205', 'Columbus, OH 43215'])}"
    if lang == "de":
        return f"{r.choice(['Lindenstraße', 'Am Markt', 'Goethestr.', 'Bahnhofweg', 'Schillerplatz', 'Kirchgasse'])} {n}" \
               f"{r.choice(['', 'a', 'b'])}, {r.choice(['04109 Leipzig', '50667 Köln', '90402 Nürnberg', '28195 Bremen', '01067 Dresden'])}"
    if lang == "fr":
        return f"{n}{r.choice(['', ' bis'])} {r.choice(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'place Bellecour'])}, " \
               f"{r.choice(['69002 Lyon', '33000 Bordeaux', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg'])}"
    if lang == "es":
        return f"{r.choice(['Calle Mayor', 'Avda. de la Constitución', 'Paseo de Gracia', 'Calle del Pez', 'Plaza España'])} {n}" \
               f"{r.choice(['', ', 2º izda.', ', 4ºB', ', bajo'])}, {r.choice(['41001 Sevilla', '08007 Barcelona', '46002 Valencia', '50001 Zaragoza'])}"
    if lang == "pt":
        return f"{r.choice(['Rua das Flores', 'Av. Paulista', 'Rua XV de Novembro', 'Travessa do Carmo', 'Alameda Santos'])}, {n}" \
               f"{r.choice(['', ', apto 52', ', bloco B'])} - {r.choice(['São Paulo - SP, 01310-100', 'Curitiba - PR, 80020-310', 'Belo Horizonte - MG, 30130-010'])}"
    if lang == "nl":
        return f"{r.choice(['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Molenlaan', 'Stationsplein', 'Nieuwe Binnenweg'])} {n}" \
               f"{r.choice(['', '-2', 'A', ' hs'])}, {r.choice(['3511 LN Utrecht', '1016 GV Amsterdam', '3012 CN Rotterdam', '9711 LM Groningen'])}"
    if lang == "pl":
        return f"{r.choice(['ul. Długa', 'ul. Mickiewicza', 'al. Jerozolimskie', 'ul. Piotrkowska', 'os. Słoneczne'])} {n}" \
               f"{r.choice(['', '/4', ' m. 12'])}, {r.choice(['00-950 Warszawa', '31-042 Kraków', '90-001 Łódź', '80-831 Gdańsk'])}"
    return f"{r.choice(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza Duomo', 'Viale dei Mille', 'Via Roma'])} {n}" \
           f"{r.choice(['', '/B', ', int. 3'])}, {r.choice(['20121 Milano', '10121 Torino', '40125 Bologna', '80132 Napoli'])}"


# Month names per language: the main generator's table.
MONTHS = people.MONTHS


def birth_date(r, lang):
    y, m, d = r.randint(1942, 2005), r.randint(1, 12), r.randint(1, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{mn} {d}, {y}", f"{d} {mn} {y}", f"{m}/{d}/{y}"])
    if lang == "de":
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mn} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang in ("es", "pt"):
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {mn} de {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "pl":
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y} r.", f"{y}-{m:02d}-{d:02d}"])
    if lang == "nl":
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}"])


def national_id(r, locale):
    """(entity, value) of an identifier issued in `locale`'s country."""
    table = {
        "en-US": [("US_SSN", lambda: values.us_ssn(r, "-"))], "en-GB": [("UK_NINO", lambda: values.uk_nino(r)), ("UK_NHS", lambda: values.uk_nhs(r))],
        "de-DE": [("DE_TAX_ID", lambda: values.de_tax_id(r))], "fr-FR": [("FR_NIR", lambda: values.fr_nir(r))],
        "es-ES": [("ES_DNI", lambda: values.es_dni(r)), ("ES_NIE", lambda: values.es_nie(r))],
        "pt-BR": [("BR_CPF", lambda: values.br_cpf(r)), ("BR_CNPJ", lambda: values.br_cnpj(r))],
        "nl-NL": [("NL_BSN", lambda: values.nl_bsn(r))], "pl-PL": [("PL_PESEL", lambda: values.pl_pesel(r))],
        "it-IT": [("IT_FISCAL_CODE", lambda: values.it_fiscal_code(r))],
    }
    ent, gen = r.choice(table[locale])
    return ent, gen()


# ---------------- look-alikes (must survive) ----------------

def _hex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


LOOK = {
    "order": lambda r: r.choice([f"#{r.randint(100000, 9999999)}", f"ORD-{r.randint(2023, 2026)}-{r.randint(10000, 99999)}",
                                 f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                                 f"SO{r.randint(10**7, 10**8 - 1)}"]),
    "ticket": lambda r: r.choice([f"INC{r.randint(10**6, 10**7 - 1)}", f"SUP-{r.randint(1000, 99999)}", f"#{r.randint(1000, 99999)}",
                                  f"JIRA-{r.randint(100, 9999)}", f"CS-{r.randint(100000, 999999)}"]),
    "invoice": lambda r: r.choice([f"INV-{r.randint(2024, 2026)}/{r.randint(1000, 9999)}", f"RE-{r.randint(10**5, 10**6 - 1)}",
                                   f"FA{r.randint(2024, 2026)}{r.randint(10000, 99999)}", f"{r.randint(2024, 2026)}-{r.randint(100000, 999999)}"]),
    "version": lambda r: r.choice([f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                                   f"{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 200)}-rc.{r.randint(1, 5)}",
                                   f"build {r.randint(1000, 99999)}", f"{r.randint(10, 24)}.{r.randint(1, 12)}.{r.randint(1000, 9999)}.{r.randint(10, 999)}"]),
    "timestamp": lambda r: r.choice([f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                                     f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}",
                                     f"{r.randint(1700000000, 1790000000)}", f"{r.randint(1700000000000, 1790000000000)}"]),
    "amount": lambda r: r.choice([f"€{r.randint(5, 9999)},{r.randint(0, 99):02d}", f"${r.randint(1, 99999):,}.{r.randint(0, 99):02d}",
                                  f"{r.randint(1, 9999)},{r.randint(0, 99):02d} EUR", f"R$ {r.randint(1, 9999)},{r.randint(0, 99):02d}",
                                  f"{r.randint(100, 99999)} zł", f"£{r.randint(1, 999)}.{r.randint(0, 99):02d}", f"{r.randint(1000, 999999):,} USD"]),
    "price": lambda r: r.choice([f"{r.randint(1, 999)}.{r.choice(['99', '95', '49', '00'])}", f"{r.randint(1, 999)},{r.choice(['99', '95', '49', '00'])} €",
                                 f"CHF {r.randint(10, 999)}.–", f"${r.randint(1, 99)}/month"]),
    "hash": lambda r: r.choice([_hex(r, 7), _hex(r, 40), "sha256:" + _hex(r, 64), _hex(r, 32)]),
    "port": lambda r: str(r.choice([22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9200, 27017, 15672])),
    "percent": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "tracking": lambda r: r.choice([f"1Z{_hex(r, 6).upper()}{r.randint(10**9, 10**10 - 1)}", f"JD{r.randint(10**15, 10**16 - 1)}",
                                    f"{r.randint(10**11, 10**12 - 1)}"]),
    "duration": lambda r: r.choice([f"{r.randint(1, 999)}ms", f"{r.randint(1, 59)}m{r.randint(0, 59)}s", f"{r.randint(1, 48)}h"]),
    "product": lambda r: r.choice(["Microsoft Teams", "Google Sheets", "Apple Pay", "Visual Studio Code", "Salesforce",
                                   "Power BI", "Adobe Acrobat", "Amazon Prime", "Google Meet", "Slack Connect", "Zoom Rooms",
                                   "Excel", "GitHub Actions", "Jira Service Management", "SAP Concur", "HubSpot"]),
    "city": lambda r: r.choice(["Berlin", "Paris", "Madrid", "Lisbon", "Amsterdam", "Warsaw", "Milan", "London", "Chicago",
                                "Frankfurt", "Lyon", "Porto", "Rotterdam", "Kraków", "Turin", "São Paulo", "Seville"]),
    "company": lambda r: r.choice(["Acme Corp", "Northwind Traders", "Contoso Ltd", "Globex GmbH", "Initech B.V.", "Umbrella S.p.A.",
                                   "Wayne Enterprises", "Stark Industries", "Fabrikam SA", "Hooli Sp. z o.o."]),
    "date": lambda r: r.choice([f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2024, 2026)}",
                                f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2024, 2026)}", f"{r.randint(1, 28)} {MONTHS['en'][r.randint(0, 11)]}"]),
    "time": lambda r: r.choice([f"{r.randint(7, 19)}:{r.choice(['00', '15', '30', '45'])}", f"{r.randint(1, 12)}{r.choice(['am', 'pm', ' PM'])}"]),
    "uuid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}",
    "sku": lambda r: r.choice([f"SKU-{r.randint(10000, 99999)}-{r.choice(['BLK', 'WHT', 'XL', 'M'])}", f"{r.randint(10**12, 10**13 - 1)}",
                               f"ART {r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(10, 99)}"]),
}
