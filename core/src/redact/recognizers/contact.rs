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

/// E-mail first: an address inside a URL or a sentence wins over the pieces of it.
pub(crate) const FIRST: &[Recognizer] = &[pii(
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
.fp(&["user@localhost", "name@domain", "see @example.com and a@b.c0m", "v1.2@3.4"])];

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
        ])
        .fp(&["+1 2", "score +44 points", "+999 123 456 789"]),
    pii("PHONE", r"(?:\([0-9]{2,5}\) ?|\b[0-9]{2,5}[ .-])[0-9]{2,8}(?:[ .-][0-9]{2,8}){0,3}\b")
        .trim(phone::national)
        .score(0.85)
        .unless(&["iban", "account", "konto", "order", "invoice", "ticket", "isbn", "tracking"])
        .tp(&["(415) 555-2671", "ring 020 7946 0958", "06 12 34 56 78", "415.555.2671"])
        .fp(&["2024-05-01", "version 10.15.7", "1 234 567 EUR", "port 8080 and 443", "01.02.2024"]),
    pii("PHONE", r"\b[0-9]{10,12}\b")
        .trim(phone::with_cue)
        .needs(PHONE_CUES)
        .tp(&["phone: 4155552671", "Telefon 03012345678"])
        .fp(&["order 4155552671", "timestamp 1700000000"]),
];
