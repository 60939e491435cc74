//! Prints every `step`-th organisation: `cargo run -p demo --example sample [members] [step]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let members = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let step = args.next().and_then(|a| a.parse().ok()).unwrap_or(1usize);
    let alliance = demo::generate(members, 1);
    for org in alliance.orgs.iter().step_by(step.max(1)) {
        println!(
            "{:<60} | {:<45} | {:?} | {} {} | {:?}",
            org.profile.name,
            org.slug,
            org.profile.kind,
            org.profile.country,
            org.profile.city,
            org.profile.certifications
        );
    }
}
