//! A command used wrongly or that cannot go on (an unknown snapshot, a published one, a
//! workbook that cannot be read), worded in English and Azerbaijani.

use super::ProblemKind;
use model::date::DateError;
use model::snapshot_id::SnapshotIdError;
use model::{Lang, SnapshotId};
use std::path::PathBuf;

/// Why a command stops before doing anything.
#[derive(Debug)]
pub enum UsageError {
    /// `publish`, `export-xlsx`, `import-xlsx`, `preview`: no such snapshot folder.
    NoSnapshotIn {
        /// The id asked for.
        id: String,
        /// The folder of snapshots.
        dir: PathBuf,
    },
    /// `diff`: no such snapshot.
    NoSnapshot {
        /// The id asked for.
        id: String,
    },
    /// `publish`: it is published already.
    AlreadyPublished {
        /// The snapshot.
        id: String,
    },
    /// `publish`: synthetic test data.
    Synthetic {
        /// The snapshot.
        id: String,
    },
    /// `publish`: `state = "draft"` is not written the way publish changes it.
    NoDraftLine {
        /// The `snapshot.toml`.
        path: PathBuf,
    },
    /// `new-snapshot`: the snapshot exists.
    AlreadyExists {
        /// The snapshot.
        id: SnapshotId,
    },
    /// `new-snapshot`: something else has the folder's name.
    PathExists {
        /// The path.
        path: PathBuf,
    },
    /// `new-snapshot`: a new quarter that is not after the newest.
    NotAfterNewest {
        /// The id asked for.
        new: SnapshotId,
        /// The newest snapshot.
        newest: SnapshotId,
    },
    /// `new-snapshot`: a correction of a quarter without a snapshot.
    CorrectsNothing {
        /// The id asked for.
        new: SnapshotId,
    },
    /// `new-snapshot --as-of`: not a date.
    BadAsOf(DateError),
    /// A snapshot id that is not one.
    BadSnapshotId(SnapshotIdError),
    /// `new-snapshot`: no snapshot at all.
    NothingToStartFrom,
    /// `build`: no published snapshot.
    NothingPublished,
    /// `build`: a strategy version a snapshot reports against is not archived.
    ArchivedStrategyMissing {
        /// Its SHA-256.
        sha: String,
    },
    /// `build`: an archived strategy version does not read.
    ArchivedStrategyUnreadable {
        /// Its SHA-256.
        sha: String,
        /// The reader's (English) message.
        error: String,
    },
    /// `import-xlsx`: the file is not a workbook the reader understands.
    WorkbookUnreadable {
        /// The file.
        path: PathBuf,
        /// The reader's (English) message.
        error: String,
    },
    /// `export-xlsx`: the workbook could not be made.
    WorkbookUnwritable {
        /// The writer's (English) message.
        error: String,
    },
    /// `build`: a snapshot's data package (workbook or zip) could not be made.
    PackageUnwritable {
        /// The writer's (English) message.
        error: String,
    },
    /// `import-xlsx`: the snapshot is published and never changes.
    ImportIntoPublished {
        /// The snapshot.
        id: SnapshotId,
    },
    /// `preview`: the built app is not there.
    NoBuiltApp {
        /// The folder looked in.
        dist: PathBuf,
    },
    /// `preview`: the pages could not be rendered.
    PreviewBuild {
        /// The renderer's (English) message.
        error: String,
    },
    /// `preview`: an address other machines could reach.
    NotLoopback {
        /// The address.
        address: String,
    },
    /// `preview`: the address cannot be listened on.
    Listen {
        /// The address.
        address: String,
        /// The system's message.
        error: String,
    },
    /// Something that should not happen (a CSV writer failing on memory).
    Internal(String),
}

impl UsageError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => english(self),
            Lang::Az => azerbaijani(self),
        }
    }
}

fn english(error: &UsageError) -> String {
    use UsageError as U;
    match error {
        U::NoSnapshotIn { id, dir } => format!("no snapshot {id} under {}", dir.display()),
        U::NoSnapshot { id } => format!("no snapshot {id}"),
        U::AlreadyPublished { id } => format!("snapshot {id} is already published"),
        U::Synthetic { id } => {
            format!("snapshot {id} is synthetic (test data) and can never be published")
        }
        U::NoDraftLine { path } => format!(
            "{}: write the line `state = \"draft\"` so publish can change it",
            path.display()
        ),
        U::AlreadyExists { id } => format!("snapshot {id} already exists"),
        U::PathExists { path } => format!("{} already exists", path.display()),
        U::NotAfterNewest { new, newest } => format!(
            "{new} must come after the newest snapshot {newest} (to correct an older quarter, start its next revision, e.g. {new}-r2)"
        ),
        U::CorrectsNothing { new } => format!(
            "{new} corrects quarter {}-Q{}, which has no snapshot yet",
            new.year(),
            new.quarter()
        ),
        U::BadAsOf(error) => format!("--as-of: {error}"),
        U::BadSnapshotId(error) => error.to_string(),
        U::NothingToStartFrom => "there is no snapshot to start from".into(),
        U::NothingPublished => "no published snapshot to build: publish one with `data-tool publish <id>` (or build with --preview)".into(),
        U::ArchivedStrategyMissing { sha } => {
            format!("strategy version {sha} is missing from the archive")
        }
        U::ArchivedStrategyUnreadable { sha, error } => {
            format!("the archived strategy version {sha} is unreadable: {error}")
        }
        U::WorkbookUnreadable { path, error } => format!(
            "{}: not a workbook this tool can read ({error}): save it as an Excel workbook (.xlsx)",
            path.display()
        ),
        U::WorkbookUnwritable { error } => format!("the workbook could not be written: {error}"),
        U::PackageUnwritable { error } => {
            format!("the data package could not be written: {error}")
        }
        U::ImportIntoPublished { id } => format!(
            "snapshot {id} is published and never changes: start the next one (data-tool new-snapshot) and import into it"
        ),
        U::NoBuiltApp { dist } => format!(
            "{}: the built app is not there: ask a maintainer for the dist/ folder of scripts/assemble-site.sh, or give its place with --dist",
            dist.display()
        ),
        U::PreviewBuild { error } => format!("the preview could not be rendered: {error}"),
        U::NotLoopback { address } => format!(
            "--listen {address}: a draft is previewed on this computer only: use 127.0.0.1 (e.g. 127.0.0.1:8090)"
        ),
        U::Listen { address, error } => format!("cannot listen on {address}: {error}"),
        U::Internal(error) => format!("internal error: {error}"),
    }
}

