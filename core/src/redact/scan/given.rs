//! The given-name lexicon as the byte pass asks it: "is this capitalised word a known given name?"
//!
//! The byte pass asks at every capitalised word start (~21,700 times per MB of chat), and almost every
//! answer is no (`The`, `Please`, `Order`). A set lookup costs a copy, a lower-casing loop, a hash of the
//! whole word and a probe, ~100 instructions. A sieve answers most of the noes first: one bit per
//! (length, first three letters), hashed into 65,536 bits (8 KB), set for every name of the lexicon
//! (1,232 names fill ~2 % of it). A clear bit proves the word is not in the lexicon; a set bit sends it to
//! the set, so the answer is always the set's.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::redact::validate::soft;

/// Bits of the sieve (a power of two).
const SIEVE_BITS: usize = 1 << 16;

/// The lexicon (lower-case ASCII) with its sieve.
#[derive(Debug)]
pub(crate) struct GivenNames {
    set: HashSet<Vec<u8>, BuildHasherDefault<Fnv>>,
    sieve: Box<[u64; SIEVE_BITS / 64]>,
    /// Longest name (longer words are not looked up).
    max: usize,
}

/// FNV-1a for the set: its keys are fixed when the policy is compiled (nothing to flood), and SipHash
/// cost more than the rest of the lookup.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The sieve's bit for a word: its length and first three bytes, each `| 0x20` (lower case for ASCII
/// letters, which is all a lexicon name holds; any other byte maps the same way every time).
#[inline(always)]
fn sieve_bit(word: &[u8]) -> usize {
    let byte = |i: usize| u32::from(word.get(i).map_or(0, |&b| b | 0x20));
    let key = (word.len() as u32) << 24 | byte(0) << 16 | byte(1) << 8 | byte(2);
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize & (SIEVE_BITS - 1)
}

impl GivenNames {
    /// The name validator's lexicon.
    pub(crate) fn new() -> GivenNames {
        GivenNames::of(soft::given_names())
    }

    fn of<'a>(names: impl Iterator<Item = &'a str>) -> GivenNames {
        let mut sieve = Box::new([0u64; SIEVE_BITS / 64]);
        let mut set = HashSet::default();
        let mut max = 0;
        for name in names {
            let name = name.as_bytes().to_ascii_lowercase();
            let bit = sieve_bit(&name);
            if let Some(word) = sieve.get_mut(bit / 64) {
                *word |= 1 << (bit % 64);
            }
            max = max.max(name.len());
            set.insert(name);
        }
        GivenNames { set, sieve, max }
    }

    #[inline(always)]
    fn sifted(&self, word: &[u8]) -> bool {
        let bit = sieve_bit(word);
        self.sieve.get(bit / 64).is_some_and(|w| w >> (bit % 64) & 1 != 0)
    }

    /// True if `word` (ASCII letters, any case) is a name of the lexicon.
    #[inline(always)]
    pub(crate) fn contains_ascii(&self, word: &[u8]) -> bool {
        // Lower-cased on the stack: an allocation per capitalised word cost more than the lookup.
        let mut lower = [0u8; 32];
        word.len() <= self.max.min(lower.len())
            && self.sifted(word)
            && lower.get_mut(..word.len()).is_some_and(|lower| {
                lower.copy_from_slice(word);
                lower.make_ascii_lowercase();
                self.set.contains(&*lower)
            })
    }

    /// True if `folded` (a word folded like the lexicon, see [`soft::fold`]) is a name of the lexicon.
    pub(crate) fn contains_folded(&self, folded: &Vec<u8>) -> bool {
        // Looked up by `Vec<u8>`, not `&[u8]`: a second call site of the hot path's instantiation made
        // LLVM stop inlining it there (+1.2 % instructions on mixed chat).
        folded.len() <= self.max && self.sifted(folded) && self.set.contains(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sieve_never_hides_a_name_and_agrees_with_the_set() {
        let names = GivenNames::new();
        let mut hidden = 0;
        for name in soft::given_names() {
            for word in [name.to_string(), name.to_ascii_uppercase(), capitalised(name)] {
                assert!(names.contains_ascii(word.as_bytes()), "{word}");
            }
            assert!(names.contains_folded(&name.as_bytes().to_vec()), "{name}");
        }
        // Every word the set would reject is rejected, whether the sieve or the set says so; and the
        // sieve alone rejects most of them.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 1 + (seed % 9) as usize;
            let word: Vec<u8> = (0..len).map(|i| b'a' + ((seed >> (8 + 5 * i)) % 26) as u8).collect();
            let want = names.set.contains(&word);
            assert_eq!(names.contains_ascii(&word), want, "{:?}", String::from_utf8_lossy(&word));
            hidden += usize::from(!names.sifted(&word));
        }
        assert!(hidden > 190_000, "the sieve passed {} of 200,000 random words", 200_000 - hidden);
        assert!(
            !names.contains_ascii(b"The") && !names.contains_ascii(b"Please") && names.contains_ascii(b"Max")
        );
        assert!(!names.contains_ascii(&[b'a'; 40]), "longer than any name");
    }

    fn capitalised(name: &str) -> String {
        let mut word = name.to_string();
        word.get_mut(..1).map(str::make_ascii_uppercase);
        word
    }
}
