//! What a pattern's syntax tree says about where its matches can start.
//!
//! The scanner never runs a rule's regex over the whole text. It first finds the few positions where a
//! match *could* start, and these facts, computed once per pattern when a policy is compiled, decide how:
//! a literal prefix (compared ASCII-case-insensitively, so `(?i:bearer)` is one literal, not 64), the set
//! of first bytes, whether the pattern opens with a word boundary, and the longest possible match.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Facts about one pattern.
#[derive(Clone, Debug)]
pub(crate) struct Shape {
    /// Bytes a match can start with.
    pub first: [bool; 256],
    /// Bytes a match can start with without an ASCII word boundary check before them (the rest need
    /// one, e.g. every digit of `\b[0-9]{9}`, but not the `+` of `(?:\+|\b00)`).
    pub free: [bool; 256],
    /// Every match starts with one of these lower-case literals (ASCII-case-insensitively); `None` when
    /// no finite set exists. At most [`MAX_PREFIXES`]: a larger set is cut to shorter literals.
    pub prefixes: Option<Vec<Vec<u8>>>,
    /// Longest match in bytes, if bounded.
    pub max_len: Option<usize>,
    /// Shortest match in bytes (`None`: the pattern matches nothing).
    pub min_len: Option<usize>,
    /// Bytes the second byte of a match can be, when every match has at least two bytes (`None`
    /// otherwise): the keyword gates check it before recording a candidate, so `\n\r?\n…` is not tried
    /// at every newline of a text whose lines start with letters.
    pub second: Option<[bool; 256]>,
}

/// More literals than this per pattern and the prefix is not worth a keyword gate.
pub(crate) const MAX_PREFIXES: usize = 64;
/// Literals are not extended past this length (longer ones are no more selective).
const MAX_LITERAL: usize = 12;
/// A class with more distinct (case-folded) bytes than this ends a literal.
const MAX_CLASS: usize = 8;

/// Parses `pattern` the way the scanner compiles it (ASCII mode, UTF-8 haystacks).
pub(crate) fn parse(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new().unicode(false).utf8(true).build().parse(pattern).ok()
}

impl Shape {
    /// Facts about `pattern`; a pattern that does not parse gets the most conservative answer.
    pub(crate) fn of(pattern: &str) -> Shape {
        let Some(hir) = parse(pattern) else {
            return Shape {
                first: [true; 256],
                free: [true; 256],
                prefixes: None,
                max_len: None,
                min_len: Some(0),
                second: None,
            };
        };
        let (mut first, mut free) = ([false; 256], [false; 256]);
        if first_bytes(&hir, &mut first, &mut free, false) {
            (first, free) = ([true; 256], [true; 256]);
        }
        let prefixes = match prefixes(&hir) {
            Seq::Finite(lits) => {
                let v: Vec<Vec<u8>> = shrink(lits, MAX_PREFIXES).into_iter().map(|(l, _)| l).collect();
                (!v.is_empty()).then_some(v)
            }
            Seq::Infinite => None,
        };
        let two = Two::of(&hir);
        let second = (!two.empty && !two.one).then_some(two.second);
        let (max_len, min_len) = (hir.properties().maximum_len(), hir.properties().minimum_len());
        Shape { first, free, prefixes, max_len, min_len, second }
    }

    /// The shortest prefix literal, 0 without prefixes.
    pub(crate) fn min_prefix_len(&self) -> usize {
        self.prefixes.as_ref().and_then(|p| p.iter().map(Vec::len).min()).unwrap_or(0)
    }
}

/// Literal prefixes: each with a flag saying whether it covers the whole match of the sub-pattern (so the
/// next item of a concatenation may extend it).
enum Seq {
    Finite(Vec<(Vec<u8>, bool)>),
    Infinite,
}

