//! Per-arrival work and latency of the live engine over the last `tail` arrivals.
//! Usage: live_probe INSTANCE EDGES TAIL
use matching::bench_format;
use matching::live::{Event, LiveMarket};
use matching::market::Market;
use std::time::Instant;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let inst = bench_format::read_instance(a[1].as_ref()).unwrap();
    let g = bench_format::read_edges(a[2].as_ref(), inst.visitors.len()).unwrap();
    let tail: usize = a[3].parse().unwrap();
    let market = Market::new(&inst, g).unwrap();
    let with_edges: Vec<usize> = market.market_visitors().filter(|&v| !market.graph.edges_of(v).is_empty()).collect();
    let first = with_edges[with_edges.len().saturating_sub(tail)];
    let mut live = LiveMarket::new(&market);
    let mut lat = Vec::new();
    let t_all = Instant::now();
    for v in 0..market.visitor_count() {
        let w0 = live.engine().work();
        let t = Instant::now();
        live.apply(Event::Arrival(v as u32)).unwrap();
        let dt = t.elapsed().as_secs_f64() * 1e3;
        if v >= first && !market.graph.edges_of(v).is_empty() && market.locked[v].is_none() {
            let w = live.engine().work();
            lat.push(dt);
            println!(
                "v {v} type {} ms {dt:.3} searches {} settled {} backward {} aug {} arcs {}",
                market.visitor_type[v],
                w.searches - w0.searches,
                w.settled - w0.settled,
                w.settled_backward - w0.settled_backward,
                w.augmentations - w0.augmentations,
                w.arcs - w0.arcs
            );
        }
    }
    lat.sort_by(f64::total_cmp);
    let n = lat.len();
    eprintln!(
        "all {:.2}s p50 {:.3} p99 {:.3} max {:.3}",
        t_all.elapsed().as_secs_f64(),
        lat[(n - 1) / 2],
        lat[((n - 1) as f64 * 0.99) as usize],
        lat[n - 1]
    );
}
