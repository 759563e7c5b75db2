//! The language of the tool's messages (`--lang`, else the shell's `LANG`), and the command
//! line parser's own errors in Azerbaijani where it has them in English only.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use model::Lang;
use std::process::ExitCode;

/// Reads `--lang`'s value.
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    match code {
        "az" => Ok(Lang::Az),
        "en" => Ok(Lang::En),
        other => Err(format!("`{other}` is not az or en / az və ya en deyil")),
    }
}

/// The language asked for, else the shell's (`LANG=az_AZ.UTF-8`), else English.
pub fn message_lang(asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| std::env::var("LANG").ok().and_then(|l| Lang::from_code(&l)))
        .unwrap_or(Lang::En)
}

/// The language of a command line that did not parse: its `--lang`, else the shell's.
fn lang_of_args() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let asked = args.iter().enumerate().find_map(|(i, arg)| {
        let value = match arg.strip_prefix("--lang=") {
            Some(value) => value,
            None if arg == "--lang" => args.get(i + 1)?,
            None => return None,
        };
        parse_lang(value).ok()
    });
    message_lang(asked)
}

fn context(error: &clap::Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The error in Azerbaijani, for the kinds an editor meets; `None` for the rest.
fn azerbaijani(error: &clap::Error) -> Option<String> {
    let arg = || context(error, ContextKind::InvalidArg);
    let value = || context(error, ContextKind::InvalidValue);
    let text = match error.kind() {
        ErrorKind::MissingRequiredArgument => format!("bu arqument verilməyib: {}", arg()),
        ErrorKind::UnknownArgument => format!("tanınmayan arqument: {}", arg()),
        ErrorKind::InvalidSubcommand => format!(
            "tanınmayan əmr: {} (əmrlər: validate, build, publish, new-snapshot, diff, export-xlsx, import-xlsx, preview)",
            context(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingSubcommand => "əmr verilməyib: validate, build, publish, new-snapshot, diff, export-xlsx, import-xlsx və ya preview".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("{} üçün `{}` yararlı dəyər deyil", arg(), value())
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("artıq dəyər: `{}`", value())
        }
        _ => return None,
    };
    Some(format!(
        "xəta: {text}\n\nİstifadə qaydası üçün: data-tool --help (ingilis dilində)"
    ))
}

/// Prints a command line error (help and version as they are) and the exit code.
pub fn exit_with(error: clap::Error) -> ExitCode {
    let in_azerbaijani = match lang_of_args() {
        Lang::Az if error.use_stderr() => azerbaijani(&error),
        _ => None,
    };
    match in_azerbaijani {
        Some(text) => {
            eprintln!("{text}");
            ExitCode::from(2)
        }
        None => {
            let _ = error.print();
            ExitCode::from(if error.use_stderr() { 2 } else { 0 })
        }
    }
}
