//! Fixed lists of codes (statuses, units, sender types, error codes, ...): each code is written
//! once, in the enum's declaration, and serves as its serde name, its source-file and URL code,
//! and the list of allowed values in messages. Not for open sets such as ids.

use std::fmt;

/// An enum whose values are written as short codes (`in_progress`, `mln_azn`).
pub trait Code: Copy + Eq + fmt::Debug + 'static {
    /// Every value, in the order the site lists them.
    const ALL: &'static [Self];

    /// The code of a value, as JSON, source files, URLs and CSV write it.
    fn code(self) -> &'static str;

    /// The value with this exact code.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.code() == code)
    }

    /// Every code, comma-separated, for messages that list the allowed values.
    fn code_list() -> String {
        Self::ALL
            .iter()
            .map(|value| value.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A text that is none of an enum's codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode {
    /// The text as given.
    pub given: String,
    /// The allowed codes, comma-separated.
    pub allowed: String,
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not one of: {}", self.given, self.allowed)
    }
}

impl std::error::Error for UnknownCode {}

/// Parses a code of `T`, or says which codes are allowed.
pub fn parse_code<T: Code>(given: &str) -> Result<T, UnknownCode> {
    T::from_code(given).ok_or_else(|| UnknownCode {
        given: given.to_string(),
        allowed: T::code_list(),
    })
}

/// Declares an enum of codes: each variant with its code, used as its serde name, by
/// [`Code::code`], `Display` and `FromStr`.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            /// Every value, in the order the site lists them.
            pub const ALL: [Self; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// Every code, in the order of [`Self::ALL`] (the allowed values of a CSV column).
            #[allow(dead_code)] // used only by the code lists that are CSV columns
            pub const CODES: [&'static str; [$(stringify!($variant)),+].len()] = [$($code),+];

            /// The code of this value, as JSON, source files, URLs and CSV write it.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value with this exact code.
            pub fn from_code(code: &str) -> Option<Self> {
                <Self as $crate::code::Code>::from_code(code)
            }
        }

        impl $crate::code::Code for $name {
            const ALL: &'static [Self] = &$name::ALL;

            fn code(self) -> &'static str {
                $name::code(self)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::code::Code::code(*self))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::code::UnknownCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::code::parse_code(s)
            }
        }
    };
}

pub(crate) use code_enum;

#[cfg(test)]
mod tests {
    code_enum! {
        /// A test enum.
        pub enum Fruit {
            /// Red.
            Apple = "apple",
            BloodOrange = "blood_orange",
        }
    }

    #[test]
    fn the_code_is_the_serde_name_and_parses_back() {
        for fruit in Fruit::ALL {
            let json = serde_json::to_string(&fruit).unwrap();
            assert_eq!(json, format!("\"{}\"", fruit.code()));
            assert_eq!(serde_json::from_str::<Fruit>(&json).unwrap(), fruit);
            assert_eq!(fruit.code().parse::<Fruit>().unwrap(), fruit);
            assert_eq!(fruit.to_string(), fruit.code());
            assert_eq!(Fruit::from_code(fruit.code()), Some(fruit));
        }
        assert_eq!(
            "pear".parse::<Fruit>().unwrap_err().to_string(),
            "`pear` is not one of: apple, blood_orange"
        );
    }
}
