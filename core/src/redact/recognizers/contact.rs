//! Contact data: e-mail addresses and phone numbers.

use super::super::validate::{phone, text};
use super::{Recognizer, at, pii};

/// Letters of Latin-1, Latin Extended, Greek and Cyrillic: enough for internationalized domain labels
/// and names without pulling Unicode tables (explicit ranges compile to plain UTF-8 byte ranges).
macro_rules! intl_letter {
    () => {
        r"(?u:[\x{C0}-\x{24F}\x{370}-\x{3FF}\x{400}-\x{4FF}])"
    };
}
pub(crate) use intl_letter;

/// Phone digits in a record, worth trying only where an e-mail address is the neighbouring field.
macro_rules! record_phone {
    () => {
        r"(?:\+?\([0-9]{2,3}\) ?|\+|\b)[0-9]{2,5}(?:[ ./-]?[0-9]{2,5}){0,4}"
    };
}

/// Phone numbers in contact records, where the e-mail address is the cue: a signature line
/// (`HR · julia@fabrikam.example · 588 251 968`), a CSV row (`…,wei@icloud.com,09140792938,…`), a
/// table row (`| 612 890 235 | szymanski@interia.pl |`). Before the e-mail rule and weaker than it, so
/// the address is still found at the same start; only the digits are the finding.
const RECORD_PHONES: [Recognizer; 2] = [
    pii(
        "PHONE",
        concat!(
            r#"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}"?(?:,| ?(?:[|;]|(?u:\x{B7})) ?| (?:-|(?u:\x{2013})) )"?(?P<v>"#,
            record_phone!(),
            r")\b"
        ),
    )
    .trim(phone::beside_email)
    .score(0.85)
    .unless(PHONE_VETO)
    .gate(&[at(&["@"], -128, -1)])
    .tp(&[
        "HR · julia.szymanski@fabrikam.example · 588 251 968",
        "\"Kowalczyk, Wei\",wei_kowalczyk12@icloud.com,09140792938,\"Refund\"",
        "jane@example.org | (415) 555-2671",
    ])
    .fp(&["jane@example.org,48213,paid", "jane@example.org, 2024-05-01",
        "svenh@example.org,2025-728469", "order-desk@example.org | 4155 2671"]),
    pii(
        "PHONE",
        concat!(r"(?P<v>", record_phone!(), r#")\b ?[|,] ?"?[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]"#),
    )
    .trim(phone::beside_email)
    .score(0.85)
    .unless(PHONE_VETO)
    // Phone (≤ 30 bytes), separator and quote (≤ 4), local part (≤ 64); the local part follows the
    // separator (and a space or quote).
    .gate(&[at(&["@"], -100, -2).behind(b"\" ", b"|,")])
    .tp(&["| Dorota Mazur | SRE | 723 886 366 | dorotamazur@interia.pl |", "09954312422, declan@outlook.com"])
    .fp(&["| 2024-05-01 | jane@example.org |", "| 48213 | jane@example.org |", "ticket 4155 2671 | ops@example.org"]),
];

/// Words near digits that say they are something else than a phone number.
const PHONE_VETO: &[&str] = &["iban", "account", "konto", "order", "invoice", "ticket", "isbn", "tracking"];

/// E-mail first: an address inside a URL or a sentence wins over the pieces of it (the record phones
/// before it are weak findings, so they never hide it).
pub(crate) const FIRST: &[Recognizer] = &[
    RECORD_PHONES[0],
    RECORD_PHONES[1],
    pii(
        "EMAIL",
        concat!(
            r"(?:[A-Za-z0-9._%+-]|",
            intl_letter!(),
            r"){1,64}@(?:(?:[A-Za-z0-9]|",
            intl_letter!(),
            r")(?:[A-Za-z0-9-]|",
            intl_letter!(),
            r"){0,62}\.){1,8}(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{1,59})\b"
        ),
    )
    .whole(text::email)
    // The local part (≤ 64 characters, ≤ 128 bytes) ends at the `@`.
    .gate(&[at(&["@"], -128, -1)])
    .tp(&[
        "mail jane.doe+invoices@mail.example.co.uk today",
        "JANE.DOE@EXAMPLE.ORG",
        "write to jörg@müller.de or info@xn--mller-kva.de",
    ])
    .fp(&["user@localhost", "name@domain", "see @example.com and a@b.c0m", "v1.2@3.4"]),
];

const PHONE_CUES: &[&str] = &[
    "phone",
    "tel",
    "telephone",
    "mobile",
    "cell",
    "call",
    "fax",
    "whatsapp",
    "sms",
    "telefon",
    "handy",
    "telefono",
    "cellulare",
    "portable",
    "movil",
    "celular",
    "telefoon",
    "mobiel",
    "numer",
    "phone number",
    "mobil",
    "móvil",
    "teléfono",
    "telefone",
    "téléphone",
    "tél",
    "tlf",
    "text me",
    "reach me",
    "reach us",
    "reach our office",
    "call me",
    "ring me",
    "ring us",
    "ring mig",
    "chiamami",
    "llámame",
    "llamame",
    "me liga",
    "ligue",
    "dzwonić",
    "dzwonic",
    "komórka",
    "my number",
    "mitt nummer",
    "mio numero",
    "mi número",
    "meu número",
    "mon numéro",
    "meine nummer",
    // Call-back and reachability phrases (`Llamar al …`, `Rückruf unter …`, `joignable au …`,
    // `contacto x@y.es o …`): the number after them is a phone number.
    "llamar",
    "llame",
    "rappeler",
    "appeler",
    "joignable",
    "joindre",
    "richiamare",
    "chiamare",
    "retornar",
    "ligar",
    "oddzwonić",
    "oddzwonic",
    "zadzwoń",
    "zadzwon",
    "terugbellen",
    "bellen",
    "bereikbaar",
    "erreichbar",
    "erreicht",
    "anrufen",
    "rückruf",
    "ruckruf",
    "contact",
    "contacto",
    "contato",
    "kontakt",
    "recapito",
    "dial",
    // Emergency contacts in forms (`Contacto de emergencia: Alba Fernández (cónyuge) 688 382 562`).
    "emergency",
    "emergencia",
    "emergenza",
    "emergência",
    "urgence",
    "notfall",
    "notfallkontakt",
    "contatto",
    "contactpersoon",
    "kontaktu",
];

/// Phone numbers: international notation (calling code + national length), national shapes, and bare
/// digits only next to a cue word.
pub(crate) const PHONES: &[Recognizer] = &[
    pii("PHONE", r"(?:\+|\b00)[1-9][0-9]{0,3}(?:[ .-]?(?:\(0\)|\([0-9]{1,4}\)|[0-9]{1,5})){1,8}\b")
        .trim(phone::international)
        .tp(&[
            "call +44 20 7946 0958 now",
            "+1 (415) 555-2671",
            "+49 30 12345678",
            "+33 6 12 34 56 78",
            "+91 98765 43210",
            "+81 3-1234-5678",
            "+55 11 91234-5678",
            "+44 (0)20 7946 0958",
            "0049 30 12345678",
            "Tel. +14037650019",
            "+34664266615",
            "Tel. +39 081 7002 711",
        ])
        .fp(&["+1 2", "score +44 points", "+999 123 456 789"]),
    // The French trunk notation, five pairs (`04.65.96.86.65`, `06 12 34 56 78`): unambiguous, so no
    // veto word (`ticket`, `order` near a signature) removes it.
    pii("PHONE", r"\b0[1-9](?:\.[0-9]{2}){4}\b|\b0[1-9](?: [0-9]{2}){4}\b")
        .trim(phone::national)
        .score(0.85)
        .tp(&["ticket INC123 · rappel au 04.65.96.86.65", "Order 1234, call 06 12 34 56 78"])
        .fp(&["10.20.30.40.50", "v01.02.03.04.05"]),
    pii(
        "PHONE",
        r"(?:\([0-9]{2,5}\) ?|\b[0-9]{2,5}[ .-]|\b0[0-9]{1,4} ?/ ?)[0-9]{2,8}(?:[ .-][0-9]{2,8}){0,5}\b",
    )
    .trim(phone::national)
    .score(0.85)
    .unless(PHONE_VETO)
    // What `national` accepts: a trunk `0` and a non-zero digit, a two-digit area code in parentheses,
    // or a NANP area code (three digits, the first 2–9); not the years, amounts and versions in between.
    .starting(r"\((?:0[1-9]|[1-9]{2}\)|[2-9][0-9]{2}\))|\b0[1-9]|\b[2-9][0-9]{2}[ .-]")
    .tp(&[
        "(415) 555-2671",
        "ring 020 7946 0958",
        "06 12 34 56 78",
        "415.555.2671",
        "040 / 468 19 58",
        "(21) 5697-4679",
    ])
    .fp(&[
        "2024-05-01",
        "version 10.15.7",
        "1 234 567 EUR",
        "port 8080 and 443",
        "01.02.2024",
        "Is AT51 0990 7257 1249 3609 valid?",
        "Rechnungsnummer 031-6040592-7457294",
        "Shipment ID 2520 0874 4526 3469",
    ]),
    // National numbers without a trunk prefix, compact or grouped: only after a cue word.
    pii("PHONE", r"(?:\([0-9]{2,3}\) ?|\b)[0-9]{2,5}(?:[ ./-]?[0-9]{2,5}){0,4}\b")
        .trim(phone::with_cue)
        .needs(PHONE_CUES)
        .score(0.85)
        .unless(PHONE_VETO)
        .tp(&[
            "phone: 4155552671",
            "Telefon 03012345678",
            "Móvil: 615 26 36 00",
            "Proszę dzwonić pod 652-303-815.",
            "text me at 9252 3666",
            "Me liga no (21) 2754-9183.",
            "WhatsApp me on 85792 86833",
            "Ring mig på 0762087945.",
            "Telefon 0160/2687047",
            "Llamar al 763 520 885.",
            "Oddzwonić na 599 938 336.",
            "Contacto de emergencia: Alba Fernández (cónyuge) 688 382 562",
            "Osoba do kontaktu: Michał Zieliński (żona) 705 720 938",
            "sie erreicht man unter 089/4897676",
            "Retornar no (21) 98754 0749.",
            "contacto ana.patel@example.com o 743 76 58 92.",
        ])
        .fp(&[
            "order 4155552671",
            "timestamp 1700000000",
            "call on 2024-05-01",
            "call 12 3 4567",
            "ring 1234567",
            "call me after you compute 5720/22750",
            "contact us before 2024-05-01",
            "Rückruf am 12.03.2024",
        ]),
];
