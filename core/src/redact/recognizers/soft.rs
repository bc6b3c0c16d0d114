//! Person names. No checksum exists, so each needs a cue (a salutation, "my name is", a `name:` field, a
//! signature, a greeting, "forward this to") or lexicon hits; they score below the checkable entities and
//! lose overlaps to them. Addresses are in `address`, dates of birth in `birth`.

use super::super::validate::soft;
use super::contact::intl_letter;
use super::{Recognizer, given_name, pii};

/// Upper-case Latin letters with diacritics (Latin-1 and the Extended-A capitals of the supported
/// languages: `É`, `Ł`, `Ś`, `Ż`, …), so names such as `Élodie` or `Łukasz` start a name word.
macro_rules! upper {
    () => {
        r"(?u:[\x{C0}-\x{D6}\x{D8}-\x{DE}\x{104}\x{106}\x{10C}\x{10E}\x{118}\x{11A}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}])"
    };
}
pub(crate) use upper;

/// The rest of a capitalised word after its first letter (possibly hyphenated: `Saint-Germain`,
/// `Anne-Marie`).
macro_rules! word_rest {
    () => {
        concat!(
            r"(?:[a-z]|",
            intl_letter!(),
            r"){1,24}(?:-(?:[A-Z]|",
            upper!(),
            r")(?:[a-z]|",
            intl_letter!(),
            r"){1,24})?"
        )
    };
}

/// A capitalised word (possibly hyphenated: `Saint-Germain`, `Anne-Marie`; Gaelic `Mc`/`Mac`/`Fitz`
/// prefixes keep their inner capital: `McCarthy`, `MacKenzie`).
macro_rules! word {
    () => {
        concat!(r"(?:(?:Mc|Mac|Fitz)?[A-Z]|", upper!(), r")", word_rest!())
    };
}
pub(crate) use word;
pub(crate) use word_rest;

/// A name word: a capitalised word, possibly after an elided particle (`O'Brien`, `D’Angelo`).
macro_rules! name_word {
    () => {
        concat!(r"(?:[A-Z](?:'|(?u:\x{2019})))?", word!())
    };
}
pub(crate) use name_word;

/// One to three capitalised words, with name particles between them, as the value group `v`.
macro_rules! name {
    () => {
        concat!(
            r"(?P<v>",
            name_word!(),
            r"(?: (?:(?:van|von|de|da|di|del|der|den|la|le|dos|das) ){0,2}",
            name_word!(),
            r"){0,2})"
        )
    };
}
pub(crate) use name;
/// The end of a name: a character that cannot continue a word (`GitHub` is not the name `Git`).
macro_rules! end {
    () => {
        r"(?:(?u:[^A-Za-z0-9_\x{C0}-\x{24F}\x{370}-\x{4FF}])|$)"
    };
}
pub(crate) use end;

/// A non-ASCII letter in either case inside an `(?i:…)` group (the build has no Unicode case tables).
macro_rules! both {
    ($lo:literal, $up:literal) => {
        concat!(r"(?-i:(?u:[\x{", $lo, r"}\x{", $up, r"}]))")
    };
}
pub(crate) use both;

