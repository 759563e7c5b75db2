//! Each published snapshot's own files for every measure and indicator (a CSV and a JSON each,
//! what their pages offer to download), in one folder named by the hash of its `SHA256SUMS`
//! listing: a file's bytes can only change together with the folder's name.

use crate::exports::{indicator_csv, indicator_json, measure_csv, measure_json};
use crate::output::sha256_hex;
use model::manifest::{FileFormat, ItemFileKind, ItemFiles, ITEM_LISTING};
use model::{Snapshot, Strategy};

/// A snapshot's item folder, ready to write.
pub struct ItemFolder {
    /// Where it goes, and the hash of its listing.
    pub files: ItemFiles,
    /// Each file's path relative to the data base URL, and its bytes (the listing included).
    pub contents: Vec<(String, Vec<u8>)>,
}

/// The item files of a snapshot, against the strategy version it reports against.
pub fn item_folder(strategy: &Strategy, snapshot: &Snapshot) -> ItemFolder {
    let mut named: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |kind, id: &str, format, bytes| {
        named.push((ItemFiles::file_name(kind, id, format), bytes));
    };
    for measure in &strategy.measures {
        let id = &measure.id;
        add(
            ItemFileKind::Measure,
            id,
            FileFormat::Csv,
            measure_csv(measure, snapshot),
        );
        add(
            ItemFileKind::Measure,
            id,
            FileFormat::Json,
            measure_json(measure, snapshot),
        );
    }
    for indicator in &strategy.indicators {
        let id = &indicator.id;
        add(
            ItemFileKind::Indicator,
            id,
            FileFormat::Csv,
            indicator_csv(indicator, snapshot),
        );
        add(
            ItemFileKind::Indicator,
            id,
            FileFormat::Json,
            indicator_json(indicator, snapshot),
        );
    }
    named.sort();
    let listing: String = named
        .iter()
        .map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes)))
        .collect();
    let sha256 = sha256_hex(listing.as_bytes());
    let folder = ItemFiles::folder_for(snapshot.id, &sha256);
    named.push((ITEM_LISTING.to_string(), listing.into_bytes()));
    let contents = named
        .into_iter()
        .map(|(name, bytes)| (format!("{folder}/{name}"), bytes))
        .collect();
    ItemFolder {
        files: ItemFiles { folder, sha256 },
        contents,
    }
}
