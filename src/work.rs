//! A count of the work done by the data and view code, for tests that check time budgets by
//! counting steps instead of measuring the clock (which depends on the machine and its load).
//!
//! The loops that scan data tick once per step. On wasm32 the count compiles to nothing, so
//! visitors pay no byte and no instruction for it.

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of work on this thread.
#[inline]
pub fn tick(n: usize) {
    #[cfg(not(target_arch = "wasm32"))]
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
    #[cfg(target_arch = "wasm32")]
    let _ = n;
}

/// The steps counted on this thread since the last call, and starts counting again.
pub fn take() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    return STEPS.with(|s| s.replace(0));
    #[cfg(target_arch = "wasm32")]
    0
}
