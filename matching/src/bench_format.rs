//! The benchmark file format (SCHEMA.md): instance JSON, candidate-edge CSV, solution JSON.
//! Everything else in the crate works on [`crate::model`] types; this is the only place that
//! knows the file layout.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufReader, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::candidates::CandidateGraph;
use crate::error::MatchError;
use crate::model::{DayRange, Host, Instance, Rules, Visitor, Weights, id_set};
use crate::score::PairScore;

#[derive(Deserialize)]
struct RawInstance {
    format: String,
    version: i64,
    name: String,
    countries: Vec<String>,
    languages: Vec<String>,
    participant_types: Vec<String>,
    rules: RawRules,
    quotas: BTreeMap<String, i64>,
    #[serde(default)]
    locks: Vec<(String, String)>,
    #[serde(default)]
    forbidden: Vec<(String, String)>,
    visitors: Vec<RawVisitor>,
    hosts: Vec<RawHost>,
}

#[derive(Deserialize)]
struct RawRules {
    require_different_country: bool,
    require_common_language: bool,
    min_score: i64,
    top_k: usize,
    score_weights: RawWeights,
    visitor_pref_weights: RawWeights,
    host_pref_weights: RawWeights,
}

#[derive(Deserialize)]
struct RawWeights {
    #[serde(default)]
    need_coverage: i64,
    #[serde(default)]
    interest_coverage: i64,
    #[serde(default)]
    value_chain: i64,
    #[serde(default)]
    language: i64,
}

#[derive(Deserialize)]
struct RawVisitor {
    id: String,
    country: String,
    #[serde(rename = "type")]
    participant_type: String,
    value_chains: Vec<usize>,
    needs: Vec<usize>,
    offers: Vec<usize>,
    languages: Vec<String>,
    window: (i32, i32),
    duration_days: i32,
}

#[derive(Deserialize)]
struct RawHost {
    id: String,
    country: String,
    value_chains: Vec<usize>,
    offers: Vec<usize>,
    interests: Vec<usize>,
    languages: Vec<String>,
    capacity: i64,
    windows: Vec<(i32, i32)>,
}

fn weights(w: &RawWeights) -> Weights {
    Weights {
        need_coverage: w.need_coverage,
        interest_coverage: w.interest_coverage,
        value_chain: w.value_chain,
        language: w.language,
    }
}

fn format_err(file: &str, what: impl Into<String>) -> MatchError {
    MatchError::Format { file: file.to_string(), what: what.into() }
}

fn io_err(file: &Path) -> impl FnOnce(std::io::Error) -> MatchError + '_ {
    move |source| MatchError::Io { file: file.display().to_string(), source }
}

/// Reads and validates an instance file.
pub fn read_instance(path: &Path) -> Result<Instance, MatchError> {
    let mut text = Vec::new();
    std::fs::File::open(path).and_then(|f| BufReader::new(f).read_to_end(&mut text)).map_err(io_err(path))?;
    parse_instance(&text, &path.display().to_string())
}

