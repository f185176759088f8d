//! Tests of the sync protocol.
