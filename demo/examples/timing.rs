//! Times the generator and shows a sample: `cargo run -p demo --release --example timing [members] [seed]`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let members = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let start = Instant::now();
    let alliance = demo::generate(members, seed);
    let elapsed = start.elapsed();
    println!("generate({members}, {seed}): {} organisations in {elapsed:.2?}", alliance.orgs.len());
    for org in alliance.orgs.iter().take(12) {
        println!(
            "{:>3} {:<45} {:<30} {:?} {} {} ({:.4}, {:.4}) {:?} clusters {:?}",
            org.key,
            org.name,
            org.slug,
            org.kind,
            org.city,
            org.region.as_deref().unwrap_or("-"),
            org.latitude,
            org.longitude,
            org.languages,
            org.clusters
        );
        println!("    {}", org.description);
    }
}
