//! `slug_enum!` declares a closed vocabulary whose values travel as stable slugs (in URLs,
//! forms, the database and CSV) and whose labels live in the translation files. On the server
//! each one is also a SeaORM column type stored as its slug: a stored value outside the
//! vocabulary fails to decode (an error naming the vocabulary and the value), never a default.

/// A slug that is not in the vocabulary it was read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownSlug {
    pub vocabulary: &'static str,
    pub value: String,
}

impl std::fmt::Display for UnknownSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} is not a {} slug", self.value, self.vocabulary)
    }
}

impl std::error::Error for UnknownSlug {}

/// Declares `enum $name { Variant => "slug", ... }` with `ALL`, `slug()`, `from_slug()`,
/// `label_key()` (`"<prefix>-<slug>"`, a key in `locales/*/main.ftl`), `FromStr`, serde as the
/// slug, and with the `server` feature a SeaORM value type (a `String` column holding the slug)
/// that may also be part of a primary key.
#[macro_export]
macro_rules! slug_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "server", derive(sea_orm::DeriveValueType), sea_orm(value_type = "String"))]
        pub enum $name {
            $(#[serde(rename = $slug)] $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable identifier used in URLs, forms, storage and exports.
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// Parses a slug; `None` for anything not in the vocabulary.
            pub fn from_slug(slug: &str) -> Option<Self> {
                match slug { $($slug => Some($name::$variant),)+ _ => None }
            }

            /// The translation key of this value's label.
            pub fn label_key(self) -> String {
                format!("{}-{}", $prefix, self.slug())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }

        // A primary key's type must say how it would be made from an auto-increment id; a
        // vocabulary never is (the same answer SeaORM gives for `String` keys).
        #[cfg(feature = "server")]
        impl sea_orm::TryFromU64 for $name {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($name)))
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::slug_enum::UnknownSlug;
            fn from_str(slug: &str) -> Result<Self, Self::Err> {
                Self::from_slug(slug)
                    .ok_or_else(|| $crate::slug_enum::UnknownSlug { vocabulary: $prefix, value: slug.to_owned() })
            }
        }
    };
}
