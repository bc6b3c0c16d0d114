//! Person names in structured records rather than sentences: surname-first entries (`Patient: Sullivan,
//! Ella`, `"Sharma, Grace"` in a CSV export), airline booking names (`WHITFIELD/DECLAN MR`), vCard `N:` and
//! `FN:` properties, Markdown table and CSV cells, a name and the e-mail address in the same row, an
//! addressee line above an address, a signature line (`Jane Doe | Sales`), possessives (`Tom's laptop`),
//! formal salutations with the surname alone (`Sehr geehrte Frau Köhler,`, `Dear Clarke,`), names
//! after an arbitrary line label (`Technician: Jane Doe`) and `Jane Doe commented on …`. They were added
//! after the third corpus (`benches/quality/gen_third.py`) showed that names outside prose, in the
//! exports and forms people paste into prompts, were mostly missed. As in `people`, every rule needs
//! lexicon evidence or a shape that only names take (see `validate::soft`).

use super::super::validate::soft;
use super::contact::intl_letter;
use super::soft::{end, name, name_word, upper, word, word_rest};
use super::{Recognizer, at, given_name, pii};

/// One to three name words with particles (unnamed, for patterns whose value group spans more).
macro_rules! words3 {
    () => {
        concat!(
            r"(?:(?:van|von|de|da|di|del|der|den|la|le|dos|das|ter|te) ){0,2}",
            name_word!(),
            r"(?: (?:(?:van|von|de|da|di|del|der|den|la|le|dos|das) ){0,2}",
            name_word!(),
            r"){0,2}"
        )
    };
}

/// An all-capitals surname (`O'BRIEN`, `MÜLLER`, `GARCIA-LOPEZ`), as forms and bookings print them.
macro_rules! caps {
    () => {
        concat!(r"(?:[A-Z]')?(?:[A-Z]|", upper!(), r"){2,24}(?:-(?:[A-Z]|", upper!(), r"){2,24})?")
    };
}

