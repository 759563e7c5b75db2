//! `token create|revoke|list`: moderators' tokens. A token is printed once; only its hash is kept.

use crate::auth;
use crate::clock;
use crate::store::Store;
use clap::Subcommand;

/// What to do with tokens.
#[derive(Subcommand)]
pub enum TokenAction {
    /// Create a token for a moderator; it is printed once and only its hash is kept.
    Create {
        name: String,
        /// The token stops working after this many days (default: until revoked).
        #[arg(long)]
        expires_in_days: Option<u64>,
    },
    /// Revoke a moderator's token (the name may be given a new one afterwards).
    Revoke { name: String },
    /// List every token: moderator, status (active, expired, revoked), created, expires.
    List,
}

/// Runs a token command.
pub async fn run(store: &Store, action: TokenAction) -> Result<String, String> {
    match action {
        TokenAction::Create {
            name,
            expires_in_days,
        } => {
            if name.trim().is_empty() {
                return Err("give the moderator's name".into());
            }
            let expires_at = match expires_in_days {
                Some(0) => return Err("--expires-in-days must be at least 1".into()),
                // Capped at a century, so the arithmetic cannot overflow.
                Some(days) => Some(clock::now() + days.min(36_500) as i64 * 86_400),
                None => None,
            };
            let token = auth::new_token();
            store
                .add_token(&name, &auth::token_hash(&token), expires_at)
                .await
                .map_err(|e| e.to_string())?;
            let until = expires_at.map_or("until revoked".to_string(), |at| {
                format!("until {}", clock::rfc3339(at))
            });
            // The token is the last line, alone, for scripts.
            Ok(format!(
                "token for {name}, valid {until} (shown once, keep it secret):\n{token}"
            ))
        }
        TokenAction::Revoke { name } => {
            match store.revoke_token(&name).await.map_err(|e| e.to_string())? {
                true => Ok(format!("revoked the token of {name}")),
                false => Err(format!("{name} has no active token")),
            }
        }
        TokenAction::List => {
            let now = clock::now();
            let records = store.list_tokens().await.map_err(|e| e.to_string())?;
            Ok(records
                .iter()
                .map(|r| {
                    format!(
                        "{}\t{}\tcreated {}\t{}",
                        r.name,
                        r.status(now).word(),
                        clock::rfc3339(r.created_at),
                        r.expires_at.map_or("no expiry".to_string(), |at| format!(
                            "expires {}",
                            clock::rfc3339(at)
                        ))
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"))
        }
    }
}