fn azerbaijani(error: &UsageError) -> String {
    use UsageError as U;
    match error {
        U::NoSnapshotIn { id, dir } => {
            format!("{} qovluğunda {id} məlumat kəsiyi yoxdur", dir.display())
        }
        U::NoSnapshot { id } => format!("{id} məlumat kəsiyi yoxdur"),
        U::AlreadyPublished { id } => format!("{id} məlumat kəsiyi artıq dərc olunub"),
        U::Synthetic { id } => format!(
            "{id} məlumat kəsiyi süni (test) məlumatdır və heç vaxt dərc oluna bilməz"
        ),
        U::NoDraftLine { path } => format!(
            "{}: publish əmrinin dəyişə bilməsi üçün `state = \"draft\"` sətrini yazın",
            path.display()
        ),
        U::AlreadyExists { id } => format!("{id} məlumat kəsiyi artıq var"),
        U::PathExists { path } => format!("{} artıq var", path.display()),
        U::NotAfterNewest { new, newest } => format!(
            "{new} ən yeni {newest} məlumat kəsiyindən sonra gəlməlidir (köhnə rübü düzəltmək üçün onun növbəti redaksiyasını başladın, məsələn, {new}-r2)"
        ),
        U::CorrectsNothing { new } => format!(
            "{new} {}-Q{} rübünü düzəldir, amma o rübün hələ məlumat kəsiyi yoxdur",
            new.year(),
            new.quarter()
        ),
        U::BadAsOf(error) => format!(
            "--as-of: {}",
            ProblemKind::BadDate(error.clone()).message(Lang::Az)
        ),
        U::BadSnapshotId(error) => ProblemKind::BadSnapshotId(error.clone()).message(Lang::Az),
        U::NothingToStartFrom => "başlamaq üçün heç bir məlumat kəsiyi yoxdur".into(),
        U::NothingPublished => "qurmaq üçün dərc olunmuş məlumat kəsiyi yoxdur: birini `data-tool publish <id>` ilə dərc edin (və ya --preview ilə qurun)".into(),
        U::ArchivedStrategyMissing { sha } => {
            format!("{sha} strategiya versiyası arxivdə yoxdur")
        }
        U::ArchivedStrategyUnreadable { sha, error } => {
            format!("arxivdəki {sha} strategiya versiyası oxunmur: {error}")
        }
        U::WorkbookUnreadable { path, error } => format!(
            "{}: bu alətin oxuya bildiyi iş kitabı deyil ({error}): onu Excel iş kitabı (.xlsx) kimi saxlayın",
            path.display()
        ),
        U::WorkbookUnwritable { error } => format!("iş kitabı yazıla bilmədi: {error}"),
        U::PackageUnwritable { error } => format!("məlumat paketi yazıla bilmədi: {error}"),
        U::ImportIntoPublished { id } => format!(
            "{id} məlumat kəsiyi dərc olunub və heç vaxt dəyişmir: növbətisini başladın (data-tool new-snapshot) və iş kitabını ona yükləyin"
        ),
        U::NoBuiltApp { dist } => format!(
            "{}: qurulmuş tətbiq burada yoxdur: texniki işçidən scripts/assemble-site.sh ilə qurulmuş dist/ qovluğunu istəyin və ya onun yerini --dist ilə göstərin",
            dist.display()
        ),
        U::PreviewBuild { error } => format!("ilkin baxış hazırlana bilmədi: {error}"),
        U::NotLoopback { address } => format!(
            "--listen {address}: qaralamaya yalnız bu kompüterdə baxılır: 127.0.0.1 işlədin (məsələn, 127.0.0.1:8090)"
        ),
        U::Listen { address, error } => format!("{address} ünvanında dinləmək olmur: {error}"),
        U::Internal(error) => format!("daxili xəta: {error}"),
    }
}
