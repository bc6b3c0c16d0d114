//! Soft entities: person names, street addresses and dates of birth. No checksum exists, so each needs a
//! cue (a salutation, "my name is", a `name:` field, a signature, a birth word) or a lexicon hit; they
//! score below the checkable entities and lose overlaps to them.

use super::super::validate::soft;
use super::contact::intl_letter;
use super::{Recognizer, Trigger, Words, pii};

macro_rules! word {
    () => {
        concat!(r"[A-Z](?:[a-z]|", intl_letter!(), r"){1,24}(?:-[A-Z](?:[a-z]|", intl_letter!(), r"){1,24})?")
    };
}
macro_rules! name {
    () => {
        concat!(r"(?P<v>", word!(), r"(?: (?:(?:van|von|de|da|di|del|der|den|la|le) )?", word!(), r"){0,2})")
    };
}
macro_rules! months {
    () => {
        r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januar|februar|maerz|mai|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)"
    };
}
macro_rules! street_en {
    () => {
        r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent|Square|Highway|Hwy\.?|Parkway)"
    };
}

const BIRTH: &[&str] = &[
    "born",
    "birth",
    "dob",
    "d.o.b",
    "birthday",
    "date of birth",
    "geboren",
    "geburtsdatum",
    "geb",
    "né",
    "née",
    "naissance",
    "nacimiento",
    "nacido",
    "nacida",
    "nato",
    "nata",
    "nascita",
    "geboortedatum",
    "urodzony",
    "urodzona",
    "urodzenia",
    "född",
    "fodd",
    "nascimento",
    "nasceu",
];

