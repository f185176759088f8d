//! Files the diary hands to people (backups, exports) appear only once complete: written
//! beside their final name, then renamed, so a crash or a full disk never leaves a
//! truncated file that looks like a good one.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Result;

/// Runs `write` on a `.partial` file beside `path` and renames it to `path` if it succeeds;
/// otherwise removes what was written.
pub fn write_whole(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let partial = partial_path(path);
    match write(&partial) {
        Ok(()) => Ok(fs::rename(&partial, path)?),
        Err(e) => {
            // Best effort: the error that matters is the one being returned.
            let _ = fs::remove_file(&partial);
            Err(e)
        }
    }
}

fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    path.with_file_name(name)
}