/// Cued names first, then the weakly cued ones; bare lexicon names are [`BARE`] (tried last).
pub(crate) const ALL: &[Recognizer] = &[
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:my name is|my name's|i am called|call me|je m'appelle|mon nom est|ich hei(?:ss|(?-i:(?u:\x{DF})))e|mein name ist|me llamo|mi nombre es|mi chiamo|mio nome (?:e|",
            both!("E8", "C8"),
            r")|mijn naam is|ik heet|nazywam si(?:e|",
            both!("119", "118"),
            r")|mam na imi(?:e|",
            both!("119", "118"),
            r")|jag heter|mitt namn (?:ar|",
            both!("E4", "C4"),
            r")|meu nome (?:e|",
            both!("E9", "C9"),
            r")|eu me chamo|me chamo|dzie(?:n|",
            both!("144", "143"),
            r") dobry,? tu)\s{1,3})",
            name!(),
            end!()
        ),
    )
    .trim(soft::cued_name)
    .score(0.85)
    .tp(&[
        "Hello, my name is Jonas Weber and",
        "je m'appelle Camille Dubois",
        "Mi chiamo Giulia Rossi.",
        "Nazywam się Łukasz Woźniak.",
        "Meu nome é Ana Almeida.",
        "Dzień dobry, tu Michał Kowalski.",
        "Ich heiße Jürgen Schäfer",
    ])
    .fp(&["my name is not important", "the name is Widget", "My name is The Doctor"]),
    pii(
        "PERSON",
        concat!(
            r"\b(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Signor|Signora|Sig|Dhr|Mevr|Pan|Pani|Fru|Mevrouw|Meneer|Mijnheer|Dott|Avv|Se(?u:\x{F1})or|Se(?u:\x{F1})ora|Senhor|Senhora|Sr\.(?u:\x{AA})|Sra\.(?u:\x{AA}))\.?) ",
            name!(),
            end!()
        ),
    )
    .trim(soft::cued_name)
    .score(0.85)
    .tp(&[
        "please ask Mr. Smith",
        "Frau Anna Schmidt",
        "Mme Durand",
        "Mme Élodie Durand a appelé",
        "Mevrouw Visser belde",
        "la Sra. Díaz llamó",
    ])
    .fp(&["Dr. The", "Prof. A"]),
    // Italian titles written in lower case (`la sig.ra Santoro`, `il dott. Bianchi`): a rule of their own,
    // so that its literal prefixes gate it.
    pii("PERSON", concat!(r"(?i:\b(?:sig\.(?:ra|na)|dott\.(?:ssa)?|dr\.ssa) )", name!(), end!()))
        .trim(soft::cued_name)
        .score(0.85)
        .tp(&["La sig.ra Santoro ha chiamato", "il dott. Bianchi"])
        .fp(&["sig.ra", "dott. 12"]),
    pii(
        "PERSON",
        concat!(
            r#"(?i:\b(?:full_?name|first_?name|last_?name|given_?name|sur_?name|customer_?name|patient_?name|contact_?name|display_?name|full name|nome completo|nombre completo|nom complet|name|patient|nombre|nom|prenom|vorname|nachname|cognome|naam|imi(?:e|"#,
            both!("119", "118"),
            r#")|nazwisko|namn|nome)"?'?\s{0,3}[:=]\s{0,3}["']?)"#,
            // A salutation after the field cue belongs to neither (`name: Mrs. Anna Schmidt`).
            r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Signor|Signora|Sig|Dhr|Mevr|Pan|Pani|Fru)\.? )?",
            name!(),
            end!()
        ),
    )
    .trim(soft::cued_name)
    .score(0.8)
    .tp(&[
        "{\"name\": \"Priya Sharma\"}",
        "first_name=Lukas",
        "Name: Olga Nowak",
        "Nome: Rafael Pereira Souza",
        "name: Mrs. Anna Schmidt",
        "Nome completo: Aline Barbosa\nEndereço",
        "Full name: Zoe O'Brien",
    ])
    .fp(&["name: the default", "name=a", "Name: Please"]),
    // Sign-offs, then the name on the next line (`Mit freundlichen Grüßen` and `Med vänliga hälsningar`
    // are seen from their last word). Accented letters are spelled out per word, never as `[aä]`: a
    // non-ASCII class would end the literal prefix that gates the rule.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:regards|best regards|kind regards|warm regards|best wishes|best|thanks|many thanks|thank you|cheers|sincerely|yours|",
            r"gr(?:uess|uss|(?-i:(?u:\x{FC}\x{DF}))|(?-i:(?u:\x{FC}))ss)(?:e|en)?|cordialement|bien a vous|bien (?-i:(?u:\x{E0})) vous",
            r"|saludos|un saludo|atentamente|saluti|cordiali saluti|distinti saluti|cordialmente|atenciosamente",
            r"|abracos|abra(?-i:(?u:\x{E7}))os|groeten|met vriendelijke groet|pozdrawiam|z powazaniem",
            r"|z powa(?-i:(?u:\x{17C}))aniem|halsningar|h(?-i:(?u:\x{E4}))lsningar|hilsen|mvh),?[ \t]{0,8}\r?\n[ \t]{0,8})",
            name!(),
            end!()
        ),
    )
    .trim(soft::cued_name)
    .score(0.8)
    .tp(&[
        "Thanks,\nMaria Lopez",
        "Best regards,\n  Tom Becker\nACME",
        "Mit freundlichen Grüßen\nMarie Wolf",
        "Viele Grüße\nJürgen Schäfer",
        "Med vänliga hälsningar,\nErik Olsson",
        "Atenciosamente,\nJoão Nascimento",
        "Pozdrawiam,\nŁukasz Kowalski",
        "Thanks,\nNicole Williams Can you help?",
    ])
    .fp(&["Thanks,\nThe team", "Thanks\nPlease see below", "Cheers,\nWe will"]),
    // A greeting closed by a comma or `!` (`Hej Lars!`, `Beste Lotte Bakker,`): the punctuation makes the
    // greeting a salutation; a single word must still be a known given name (see `greeted_name`).
    pii(
        "PERSON",
        concat!(
            r"\b(?:(?:Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Salut|Cher|Ch(?u:\x{E8})re|Hola|Querido|Querida|Ciao|Caro|Cara|Gentile|Beste|Hej|Hei|Witaj|Oi|Goedemorgen|Moin|Servus|Hoi|Cze(?u:\x{15B}\x{107})|Buongiorno|Buonasera|Guten Tag|Bom dia|Boa tarde|Buenos d(?u:\x{ED})as|Buenas tardes|Goedendag|Goedemiddag),? |Ola,? |Ol(?u:\x{E1}),? )",
            name!(),
            r" ?[,!]"
        ),
    )
    .trim(soft::greeted_name)
    .score(0.75)
    .tp(&[
        "Hej Lars! Vad ska jag göra?",
        "Beste Lotte Bakker,\n",
        "Olá Gabriel Rodrigues,",
        "Bonjour Céline Dubois,",
        "Hoi Daan, factuur",
        "Cześć Monika, w załączniku",
        "[00:10:00] Leonie: Hallo, Sören, Ticket SUP-20116.",
    ])
    .fp(&[
        "Hi Team,",
        "Dear Northwind Traders,",
        "Hello, World!",
        "Hello World!",
        "Dear Valued Customer,",
        "Hi ChatGPT, please",
        "Hey Siri!",
        "Hallo Zusammen,",
        "Hi Kubernetes!",
        "Ciao Ragazzi!",
    ]),
    // Hand-over phrases: the name after them is the addressee.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:forward (?:this|it|that)(?: (?:e-?mail|message|mail))? to|(?:draft|write|send) (?:a|an) (?:reply|response|answer|message|note|e-?mail) to|reply to|transmettre (?:ceci |cela |(?:c|",
            both!("E7", "C7"),
            r")a )?(?:a|",
            both!("E0", "C0"),
            r")|reenv(?:i|",
            both!("ED", "CD"),
            r")a (?:esto|este correo|este mensaje) a|inoltra(?:re)? (?:questo |questa e-?mail )?a|leite (?:das|dies|es) (?:bitte )?an|encaminh(?:e|a) (?:isto|isso) (?:para|a)|stuur (?:dit|het) door naar|skicka (?:detta|det) till|przeka(?:z|",
            both!("17C", "17B"),
            r") (?:to|t(?:e|",
            both!("119", "118"),
            r") wiadomo(?:s|",
            both!("15B", "15A"),
            r")(?:c|",
            both!("107", "106"),
            r")) do|przeka(?:z|",
            both!("17C", "17B"),
            r")(?:e|",
            both!("119", "118"),
            r") (?:to|je|go)|(?:je )?(?:le |la |les )?transmets (?:a|",
            both!("E0", "C0"),
            r")|(?:se )?lo (?:paso|env(?:i|",
            both!("ED", "CD"),
            r")o) a|(?:te )?lo (?:giro|passo|inoltro) a|(?:vou )?repass(?:ar|o) (?:isso |isto )?para|loop in|looping in|cc'?ing|ik stuur (?:dit|het) door naar|ich leite (?:das|es) an)\s{1,3})",
            name!(),
            end!()
        ),
    )
    .trim(soft::lexicon_name)
    .score(0.75)
    .tp(&[
        "Grazie, lo giro a Serena Caruso a Torino.",
        "Gracias, se lo paso a Alba Vázquez en Sevilla.",
        "Merci, je transmets à Océane Chevalier à Lyon.",
        "Dzięki, przekażę to Leila Patel w Gdańsku.",
        "Obrigado, vou repassar para João Rodrigues em Curitiba.",
        "Intro done; loop in Leila Patel from sales.",
        "Please forward this to Sanjay Joshi in accounting.",
        "Reenvía esto a Marta Gómez, por favor.",
        "Pouvez-vous transmettre à Chloé Durand ?",
        "Bitte leite das an Lukas Koch weiter.",
        "Can you draft a reply to Lim Nur Aisyah?",
    ])
    .fp(&["forward this to Google Drive", "reply to GitHub Support", "forward it to Legal", "loop in Finance", "lo giro a Milano"]),
    // `This is Koh Siti from the support team`: an introduction (prefix-gated, so names that start with a
    // diacritic are seen too; the lexicon still decides).
    pii("PERSON", concat!(r"\b(?:[Tt]his is|[Ii] am|I'm|[Cc]'est|[Hh]ier ist) ", name!(), r" (?:from|at|of|with|here|von|de|du|bei|da)\b"))
        .trim(soft::lexicon_name)
        .score(0.75)
        .tp(&["This is Koh Mei Ling from the support team.", "This is David Harris from the support team."])
        .fp(&["This is Python from the docs", "I am New from here"]),
    pii(
        "PERSON",
        concat!(
            r"\b(?:Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Cher|Ch(?u:\x{E8})re|Hola|Querido|Querida|Ciao|Caro|Cara|Beste|Hej|Witaj|Ola|I am|I'm|[Tt]his is|contact|ask|with|from|by|cc|to|and)[ ,]{1,2}",
            name!(),
            end!()
        ),
    )
    .trim(soft::lexicon_name)
    .score(0.75)
    // The name (a known given name) follows a cue of 2–7 bytes and 1–2 separators; a surname-first
    // name has its given name one word later.
    .gate(&[given_name(-18, -3)])
    .tp(&[
        "Hi Anna, the report",
        "Dear Pierre Martin,",
        "I'm Rahul and",
        "This is Olivia Clark from",
        "Dear Élodie Martin,",
        "Hola Íñigo, gracias",
        "Hi Łukasz, the report",
        "I'm Vinícius and",
        "Hi Owen, the build",
    ])
    .fp(&["Hi Team,", "Hello World", "from Monday", "to Google Drive", "Dear Wayne Enterprises, I"]),
];

