//! The scanner's shortcuts against what they stand in for: window walks against the rule regexes, start
//! screens against the validators.

use regex_automata::{Input, MatchKind};

use super::{Scanner, builder};
use crate::redact::{Policy, rule_examples, rules};

/// Wherever a window has few enough starts to be walked, the walks find the match the rule's regex
/// finds (same start, same end), or none when it finds none: for every default rule, on its own test
/// strings and mixed chat, at every start and three window widths.
#[test]
fn window_walks_find_what_the_regex_finds() {
    let scanner = Scanner::new(rules::build(&Policy::default()).unwrap()).unwrap();
    let examples = rule_examples();
    let mixed = [
        "user: Hi, it's jane.doe@example.org, card 4111 1111 1111 1111.\nassistant: Noted, Jane.",
        "Dear Mr. Müller, call +49 30 901820 or write to p.mueller@example.de; password=hunter2hunter2",
        "| Dorota Mazur | SRE | 723 886 366 | dorotamazur@interia.pl |\n\"Priya Shah\", 221B Baker Street",
    ];
    let mut caches = scanner.anchors.caches();
    let (mut walked, mut matched) = (0, 0);
    for (rule, r) in scanner.rules.iter().enumerate() {
        let meta = builder(MatchKind::LeftmostFirst).build(&r.pattern).unwrap();
        let own = examples.iter().filter(|e| e.entity == r.entity);
        let texts = own.flat_map(|e| e.true_positives.iter().chain(e.false_positives)).copied().chain(mixed);
        for text in texts {
            for from in (0..text.len()).filter(|&f| text.is_char_boundary(f)) {
                for width in [0, 4, 40] {
                    let last = (from + width).min(text.len() - 1);
                    let Some(walk) = scanner.walk_window(&mut caches, text, rule, from, last) else {
                        continue;
                    };
                    let end = scanner.window_end(rule, last, text.len());
                    let want = meta
                        .search(&Input::new(text).range(from..end))
                        .filter(|m| m.start() <= last)
                        .map(|m| (m.start(), m.end()));
                    assert_eq!(walk, want, "{} ({}) in {from}..={last} of {text:?}", r.entity, r.pattern);
                    walked += 1;
                    matched += usize::from(walk.is_some());
                }
            }
        }
    }
    eprintln!("walked {walked} windows, {matched} with a match");
    assert!(walked > 10_000 && matched > 300, "walked {walked} windows, {matched} with a match");
}

/// A rule's `starts` pattern is a necessary condition of its validator: wherever the rule's regex
/// matches and the validator accepts, `starts` matches at the same start. Random texts over the bytes
/// such values are made of (400,000 of them), plus the rule's own test strings.
#[test]
fn start_screens_never_skip_an_accepted_match() {
    let rules = rules::build(&Policy::default()).unwrap();
    let examples = rule_examples();
    let alphabet = b"00001234567892345678923456789    ..--/()+\na";
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut texts: Vec<String> = (0..400_000)
        .map(|_| {
            let len = 6 + random() as usize % 18;
            (0..len).map(|_| char::from(alphabet[random() as usize % alphabet.len()])).collect()
        })
        .collect();
    let (mut screened, mut accepted) = (0, 0);
    for r in rules.iter().filter(|r| r.starts.is_some()) {
        let own = examples.iter().filter(|e| e.entity == r.entity);
        texts.extend(
            own.flat_map(|e| e.true_positives.iter().chain(e.false_positives)).map(|t| t.to_string()),
        );
        let rule = builder(MatchKind::LeftmostFirst).build(&r.pattern).unwrap();
        let starts = builder(MatchKind::LeftmostFirst).build(r.starts.unwrap_or_default()).unwrap();
        for text in &texts {
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let anchored = |re: &regex_automata::meta::Regex| {
                    re.search(&Input::new(text).range(at..).anchored(regex_automata::Anchored::Yes))
                };
                let Some(m) = anchored(&rule) else { continue };
                if r.check.run(&text[m.range()]).is_none() {
                    continue;
                }
                accepted += 1;
                assert!(
                    anchored(&starts).is_some(),
                    "{}: {:?} at {at} of {text:?}",
                    r.entity,
                    &text[m.range()]
                );
            }
        }
        screened += 1;
    }
    eprintln!("{screened} screened rules, {accepted} accepted matches");
    assert!(screened >= 1 && accepted > 1_000, "{screened} screened rules, {accepted} accepted matches");
}
