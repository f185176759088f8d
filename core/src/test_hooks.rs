//! Hooks that exist only in builds with the `test-hooks` feature, for the Kotlin and Swift
//! host tests: they check glue that Rust tests cannot see from the inside.
//!
//! No app build enables the feature, so these functions are absent from the library and
//! from the bindings generated for it.

use crate::app::Salama;
use crate::error::SalamaError;

#[uniffi::export]
impl Salama {
    /// TEST BUILDS ONLY (feature `test-hooks`): panics with `message` while holding this
    /// object's internal lock. The host tests use it to check that a Rust panic arrives as
    /// an exception (never a crash) and that the object still works afterwards.
    ///
    /// It returns a `Result` because Swift turns a panic into a thrown error only in a
    /// `throws` function; in a non-throwing one the generated code traps.
    pub fn test_hook_panic(&self, message: String) -> Result<(), SalamaError> {
        let _state = self.state();
        panic!("test hook: {message}");
    }
}
