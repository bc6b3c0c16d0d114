//! Government identifiers with their published check algorithms. Shapes specific enough on their own
//! (letters + digits, grouped formats) are in [`ALL`]; bare digit runs that need a cue word are in
//! [`CONTEXTUAL`].

use super::super::validate::ids;
use super::{Recognizer, pii};

fn passport(s: &str) -> bool {
    s.bytes().filter(u8::is_ascii_digit).count() >= 4
}

/// Distinctive shapes.
pub(crate) const ALL: &[Recognizer] = &[
    // A trailing `-digits` group is taken into the candidate so that the validator (9 digits) rejects
    // longer hyphenated numbers such as ISBN-13 `978-84-376-0494-7` instead of matching their head.
    pii("US_SSN", r"\b[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}(?:-[0-9]+)*\b")
        .whole(ids::us_ssn)
        .score(0.95)
        .tp(&["SSN 536-22-1234", "my social is 536 22 1234", "SSN 536-22-1234."])
        .fp(&[
            "000-12-3456",
            "666-12-3456",
            "536-22-0000",
            "123-45-6789",
            "536-22 1234",
            "ref 536-22-1234-77",
        ]),
    pii("US_ITIN", r"\b9[0-9]{2}[- ][0-9]{2}[- ][0-9]{4}(?:-[0-9]+)*\b")
        .whole(ids::us_itin)
        .tp(&["ITIN 912-70-1234", "ITIN: 912-70-1234, thanks"])
        .fp(&["912-40-1234", "ISBN 978-84-3760-494-7", "ISBN: 978-90-7992-911-5"]),
    pii("UK_NINO", r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b")
        .whole(ids::uk_nino)
        .tp(&["NI number AB 12 34 56 C", "JG103759A"])
        .fp(&["GB123456A", "DA123456C"]),
    pii(
        "IT_FISCAL_CODE",
        r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b",
    )
    .whole(ids::it_fiscal_code)
    .tp(&["codice fiscale RSSMRA85T10A562S"])
    .fp(&["RSSMRA85T10A562T"]),
    pii("FR_NIR", r"\b[12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2A|2B) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}\b")
        .whole(ids::fr_nir)
        .tp(&["NIR 1 85 05 78 006 048 30", "185057800604830"])
        .fp(&["185057800604831"]),
    pii("ES_DNI", r"\b[0-9]{8}-?[A-Z]\b").whole(ids::es_dni).tp(&["DNI 12345678Z"]).fp(&["12345678A"]),
    pii("ES_NIE", r"\b[XYZ]-?[0-9]{7}-?[A-Z]\b").whole(ids::es_nie).tp(&["NIE X1234567L"]).fp(&["X1234567A"]),
    pii("SG_NRIC", r"\b[STFGM][0-9]{7}[A-Z]\b")
        .whole(ids::sg_nric)
        .tp(&["NRIC S1234567D"])
        .fp(&["S1234567A"]),
    pii("IN_PAN", r"\b[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]\b")
        .score(0.85)
        .tp(&["PAN ABCPE1234F"])
        .fp(&["ABCDE1234F", "ABCXE1234F"]),
    pii("BR_CPF", r"\b[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}\b")
        .whole(ids::br_cpf)
        .tp(&["CPF 529.982.247-25"])
        .fp(&["529.982.247-26", "111.111.111-11"]),
    pii("BR_CNPJ", r"\b[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}\b")
        .whole(ids::br_cnpj)
        .tp(&["CNPJ 11.222.333/0001-81", "11222333000181"])
        .fp(&["11.222.333/0001-82"]),
    // Following digit groups are taken into the candidate so that the validator (12 digits) rejects the
    // head of a longer grouped number (a 16-digit reference, an IBAN's BBAN) instead of matching it.
    pii("IN_AADHAAR", r"\b[2-9][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}(?:[ -][0-9]+)*\b")
        .whole(ids::in_aadhaar)
        .tp(&["Aadhaar 2341 2341 2346", "Aadhaar: 2341-2341-2346"])
        .fp(&[
            "2341 2341 2345",
            "1234 5678 9012",
            "reference 2341 2341 2346 7788",
            "Account reference: 4845 4387 9078 8527",
        ]),
    pii("SE_PERSONNUMMER", r"\b(?:19|20)?[0-9]{6}[-+][0-9]{4}\b")
        .whole(ids::se_personnummer)
        .tp(&["personnummer 811218-9876", "19811218-9876"])
        .fp(&["811218-9875", "201399-1234"]),
];

/// Digit runs that are an identifier only next to a cue word (whole-word match).
pub(crate) const CONTEXTUAL: &[Recognizer] = &[
    pii("US_SSN", r"\b[0-9]{9}\b")
        .whole(ids::us_ssn)
        .needs(&["ssn", "social security", "social security number", "ss#"])
        .score(0.9)
        .tp(&["SSN: 536221234"])
        .fp(&["ref 536221234", "SSN: 000221234"]),
    pii("UK_NHS", r"\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}\b")
        .whole(ids::uk_nhs)
        .needs(&["nhs", "nhs number", "nhs no", "health", "patient"])
        .tp(&["NHS number 943 476 5919", "NHS: 4010232137"])
        .fp(&["NHS number 943 476 5918", "call 943 476 5919"]),
    pii("CA_SIN", r"\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}\b")
        .whole(ids::ca_sin)
        .needs(&[
            "sin",
            "social insurance",
            "numero d'assurance sociale",
            "numéro d'assurance sociale",
            "numéro d’assurance sociale",
            "assurance sociale",
            "nas",
        ])
        .tp(&["SIN 130 692 544", "SIN: 193-456-787", "Numéro d'assurance sociale : 130 692 544"])
        .fp(&["SIN 130 692 545", "order 130 692 544", "SIN 046 454 286"]),
    pii("DE_TAX_ID", r"\b[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}\b")
        .whole(ids::de_tax_id)
        .needs(&[
            "steuer-id",
            "steueridentifikationsnummer",
            "steuerid",
            "idnr",
            "tax id",
            "steuer",
            "identifikationsnummer",
            "tax_id",
            "national_id",
            "national id",
            "document_number",
            "document number",
        ])
        .tp(&["Steuer-ID 65929970489", "IdNr: 86 095 742 719", "{\"tax_id\": \"65 929 970 489\"}"])
        .fp(&["Steuer-ID 65929970488", "invoice 65929970489"]),
    pii("NL_BSN", r"\b[0-9]{4}\.?[0-9]{2}\.?[0-9]{3}\b|\b[0-9]{9}\b")
        .whole(ids::nl_bsn)
        .needs(&[
            "bsn",
            "burgerservicenummer",
            "sofinummer",
            "sofi",
            "tax_id",
            "national_id",
            "national id",
            "document_number",
        ])
        .tp(&["BSN 111222333", "burgerservicenummer: 1112.22.333"])
        .fp(&["BSN 111222334", "ticket 111222333"]),
    pii("PL_PESEL", r"\b[0-9]{11}\b")
        .whole(ids::pl_pesel)
        .needs(&["pesel", "tax_id", "national_id", "national id", "document_number"])
        .tp(&["PESEL 44051401359"])
        .fp(&["PESEL 44051401358", "id 44051401359"]),
    pii("AU_TFN", r"\b[0-9]{3} ?[0-9]{3} ?[0-9]{3}\b")
        .whole(ids::au_tfn)
        .needs(&["tfn", "tax file number", "tax file", "tax_id", "tax id"])
        .tp(&["TFN 123 456 782"])
        .fp(&["TFN 123 456 781", "code 123 456 782"]),
    pii("AU_MEDICARE", r"\b[2-6][0-9]{3} ?[0-9]{5} ?[0-9]{1,2}\b")
        .whole(ids::au_medicare)
        .needs(&["medicare", "medicare number", "medicare card"])
        .tp(&["Medicare 2123 45670 1"])
        .fp(&["Medicare 2123 45671 1", "batch 2123 45670 1"]),
    pii("IN_AADHAAR", r"\b[2-9][0-9]{11}\b")
        .whole(ids::in_aadhaar)
        .needs(&["aadhaar", "aadhar", "uid", "uidai"])
        .tp(&["aadhaar: 234123412346"])
        .fp(&["aadhaar: 234123412345", "id 234123412346"]),
    // Compact personnummer (`YYYYMMDDNNNC` as tax forms and systems store it, or `YYMMDDNNNC`).
    pii("SE_PERSONNUMMER", r"\b(?:19|20)?[0-9]{10}\b")
        .whole(ids::se_personnummer)
        .needs(&[
            "personnummer",
            "personnr",
            "pnr",
            "person number",
            "personal identity number",
            "samordningsnummer",
        ])
        .tp(&["Mitt personnummer är 198112189876.", "personnr 8112189876"])
        .fp(&["personnummer 198112189875", "ts=198112189876", "order 198112189876"]),
    pii("BR_CPF", r"\b[0-9]{11}\b")
        .whole(ids::br_cpf)
        .needs(&["cpf"])
        .tp(&["CPF 52998224725"])
        .fp(&["CPF 52998224726", "id 52998224725"]),
    // The passport of an airline passenger record (`DOCS P/GBR/301905627/…`, SSR DOCS): document type
    // `P`, issuing country, number.
    pii("PASSPORT", r"\bP/[A-Z]{3}/(?P<v>[A-Z0-9]{5,9})/")
        .whole(|s| s.bytes().any(|b| b.is_ascii_digit()))
        .score(0.85)
        .tp(&[
            "1. DOE/JANE MS  DOCS P/GBR/301905627/1994-07-04",
            "SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/12JUL82/F",
        ])
        .fp(&["P/GBR/ABCDEF/", "see P/EUR/2024/"]),
    pii("PASSPORT", r"\b(?:[A-Z][A-Z0-9]{5,8}|[0-9]{6,9})\b")
        .whole(passport)
        .score(0.85)
        .needs(&[
            "passport",
            "passport number",
            "passport no",
            "reisepass",
            "passnummer",
            "passeport",
            "pasaporte",
            "passaporto",
            "paspoort",
            "paszport",
            "passaporte",
            "pass",
        ])
        .tp(&["passport number C01X00T47", "Passport: 123456789", "Reisepass C4J7X1234"])
        .fp(&["ticket 123456789", "passport office opens at 9"]),
];
