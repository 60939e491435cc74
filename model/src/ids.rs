//! One id type per entity: UUIDv7 newtypes, so ids sort by creation time and never mix. On the
//! server each is also the column type of its table's key and of the columns that refer to it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "server", derive(sea_orm::DeriveValueType))]
        #[serde(transparent)]
        pub struct $name(pub uuid::Uuid);

        // A primary key's type must say how it would be made from an auto-increment id; a
        // UUID never is (SeaORM answers the same for `Uuid` itself).
        #[cfg(feature = "server")]
        impl sea_orm::TryFromU64 for $name {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($name)))
            }
        }

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
