//! Candidate lists kept in order as they are built, instead of sorted afterwards.
//!
//! The gates produce candidates from a few streams, each *almost* in text order: the keyword pass reports
//! hits by end offset, and a hit's candidate lies a bounded distance before or after it (the literal's
//! length, the trigger's window); the byte pass walks forward, each given-name trigger a fixed offset
//! from the name. Sorting the lists afterwards cost ~6.8 M instructions per MB of chat (as much as the
//! keyword automaton's transitions). Here each push compares with the last item and, when it is out of
//! order, walks back a few items to its place; streams are then merged. A push that would walk back
//! more than [`MAX_SHIFT`] items (no input of the default policy does, but a custom trigger window can be
//! wide) marks the list unordered and it is sorted once at the end, so the worst case stays
//! `O(n log n)` and the result is always the sorted list.

/// Items a push may move to keep the list in order before it gives up and sorts at the end.
const MAX_SHIFT: usize = 32;

/// A list that is sorted when read, built by pushes that mostly arrive in order.
#[derive(Debug)]
pub(crate) struct Nearly<T> {
    items: Vec<T>,
    ordered: bool,
}

impl<T: Ord + Copy> Nearly<T> {
    pub(crate) fn with_capacity(capacity: usize) -> Nearly<T> {
        Nearly { items: Vec::with_capacity(capacity), ordered: true }
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, x: T) {
        match self.items.last() {
            Some(last) if *last > x => self.insert(x),
            _ => self.items.push(x),
        }
    }

    /// `x` sorts before the last item.
    #[inline(never)]
    fn insert(&mut self, x: T) {
        if self.ordered {
            let n = self.items.len();
            let mut i = n - 1;
            while i > 0 && n - i < MAX_SHIFT && self.items[i - 1] > x {
                i -= 1;
            }
            if i == 0 || self.items[i - 1] <= x {
                self.items.insert(i, x);
                return;
            }
            self.ordered = false;
        }
        self.items.push(x);
    }

    /// The items, sorted.
    pub(crate) fn into_sorted(mut self) -> Vec<T> {
        if !self.ordered {
            self.items.sort_unstable();
        }
        self.items
    }
}

/// The union of two sorted lists, sorted, each distinct item once.
pub(crate) fn merge_dedup<T: Ord + Copy>(a: &[T], b: &[T], out: &mut Vec<T>) {
    out.reserve(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    loop {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) => {
                if x <= y {
                    i += 1;
                    x
                } else {
                    j += 1;
                    y
                }
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        if out.last() != Some(&next) {
            out.push(next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(items: &[u32]) -> Vec<u32> {
        let mut n = Nearly::with_capacity(0);
        items.iter().for_each(|&x| n.push(x));
        n.into_sorted()
    }

    #[test]
    fn reads_sorted_whatever_the_order() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 5, 40, 300] {
            for spread in [1, 3, 20, 1000] {
                let items: Vec<u32> = (0..len)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        i + (seed >> 33) as u32 % spread
                    })
                    .collect();
                let mut want = items.clone();
                want.sort_unstable();
                assert_eq!(build(&items), want, "{items:?}");
            }
        }
        assert_eq!(build(&[5, 4, 3, 2, 1, 0]), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn merges_without_duplicates() {
        let mut out = Vec::new();
        merge_dedup(&[1, 1, 3, 5], &[1, 2, 5, 6], &mut out);
        assert_eq!(out, [1, 2, 3, 5, 6]);
        out.clear();
        merge_dedup::<u8>(&[], &[], &mut out);
        assert!(out.is_empty());
    }
}
