//! Moderator tokens: random, shown once, stored as SHA-256 hashes, compared in constant time.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random token (256 bits, hex).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares two byte strings in time that does not depend on where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The moderator a bearer token belongs to, checked against every active hash.
pub fn moderator_for<'a>(presented: &str, active: &'a [(String, String)]) -> Option<&'a str> {
    let hash = token_hash(presented);
    let mut found = None;
    for (name, stored) in active {
        // No early exit: every comparison runs.
        if constant_time_eq(hash.as_bytes(), stored.as_bytes()) {
            found = Some(name.as_str());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_by_hash_only() {
        let token = new_token();
        assert_eq!(token.len(), 64);
        let active = vec![("aysel".to_string(), token_hash(&token))];
        assert_eq!(moderator_for(&token, &active), Some("aysel"));
        assert_eq!(moderator_for("wrong", &active), None);
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
