//! Service integration tests: one binary, run on SQLite (in memory) by default and on
//! Postgres when `TEST_DATABASE_URL` is set (`make test` does both). Every test gets its
//! own database (SQLite) or schema (Postgres), so they run in parallel.

mod support;

mod accounts;
mod directory;
mod exchange;
mod map;
mod network;
mod organisations;
mod proposals;
mod region;
mod schema_roundtrip;
mod seed;
mod session_store;
mod survey;
