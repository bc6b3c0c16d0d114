//! Heap allocations of one native `Redactor::redact` call on the benches' inputs (tiny, 1 KB, 4 KB chat),
//! after warm-up: the figure behind "allocations per call" in `benches/RESULTS-redact.md`.
//!
//!   cargo run --release -p ward-benches --bin redact-allocs
//!
//! A counting wrapper around the system allocator, switched on for the measured call only. Its own
//! binary, so no timed bench runs through the wrapper. "bytes allocated" sums the sizes asked of `alloc`;
//! a `realloc` is counted as a reallocation, its growth not added to the bytes.

#![allow(unsafe_code)] // `GlobalAlloc` is an unsafe trait; the wrapper only counts and forwards.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

use ward_core::redact::{Policy, Redactor};

struct Counting;

static ON: AtomicBool = AtomicBool::new(false);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static REALLOCS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to `System`, which upholds the trait's contract.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if ON.load(Relaxed) {
            ALLOCS.fetch_add(1, Relaxed);
            BYTES.fetch_add(layout.size(), Relaxed);
        }
        // SAFETY: the caller's layout is passed on as received.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through this wrapper with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if ON.load(Relaxed) {
            REALLOCS.fetch_add(1, Relaxed);
        }
        // SAFETY: as for `dealloc`; `new_size` is the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() -> Result<(), String> {
    let redactor = Redactor::new(Policy::default()).map_err(|e| e.to_string())?;
    println!("| input | bytes | findings | allocations | reallocations | bytes allocated |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, text) in ward_benches::inputs() {
        // Warm-up: rule regexes compile on first use, and the caches fill.
        for _ in 0..3 {
            redactor.redact(&text);
        }
        for counter in [&ALLOCS, &REALLOCS, &BYTES] {
            counter.store(0, Relaxed);
        }
        ON.store(true, Relaxed);
        let out = redactor.redact(&text);
        ON.store(false, Relaxed);
        println!(
            "| {name} | {} | {} | {} | {} | {} |",
            text.len(),
            out.findings.len(),
            ALLOCS.load(Relaxed),
            REALLOCS.load(Relaxed),
            BYTES.load(Relaxed)
        );
    }
    Ok(())
}
