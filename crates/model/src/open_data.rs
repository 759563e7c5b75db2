//! A snapshot's data package as the manifest lists it (since manifest schema 1.2): the folder
//! holding its Frictionless `datapackage.json`, its tables as CSV, one `.xlsx` workbook and one
//! zip of it all, and the terms the package states (licence, publisher). The terms come from the
//! deployment's configuration, never from the source document, so each is optional.
//!
//! The data tool writes the package; the site links it and describes it as a schema.org
//! `Dataset`. This module only names the files and carries the terms.

use crate::SnapshotId;
use serde::{Deserialize, Serialize};

/// The descriptor's file name in a package folder.
pub const DESCRIPTOR_FILE: &str = "datapackage.json";

/// The name of the listing in a package folder (each file's hash and name).
pub const PACKAGE_LISTING: &str = "SHA256SUMS";

/// The licence the open data is published under, as the operator states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct License {
    /// Its identifier (an Open Definition or SPDX id such as `CC-BY-4.0`), or its name.
    pub name: String,
    /// Where its text is, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Who publishes the open data, as the operator states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publisher {
    /// The organisation's name.
    pub name: String,
    /// Its web address, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a package states about its use and origin; `None` where the deployment gives nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageTerms {
    /// The licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<License>,
    /// The publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Publisher>,
}

/// A snapshot's data package: one folder whose name carries the hash of its listing, so every
/// file in it is content-addressed and may be cached forever.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageFiles {
    /// The folder, relative to the data base URL, without a trailing `/`.
    pub folder: String,
    /// Hex SHA-256 of the folder's listing.
    pub sha256: String,
    /// The package's base file name (`digital-economy-2026-Q3`): the workbook and the zip are
    /// this name with `.xlsx` and `.zip`.
    pub name: String,
    /// The terms the descriptor states.
    #[serde(flatten)]
    pub terms: PackageTerms,
}

impl PackageFiles {
    /// The folder of a snapshot's package whose listing has this hash.
    pub fn folder_for(snapshot: SnapshotId, listing_sha256: &str) -> String {
        let hash = &listing_sha256[..16.min(listing_sha256.len())];
        format!("packages/{snapshot}.{hash}")
    }

    /// The base file name of a snapshot's workbook and zip.
    pub fn name_for(snapshot: SnapshotId) -> String {
        format!("digital-economy-{snapshot}")
    }

    /// The descriptor, relative to the data base URL.
    pub fn descriptor(&self) -> String {
        format!("{}/{DESCRIPTOR_FILE}", self.folder)
    }

    /// The workbook of every table, relative to the data base URL.
    pub fn workbook(&self) -> String {
        format!("{}/{}.xlsx", self.folder, self.name)
    }

    /// The zip of the whole package, relative to the data base URL.
    pub fn archive(&self) -> String {
        format!("{}/{}.zip", self.folder, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_files_are_named_in_their_folder() {
        let id: SnapshotId = "2026-Q3".parse().unwrap();
        let files = PackageFiles {
            folder: PackageFiles::folder_for(id, "0123456789abcdef0123"),
            sha256: "0123456789abcdef0123".into(),
            name: PackageFiles::name_for(id),
            terms: PackageTerms::default(),
        };
        assert_eq!(
            files.descriptor(),
            "packages/2026-Q3.0123456789abcdef/datapackage.json"
        );
        assert_eq!(
            files.workbook(),
            "packages/2026-Q3.0123456789abcdef/digital-economy-2026-Q3.xlsx"
        );
        assert!(files.archive().ends_with("digital-economy-2026-Q3.zip"));
    }

    #[test]
    fn terms_absent_are_not_written() {
        let json = serde_json::to_string(&PackageTerms::default()).unwrap();
        assert_eq!(json, "{}");
        let terms: PackageTerms =
            serde_json::from_str(r#"{"license":{"name":"CC-BY-4.0"}}"#).unwrap();
        assert_eq!(terms.license.unwrap().url, None);
        assert_eq!(terms.publisher, None);
    }
}