/// In priority order: cued names, addresses, dates of birth, bare lexicon names.
pub(crate) const ALL: &[Recognizer] = &[
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:my name is|my name's|i am called|call me|je m'appelle|mon nom est|ich heisse|ich hei(?-i:(?u:\x{DF}))e|mein name ist|me llamo|mi nombre es|mi chiamo|mijn naam is|ik heet|nazywam sie|jag heter|meu nome e|eu me chamo)\s{1,3})",
            name!()
        ),
    )
    .whole(soft::cued_name)
    .score(0.85)
    .tp(&["Hello, my name is Jonas Weber and", "je m'appelle Camille Dubois", "Mi chiamo Giulia Rossi."])
    .fp(&["my name is not important", "the name is Widget"]),
    pii(
        "PERSON",
        concat!(
            r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Signor|Signora|Sig|Dhr|Mevr|Pan|Pani|Fru)\.? ",
            name!()
        ),
    )
    .whole(soft::cued_name)
    .score(0.85)
    .tp(&["please ask Mr. Smith", "Frau Anna Schmidt", "Mme Durand"])
    .fp(&["Dr. The", "Prof. A"]),
    pii(
        "PERSON",
        concat!(
            r#"(?i:\b(?:full_?name|first_?name|last_?name|given_?name|sur_?name|customer_?name|patient_?name|contact_?name|name|patient|nombre|nom|prenom|vorname|nachname|cognome|naam|imie|nazwisko|namn)"?'?\s{0,3}[:=]\s{0,3}["']?)"#,
            name!()
        ),
    )
    .whole(soft::cued_name)
    .score(0.8)
    .tp(&["{\"name\": \"Priya Sharma\"}", "first_name=Lukas", "Name: Olga Nowak"])
    .fp(&["name: the default", "name=a"]),
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:regards|best regards|kind regards|best|thanks|thank you|cheers|sincerely|yours|gruesse|gruss|cordialement|saludos|atentamente|saluti|cordiali saluti|groeten|met vriendelijke groet|pozdrawiam|halsningar),?[ \t]*\r?\n[ \t]*)",
            name!()
        ),
    )
    .whole(soft::cued_name)
    .score(0.8)
    .tp(&["Thanks,\nMaria Lopez", "Best regards,\n  Tom Becker\nACME"])
    .fp(&["Thanks,\nThe team"]),
    pii(
        "PERSON",
        concat!(
            r"\b(?:Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Cher|Ch(?u:\x{E8})re|Hola|Querido|Querida|Ciao|Caro|Cara|Beste|Hej|Witaj|Ola|I am|I'm|this is|contact|ask|with|from|by|cc|to|and)[ ,]{1,2}",
            name!()
        ),
    )
    .whole(soft::lexicon_name)
    .score(0.75)
    // The name (a known given name) follows a cue of 2–7 bytes and 1–2 separators.
    .gate(&[Trigger { words: Words::GivenNames, lo: -9, hi: -3, capital: true }])
    .tp(&["Hi Anna, the report", "Dear Pierre Martin,", "I'm Rahul and"])
    .fp(&["Hi Team,", "Hello World", "from Monday"]),
    pii(
        "ADDRESS",
        concat!(
            r"\b[0-9]{1,5}[A-Za-z]?,? (?:(?:",
            word!(),
            r"|[0-9]{1,3}(?:st|nd|rd|th)) ){1,4}",
            street_en!(),
            r"(?:,? (?:Apt|Suite|Unit) [0-9A-Z]{1,5})?(?:,? (?:",
            word!(),
            r" ?){1,3},? [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|,? (?:",
            word!(),
            r" ?){1,3},? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})?\b"
        ),
    )
    .score(0.8)
    .tp(&["ship to 221B Baker Street, London NW1 6XE", "1600 Pennsylvania Avenue, Washington, DC 20500", "42 Elm St."])
    .fp(&["3 Big Problems", "page 12 Table"]),
    pii(
        "ADDRESS",
        concat!(
            r"\b[0-9]{1,4}(?:bis|ter)?,? (?i:rue|avenue|boulevard|bd|place|allee|chemin|impasse|quai|route|cours) (?:(?:de|du|des|la|le|l'|d') ?|",
            word!(),
            r" ){0,4}",
            word!(),
            r"(?:,? [0-9]{5} ",
            word!(),
            r")?"
        ),
    )
    .score(0.8)
    .tp(&["12 rue de la Paix, 75002 Paris", "5 avenue Victor Hugo"])
    .fp(&["12 rue"]),
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:Calle|C/|Avenida|Avda\.|Paseo|Plaza|Via|Viale|Piazza|Corso|Largo|Rua|Travessa|ul\.|al\.|Strada) (?:(?:de|del|la|los|las|da|do|dos|di|della|delle|dei) |",
            word!(),
            r" ){0,3}",
            word!(),
            r",? (?:n\. ?)?[0-9]{1,4}[A-Za-z]?\b(?:,? [0-9]{2}-?[0-9]{3} ",
            word!(),
            r")?"
        ),
    )
    .score(0.8)
    .tp(&["Calle Mayor 5, 28013 Madrid", "Via Roma 12", "Rua Augusta 100", "ul. Długa 5, 00-238 Warszawa"])
    .fp(&["Via the API", "Plaza hotel"]),
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:",
            word!(),
            r" )?[A-Z](?:[a-z]|",
            intl_letter!(),
            r"){1,30}(?:stra(?:ss|(?u:\x{DF}))e|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein|singel|kade|gatan|vagen|v(?u:\x{E4})gen|gata|gade|vej|veien|gate)\.? [0-9]{1,4}[a-z]?\b(?:,? (?:[0-9]{4,5}|[0-9]{3} [0-9]{2}) ?(?:[A-Z]{2} )?",
            word!(),
            r")?"
        ),
    )
    .score(0.8)
    .tp(&["Hauptstraße 5, 10115 Berlin", "Kerkstraat 12, 1017 GC Amsterdam", "Storgatan 12, 111 22 Stockholm"])
    .fp(&["Hauptstraße", "Ring 3 of the tree"]),
    pii(
        "ADDRESS",
        concat!(
            r"\b",
            word!(),
            r" (?:Stra(?:ss|(?u:\x{DF}))e|Str\.|Weg|Platz|Allee|Gasse|Ring) [0-9]{1,4}[a-z]?\b(?:,? [0-9]{5} ",
            word!(),
            r")?"
        ),
    )
    .score(0.8)
    .tp(&["Berliner Straße 12, 80331 München"])
    .fp(&["Berliner Straße"]),
    pii(
        "DATE_OF_BIRTH",
        concat!(
            r"\b(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?\.? (?:of )?",
            months!(),
            r"\.?,? (?:19|20)[0-9]{2}|",
            months!(),
            r"\.? [0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2})\b"
        ),
    )
    .whole(soft::date)
    .score(0.85)
    .needs(BIRTH)
    .tp(&["born on 12 March 1985", "DOB: 1985-03-12", "Geburtsdatum: 12.03.1985", "date of birth: March 12, 1985"])
    .fp(&["meeting on 12 March 2025", "released 2024-05-01", "DOB: 1985-13-45"]),
    pii("PERSON", concat!(r"\b(?P<v>", word!(), r" ", word!(), r")\b"))
        .whole(soft::bare_full_name)
        .score(0.7)
        .gate(&[Trigger { words: Words::GivenNames, lo: 0, hi: 0, capital: true }])
        .tp(&["ask Maria Garcia about it", "Thomas Mueller"])
        .fp(&["Mark Down", "Max Tokens", "New York"]),
];
