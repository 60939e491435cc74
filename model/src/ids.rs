//! One id type per entity: UUIDv7 newtypes, so ids sort by creation time and never mix.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            /// Minted on the server only; v7 sorts by creation time.
            #[cfg(feature = "server")]
            #[expect(clippy::new_without_default, reason = "a fresh id is not a default value")]
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id!(
    /// An organisation: an SME, a cluster, a public body, ...
    OrgId
);
id!(
    /// A person's account.
    UserId
);
