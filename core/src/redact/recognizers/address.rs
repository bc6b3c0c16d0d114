//! Street addresses: a house number next to a street-type word (in the order each language writes it),
//! or a street name confirmed by a postcode of the country's shape. Optional unit (`#05-67`, `apto 72`,
//! `3º B`) and locality/postcode tails extend the match so that the whole address is redacted, not just
//! its first line. The head alone decides that an address is there; the tails never start a match.

use super::contact::intl_letter;
use super::soft::{upper, word, word_rest};
use super::{Recognizer, pii};

/// English-style street types, written after the name.
macro_rules! street_en {
    () => {
        r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent|Square|Highway|Hwy\.?|Parkway|Marg|Nagar)"
    };
}
/// A street or locality name: capitalised words, `Queen's`, all-caps abbreviations such as `MG`.
macro_rules! place {
    () => {
        concat!(r"(?:", word!(), r"(?:'s)?|[A-Z]{2,3}|[NSEW]\.?|[0-9]{1,3}(?:st|nd|rd|th))")
    };
}
/// `, Locality, City ST 12345` after an English-style street: up to three comma-separated localities,
/// then a postcode of the US, UK, Canadian, Australian or Indian/Singaporean shape.
macro_rules! tail_en {
    () => {
        concat!(
            r"(?:(?:,? |,?\r?\n)",
            place!(),
            r"(?: ",
            place!(),
            r"){0,2}){1,3},? (?:(?:[A-Z]{2,3},? )?(?:[0-9]{5}(?:-[0-9]{4})?|[0-9]{4}|[1-9][0-9]{5}|[1-9][0-9]{2} [0-9]{3}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})\b"
        )
    };
}
/// A city after a postcode: capitalised words with short lower-case links (`Frankfurt am Main`,
/// `Rio de Janeiro`).
macro_rules! city {
    () => {
        concat!(word!(), r"(?: (?:(?:am|an|im|de|do|da|del|di|sur|en|la|le|aan|den) )?", word!(), r"){0,2}")
    };
}

/// A house number with the suffixes people write after it: a letter (`144A`, `14b`), a flat or
/// building part (`11-2`, `74/B`, `12/4`) and Dutch/French/Italian markers (`42 hs`, `5 bis`).
macro_rules! house {
    () => {
        r"[0-9]{1,4}(?:[A-Za-z]|[-/][0-9A-Za-z]{1,3})?(?: (?:hs|huis|bis|ter))?\b"
    };
}

/// Weak English street types (also ordinary words): only with a postcode tail.
macro_rules! street_weak {
    () => {
        r"(?:View|Gardens|Grove|Row|Walk|Mews|Park|Hill|Rise|Green|Parade|Circle|Trail|Wharf|Quay|Esplanade)"
    };
}