/// Two capitalised words; see [`BARE`] for the start.
const BARE_NAME: &str = concat!(
    r"(?P<v>(?:\b(?:Mc|Mac|Fitz)?[A-Z]|\B",
    upper!(),
    r")",
    word_rest!(),
    r" ",
    word!(),
    r")",
    end!()
);

/// Two capitalised words with no cue: a known given name and a known surname (`Olivia White presented`).
///
/// The scanner's `\b` is ASCII: before `Łukasz` (a two-byte letter) it sees no word start, so a name
/// that opens with a non-ASCII capital starts at `\B` instead (the byte before is not an ASCII word
/// character); the end is `end!`'s, which knows the Latin letters beyond ASCII (`José`).
pub(crate) const BARE: &[Recognizer] = &[pii("PERSON", BARE_NAME)
    .whole(soft::bare_full_name)
    .score(0.7)
    .gate(&[given_name(0, 0)])
    .tp(&[
        "ask Maria Garcia about it",
        "Thomas Mueller",
        "Olivia White presented the Q3 numbers.",
        "ask Vinícius Souza about it",
        "hablé con Łukasz Nowak ayer",
        "rozmawiałem z Élodie Martin wczoraj",
        "entrevista con José García.",
    ])
    .fp(&["Mark Down", "Max Tokens", "New York", "MaxŁukasz Nowak"])];
