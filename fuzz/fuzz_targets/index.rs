//! The release index parser: any bytes give a checked index or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(checked) = salama_core::sync::index::parse(data) {
        // What parsed must round-trip through the writer and parse again the same.
        let bytes = salama_core::sync::index::to_bytes(&checked.index);
        let again = salama_core::sync::index::parse(&bytes).expect("a checked index re-parses");
        assert_eq!(again.index, checked.index);
    }
});
