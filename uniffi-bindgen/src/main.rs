//! The workspace's own `uniffi-bindgen`: built from the same `uniffi` version as
//! `salama-core`, so generated Kotlin and Swift always match the library's scaffolding
//! (a mismatch would only show as a checksum failure at run time on a phone).

fn main() {
    uniffi::uniffi_bindgen_main()
}
