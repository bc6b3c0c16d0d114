//! The scanner's window walks against the rule regexes they stand in for.

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
