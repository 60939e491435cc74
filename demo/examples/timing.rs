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
            org.profile.name,
            org.slug,
            org.profile.kind,
            org.profile.city,
            org.profile.region.as_deref().unwrap_or("-"),
            org.profile.latitude.unwrap_or_default(),
            org.profile.longitude.unwrap_or_default(),
            org.profile.languages,
            org.clusters
        );
        println!("    {}", org.profile.description);
    }
}
