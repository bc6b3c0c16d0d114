//! Person names cued by the structure of business text rather than by a phrase about the name: the
//! display name of an e-mail address (`From: Jane Doe <jane.doe@…>`, `Priya Shah (priya.shah@…)`), role
//! fields (`Customer: Jane Doe was charged`, `Kunde:`, `Requester:`), attendee lists, chat speakers
//! (`[10:02] Tom: …`, `Agent (Mark): …`), thanks and sign-offs inside a line (`Thanks Tom.`,
//! `Groet, Fatima`), dash signatures (`– Uwe`), introductions (`Soy …`, `Ich bin …`) and role nouns
//! (`the customer Jane Doe`). These cues are ordinary words too, so every rule here needs lexicon
//! evidence (see `validate::soft`), except where the e-mail address itself is built from the name.
//! They were added after the held-out corpus (`benches/quality/gen_heldout.py`) showed that the cued
//! rules in `soft` missed most names in e-mail threads, CRM notes and chat transcripts.

use super::super::validate::soft;
use super::contact::intl_letter;
use super::soft::{both, end, name, name_word, upper, word, word_rest};
use super::{Recognizer, Trigger, at, pii};

/// Titles before a particle surname (the trigger words of that rule).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "herr", "frau", "mme", "mlle", "monsieur", "madame", "sr", "sra", "signor",
    "signora", "dhr", "mevr", "mevrouw", "meneer", "pan", "pani",
];

/// One to four name words with particles, unnamed (for patterns whose value group spans more).
macro_rules! plain_name {
    () => {
        concat!(
            name_word!(),
            r"(?: (?:(?:van|von|de|da|di|del|der|den|la|le|dos|das) ){0,2}",
            name_word!(),
            r"){0,3}"
        )
    };
}

