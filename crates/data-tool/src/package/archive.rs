//! The whole package as one zip: the descriptor at the top, so `frictionless validate` reads
//! the zip as it reads the folder. Every entry is dated the snapshot's as-of date with fixed
//! permissions, so a rebuild gives the same bytes.

use model::Snapshot;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A zip of named files, in the order given.
pub fn archive(snapshot: &Snapshot, files: &[(String, &[u8])]) -> zip::result::ZipResult<Vec<u8>> {
    let as_of = snapshot.as_of;
    let date =
        DateTime::from_date_and_time(as_of.year() as u16, as_of.month(), as_of.day(), 0, 0, 0)
            .map_err(|_| {
                zip::result::ZipError::InvalidArchive("as-of date out of zip range".into())
            })?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(date)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
