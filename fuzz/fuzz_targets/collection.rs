//! The helpline collection parser and validator: any bytes give valid lines or an error,
//! never a panic; whatever validates also renders its open status.
#![no_main]

use libfuzzer_sys::fuzz_target;
use salama_core::helplines::model::{Origin, parse_collection};

fuzz_target!(|data: &[u8]| {
    let now: jiff::Timestamp = "2026-03-29T01:30:00Z".parse().unwrap();
    for (code, origin) in [("GR", Origin::Published), ("EU", Origin::Seed)] {
        if let Ok(lines) = parse_collection(data, code, origin) {
            for line in &lines {
                let _ = line.hours.status_at(now);
            }
        }
    }
});