/// Parses an instance from JSON bytes; `file` names the source in errors.
pub fn parse_instance(text: &[u8], file: &str) -> Result<Instance, MatchError> {
    let raw: RawInstance = serde_json::from_slice(text).map_err(|e| format_err(file, e.to_string()))?;
    if raw.format != "exchange-matching-instance" || raw.version != 1 {
        return Err(format_err(file, "not an exchange-matching-instance version 1"));
    }
    let index = |names: &[String]| names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect::<HashMap<_, _>>();
    let (countries, languages, types) = (index(&raw.countries), index(&raw.languages), index(&raw.participant_types));
    if raw.participant_types.len() > 255 {
        return Err(format_err(file, "more than 255 participant types"));
    }
    let country = |c: &str, who: &str| {
        countries
            .get(c)
            .map(|&i| i as u16)
            .ok_or_else(|| format_err(file, format!("{who}: country {c:?} is not in `countries`")))
    };
    let langs = |ls: &[String], who: &str| {
        ls.iter()
            .map(|l| {
                languages.get(l).copied().ok_or_else(|| format_err(file, format!("{who}: unknown language {l:?}")))
            })
            .collect::<Result<Vec<_>, _>>()
            .and_then(|ids| id_set(ids).ok_or_else(|| format_err(file, format!("{who}: language index beyond 63"))))
    };
    let set = |ids: &[usize], who: &str, field: &str| {
        id_set(ids.iter().copied()).ok_or_else(|| format_err(file, format!("{who}: {field} id beyond 63")))
    };
    let mut visitors = Vec::with_capacity(raw.visitors.len());
    for rv in &raw.visitors {
        let who = rv.id.as_str();
        let participant_type = *types
            .get(&rv.participant_type)
            .ok_or_else(|| format_err(file, format!("{who}: unknown type {:?}", rv.participant_type)))?
            as u8;
        visitors.push(Visitor {
            country: country(&rv.country, who)?,
            participant_type,
            value_chains: set(&rv.value_chains, who, "value_chains")?,
            needs: set(&rv.needs, who, "needs")?,
            offers: set(&rv.offers, who, "offers")?,
            languages: langs(&rv.languages, who)?,
            window: DayRange { start: rv.window.0, end: rv.window.1 },
            stay_days: rv.duration_days,
        });
    }
    let mut hosts = Vec::with_capacity(raw.hosts.len());
    for rh in &raw.hosts {
        let who = rh.id.as_str();
        let capacity = u32::try_from(rh.capacity).map_err(|_| format_err(file, format!("{who}: bad capacity")))?;
        hosts.push(Host {
            country: country(&rh.country, who)?,
            value_chains: set(&rh.value_chains, who, "value_chains")?,
            offers: set(&rh.offers, who, "offers")?,
            interests: set(&rh.interests, who, "interests")?,
            languages: langs(&rh.languages, who)?,
            capacity,
            windows: rh.windows.iter().map(|&(start, end)| DayRange { start, end }).collect(),
        });
    }
    let quotas = raw
        .participant_types
        .iter()
        .map(|t| {
            let q = raw.quotas.get(t).ok_or_else(|| format_err(file, format!("quotas: missing type {t:?}")))?;
            u32::try_from(*q).map_err(|_| format_err(file, format!("quotas: bad value for {t:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let vid: HashMap<&str, u32> = raw.visitors.iter().enumerate().map(|(i, v)| (v.id.as_str(), i as u32)).collect();
    let hid: HashMap<&str, u32> = raw.hosts.iter().enumerate().map(|(j, h)| (h.id.as_str(), j as u32)).collect();
    let pairs = |list: &[(String, String)], field: &str| {
        list.iter()
            .map(|(a, b)| match (vid.get(a.as_str()), hid.get(b.as_str())) {
                (Some(&v), Some(&h)) => Ok((v, h)),
                _ => Err(format_err(file, format!("{field}: unknown pair [{a:?}, {b:?}]"))),
            })
            .collect::<Result<Vec<_>, _>>()
    };
    let r = &raw.rules;
    Ok(Instance {
        name: raw.name.clone(),
        participant_types: raw.participant_types.clone(),
        rules: Rules {
            require_different_country: r.require_different_country,
            require_common_language: r.require_common_language,
            min_score: r.min_score,
            top_k: r.top_k,
            score_weights: weights(&r.score_weights),
            visitor_pref_weights: weights(&r.visitor_pref_weights),
            host_pref_weights: weights(&r.host_pref_weights),
        },
        quotas,
        locks: pairs(&raw.locks, "locks")?,
        forbidden: pairs(&raw.forbidden, "forbidden")?,
        visitors,
        hosts,
    })
}

/// Reads a candidate-edge CSV (`v,h,score,pv,ph`, rows grouped by ascending `v`).
pub fn read_edges(path: &Path, visitors: usize) -> Result<CandidateGraph, MatchError> {
    let file = path.display().to_string();
    let f = std::fs::File::open(path).map_err(io_err(path))?;
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).buffer_capacity(1 << 20).from_reader(f);
    let header = rdr.byte_headers().map_err(|e| format_err(&file, e.to_string()))?;
    if header.iter().collect::<Vec<_>>() != [&b"v"[..], b"h", b"score", b"pv", b"ph"] {
        return Err(format_err(&file, "header must be v,h,score,pv,ph"));
    }
    let mut g = CandidateGraph::empty();
    let mut row: Vec<(u32, PairScore)> = Vec::new();
    let mut current = 0usize;
    let mut rec = csv::ByteRecord::new();
    let mut line = 1u64;
    loop {
        let more = rdr.read_byte_record(&mut rec).map_err(|e| format_err(&file, e.to_string()))?;
        if !more {
            break;
        }
        line += 1;
        let field = |i: usize| -> Result<i64, MatchError> {
            rec.get(i).and_then(parse_int).ok_or_else(|| format_err(&file, format!("line {line}: bad field {}", i + 1)))
        };
        let v = usize::try_from(field(0)?).map_err(|_| format_err(&file, format!("line {line}: negative v")))?;
        if v < current || v >= visitors {
            return Err(format_err(&file, format!("line {line}: visitor {v} out of order or out of range")));
        }
        while current < v {
            g.push_visitor(row.drain(..));
            current += 1;
        }
        let h = u32::try_from(field(1)?).map_err(|_| format_err(&file, format!("line {line}: bad host")))?;
        let num = |x: i64| i32::try_from(x).map_err(|_| format_err(&file, format!("line {line}: number out of range")));
        row.push((h, PairScore { score: num(field(2)?)?, pv: num(field(3)?)?, ph: num(field(4)?)? }));
    }
    while current < visitors {
        g.push_visitor(row.drain(..));
        current += 1;
    }
    Ok(g)
}

/// Parses a plain decimal integer (optional leading minus).
fn parse_int(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut x = 0i64;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        x = x * 10 + i64::from(c - b'0');
    }
    Some(if neg { -x } else { x })
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