pub(crate) const ALL: &[Recognizer] = &[
    // English order: number, name, type; Singapore blocks (`Blk 123`) and Indian flats/houses.
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:(?:Blk|Block|Flat|Unit|House No\.?|Plot No\.?) )?[0-9]{1,5}[A-Za-z]?,? (?:",
            place!(),
            r" ){1,4}",
            street_en!(),
            r"(?: [0-9]{1,3}\b)?(?:,? #[0-9]{1,3}-[0-9]{1,4}\b|,? (?:Apt\.?|Suite|Unit|Flat|#) ?[0-9A-Z]{1,5}\b)?(?:",
            tail_en!(),
            r")?\b"
        ),
    )
    .score(0.8)
    .tp(&[
        "ship to 221B Baker Street, London NW1 6XE",
        "1600 Pennsylvania Avenue, Washington, DC 20500",
        "42 Elm St.",
        "Blk 267 Ang Mo Kio Avenue 8, #12-315, Singapore 560873",
        "159, Linking Road, Bandra West, Mumbai 400050",
        "59 Bay Street, Toronto, ON M5H 2S6",
        "224 Hay Street, Brisbane QLD 4000",
        "37 Queen's Road, Leeds LS1 4AP",
        "81 W 34th St, Apt 4B, Columbus, OH 43215",
    ])
    .fp(&["3 Big Problems", "page 12 Table", "We had 3 Way Handshakes"]),
    // Street types that are ordinary words (`22 Harbour View`, `4 Elm Grove`) need the postcode tail.
    pii(
        "ADDRESS",
        concat!(
            r"\b[0-9]{1,5}[A-Za-z]?,? (?:",
            place!(),
            r" ){1,3}",
            street_weak!(),
            r"(?:,? (?:Apt\.?|Suite|Unit|Flat|#) ?[0-9A-Z]{1,5}\b)?",
            tail_en!()
        ),
    )
    .score(0.8)
    .tp(&["22 Harbour View, Leeds LS1 4AP", "7 Elm Grove, Bristol BS8 1QU"])
    .fp(&["3 Green Apples", "Top 10 Park Rides, 2024", "We saw 5 Harbour View rooms"]),
    // No street type at all (`208 Kingsway, Portland, OR 97205`, `155 Kingsway, Leeds LS1 4DY`): only
    // with a locality and a postcode that cannot be a year or a count (US state + ZIP, UK or Canadian).
    pii(
        "ADDRESS",
        concat!(
            r"\b[0-9]{1,5}[A-Za-z]?,? (?:",
            place!(),
            r" ){0,2}",
            place!(),
            r"(?:,? (?:Apt\.?|Suite|Unit|Flat|#) ?[0-9A-Z]{1,5}\b)?(?:,? ",
            place!(),
            r"(?: ",
            place!(),
            r"){0,2}){1,2},? (?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])\b"
        ),
    )
    .score(0.75)
    .tp(&[
        "208 Kingsway, Portland, OR 97205",
        "136 Kingsway Apt 24, Austin, TX 78701",
        "I moved to 206 Kingsway, Leeds LS1 4DY.",
        "88 Broadway, Toronto, ON M5V 2T6",
    ])
    .fp(&["Top 10 Park Rides, 2024", "We shipped 3 Boxes, Week 12 and 13", "Chapter 3 Results, Table 4"]),
    // Indian addresses that start with the house: `House No. 12, Sector 33, Gurugram, Haryana 122001`,
    // `Flat 667, Green Park Residency, MG Road, Bengaluru 560001`. The PIN code ends the match.
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:House No\.?|H\.No\.?|H\. No\.?|Flat(?: No\.?)?|Plot(?: No\.?)?|Door No\.?) [0-9]{1,5}[A-Z]?(?:, (?:Sector [0-9]{1,3}|",
            place!(),
            r"(?: ",
            place!(),
            r"){0,3})){1,4},? [1-9][0-9]{2} ?[0-9]{3}\b"
        ),
    )
    .score(0.8)
    .tp(&["House No. 12, Sector 33, Gurugram, Haryana 122001", "Flat 667, Green Park Residency, MG Road, Bengaluru 560001"])
    .fp(&["Flat 3, then 4", "House No. 5 is empty"]),
    // French order: number (with `bis`/`ter`), type, name; then postcode and city.
    pii(
        "ADDRESS",
        concat!(
            r"\b[0-9]{1,4}(?: ?(?:bis|ter|B|A))?,? (?i:rue|avenue|av\.|boulevard|bd|place|all(?:e|(?u:\x{E9}))e|chemin|impasse|quai|route|cours|square) (?:(?:de|du|des|la|le|l'|d') ?|",
            word!(),
            r" ){0,4}",
            word!(),
            r"(?:(?:,? |\r?\n)[0-9]{5} (?:",
            city!(),
            r"|[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}\b))?"
        ),
    )
    .score(0.8)
    .tp(&["12 rue de la Paix, 75002 Paris", "202 rue des Lilas\n34000 MONTPELLIER", "5 avenue Victor Hugo", "104 bis avenue Victor Hugo, 59000 Lille", "5, avenue Foch"])
    .fp(&["12 rue", "3 place"]),
    // Romance and Polish order: type, name, number; unit, neighbourhood, city, state and postcode.
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:Calle|C/|Carrer|Avenida|Avinguda|Avda\.|Av\.|Paseo|Passeig|Plaza|Pra(?:c|(?u:\x{E7}))a|Rambla|Via|Viale|Piazza|Corso|Largo|Rua|Travessa|Alameda|Estrada|Rodovia|ul\.|al\.|os\.|pl\.|Strada|Camino|Ronda|Carretera|Vicolo|Contrada|Lungomare|Borgo) (?:(?:de|del|la|los|las|da|das|do|dos|di|della|delle|dei|d') ?|[IVXL]{1,4} |",
            word!(),
            r" ){0,3}",
            word!(),
            r"(?: [IVX]{1,4})?,? (?:n\. ?|n(?u:\x{BA}) ?)?",
            house!(),
            r"(?:(?:,? | - )(?:apto\.?|apt\.?|ap\.?|bloco|casa|sala|piso|puerta|esc\.?|int\.?|scala|m\.) ?[0-9A-Za-z]{1,5}\b|, [0-9]{1,2}(?u:[\x{BA}\x{AA}\x{B0}])(?: ?(?:[A-Z]|izda|izq|dcha|der)\b\.?)?|, (?:bajo|entresuelo|atico|(?u:\x{E1})tico)\b)?",
            r"(?: - ",
            city!(),
            r")?(?:(?:,? |\r?\n)(?:[0-9]{2}-?[0-9]{3}|[0-9]{5}) ",
            city!(),
            r"| - [A-Z]{2},? [0-9]{5}-?[0-9]{3}\b|(?:, |\r?\n)",
            city!(),
            r" ?[-/] ?[A-Z]{2},? [0-9]{5}-?[0-9]{3}\b)?"
        ),
    )
    .score(0.8)
    .tp(&[
        "Calle Mayor 5, 28013 Madrid",
        "Via Roma 12",
        "Rua Augusta 100",
        "ul. Długa 5, 00-238 Warszawa",
        "C/ de Alcalá, 45, 3º B, 28014 Madrid",
        "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        "Rua das Laranjeiras 176, apto 72, Rio de Janeiro - RJ, 22240-000",
        "Via Roma 74/B, 20121 Milano",
        "ul. Mickiewicza 63 m. 12, 00-950 Warszawa",
        "Calle del Pez 173, 2º izda., 46002 Valencia",
        "Corso Vittorio Emanuele II 9, int. 3, 20121 Milano",
        "Rua XV de Novembro, 80, bloco B - Belo Horizonte - MG, 30130-010",
        "Rua Augusta, 107 - apto 164, São Paulo - SP, 01310-100",
        "os. Słoneczne 142/24, 50-077 Wrocław",
        "Camino Real, 1, 3º B, 41004 Sevilla",
        "Via Mazzini 105\n50122 Firenze (FI)",
    ])
    .fp(&["Via the API", "Plaza hotel", "Ronda 2 of the talks", "pl. 5 items"]),
    // Germanic and Nordic compounds: the type is the end of the word (`Hauptstraße 5`, `Kerkstraat 12`).
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:",
            word!(),
            r" )?[A-Z](?:[a-z]|",
            intl_letter!(),
            r"){1,30}(?:stra(?:ss|(?u:\x{DF}))e|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein|singel|kade|gatan|vagen|v(?u:\x{E4})gen|gata|gade|vej|veien|gate)\.? ",
            house!(),
            r"(?:(?:,? |\r?\n)(?:[0-9]{4,5}|[0-9]{3} [0-9]{2}) ?(?:[A-Z]{2} )?",
            city!(),
            r")?"
        ),
    )
    .score(0.8)
    .tp(&[
        "Hauptstraße 5, 10115 Berlin",
        "Kerkstraat 12, 1017 GC Amsterdam",
        "Storgatan 12, 111 22 Stockholm",
        "Prinsengracht 42 hs, 1016 GV Amsterdam",
        "Kerkstraat 11-2, 3511 LN Utrecht",
        "Molenlaan 144A, 3012 CN Rotterdam",
    ])
    .fp(&["Hauptstraße", "Ring 3 of the tree"]),
    // German streets as separate words (`Berliner Straße 12`), or after a preposition (`Am Markt 5`,
    // `Unter den Linden 77`) when a postcode confirms it (`Am Ende 3 Fragen` is prose).
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:",
            word!(),
            r"[ -](?:Stra(?:ss|(?u:\x{DF}))e|Str\.|Weg|Platz|Allee|Gasse|Ring) [0-9]{1,4}[a-z]?\b(?:(?:,? |\r?\n)(?:D-|A-|CH-)?[0-9]{4,5} ",
            city!(),
            r")?|(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Unter den|Zum|Zur|Hinter der) ",
            word!(),
            r" [0-9]{1,4}[a-z]?(?:,? |\r?\n)(?:D-|A-|CH-)?[0-9]{4,5} ",
            city!(),
            r")"
        ),
    )
    .score(0.8)
    .tp(&["Berliner Straße 12, 80331 München", "Friedrich-Ebert-Straße 65, 04109 Leipzig", "Am Markt 245, 60311 Frankfurt am Main", "Unter den Linden 77, 10117 Berlin", "Am Stadtpark 8\n04109 Leipzig"])
    .fp(&["Berliner Straße", "Am Ende 3 Fragen"]),
    // A street name without a type word, confirmed by a Dutch postcode (`Damrak 12, 1012 LG Amsterdam`).
    pii(
        "ADDRESS",
        concat!(
            r"\b(?:",
            word!(),
            r" ){0,2}",
            word!(),
            r" ",
            house!(),
            r"(?:,? |\r?\n)[1-9][0-9]{3} ?[A-Z]{2} ",
            city!()
        ),
    )
    .score(0.8)
    .tp(&["Damrak 198, 1012 LG Amsterdam", "Lange Voorhout 16, 2514 EA Den Haag"])
    .fp(&["Version 12, 2024 was", "Table 12, 1012 rows"]),
];
