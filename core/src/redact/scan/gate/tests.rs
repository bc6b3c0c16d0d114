//! The window trimming's skip loops against the plain definition: every position of the window tested
//! with `startable`, for every rule of the default policy.

use super::*;
use crate::redact::Policy;
use crate::redact::rules;

/// `window()` as first written: step `first` up and `last` down one position at a time.
fn plain(gates: &Gates, bytes: &[u8], rule: usize, first: isize, last: isize) -> Option<(usize, usize)> {
    let last = last.min(bytes.len() as isize - 1);
    if last < 0 || first > last {
        return None;
    }
    let start = &gates.starts[rule];
    let (mut first, mut last) = (first.max(0) as usize, last as usize);
    while first <= last && !gates.startable(start, bytes, rule, first) {
        first += 1;
    }
    while last > first && !gates.startable(start, bytes, rule, last) {
        last -= 1;
    }
    (first <= last).then_some((first, last))
}

#[test]
fn trimming_keeps_exactly_the_startable_ends() {
    let rules = rules::build(&Policy::default()).unwrap();
    let gates = Gates::new(&rules).unwrap();
    let pieces = [
        "jane@example.org",
        " ",
        "4111 1111",
        "-",
        ".",
        ":",
        "00:1A",
        "Dear Ana",
        "\n",
        "_x",
        "é",
        "GB29",
        "a1",
    ];
    let mut seed = 0x853c_49e6_748f_ea9bu64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let mut text = String::new();
        while text.len() < 200 {
            text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
        }
        let bytes = text.as_bytes();
        for _ in 0..40 {
            let rule = (next() % rules.len() as u64) as usize;
            let first = (next() % 260) as isize - 30;
            let last = first + (next() % 240) as isize - 8;
            let mut fixed = Nearly::with_capacity(0);
            let mut windows = Nearly::with_capacity(0);
            gates.window(bytes, rule, first, last, &mut fixed, &mut windows);
            let got = match (fixed.into_sorted().as_slice(), windows.into_sorted().as_slice()) {
                ([], []) => None,
                ([(p, r)], []) if *r == rule => Some((*p, *p)),
                ([], [(f, l, r)]) if *r == rule => Some((*f, *l)),
                other => panic!("{other:?}"),
            };
            assert_eq!(got, plain(&gates, bytes, rule, first, last), "{text:?} rule {rule} {first}..={last}");
        }
    }
}
