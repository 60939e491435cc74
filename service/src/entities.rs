//! Hand-kept SeaORM entities, one per table; each mirrors its migration in `migration/`.
//! The `schema_roundtrip` integration test writes and reads every one on both databases.

pub mod alliance_clusters;
pub mod alliances;
pub mod challenge_topics;
pub mod challenges;
pub mod cluster_memberships;
pub mod cohorts;
pub mod country_topic_tallies;
pub mod exchange_entries;
pub mod exchange_events;
pub mod exchange_pair_rules;
pub mod exchange_proposals;
pub mod organisation_topics;
pub mod organisation_value_chains;
pub mod organisations;
pub mod sessions;
pub mod survey_answers;
pub mod survey_rounds;
pub mod users;
