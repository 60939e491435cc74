//! Exact exchange matching for the CLOTH programme.
//!
//! Pipeline: an [`model::Instance`] (visitors, hosts, rules, quotas, locks, vetoes) is scored
//! pair by pair ([`score`]), reduced to its candidate graph ([`candidates`]) and residual
//! [`market::Market`], then solved either for the maximum total score (exact: in one batch by
//! cost scaling, [`maxweight_batch`], or visitor by visitor through the incremental
//! min-cost-circulation engine, [`maxweight`]; both in [`flow`]) or for the visitor-optimal
//! stable matching ([`stable`]). [`live`] keeps the max-weight optimum exact while
//! applications arrive, are withdrawn or pairs are declined ([`incremental`] is its owned form
//! for a server, which also locks and releases pairs), and [`reasons`] explains every
//! unmatched visitor. [`bench_format`] reads and writes the shared benchmark files.
//!
//! The library is single-threaded, deterministic (no hash-order dependence in results) and has
//! no clock: timing belongs to callers.

pub mod bench_format;
mod candidate_search;
pub mod candidates;
mod date_index;
mod edges_csv;
pub mod error;
pub mod flow;
mod host_index;
pub mod incremental;
mod instance_json;
pub mod live;
pub mod market;
pub mod maxweight;
pub mod maxweight_batch;
pub mod model;
pub mod reasons;
pub mod score;
pub mod stable;
mod top_k;

pub use error::MatchError;
