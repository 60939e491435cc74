//! `cloth-match`: the command-line front-end of the matching engine on benchmark files.
//!
//!     cloth-match solve --instance X.json [--edges X.edges.csv] --out SOL.json [--mode maxweight|stable] [--reasons]
//!     cloth-match live  --instance X.json [--edges X.edges.csv] --tail N --out OUT.json
//!     cloth-match edges --instance X.json --out X.edges.csv [--timings]
//!     cloth-match absorb --instance X.json [--changes N] [--check-every K] --out OUT.json
//!
//! Timing lives here, not in the library: `load_s` covers parsing, `solve_s` everything after.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use matching::bench_format::{self, LiveRecord, Stats};
use matching::candidates::{self, CandidateGraph};
use matching::live::{Event, LiveMarket};
use matching::market::Market;
use matching::model::Instance;
use matching::{maxweight_batch, reasons, stable};

#[path = "cloth-match/absorb.rs"]
mod absorb;

#[derive(Parser)]
#[command(name = "cloth-match", version, about = "Exact exchange matching on benchmark files")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, ValueEnum)]
enum Mode {
    Maxweight,
    Stable,
}

#[derive(Subcommand)]
enum Cmd {
    /// Solve an instance and write a solution file.
    Solve {
        #[arg(long)]
        instance: PathBuf,
        /// Candidate edges; computed from the instance when omitted.
        #[arg(long)]
        edges: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "maxweight")]
        mode: Mode,
        /// Also list every unmatched visitor with its reason.
        #[arg(long)]
        reasons: bool,
        /// Print the solver's work counters and timings to stderr.
        #[arg(long)]
        trace: bool,
    },
    /// Let visitors arrive one by one (index order) and report the last `tail` arrivals.
    Live {
        #[arg(long)]
        instance: PathBuf,
        #[arg(long)]
        edges: Option<PathBuf>,
        #[arg(long, default_value_t = 100)]
        tail: usize,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the candidate graph computed from the instance (to check it against the bench file).
    Edges {
        #[arg(long)]
        instance: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Print parse / candidates / write times to stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Time the server board's incremental engine on a run of changes, beside re-solving.
    Absorb {
        #[arg(long)]
        instance: PathBuf,
        #[arg(long, default_value_t = 500)]
        changes: usize,
        /// Check every K-th answer against a batch re-solve (0: never).
        #[arg(long, default_value_t = 10)]
        check_every: usize,
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::Solve { instance, edges, out, mode, reasons, trace } => {
            solve(&instance, edges.as_deref(), &out, mode, reasons, trace)
        }
        Cmd::Live { instance, edges, tail, out } => live(&instance, edges.as_deref(), tail, &out),
        Cmd::Edges { instance, out, timings } => write_edges(&instance, &out, timings),
        Cmd::Absorb { instance, changes, check_every, out } => absorb::run(&instance, changes, check_every, &out),
    }
}

/// Parses the instance and, if given, the edge file.
fn load(instance: &Path, edges: Option<&Path>) -> Result<(Instance, Option<CandidateGraph>)> {
    let inst = bench_format::read_instance(instance).context("reading the instance")?;
    let graph = match edges {
        Some(p) => Some(bench_format::read_edges(p, inst.visitors.len()).context("reading the candidate edges")?),
        None => None,
    };
    Ok((inst, graph))
}

/// The market, building the candidate graph from the instance when no edge file was read.
fn market_of(inst: &Instance, graph: Option<CandidateGraph>, stats: &mut Stats) -> Result<Market> {
    let graph = match graph {
        Some(g) => g,
        None => {
            let t = Instant::now();
            let g = candidates::build(inst);
            stats.candidates_s = Some(t.elapsed().as_secs_f64());
            g
        }
    };
    stats.edges = graph.edge_count();
    Market::new(inst, graph).context("building the market")
}

fn solve(instance: &Path, edges: Option<&Path>, out: &Path, mode: Mode, want_reasons: bool, trace: bool) -> Result<()> {
    let t0 = Instant::now();
    let (inst, graph) = load(instance, edges)?;
    let mut stats = Stats { load_s: t0.elapsed().as_secs_f64(), ..Default::default() };
    let t1 = Instant::now();
    let market = market_of(&inst, graph, &mut stats)?;
    if trace {
        eprintln!("market: {:.4} s after parsing", t1.elapsed().as_secs_f64());
    }
    let (assignments, mode_name) = match mode {
        Mode::Maxweight => {
            let t = Instant::now();
            let (sol, work) = maxweight_batch::solve_with_work(&market);
            if trace {
                eprintln!("maxweight batch: {:.4} s, objective {}, {work:?}", t.elapsed().as_secs_f64(), sol.objective);
            }
            (sol.assignments, "maxweight")
        }
        Mode::Stable => (stable::solve(&market), "stable"),
    };
    stats.solve_s = t1.elapsed().as_secs_f64();
    stats.matched = assignments.len();
    stats.objective = objective(&market, &assignments);
    let why = reasons::explain(&inst, &market, &assignments);
    for (_, r) in &why {
        *stats.unmatched_reasons.entry(r.code()).or_insert(0) += 1;
    }
    let listed: Vec<(u32, &'static str)> = why.iter().map(|(v, r)| (*v, r.code())).collect();
    bench_format::write_solution(
        out,
        &inst.name,
        mode_name,
        &assignments,
        &stats,
        want_reasons.then_some(listed.as_slice()),
    )
    .context("writing the solution")?;
    Ok(())
}

/// Total score of `assignments` (locked pairs included).
fn objective(market: &Market, assignments: &[(u32, u32)]) -> i64 {
    let g = &market.graph;
    let market_part: i64 = assignments
        .iter()
        .filter(|(v, _)| market.locked[*v as usize].is_none())
        .filter_map(|&(v, h)| g.edges_of(v as usize).find(|&e| g.host[e] == h).map(|e| i64::from(g.score[e])))
        .sum();
    market_part + market.locked_score
}

fn live(instance: &Path, edges: Option<&Path>, tail: usize, out: &Path) -> Result<()> {
    let (inst, graph) = load(instance, edges)?;
    let mut stats = Stats::default();
    let market = market_of(&inst, graph, &mut stats)?;
    // the reported arrivals: the last `tail` market visitors that have candidate edges
    let with_edges: Vec<usize> = market.market_visitors().filter(|&v| !market.graph.edges_of(v).is_empty()).collect();
    let first_reported = with_edges.len().saturating_sub(tail);
    let mut reported = vec![false; market.visitor_count()];
    for &v in &with_edges[first_reported..] {
        reported[v] = true;
    }
    let mut live = LiveMarket::new(&market);
    let mut events = Vec::with_capacity(tail);
    let t_all = Instant::now();
    for (v, &report) in reported.iter().enumerate() {
        let t = Instant::now();
        live.apply(Event::Arrival(v as u32))?;
        let dt = t.elapsed().as_secs_f64();
        if report {
            events.push(LiveRecord { visitor: v as u32, market_objective: live.market_objective(), latency_s: dt });
        }
    }
    let total = t_all.elapsed().as_secs_f64();
    let mut lat: Vec<f64> = events.iter().map(|e| e.latency_s).collect();
    lat.sort_by(f64::total_cmp);
    let pick = |q: f64| lat.get(((lat.len().saturating_sub(1)) as f64 * q) as usize).copied().unwrap_or(0.0);
    let work = live.engine().work();
    let summary = BTreeMap::from([
        ("events", events.len() as f64),
        ("p50_ms", pick(0.5) * 1e3),
        ("p99_ms", pick(0.99) * 1e3),
        ("max_ms", pick(1.0) * 1e3),
        ("all_arrivals_s", total),
        ("searches", work.searches as f64),
        ("settled", work.settled as f64),
        ("settled_backward", work.settled_backward as f64),
    ]);
    bench_format::write_live(out, &events, summary).context("writing the live output")?;
    Ok(())
}

fn write_edges(instance: &Path, out: &Path, timings: bool) -> Result<()> {
    let t = Instant::now();
    let inst = bench_format::read_instance(instance).context("reading the instance")?;
    let parse_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let g = candidates::build(&inst);
    let candidates_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let f = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    let mut w = std::io::BufWriter::new(f);
    g.write_csv(&mut w).with_context(|| format!("writing {}", out.display()))?;
    w.flush().with_context(|| format!("writing {}", out.display()))?;
    if timings {
        eprintln!("parse {parse_s:.3}s candidates {candidates_s:.3}s write {:.3}s", t.elapsed().as_secs_f64());
    }
    Ok(())
}