/// The literals a class can match, ASCII letters folded to lower case: single bytes, or the UTF-8
/// encodings of a few non-ASCII characters (`(?:u|ü)`); `None` for a class of more than [`MAX_CLASS`].
fn folded_class(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut add = |lit: Vec<u8>| {
        if !out.contains(&lit) {
            out.push(lit);
        }
        out.len() <= MAX_CLASS
    };
    match hir.kind() {
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                if usize::from(r.end() - r.start()) > 2 * MAX_CLASS {
                    return None;
                }
                for b in r.start()..=r.end() {
                    if !add(vec![b.to_ascii_lowercase()]) {
                        return None;
                    }
                }
            }
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                if hi - lo > 2 * MAX_CLASS as u32 {
                    return None;
                }
                for ch in (lo..=hi).filter_map(char::from_u32) {
                    let mut buf = [0u8; 4];
                    let mut lit = ch.encode_utf8(&mut buf).as_bytes().to_vec();
                    lit.make_ascii_lowercase();
                    if !add(lit) {
                        return None;
                    }
                }
            }
        }
        _ => return None,
    }
    out.sort();
    Some(out)
}

/// At most `cap` distinct literals: while there are more, the longest are cut by one byte (a prefix of
/// a match's prefix is still one) and marked as no longer covering a whole sub-match.
fn shrink(mut lits: Vec<(Vec<u8>, bool)>, cap: usize) -> Vec<(Vec<u8>, bool)> {
    loop {
        lits.sort();
        // Equal literals merge; the merged one may be extended only if every copy could.
        lits.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 &= b.1;
            }
            same
        });
        let longest = lits.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        if lits.len() <= cap || longest == 0 {
            return lits;
        }
        for (l, exact) in &mut lits {
            if l.len() == longest {
                l.pop();
                *exact = false;
            }
        }
    }
}

fn prefixes(hir: &Hir) -> Seq {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Seq::Finite(vec![(Vec::new(), true)]),
        HirKind::Literal(lit) => Seq::Finite(vec![(lit.0.to_ascii_lowercase(), true)]),
        HirKind::Class(_) => match folded_class(hir) {
            Some(lits) => Seq::Finite(lits.into_iter().map(|l| (l, true)).collect()),
            None => Seq::Infinite,
        },
        HirKind::Capture(c) => prefixes(&c.sub),
        HirKind::Repetition(rep) => {
            if rep.min == 0 {
                // `(?:viele |liebe )?gr…`: a match either starts with the group (its literals, not
                // extended further unless the group occurs at most once) or skips it (the empty
                // literal, extended by what follows). Answering only "empty, inexact" here left
                // cue-word rules with an optional leading word without any prefix gate.
                let mut out = match prefixes(&rep.sub) {
                    Seq::Finite(lits) if rep.max == Some(1) => lits,
                    Seq::Finite(lits) => lits.into_iter().map(|(l, _)| (l, false)).collect(),
                    Seq::Infinite => return Seq::Finite(vec![(Vec::new(), false)]),
                };
                out.push((Vec::new(), true));
                return Seq::Finite(out);
            }
            match prefixes(&rep.sub) {
                Seq::Finite(lits) if rep.min == 1 && rep.max == Some(1) => Seq::Finite(lits),
                Seq::Finite(lits) => Seq::Finite(lits.into_iter().map(|(l, _)| (l, false)).collect()),
                Seq::Infinite => Seq::Infinite,
            }
        }
        HirKind::Alternation(items) => {
            let mut out = Vec::new();
            for h in items {
                match prefixes(h) {
                    Seq::Finite(lits) => out.extend(lits),
                    Seq::Infinite => return Seq::Infinite,
                }
                if out.len() > MAX_PREFIXES * 4 {
                    out = shrink(out, MAX_PREFIXES * 4);
                }
            }
            Seq::Finite(out)
        }
        HirKind::Concat(items) => {
            let mut acc: Vec<(Vec<u8>, bool)> = vec![(Vec::new(), true)];
            for h in items {
                if acc.iter().all(|(l, exact)| !exact || l.len() >= MAX_LITERAL) {
                    break;
                }
                let mut next = match prefixes(h) {
                    Seq::Finite(lits) => lits,
                    Seq::Infinite => {
                        acc.iter_mut().for_each(|(_, exact)| *exact = false);
                        break;
                    }
                };
                // A large alternation after a short literal (`\b(?:forty cue words)\s`) is cut to shorter
                // literals first rather than ending the prefix before it.
                let extendable = acc.iter().filter(|(_, exact)| *exact).count();
                if extendable > 0 && extendable * next.len() > MAX_PREFIXES {
                    next = shrink(next, (MAX_PREFIXES / extendable).max(1));
                }
                let grown: usize = acc.iter().map(|(_, exact)| if *exact { next.len() } else { 1 }).sum();
                if grown > MAX_PREFIXES {
                    acc.iter_mut().for_each(|(_, exact)| *exact = false);
                    break;
                }
                let mut out = Vec::with_capacity(grown);
                for (lit, exact) in acc {
                    if !exact || lit.len() >= MAX_LITERAL {
                        out.push((lit, false));
                        continue;
                    }
                    for (n, n_exact) in &next {
                        let mut l = lit.clone();
                        l.extend_from_slice(n);
                        out.push((l, *n_exact));
                    }
                }
                acc = out;
            }
            Seq::Finite(acc)
        }
    }
}