/// Names before an e-mail address, role fields and attendee lists.
pub(crate) const ALL: &[Recognizer] = &[
    // `Jane Doe <jane.doe@example.org>`, `"Jane Doe" <…>`, `Priya Shah (priya.shah@…)`,
    // `From: Ana Lima [mailto:ana@…]`: the value group runs to the local part so the validator can
    // compare the two; the finding is the name only.
    pii("PERSON", concat!(r"(?P<v>", plain_name!(), r#""? ?(?:<|\(|\[mailto:)[A-Za-z0-9._%+-]{1,64})@"#))
        .trim(soft::display_name)
        .score(0.8)
        // The local part follows `<`, `(` or the `:` of `[mailto:`.
        .gate(&[at(&["@"], -190, -3).behind(b"", b"<(:")])
        .tp(&[
            "From: Jane Doe <jane.doe@example.org>",
            "Priya Shah (priya.shah@example.com) asked for a demo",
            "Von: Franziska Schäfer <franziskas@hooli.pl>",
            "Author: Mei Okafor <m.okafor@example.com>",
            "Od: Olusegun Tanaka <olusegun.tanaka@example.org>",
            "Cc: Alice O'Brien <alice.obrien@example.org>",
        ])
        .fp(&[
            "From: Acme Billing <billing@acme.com>",
            "Contact Support <support@example.com>",
            "GitHub <noreply@github.com>",
            "From: Build Bot <ci@example.com>",
            "Google Calendar <calendar-notification@google.com>",
            "Order Confirmation <order-confirmation@amazon.de>",
        ]),
    // Role fields: `Customer: Jane Doe was charged`, `Kunde: Ute Krüger`, `Requester: …`, `Payee: …`.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:customer|client|cliente|kunde|kundin|klant|klient|klientka|requester|requestor|reporter|assignee|account owner|owner|contact|billing contact|payee|beneficiary|recipient|(?:rechnungs)?empf(?:a|",
            both!("E4", "C4"),
            r")nger|destinatario|destinataire|beneficiario|titular|applicant|employee|candidate|author|agent|lead|sender|from|von|para|van|aan|emergency contact|next of kin|contact person|notfallkontakt|kontaktperson|ansprechpartner(?:in)?|contactpersoon(?: bij nood)?|personne (?:a|",
            both!("E0", "C0"),
            r") pr(?:e|",
            both!("E9", "C9"),
            r")venir|contatto di emergenza|contacto de emergencia|contato de emerg(?:e|",
            both!("EA", "CA"),
            r")ncia|osoba do kontaktu|n(?:a|",
            both!("E4", "C4"),
            r")rmaste anh(?:o|",
            both!("F6", "D6"),
            r#")rig)"?[ \t]{0,2}:[ \t]{0,3}"?)"#,
            name!(),
            end!()
        ),
    )
    .trim(soft::field_name)
    .score(0.8)
    .tp(&[
        "Customer: Jane Doe was charged twice",
        "Kunde: Ute Krüger wurde zweimal belastet",
        "Requester: Mei Okafor\nE-mail:",
        "Client : Chloé Chevalier a été facturé",
        "Rechnungsempfänger: Priya Al-Farsi",
        "Emergency contact: Logan Delaney (spouse)",
        "Notfallkontakt: Niklas Hofmann (Ehefrau)",
        "{\"customer\":\"Scarlett McCarthy\",\"card\":",
    ])
    .fp(&[
        "Customer: Premium Plan",
        "Client: Chrome 120",
        "Owner: Platform Team",
        "Lead: Sales Qualified",
        "Client: Victoria Station branch",
        "Customer: Florence Nightingale Hospital",
    ]),
    // The same for the short e-mail header keys (`To:`, `Cc:`, `An:`, `De :`, `Od:`, `Da:`), gated on the
    // key itself: a two-letter literal is too short for a prefix gate.
    pii("PERSON", concat!(r"(?i:\b(?:to|cc|bcc|an|de|od|do|da|a)[ \t]?:[ \t]{0,3})", name!(), end!()))
        .trim(soft::field_name)
        .score(0.8)
        .gate(&[at(&["to:", "cc:", "an:", "de:", "de :", "od:", "do:", "da:", "a:", "a :"], 0, 1)])
        .tp(&["Sent: Friday\nTo: Natalie Fletcher\nCc:", "De : Hélène Dubois\n", "Od: Tomasz Kwiatkowski"])
        .fp(&["To: New York", "Cc: Legal", "A: Yes"]),
    // Attendee lists: every name of `Attendees: Rémi Moreau, Aurélie Muller, …` (one finding).
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:attendees|participants|teilnehmer(?:innen)?|anwesend|asistentes|participantes|presenti|partecipanti|obecni|uczestnicy|aanwezig|aanwezigen|deelnemers)[ \t]{0,2}:[ \t]{0,3})(?P<v>",
            plain_name!(),
            r"(?:, ",
            plain_name!(),
            r"){0,11})"
        ),
    )
    .trim(soft::name_list)
    .score(0.8)
    .tp(&["Attendees: Jane Doe, Olusegun Tanaka, Mark Walker\n- budget", "Participants : Rémi Moreau, Aurélie Muller"])
    .fp(&["Attendees: Sales, Marketing, Legal", "Participants: Product Team, Design"]),
];

