//! Dates of birth: a plausible date next to a birth cue, before it (`born on`, `Geburtsdatum:`, `Nací el`)
//! or after it (`Ich bin am 12.9.2006 geboren`). Month names in the supported languages, with and
//! without diacritics, Polish genitive forms and the Romance `de` (`14 de diciembre de 1951`).

use super::super::validate::soft;
use super::{Recognizer, at, pii};

/// `é` or `e` (and the like) inside `(?i:…)`: the build has no Unicode case tables.
macro_rules! acc {
    ($lo:literal, $up:literal, $ascii:literal) => {
        concat!(r"(?:", $ascii, r"|(?-i:(?u:[\x{", $lo, r"}\x{", $up, r"}])))")
    };
}

macro_rules! months {
    () => {
        concat!(
            r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec",
            r"|januar|februar|m",
            acc!("E4", "C4", "a"),
            r"rz|maerz|mai|juni|juli|oktober|dezember",
            r"|janvier|f",
            acc!("E9", "C9", "e"),
            r"vrier|mars|avril|juin|juillet|ao",
            acc!("FB", "DB", "u"),
            r"t|septembre|octobre|novembre|d",
            acc!("E9", "C9", "e"),
            r"cembre",
            r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
            r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
            r"|januari|februari|maart|mei|augustus|augusti|maj",
            r"|janeiro|fevereiro|mar",
            acc!("E7", "C7", "c"),
            r"o|maio|junho|julho|setembro|outubro|novembro|dezembro",
            r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze",
            acc!("15B", "15A", "s"),
            r"nia|pa",
            acc!("17A", "179", "z"),
            r"dziernika|listopada|grudnia)"
        )
    };
}

/// A date in numeric or written form, as the value group `v`.
macro_rules! date {
    () => {
        concat!(
            r"(?P<v>\b(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{1,2}-",
            months!(),
            r"-(?:19|20)[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th|er)?\.? (?:of |de )?",
            months!(),
            r"\.?,? (?:de |del )?(?:19|20)[0-9]{2}|",
            months!(),
            r"\.? [0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2})\b)"
        )
    };
}

/// Birth cues seen before the date (whole words, ASCII case-insensitive).
const BIRTH: &[&str] = &[
    "born",
    "bday",
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
    "nací",
    "naci",
    "nato",
    "nata",
    "nascita",
    "geboortedatum",
    "urodzony",
    "urodzona",
    "urodzenia",
    "urodziłem",
    "urodziłam",
    "urodzilem",
    "urodzilam",
    "född",
    "fodd",
    "födelsedatum",
    "fodelsedatum",
    "födelsedag",
    "nascimento",
    "nasceu",
    "nasci",
    "nascido",
    "nascida",
];

pub(crate) const ALL: &[Recognizer] = &[
    pii("DATE_OF_BIRTH", date!())
        .whole(soft::date)
        .score(0.85)
        .needs(BIRTH)
        .tp(&[
            "born on 12 March 1985",
            "DOB: 1985-03-12",
            "Geburtsdatum: 12.03.1985",
            "date of birth: March 12, 1985",
            "Nací el 14 de diciembre de 1951.",
            "Data urodzenia: 17 lutego 1995",
            "née le 7 décembre 1988",
            "Födelsedatum: 1952-07-15",
            "Jag är född 12 maj 1998.",
            "Nasci em 25 de dezembro de 2003.",
            "Nasci em 28 de novembro de 1970.",
        ])
        .fp(&["meeting on 12 March 2025", "released 2024-05-01", "DOB: 1985-13-45"]),
    // The birth date of an airline passenger record (`DOCS P/GBR/301905627/1994-07-04`, or the SSR form
    // `P/GBR/301905627/GBR/12JUL82/M`): the date after the passport number and optional nationality.
    pii("DATE_OF_BIRTH", concat!(r"\bP/[A-Z]{3}/[A-Z0-9]{5,9}/(?:[A-Z]{3}/)?", date!()))
        .whole(soft::date)
        .score(0.85)
        .tp(&["1. DOE/JANE MS  DOCS P/GBR/301905627/1994-07-04", "DOCS P/IND/Z6331476/1 May 1990"])
        .fp(&["P/GBR/301905627/ABC", "P/GBR/301905627/2024-13-45"]),
    pii(
        "DATE_OF_BIRTH",
        r"\bP/[A-Z]{3}/[A-Z0-9]{5,9}/[A-Z]{3}/(?P<v>[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[0-9]{2})/[MFX]\b",
    )
    .score(0.85)
    .tp(&["SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/12JUL82/F/01JAN30/DOE/JANE"])
    .fp(&["P/DEU/C01X00T47/DEU/12JUL82"]),
    // The cue after the date: `Ich bin am 12.9.2006 geboren`, `… 1990 born`.
    pii(
        "DATE_OF_BIRTH",
        concat!(
            date!(),
            r"\s{1,3}(?i:geboren|born|n(?:e|(?-i:(?u:[\x{E9}\x{C9}])))e?|nacid[oa]|nat[oa]|urodzon[ay]|f(?:o|(?-i:(?u:[\x{F6}\x{D6}])))dd|nascid[oa])\b"
        ),
    )
    .whole(soft::date)
    .score(0.85)
    // The date (at most ~40 bytes and a space) ends right before the cue word.
    .gate(&[at(&["geboren", "born", "né", "née", "nacido", "nacida", "nato", "nata", "urodzony", "urodzona", "född", "fodd", "nascido", "nascida"], -64, -9)])
    .tp(&["Ich bin am 12.9.2006 geboren.", "Ich bin am 27. Januar 1988 geboren."])
    .fp(&["Das Paket wurde am 12.9.2024 versendet.", "am 12.9.2006 gebaut"]),
];
