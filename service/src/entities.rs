//! Hand-kept SeaORM entities, one per table; each mirrors its migration in `migration/`.
//! The `schema_roundtrip` integration test writes and reads every one on both databases.

pub mod alliance_clusters;
pub mod alliances;
pub mod cluster_memberships;
pub mod organisation_topics;
pub mod organisation_value_chains;
pub mod organisations;
pub mod sessions;
pub mod users;