/// Chat speakers, in-line thanks and sign-offs, dash signatures, introductions and role nouns.
pub(crate) const CHAT: &[Recognizer] = &[
    // A surname that starts with its particle after a title: `Mevrouw de Vries`, `Herr von Braun`,
    // `Frau van der Berg` (the title rule in `soft` wants a capital first).
    pii(
        "PERSON",
        concat!(
            r"\b(?:Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Signor|Signora|Dhr|Mevr|Mevrouw|Meneer|Pan|Pani)\.? (?P<v>(?:van|von|de|da|di|del|della|der|den|la|le|dos|das|ter|te)(?: (?:der|den|de|la|le))? ",
            name_word!(),
            r")",
            end!()
        ),
    )
    .trim(soft::cued_name)
    .score(0.85)
    .gate(&[Trigger { capital: true, ..at(TITLES, 0, 0) }])
    .tp(&["Mevrouw de Vries belde over", "Herr von Braun ist da", "Frau van der Berg hat angerufen"])
    .fp(&["Mr de", "Frau von 12"]),
    // Action items in notes: `- Rémi prend en charge …`, `- Jane to own the migration`: a known given
    // name after a bullet, then a lower-case word. Names that are also imperative verbs (`- Mark as
    // done`, `- Grant access`) are left alone (see `validate::soft::bullet_name`).
    pii("PERSON", concat!(r"\n[ \t]{0,4}(?:[-*]|(?u:\x{2022}))[ \t]{1,2}", name!(), r" [a-z]"))
        .trim(soft::bullet_name)
        .score(0.75)
        .gate(&[at(&["\n"], 0, 0)])
        .tp(&["Attendees: …\n- Priya to own the migration\n- budget", "Notes\n- Rémi prend en charge la migration"])
        .fp(&["Todo\n- Mark as done", "Todo\n- Grant access to the repo", "Todo\n- Python is required", "Todo\n- Will follow up"]),
    // `[2025-03-01 10:02] Tom: …` (after a bracketed stamp), `Agent (Mark): …`.
    pii("PERSON", concat!(r"\][ \t]?", name!(), r"[ \t]?:[ \t]"))
        .trim(soft::thanked_name)
        .score(0.75)
        .gate(&[at(&["]"], 0, 0)])
        .tp(&["[10:02] Sabine: kannst du mir helfen?", "[2025-01-03T10:00:00Z] Jane Doe: hi"])
        .fp(&["[INFO] Server: started", "[1] Note: see below"]),
    // A speaker at the start of a line (`Ian O'Brien: Hi, I was charged`) and a name addressed at the
    // start of a paragraph (`Natalie, the renewal quote is …`); as for bullets, names that are also
    // verbs or list words (`Max: 100`, `Mark, then …`) are left alone.
    // Gated on the `: ` after the name, not on every newline (most lines of any text start with a capital;
    // walking each one from its newline was 4 % of a mixed-chat scan): the newline is 3 to
    // 1 + SPEAKER_NAME_MAX bytes before the colon (checked by a test) and is the last one before it, and the
    // colon has a space or tab after it.
    pii("PERSON", concat!(r"\n", name!(), r":[ \t]"))
        .trim(soft::bullet_name)
        .score(0.75)
        .gate(&[at(&[":"], -1 - SPEAKER_NAME_MAX as isize, -3).confirmed(1, b" \t").at_last(b'\n')])
        .tp(&["Agent: Can you confirm?\nIan O'Brien: ian.obrien@example.org"])
        .fp(&["Steps\nMax: 100\nDescription: login fails", "Notes\nSummary: done"]),
    pii("PERSON", concat!(r"\n\r?\n", name!(), r", [a-z]"))
        .trim(soft::bullet_name)
        .score(0.75)
        .gate(&[at(&["\n"], 0, 0)])
        .tp(&["Subject: renewal\n\nNatalie, the renewal quote is attached."])
        .fp(&["Intro\n\nHowever, the plan changed.", "Intro\n\nParis, the capital, is busy."]),
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:agent|support|rep|operator|advisor|adviser|atendente|agente|mitarbeiter(?:in)?|medewerker|konsultant(?:ka)?|conseill(?:er|",
            both!("E8", "C8"),
            r"re))[ \t]?\()",
            name!(),
            r"\)"
        ),
    )
    .trim(soft::thanked_name)
    .score(0.75)
    .tp(&["Agent (Mark): Sorry about that!", "Agent (Chen): Thanks"])
    .fp(&["Agent (Windows): installed", "support (Beta) only"]),
    // `Thanks Tom.`, `Danke Jürgen,`, `Merci Camille,`, `Gracias Lucía,`, `Dzięki Tomasz,`.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:thanks|thank you|thx|many thanks|cheers|danke|vielen dank|merci|gracias|grazie|obrigad[oa]|bedankt|dank je|dank u|tack|dzi(?:e|",
            both!("119", "118"),
            r")kuj(?:e|",
            both!("119", "118"),
            r")|dzi(?:e|",
            both!("119", "118"),
            r")ki)[ ,]{1,2})",
            name!(),
            r"[ \t]?(?:[,.!;]|\r?\n|$)"
        ),
    )
    .trim(soft::thanked_name)
    .score(0.75)
    .tp(&["Thanks Tom. I'll forward it", "Danke Jürgen, ich leite", "Done, thanks Sophie.", "Dzięki Tomasz, przekażę"])
    .fp(&["Thanks Google!", "Merci Beaucoup!", "Thanks Team,", "Cheers, Mate.", "Thanks All!", "Danke Schön."]),
    // A sign-off and the name on the same line: `Groet, Fatima`, `Bien à vous, Ana`, `Un saludo, Rubén`.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:best regards|kind regards|warm regards|regards|best|cheers|bien (?:a|",
            both!("E0", "C0"),
            r") vous|cordialement|un saludo|saludos|un abrazo|saluti|cordiali saluti|a presto|groet(?:en)?|met vriendelijke groet|pozdrawiam|pozdrowienia|abra(?:c|",
            both!("E7", "C7"),
            r")os?|atenciosamente|(?:viele |liebe |beste )?gr(?:u|",
            both!("FC", "DC"),
            r")(?:ss|(?-i:(?u:\x{DF})))e),[ \t]{1,4})",
            name!(),
            r"[ \t]*[.!]?[ \t]*(?:\r?\n|$)"
        ),
    )
    .trim(soft::thanked_name)
    .score(0.8)
    .tp(&["factuur is in de bijlage. Groet, Fatima", "Bien à vous, Ana\n", "Un saludo, Javier", "Cheers, Liam", "Pozdrawiam, Magdalena"])
    .fp(&["Regards, Legal", "Best, Team\n", "Cheers, Everyone!"]),
    // `– Uwe`, `-- Priya` ending a note.
    pii("PERSON", concat!(r"(?:--|(?u:\x{2013})|(?u:\x{2014}))[ \t]?", name!(), r"[ \t]*(?:\r?\n|$)"))
        .trim(soft::thanked_name)
        .score(0.75)
        .gate(&[at(&["--", "\u{2013}", "\u{2014}"], 0, 0)])
        .tp(&["Follow up next week. -- Priya", "Rückruf vereinbart. – Jan\n"])
        .fp(&["see the docs -- Python\n", "options — Advanced"]),
    // `Soy …`, `Ich bin …,`, `Je suis …`, `Sono …`, `Ik ben …`, `Jestem …`, `Hi, this is …`.
    pii(
        "PERSON",
        concat!(
            r"\b(?:[Ss]oy|[Ii]ch bin|[Jj]e suis|[Ss]ono|[Ee]u sou|[Ii]k ben|[Jj]estem|[Tt]his is) ",
            name!(),
            end!()
        ),
    )
    .trim(soft::field_name)
    .score(0.8)
    .tp(&["Soy Adrián López, nací el", "Ich bin Franziska Neumann, geboren", "Hi, this is Jane Doe. My account"])
    .fp(&["Ich bin Arzt", "This is Python", "Je suis Content", "Soy Sauce"]),
    // `the customer Jane Doe`, `user George Russell reported`, `her manager Claire Doe approved`.
    pii(
        "PERSON",
        concat!(
            r"(?i:\b(?:customer|client|user|manager|candidate|applicant|employee|patient|colleague|coworker|co-worker|boss|requester|cliente|kunde|kundin|klant|klient|kollege|kollegin|collega|colega)[ \t])",
            name!(),
            end!()
        ),
    )
    .trim(soft::field_name)
    .score(0.75)
    .tp(&["user George Russell reported that", "her manager Claire Doe approved", "Applicant Omar Okafor, ID"])
    .fp(&["the customer Success team", "our client Apple", "user Admin", "Manager Dashboard"]),
];

/// Longest [`name`] in bytes: three name words with their particles (the test reads it off the pattern).
const SPEAKER_NAME_MAX: usize = 342;

#[cfg(test)]
mod tests {
    use regex_automata::util::syntax;

    use super::*;

    /// The speaker rule's window holds every match start: a name is 2 to [`SPEAKER_NAME_MAX`] bytes long.
    #[test]
    fn the_speaker_trigger_window_covers_every_name() {
        let config = syntax::Config::new().unicode(false).utf8(true);
        let hir = syntax::parse_with(name!(), &config).unwrap();
        let props = hir.properties();
        assert_eq!(props.minimum_len(), Some(2));
        assert_eq!(props.maximum_len(), Some(SPEAKER_NAME_MAX));
    }
}
