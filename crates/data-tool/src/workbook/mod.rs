//! Workbooks for editors: `export-xlsx` writes one prefilled from a snapshot ([`export`]),
//! `import-xlsx` checks a filled one and writes the snapshot's CSV files ([`import`]), which stay
//! the canonical source. [`layout`] lists the sheets and columns both sides use; [`read`] reads
//! cells with `calamine`; [`rows`] turns them into CSV rows; [`carry`] keeps carried-over rows'
//! first report; [`csv_out`] writes the files; [`instructions`] is the first sheet's text.

pub mod carry;
pub mod csv_out;
pub mod export;
pub mod import;
pub mod instructions;
pub mod layout;
pub mod read;
pub mod rows;

pub use export::export_workbook;
pub use import::import_workbook;
