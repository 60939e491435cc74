//! `cloth-match absorb`: what the server's board does on every change, timed. The owned
//! incremental engine absorbs a deterministic sequence of changes (a visitor withdrawn and
//! back, a pair locked and released, a pair declined), beside what each change cost before it:
//! building the candidate graph and solving the cohort again in one batch. Every `check_every`-th
//! answer is checked against that re-solve, which must find the same total.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, ensure};
use matching::bench_format;
use matching::candidates;
use matching::incremental::Incremental;
use matching::market::Market;
use matching::maxweight_batch;
use matching::model::Instance;
use serde_json::json;

/// The optimum of `inst` solved from scratch in one batch, and how long it took.
fn resolve(inst: &Instance) -> Result<(i64, f64)> {
    let t = Instant::now();
    let market = Market::new(inst, candidates::build(inst)).context("building the market")?;
    let sol = maxweight_batch::solve(&market);
    Ok((sol.market_objective + market.locked_score, t.elapsed().as_secs_f64()))
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted.get(((sorted.len().saturating_sub(1)) as f64 * q) as usize).copied().unwrap_or(0.0)
}

pub fn run(instance: &Path, changes: usize, check_every: usize, out: &Path) -> Result<()> {
    let inst = bench_format::read_instance(instance).context("reading the instance")?;
    let (visitors, hosts) = (inst.visitors.len(), inst.hosts.len());
    let (cold_objective, batch_cold_s) = resolve(&inst)?;
    let t = Instant::now();
    let mut live = Incremental::cold(inst)?;
    let engine_cold_s = t.elapsed().as_secs_f64();
    ensure!(live.objective() == cold_objective, "the engine's cold start differs from the batch solve");

    let mut latencies: Vec<f64> = Vec::with_capacity(changes);
    let mut resolves: Vec<f64> = Vec::new();
    let mut withdrawn: Option<u32> = None;
    let mut locked: Option<u32> = None;
    for i in 0..changes {
        let active: Vec<u32> = (0..live.instance().visitors.len() as u32).filter(|&v| live.is_active(v)).collect();
        let pick = active[(i * 7919 + 13) % active.len()];
        let matched = |live: &Incremental, v: u32| live.assignments().iter().find(|p| p.0 == v).map(|p| p.1);
        // What to do is decided (and its inputs read) before the clock starts.
        let host = matched(&live, pick).filter(|_| !live.is_locked(pick));
        let t = Instant::now();
        match i % 5 {
            0 => {
                live.withdraw(pick)?;
                withdrawn = Some(pick);
            }
            1 => {
                if let Some(v) = withdrawn.take() {
                    let visitor = live.instance().visitors[v as usize].clone();
                    let forbidden = live.forbidden_of(v);
                    live.add(visitor, &forbidden)?;
                }
            }
            2 => {
                if let Some(h) = host {
                    ensure!(live.lock(pick, h)?, "a matched pair locks in one step");
                    locked = Some(pick);
                }
            }
            3 => {
                if let Some(v) = locked.take() {
                    live.unlock(v)?;
                }
            }
            _ => {
                if let Some(h) = host {
                    let visitor = live.instance().visitors[pick as usize].clone();
                    let mut forbidden = live.forbidden_of(pick);
                    forbidden.push(h);
                    live.withdraw(pick)?;
                    live.add(visitor, &forbidden)?;
                }
            }
        }
        latencies.push(t.elapsed().as_secs_f64());
        if check_every > 0 && i % check_every == 0 {
            let (objective, seconds) = resolve(&live.current_instance())?;
            ensure!(live.objective() == objective, "change {i}: {} absorbed, {objective} re-solved", live.objective());
            resolves.push(seconds);
        }
    }
    live.certify().map_err(anyhow::Error::msg)?;
    latencies.sort_by(f64::total_cmp);
    resolves.sort_by(f64::total_cmp);
    let ms = |s: f64| (s * 1e6).round() / 1e3;
    let report = json!({
        "instance": instance.display().to_string(),
        "visitors": visitors,
        "hosts": hosts,
        "batch_cold_s": batch_cold_s,
        "engine_cold_s": engine_cold_s,
        "changes": changes,
        "absorb_p50_ms": ms(quantile(&latencies, 0.5)),
        "absorb_p99_ms": ms(quantile(&latencies, 0.99)),
        "absorb_max_ms": ms(quantile(&latencies, 1.0)),
        "checked_against_resolve": resolves.len(),
        "resolve_p50_ms": ms(quantile(&resolves, 0.5)),
        "resolve_p99_ms": ms(quantile(&resolves, 0.99)),
    });
    std::fs::write(out, serde_json::to_string_pretty(&report)?).context("writing the report")?;
    println!("{report}");
    Ok(())
}
