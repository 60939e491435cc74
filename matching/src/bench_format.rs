//! The benchmark file format (SCHEMA.md): instance JSON, candidate-edge CSV, solution JSON.
//! Everything else in the crate works on [`crate::model`] types; this is the only place that
//! knows the file layout.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::candidates::CandidateGraph;
use crate::error::MatchError;
use crate::model::Instance;

fn format_err(file: &str, what: impl Into<String>) -> MatchError {
    MatchError::Format { file: file.to_string(), what: what.into() }
}

fn io_err(file: &Path) -> impl FnOnce(std::io::Error) -> MatchError + '_ {
    move |source| MatchError::Io { file: file.display().to_string(), source }
}

/// Reads and validates an instance file.
pub fn read_instance(path: &Path) -> Result<Instance, MatchError> {
    let text = std::fs::read(path).map_err(io_err(path))?;
    parse_instance(&text, &path.display().to_string())
}

/// Parses an instance from JSON bytes; `file` names the source in errors.
pub fn parse_instance(text: &[u8], file: &str) -> Result<Instance, MatchError> {
    crate::instance_json::parse(text, file)
}

/// Reads a candidate-edge CSV (`v,h,score,pv,ph`, rows grouped by ascending `v`).
pub fn read_edges(path: &Path, visitors: usize) -> Result<CandidateGraph, MatchError> {
    let text = std::fs::read(path).map_err(io_err(path))?;
    parse_edges(&text, visitors, &path.display().to_string())
}

/// Parses a candidate-edge CSV from bytes; `file` names the source in errors.
pub fn parse_edges(text: &[u8], visitors: usize, file: &str) -> Result<CandidateGraph, MatchError> {
    crate::edges_csv::parse(text, visitors, file)
}

/// Timing and size figures reported in a solution (`solve_s` = after parsing).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub load_s: f64,
    pub solve_s: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates_s: Option<f64>,
    pub edges: usize,
    pub matched: usize,
    pub objective: i64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub unmatched_reasons: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct SolutionFile<'a> {
    format: &'static str,
    version: u32,
    instance: &'a str,
    solver: &'a str,
    mode: &'a str,
    assignments: &'a [(u32, u32)],
    stats: &'a Stats,
    #[serde(skip_serializing_if = "Option::is_none")]
    unmatched: Option<&'a [(u32, &'static str)]>,
}

/// Writes a solution file.
pub fn write_solution(
    path: &Path,
    instance: &str,
    mode: &str,
    assignments: &[(u32, u32)],
    stats: &Stats,
    unmatched: Option<&[(u32, &'static str)]>,
) -> Result<(), MatchError> {
    let sol = SolutionFile {
        format: "exchange-matching-solution",
        version: 1,
        instance,
        solver: concat!("cloth-match ", env!("CARGO_PKG_VERSION")),
        mode,
        assignments,
        stats,
        unmatched,
    };
    write_json(path, &sol)
}

/// One live-mode event record.
#[derive(Debug, Clone, Serialize)]
pub struct LiveRecord {
    pub visitor: u32,
    pub market_objective: i64,
    pub latency_s: f64,
}

#[derive(Serialize)]
struct LiveFile<'a> {
    events: &'a [LiveRecord],
    summary: BTreeMap<&'static str, f64>,
}

/// Writes the live-mode output file.
pub fn write_live(path: &Path, events: &[LiveRecord], summary: BTreeMap<&'static str, f64>) -> Result<(), MatchError> {
    write_json(path, &LiveFile { events, summary })
}

fn write_json(path: &Path, value: &impl Serialize) -> Result<(), MatchError> {
    let f = std::fs::File::create(path).map_err(io_err(path))?;
    let mut w = std::io::BufWriter::new(f);
    serde_json::to_writer(&mut w, value).map_err(|e| format_err(&path.display().to_string(), e.to_string()))?;
    w.flush().map_err(io_err(path))
}
