//! The workspace's own `uniffi-bindgen-swift`: Swift sources, C headers and the
//! XCFramework modulemap, from the same `uniffi` version as `salama-core`.

fn main() {
    uniffi::uniffi_bindgen_swift()
}