pub(crate) const ALL: &[Recognizer] = &[
    // `Patient: Sullivan, Ella`, `"Sharma, Grace",` (CSV), `| HUGHES, Ethan |`: the whole field is the
    // name, surname first; the given name must be known.
    pii(
        "PERSON",
        concat!(
            r#"(?:"|[:|][ \t]{1,3}|\n)(?P<v>(?:"#,
            words3!(),
            r"|",
            caps!(),
            r"), ",
            name_word!(),
            r#")(?:[ \t]{0,4}["|]|\r?\n|$)"#
        ),
    )
    .trim(soft::surname_first)
    .score(0.8)
    .gate(&[given_name(-64, -4)])
    .tp(&[
        "Patient: Sullivan, Ella\nDate of birth: 06/13/1950",
        "INC8555983,1765214584,\"O'Brien, Siobhan\",siobhan@example.org",
        "Pacjent: Wójcik, Antoni\n",
        "Patient: HUGHES, Ethan\n",
        "Patiënt: van den Berg, Marieke\n",
    ])
    .fp(&["Location: Paris, France\n", "\"However, Mark\"", "Status: Done, Grace period\n", "Team: Sales, Support\n"]),
    // Airline bookings and tickets: `WHITFIELD/DECLAN MR`, `O'BRIEN/CALLUM MRS` (the title is part of the
    // format, so the shape alone is a name).
    pii(
        "PERSON",
        concat!(r"\b(?P<v>", caps!(), r"(?: ", caps!(), r")?/", caps!(), r"(?: ", caps!(), r")?) (?:MR|MRS|MS|MSTR|MISS|DR|CHD|INF)\b"),
    )
    .trim(soft::booking_name)
    .score(0.85)
    .tp(&["1. WHITFIELD/DECLAN MR  DOCS P/GBR/301905627", "2. O'BRIEN/CALLUM MRS", "MÜLLER/ANNA MS"])
    .fp(&["TCP/IP MS", "AND/OR MR", "LH/AF MS"]),
    // vCard: `N:Family;Given;;;` and `FN:Given Family`.
    pii("PERSON", concat!(r"\nN:(?P<v>", words3!(), r";", words3!(), r")(?:;|\r?\n|$)"))
        .trim(soft::vcard_name)
        .score(0.85)
        .tp(&["BEGIN:VCARD\nN:de Vries;Marloes;;;\nFN:Marloes de Vries", "VERSION:3.0\nN:Dias;Laura;;;"])
        .fp(&["\nN:Sales;Team;;;", "\nN:1;2"]),
    pii("PERSON", concat!(r"\nFN:", name!(), end!()))
        .trim(soft::cued_name)
        .score(0.85)
        .tp(&["VERSION:3.0\nFN:Birgit Friedrich\nORG:Litware"])
        .fp(&["\nFN:The Team\n"]),
    // Markdown table cells (`| Jackson Sutherland | Payroll |`) and quoted CSV cells (`,"Declan Hughes",`):
    // the cell must be a name as a whole, with a known given name or surname in it.
    pii("PERSON", concat!(r"\|[ \t]{0,3}", name!(), r"[ \t]{0,3}\|"))
        .trim(soft::field_name)
        .score(0.75)
        .tp(&["| Name | Team |\n|---|---|\n| Mason Hughes | Payroll |"])
        .fp(&["| Victoria Station | open |", "| Grace Period | 30 days |", "| Team | Owner |"]),
    pii("PERSON", concat!(r#"[,;\t\n]""#, name!(), r#""(?:[,;\t\r\n]|$)"#))
        .trim(soft::field_name)
        .score(0.75)
        .gate(&[at(&[",\"", ";\"", "\t\"", "\n\""], 0, 0)])
        .tp(&["INC5705298,1720509529,\"Declan Hughes\",dh@example.com"])
        .fp(&["id,\"Customer Success\",open", "1,\"New York\",2"]),
    // A name and an e-mail address in the same row (`| Jane Doe | Billing | jane.doe@…`, `"Siobhan
    // Harris",harris.siobhan@…`): the value runs to the local part, the finding is the name.
    pii(
        "PERSON",
        concat!(
            r#"(?:^|[|,;\t\n"][ \t]{0,3})(?P<v>"#,
            words3!(),
            r#"[ \t]{0,3}"?(?:[|,;\t](?u:[^\n@|,;\t]){0,40}){0,4}[|,;\t][ \t]{0,3}"?[A-Za-z0-9._%+-]{1,64})@"#
        ),
    )
    .trim(soft::row_name)
    .score(0.75)
    // The local part opens its own field: a separator, then spaces, tabs and a quote.
    .gate(&[at(&["@"], -230, -4).behind(b"\" ", b"|,;\t")])
    .tp(&["| Jackson Sutherland | Payroll | +44 7759 524 010 | jackson.sutherland@example.com |"])
    .fp(&["| Payroll Team | billing | payroll@example.com |", "\"Acme Billing\",billing@acme.com"]),
    // The addressee of a letter: a name alone on its line, the address (with a number) on the next.
    pii("PERSON", concat!(r"\n", name!(), r"[ \t]{0,4}\r?\n(?u:[^\n]){0,40}[0-9]"))
        .trim(soft::field_name)
        .score(0.75)
        .gate(&[given_name(-2, -1)])
        .tp(&["Initech\n24.03.2026\n\nVinicius Barbosa\nRua Augusta, 107 - apto 164\nSão Paulo"])
        .fp(&["Summary\n\nGrace Period\n30 days", "Notes\nVictoria Station\nPlatform 9"]),
    // A signature line: the name, then a separator (`Jane Doe | Head of Sales`, `Beatrice · 28.08.2026`).
    pii("PERSON", concat!(r"\n", name!(), r"[ \t]{1,3}(?:\||(?u:\x{B7})|(?u:\x{2013})|(?u:\x{2014})) "))
        .trim(soft::thanked_name)
        .score(0.75)
        .gate(&[given_name(-2, -1)])
        .tp(&["Use synthetic data.\n\nBeatrice · 2027-03-25", "Best,\nJane Doe | Head of Sales"])
        .fp(&["Intro\nPython · 3.12", "Menu\nHome | About"]),
    // Possessives: `Tom's laptop`, `Fleur's`, `Jane Doe's account`.
    pii("PERSON", concat!(r"\b(?P<v>", name_word!(), r"(?: ", name_word!(), r"){0,2})(?:'|(?u:\x{2019}))s\b"))
        .trim(soft::thanked_name)
        .score(0.75)
        .gate(&[given_name(0, 0)])
        .tp(&["Tom's laptop drops off Wi-Fi", "Fleur's laptop", "Jane Doe's account was charged"])
        .fp(&["Google's servers", "Python's GIL", "the team's laptop"]),
    // Formal salutations followed by the surname alone: `Dear Clarke,`, `Sehr geehrte/r Köhler,`,
    // `Madame, Monsieur Lefèvre,`, `Szanowny Panie Kwiatkowski,`.
    pii(
        "PERSON",
        concat!(
            r"\b(?:Dear|Sehr geehrte(?:r|/r|\(r\))?(?: Frau| Herr)?|Geachte(?: heer| mevrouw)?|Estimad[oa](?:/a|\(a\))?|Prezad[oa](?:/a|\(a\))?|Gentile|Egregi[oa]|Szanown(?:a|y)(?: Pani| Panie)?(?: / Szanown(?:a|y) Pan(?:i|ie))?|Madame, Monsieur|Madame|Monsieur|Cher|Ch(?u:\x{E8})re) (?P<v>(?:(?:van|von|de|da|di|del|der|den|la|le|dos|das|ter|te) ){0,2}",
            name_word!(),
            r"),[ \t]{0,4}\r?\n"
        ),
    )
    .trim(soft::cued_name)
    .score(0.8)
    .tp(&["Re: start\n\nDear Clarke,\n\nWe are", "Sehr geehrte/r Köhler,\n\nhiermit", "Szanowna Pani / Szanowny Panie Kwiatkowski,\n"])
    .fp(&["Dear Customer,\n", "Dear Sir,\n", "Dear Team,\n", "Dear Colleagues,\n", "Dear Northwind Traders,\n"]),
    // A name after an arbitrary label at the start of a line (`Technician: Jane Doe`, `Gast: Lena Koch`):
    // two or three words, the first a known given name, the whole field a name.
    pii("PERSON", concat!(r"\n[A-Z][A-Za-z]{1,20}(?: [a-z]{2,12})?[ \t]?:[ \t]{1,3}", name!(), r"[ \t]{0,4}(?:\r?\n|$)"))
        .trim(soft::labelled_name)
        .score(0.75)
        .gate(&[given_name(-40, -4)])
        .tp(&["Ticket 12\nTechnician: Jane Doe\nStatus: open", "Raum 4\nGast: Lena Koch\n"])
        .fp(&["Ticket 12\nStatus: Grace Period\n", "Plan\nProduct: Max Tokens\n", "Info\nCity: Victoria Station\n"]),
    // `Jane Doe commented on …`, `Declan Whitfield approved these changes`.
    pii(
        "PERSON",
        concat!(
            name!(),
            r" (?:commented|replied|wrote|approved|reviewed|requested changes|mentioned you|left a comment|kommentierte|a comment(?:e|(?u:\x{E9}))|coment(?:o|(?u:\x{F3}))|ha commentato|reageerde|skomentowa(?:l|(?u:\x{142})))\b"
        ),
    )
    .trim(soft::field_name)
    .score(0.75)
    .gate(&[given_name(0, 0)])
    .tp(&["Declan Whitfield commented on `config/prod.yaml`", "Mei McCarthy approved these changes"])
    .fp(&["Release Bot commented on", "GitHub Actions commented on the PR"]),
];