/// The first two bytes of a pattern's matches, over-approximated (assertions are ignored).
#[derive(Clone)]
struct Two {
    first: [bool; 256],
    /// Second bytes of the matches that have at least two bytes.
    second: [bool; 256],
    /// May match the empty string.
    empty: bool,
    /// May match exactly one byte.
    one: bool,
}

impl Two {
    fn none() -> Two {
        Two { first: [false; 256], second: [false; 256], empty: false, one: false }
    }

    fn empty() -> Two {
        Two { empty: true, ..Two::none() }
    }

    fn union(&mut self, o: &Two) {
        for b in 0..256 {
            self.first[b] |= o.first[b];
            self.second[b] |= o.second[b];
        }
        self.empty |= o.empty;
        self.one |= o.one;
    }

    /// `self` followed by `next`.
    fn then(&self, next: &Two) -> Two {
        let mut t = Two::none();
        for b in 0..256 {
            t.first[b] = self.first[b] || (self.empty && next.first[b]);
            t.second[b] = self.second[b] || (self.one && next.first[b]) || (self.empty && next.second[b]);
        }
        t.empty = self.empty && next.empty;
        t.one = (self.one && next.empty) || (self.empty && next.one);
        t
    }

    fn of(hir: &Hir) -> Two {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => Two::empty(),
            HirKind::Literal(lit) => {
                let mut t = Two::none();
                match lit.0.len() {
                    0 => t.empty = true,
                    1 => t.one = true,
                    _ => t.second[usize::from(lit.0[1])] = true,
                }
                if let Some(&b) = lit.0.first() {
                    t.first[usize::from(b)] = true;
                }
                t
            }
            HirKind::Class(Class::Bytes(c)) => {
                let mut t = Two::none();
                for r in c.ranges() {
                    (r.start()..=r.end()).for_each(|b| t.first[usize::from(b)] = true);
                }
                t.one = true;
                t
            }
            HirKind::Class(Class::Unicode(c)) => {
                let mut t = Two::none();
                for r in c.ranges() {
                    let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                    if lo < 0x80 {
                        (lo..=hi.min(0x7F)).for_each(|b| t.first[b as usize] = true);
                        t.one = true;
                    }
                    if hi >= 0x80 {
                        utf8_leads(lo.max(0x80), hi).for_each(|b| t.first[usize::from(b)] = true);
                        (0x80..=0xBF).for_each(|b| t.second[b] = true);
                    }
                }
                t
            }
            HirKind::Capture(c) => Two::of(&c.sub),
            HirKind::Repetition(rep) => {
                let x = Two::of(&rep.sub);
                let mut t = Two::none();
                if rep.min == 0 {
                    t.union(&Two::empty());
                }
                if rep.min <= 1 && rep.max.is_none_or(|m| m >= 1) {
                    t.union(&x);
                }
                // Two or more copies: the summary no longer changes after the second.
                if rep.max.is_none_or(|m| m >= 2) {
                    t.union(&x.then(&x));
                }
                t
            }
            HirKind::Concat(items) => items.iter().rev().fold(Two::empty(), |rest, h| Two::of(h).then(&rest)),
            HirKind::Alternation(items) => {
                let mut t = Two::none();
                items.iter().for_each(|h| t.union(&Two::of(h)));
                t
            }
        }
    }
}

