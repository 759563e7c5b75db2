//! Upgrading a database made by the first release: the moderators' tokens survive migration 0002
//! (active and revoked alike), and a revoked name can then be given a new token.

mod support;

use feedback::store::{Store, TokenStatus};
use support::{database_url, on_both_databases, Db};

on_both_databases!(tokens_survive_the_upgrade_and_names_can_be_renewed);

/// Applies only the first migration of a backend, as the first release left databases.
async fn first_release_database(db: Db, url: &str) {
    use sqlx::Connection;
    let folder = match db {
        Db::Sqlite => "sqlite",
        Db::Postgres => "postgres",
    };
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder)
        .join("0001_feedback.sql");
    let only_first = std::env::temp_dir().join(support::unique_name("migrations"));
    std::fs::create_dir_all(&only_first).unwrap();
    std::fs::copy(&source, only_first.join("0001_feedback.sql")).unwrap();
    let migrator = sqlx::migrate::Migrator::new(only_first.as_path())
        .await
        .unwrap();
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&feedback::store::normalise_url(url))
        .await
        .unwrap();
    migrator.run(&mut conn).await.unwrap();
    for (name, hash, revoked_at) in [
        ("aysel", "a".repeat(64), Some(100_i64)),
        ("rauf", "b".repeat(64), None),
    ] {
        sqlx::query(
            "INSERT INTO moderator_token (name, token_sha256, created_at, revoked_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(name)
        .bind(hash)
        .bind(50_i64)
        .bind(revoked_at)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    std::fs::remove_dir_all(&only_first).unwrap();
}

async fn tokens_survive_the_upgrade_and_names_can_be_renewed(db: Db) {
    let (url, _guard) = database_url(db).await;
    first_release_database(db, &url).await;
    let store = Store::connect(&url).await.expect("migration 0002 applies");
    let now = feedback::clock::now();
    let tokens = store.list_tokens().await.unwrap();
    let statuses: Vec<(&str, TokenStatus)> = tokens
        .iter()
        .map(|t| (t.name.as_str(), t.status(now)))
        .collect();
    assert_eq!(
        statuses,
        [
            ("aysel", TokenStatus::Revoked),
            ("rauf", TokenStatus::Active)
        ]
    );
    let active: Vec<(String, String)> = store
        .active_tokens(now)
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.token_sha256))
        .collect();
    assert_eq!(active, vec![("rauf".to_string(), "b".repeat(64))]);
    store
        .add_token("aysel", &"c".repeat(64), None)
        .await
        .unwrap();
    assert!(
        store
            .add_token("rauf", &"d".repeat(64), None)
            .await
            .is_err(),
        "one active token per name"
    );
    assert_eq!(store.list_tokens().await.unwrap().len(), 3);
}
