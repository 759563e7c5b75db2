//! A snapshot's data package: its tables as CSV with a Frictionless `datapackage.json`
//! ([`descriptor`]), the same tables as one workbook ([`workbook`]) and everything as one zip
//! ([`archive`]) with the snapshot's and its strategy's published JSON beside the tables (so
//! the zip is the whole snapshot), in a folder named by the hash of its `SHA256SUMS` listing, like the item
//! folders. Every file is the same bytes on every rebuild of the same snapshot and terms.

pub mod archive;
pub mod descriptor;
pub mod tables;
pub mod workbook;

use crate::output::sha256_hex;
use crate::problem::{ToolError, UsageError};
use model::open_data::{PackageFiles, PackageTerms, DESCRIPTOR_FILE, PACKAGE_LISTING};
use model::{Snapshot, Strategy};

/// The snapshot's published JSON, as named inside the zip.
pub const ZIPPED_SNAPSHOT: &str = "json/snapshot.json";
/// The published JSON of the strategy version the snapshot reports against, inside the zip.
pub const ZIPPED_STRATEGY: &str = "json/strategy.json";

/// A snapshot's package folder, ready to write.
pub struct PackageFolder {
    /// Where it goes, its listing's hash and its terms (the manifest's entry).
    pub files: PackageFiles,
    /// Each file's path relative to the data base URL, and its bytes (the listing included).
    pub contents: Vec<(String, Vec<u8>)>,
}

fn unwritable(what: &str, error: impl std::fmt::Display) -> ToolError {
    UsageError::PackageUnwritable {
        error: format!("{what}: {error}"),
    }
    .into()
}

/// The data package of a snapshot, against the strategy version it reports against;
/// `published` are the files that go into the zip only (they are published on their own):
/// the snapshot's and the strategy's JSON under [`ZIPPED_SNAPSHOT`] and [`ZIPPED_STRATEGY`].
pub fn package_folder(
    strategy: &Strategy,
    snapshot: &Snapshot,
    terms: &PackageTerms,
    published: &[(&str, &[u8])],
) -> Result<PackageFolder, ToolError> {
    let name = PackageFiles::name_for(snapshot.id);
    let tables = tables::snapshot_tables(strategy, snapshot);
    let descriptor = descriptor::descriptor(strategy, snapshot, terms, &tables);
    let title = format!("{} — {}", strategy.document.short_title.az, snapshot.id);
    let workbook =
        workbook::workbook(&title, snapshot, &tables).map_err(|e| unwritable("the workbook", e))?;
    let workbook_name = format!("{name}.xlsx");
    let mut named: Vec<(String, Vec<u8>)> = vec![(DESCRIPTOR_FILE.to_string(), descriptor)];
    named.extend(tables.iter().map(|t| (t.file(), t.csv.clone())));
    named.push((workbook_name, workbook));
    let zipped: Vec<(String, &[u8])> = named
        .iter()
        .map(|(n, b)| (n.clone(), b.as_slice()))
        .chain(published.iter().map(|(n, b)| (n.to_string(), *b)))
        .collect();
    let zip = archive::archive(snapshot, &zipped).map_err(|e| unwritable("the zip", e))?;
    named.push((format!("{name}.zip"), zip));
    named.sort();
    let listing: String = named
        .iter()
        .map(|(file, bytes)| format!("{}  {file}\n", sha256_hex(bytes)))
        .collect();
    let sha256 = sha256_hex(listing.as_bytes());
    let folder = PackageFiles::folder_for(snapshot.id, &sha256);
    named.push((PACKAGE_LISTING.to_string(), listing.into_bytes()));
    let contents = named
        .into_iter()
        .map(|(file, bytes)| (format!("{folder}/{file}"), bytes))
        .collect();
    Ok(PackageFolder {
        files: PackageFiles {
            folder,
            sha256,
            name,
            terms: terms.clone(),
        },
        contents,
    })
}
