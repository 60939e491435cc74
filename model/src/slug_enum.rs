//! `slug_enum!` declares a closed vocabulary whose values travel as stable slugs (in URLs,
//! forms, the database and CSV) and whose labels live in the translation files.

/// Declares `enum $name { Variant => "slug", ... }` with `ALL`, `slug()`, `from_slug()`,
/// `label_key()` (`"<prefix>-<slug>"`, a key in `locales/*/main.ftl`) and serde as the slug.
#[macro_export]
macro_rules! slug_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
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
    };
}
