//! Financial identifiers: IBAN, payment cards, crypto wallets, SWIFT/BIC and ABA (the last two only with
//! a cue word, since their shapes are common).

use super::super::validate::{financial, ids};
use super::{Recognizer, pii};

/// In priority order.
pub(crate) const ALL: &[Recognizer] = &[
    pii("IBAN", r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b")
        .trim(financial::iban)
        .tp(&[
            "IBAN DE89 3704 0044 0532 0130 00 please",
            "GB82WEST12345698765432",
            "pay to FR14 2004 1010 0505 0001 3M02 606",
            "NL91ABNA0417164300",
        ])
        .fp(&["DE88 3704 0044 0532 0130 00", "XX89370400440532013000", "ISBN 9783161484100"]),
    pii("CREDIT_CARD", r"\b[0-9](?:[ -]?[0-9]){11,18}\b")
        .trim(financial::payment_card)
        // What `payment_card` accepts: an issuer digit 1–6, then twelve or more digits in one run or a
        // first group of four.
        .starting(r"\b[1-6](?:[0-9]{11}|[0-9]{3}[ -][0-9](?:[ -]?[0-9]){7})")
        // Product barcodes (EAN-13, GTIN, UPC) are 12–14 digits and Luhn-like: never a card.
        .unless(&["ean", "ean13", "gtin", "upc", "barcode"])
        .tp(&[
            "card 4111 1111 1111 1111 exp 12/27",
            "5555-5555-5555-4444",
            "378282246310005",
            "6011111111111117",
            "2223 0031 2200 3222",
            "3530111333300000",
            "Mir 2200 7001 2345 6781",
            "card 4111 1111 1111 1111 123 12/27",
            "Amex 3782 822463 10005",
        ])
        .fp(&[
            "order 4111 1111 1111 1112",
            "0000000000000000",
            "ISBN 9783161484100",
            "tracking 1234567812345678",
            "4111-1111 1111-1111",
            "2200 7001 2345 6780",
            "Bestelling 4577 6168 3018 2629 2580 86",
            "Vorgangsnummer 5332 9330 4267 9978",
            "Remboursement commande 520-6845188-2684694",
            "\"sku\": \"IOM-4238-XL\", \"ean\": \"5900231443025\"",
        ]),
    pii("CRYPTO_WALLET", r"\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b")
        .whole(financial::btc_base58)
        .tp(&["send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"])
        .fp(&["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "1Password1Password1Password1Pass"]),
    pii("CRYPTO_WALLET", r"\b(?:bc|tb)1[02-9ac-hj-np-z]{11,71}\b")
        .whole(financial::btc_bech32)
        .tp(&["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"])
        .fp(&["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdz"]),
    pii("CRYPTO_WALLET", r"\b0x[0-9a-fA-F]{40}\b")
        .whole(financial::eth_address)
        .tp(&["eth 0x52908400098527886E0F7030069857D2E4169EE7"])
        .fp(&["0x0000000000000000000000000000000000000000", "0x1234"]),
    pii("SWIFT_BIC", r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
        .whole(ids::swift_bic)
        .needs(&["swift", "bic", "swift code", "bic code", "swift/bic"])
        .tp(&["SWIFT: DEUTDEFF500", "BIC COBADEFFXXX"])
        .fp(&["CONSTANTINOPLE", "DEUTDEFF500 in a sentence", "BIC QQQQXX12"]),
    pii("ABA_ROUTING", r"\b[0-9]{9}\b")
        .whole(ids::aba_routing)
        .needs(&["routing", "aba", "rtn", "routing number", "transit"])
        .tp(&["routing number 021000021", "ABA: 011000015"])
        .fp(&["id 021000021", "routing number 021000022"]),
];