/// Marks in `first` the bytes a match of `hir` can start with, and in `free` those reachable without
/// passing an ASCII word-boundary assertion first (`guarded`: one was passed on this path). Returns true
/// if `hir` can match empty (then the caller must also look at what follows).
fn first_bytes(hir: &Hir, first: &mut [bool; 256], free: &mut [bool; 256], guarded: bool) -> bool {
    let mut mark = |b: usize, first: &mut [bool; 256]| {
        first[b] = true;
        if !guarded {
            free[b] = true;
        }
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => match lit.0.first() {
            Some(&b) => {
                mark(usize::from(b), first);
                false
            }
            None => true,
        },
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                (r.start()..=r.end()).for_each(|b| mark(usize::from(b), first));
            }
            false
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                for b in lo.min(0x80)..hi.min(0x7F) + 1 {
                    mark(b as usize, first);
                }
                for b in utf8_leads(lo.max(0x80), hi) {
                    mark(usize::from(b), first);
                }
            }
            false
        }
        HirKind::Repetition(rep) => first_bytes(&rep.sub, first, free, guarded) || rep.min == 0,
        HirKind::Capture(c) => first_bytes(&c.sub, first, free, guarded),
        HirKind::Concat(items) => {
            let mut guarded = guarded;
            for h in items {
                if !first_bytes(h, first, free, guarded) {
                    return false;
                }
                guarded |= matches!(h.kind(), HirKind::Look(Look::WordAscii));
            }
            true
        }
        HirKind::Alternation(items) => {
            // Every alternative must be visited (no short-circuit): each adds its own first bytes.
            let mut empty = false;
            for h in items {
                empty |= first_bytes(h, first, free, guarded);
            }
            empty
        }
    }
}

/// The first bytes of the UTF-8 encodings of the code points `lo..=hi` (all at or above U+0080): the lead
/// bytes of the two-, three- and four-byte parts of the range. A Latin capital (`[À-Þ]`) starts with
/// `0xC3`, so Greek or CJK text (`0xCE…`, `0xE4…`) is not visited for a name pattern.
fn utf8_leads(lo: u32, hi: u32) -> impl Iterator<Item = u8> {
    // (first code point, last code point, lead byte of the first, bits below the lead byte)
    const PARTS: [(u32, u32, u32, u32); 3] =
        [(0x80, 0x7FF, 0xC0, 6), (0x800, 0xFFFF, 0xE0, 12), (0x1_0000, 0x10_FFFF, 0xF0, 18)];
    PARTS.into_iter().filter(move |&(a, b, _, _)| lo <= b && hi >= a).flat_map(move |(a, b, lead, shift)| {
        let (from, to) = (lo.max(a), hi.min(b));
        ((lead | from >> shift)..=(lead | to >> shift)).filter_map(|x| u8::try_from(x).ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lead bytes are exactly those of the range's code points' encodings.
    #[test]
    fn utf8_leads_are_the_encodings_first_bytes() {
        let ranges =
            [(0x80, 0x80), (0xC0, 0xDE), (0xC0, 0x24F), (0x370, 0x3FF), (0x7FF, 0x800), (0x2019, 0x2019)];
        let wide = [(0x80, 0x10_FFFF), (0xFFFF, 0x1_0000), (0x4E00, 0x9FFF), (0x1F600, 0x1F64F)];
        for (lo, hi) in ranges.into_iter().chain(wide) {
            let mut want: Vec<u8> = (lo..=hi)
                .filter_map(char::from_u32)
                .map(|c| c.encode_utf8(&mut [0; 4]).as_bytes()[0])
                .collect();
            want.dedup();
            let got: Vec<u8> = utf8_leads(lo, hi).collect();
            assert_eq!(got, want, "{lo:#x}..={hi:#x}");
        }
        let latin = Shape::of(r"(?u:[\x{C0}-\x{D6}\x{D8}-\x{DE}\x{104}])");
        let leads: Vec<usize> = (0x80..256).filter(|&b| latin.first[b]).collect();
        assert_eq!(leads, [0xC3, 0xC4]);
    }

    fn lits(p: &str) -> Option<Vec<String>> {
        Shape::of(p)
            .prefixes
            .map(|v| v.into_iter().map(|l| String::from_utf8_lossy(&l).into_owned()).collect())
    }

    #[test]
    fn prefixes_are_folded_and_bounded() {
        assert_eq!(lits(r"\bgh[pousr]_[A-Za-z0-9]{36}\b").map(|v| v.len()), Some(5));
        let bearer = lits(r"(?i:\bBearer\s{1,3})x").unwrap_or_default();
        assert!(
            bearer.len() == 6 && bearer.iter().all(|l| l.len() == 7 && l.starts_with("bearer")),
            "{bearer:?}"
        );
        assert_eq!(
            lits(r"\b(?:sk|rk)_(?:test|live)_x"),
            Some(vec!["rk_live_x".into(), "rk_test_x".into(), "sk_live_x".into(), "sk_test_x".into()])
        );
        assert_eq!(Shape::of(r"\b[0-9]{9}\b").min_prefix_len(), 0);
        assert_eq!(lits(r"[a-z]*foo"), Some(vec![String::new()]));
        assert_eq!(
            lits(r"(?i:\b(?:best|(?:viele |liebe )?gr(?:u|(?-i:(?u:\x{FC})))sse),)"),
            Some(
                ["best,", "grusse,", "grüsse,", "liebe grusse", "liebe grüss", "viele grusse", "viele grüss"]
                    .map(String::from)
                    .to_vec()
            )
        );
        assert_eq!(lits(r"(?:ab)*c"), Some(vec!["ab".into(), "c".into()]));
        assert_eq!(lits(r"x(?:[a-z]+)?y"), Some(vec!["x".into()]));
        let guarded = Shape::of(r"\b[0-9]{3}");
        assert!(guarded.first[usize::from(b'7')] && !guarded.free[usize::from(b'7')]);
        let phone = Shape::of(r"(?:\+|\b00|\([0-9])[0-9]");
        assert!(
            phone.free[usize::from(b'+')] && phone.free[usize::from(b'(')] && !phone.free[usize::from(b'0')]
        );
        assert_eq!(Shape::of(r"ab{2,3}").max_len, Some(4));
    }

    fn seconds(p: &str) -> Option<String> {
        Shape::of(p).second.map(|s| (0..=255u8).filter(|&b| s[usize::from(b)]).map(char::from).collect())
    }

    #[test]
    fn second_bytes() {
        assert_eq!(seconds(r"\n\r?\n[A-Z]"), Some("\n\r".into()));
        assert_eq!(seconds(r"\n[ \t]{0,4}[-*][ \t]{1,2}"), Some("\t *-".into()));
        assert_eq!(seconds(r"\b(?:ab|c)d"), Some("bd".into()));
        assert_eq!(seconds(r"x(?:yz)*w"), Some("wy".into()));
        assert_eq!(seconds(r"(?:ab){2,}"), Some("b".into()));
        assert_eq!(seconds(r"[a-c]{2}"), Some("abc".into()));
        assert_eq!(seconds(r"a|bc"), None);
        assert_eq!(seconds(r"a?"), None);
        assert_eq!(Shape::of(r"(?u:\x{2022})x").second.map(|s| s[0x80] && !s[0x81]), Some(true));
        let utf8 = Shape::of(r"(?u:[\x{2013}\x{2022}])x").second.unwrap_or([false; 256]);
        assert!(utf8[0x80] && utf8[0xBF] && !utf8[usize::from(b'x')]);
    }
}
