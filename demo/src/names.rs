//! Organisation names: plausible for the kind and the country's language, unique in a set.
//!
//! Names come from patterns filled with words of the country's language (see [`crate::vocab`]).
//! At 300 organisations clashes are rare; at 100,000 the same "Teixits Puig S.L." comes up
//! often, so a clash is retried a few times, then the city is added ("Teixits Puig Sabadell
//! S.L."), then a numeral, which always ends the search.

use crate::countries::{info_of, legal_forms};
use crate::gazetteer::City;
use crate::places::local_name;
use crate::vocab::{self, Vocab};
use model::taxonomy::{OrgKind, ValueChain};
use rand::Rng;
use rand::seq::SliceRandom;
use std::collections::{HashMap, HashSet};

/// Fresh draws tried before the city or a numeral is added to a clashing name.
const DRAWS: usize = 3;

/// A chosen name and the part of it a slug is made from.
pub struct OrgName {
    pub name: String,
    /// The name without its legal form: "Teixits Puig", not "Teixits Puig S.L.", since a URL
    /// reads better without it.
    pub slug_source: String,
}

/// A name before its legal form is attached.
struct Draft {
    core: String,
    form: Option<&'static str>,
    form_first: bool,
}

impl Draft {
    fn full(&self, core: &str) -> String {
        match self.form {
            Some(form) if self.form_first => format!("{form} {core}"),
            Some(form) => format!("{core} {form}"),
            None => core.to_owned(),
        }
    }
}

/// Hands out names, never the same one twice.
#[derive(Default)]
pub struct Namer {
    used: HashSet<String>,
    /// Next numeral per clashing base, so repeated clashes stay cheap.
    next: HashMap<String, usize>,
}

impl Namer {
    /// Marks a fixed name (the alliance clusters') as taken.
    pub fn reserve(&mut self, name: &str) {
        self.used.insert(name.to_owned());
    }

    /// A new unique name for an organisation of `kind` in `city` working mainly in `chain`.
    pub fn name(&mut self, kind: OrgKind, city: &'static City, chain: ValueChain, rng: &mut impl Rng) -> OrgName {
        let ctx = Ctx { v: vocab::vocab_for(city), city, chain };
        let mut draft = ctx.draft(kind, rng);
        for attempt in 1..=DRAWS {
            if let Some(name) = self.take(&draft, &draft.core) {
                return OrgName { name, slug_source: draft.core };
            }
            if attempt < DRAWS {
                draft = ctx.draft(kind, rng);
            }
        }
        // Add the city unless the name already says it, then number.
        let town = local_name(city);
        let base = if draft.core.contains(town) || draft.core.contains(city.name) {
            draft.core.clone()
        } else {
            format!("{} {town}", draft.core)
        };
        if let Some(name) = self.take(&draft, &base) {
            return OrgName { name, slug_source: base };
        }
        let next = self.next.entry(base.clone()).or_insert(2);
        loop {
            let core = format!("{base} {next}");
            *next += 1;
            let name = draft.full(&core);
            if self.used.insert(name.clone()) {
                return OrgName { name, slug_source: core };
            }
        }
    }

    /// The full name for `core` if nobody has it yet, now taken.
    fn take(&mut self, draft: &Draft, core: &str) -> Option<String> {
        let name = draft.full(core);
        self.used.insert(name.clone()).then_some(name)
    }
}

/// What a name is drawn from: the city's language, the city, the main value chain.
struct Ctx {
    v: &'static Vocab,
    city: &'static City,
    chain: ValueChain,
}

impl Ctx {
    fn draft(&self, kind: OrgKind, rng: &mut impl Rng) -> Draft {
        let form_first = info_of(self.city.country).is_some_and(|i| i.form_first);
        let (core, form) = match kind {
            OrgKind::Sme | OrgKind::LargeCompany => {
                let large = kind == OrgKind::LargeCompany;
                let pattern = if !large && rng.gen_bool(0.25) {
                    // A modern label or studio: "Loop Studio", "Indigo Materials".
                    "{b} {tail}"
                } else if large && rng.gen_bool(0.35) {
                    pick(&["{s} {group}", "{b} {group}", "{P} {group}"], rng).unwrap_or("{s} {group}")
                } else {
                    pick(self.v.company, rng).unwrap_or("{t} {s}")
                };
                (self.fill(pattern, false, rng), pick(legal_forms(self.city, large), rng))
            }
            OrgKind::Cluster => (self.institution(self.v.cluster, vocab::CLUSTER_EN, rng).0, None),
            OrgKind::ScaleupSupport => (self.institution(&[], vocab::SUPPORT_EN, rng).0, None),
            OrgKind::PublicBody => (self.institution(self.v.public, vocab::PUBLIC_EN, rng).0, None),
            OrgKind::ResearchEducation => {
                let (institute, in_english) = self.institution(self.v.research, vocab::RESEARCH_EN, rng);
                // Faculties and labs of one university take part separately (only under an
                // English institution name, so that a name stays in one language).
                match pick(vocab::DEPARTMENTS, rng) {
                    Some(dept) if in_english && rng.gen_bool(0.4) => (format!("{dept}, {institute}"), None),
                    _ => (institute, None),
                }
            }
        };
        Draft { core, form, form_first }
    }

    /// A name from the local patterns half of the time (when the language has some), else
    /// English; says whether it is English.
    fn institution(&self, local: &[&str], english: &[&str], rng: &mut impl Rng) -> (String, bool) {
        let in_english = local.is_empty() || rng.gen_bool(0.5);
        let patterns = if in_english { english } else { local };
        (self.fill(pick(patterns, rng).unwrap_or("{c}"), in_english, rng), in_english)
    }

    /// Fills a pattern's placeholders. English patterns get the English city name ("City of
    /// Bucharest"), local ones the local name ("Primăria Municipiului București").
    fn fill(&self, pattern: &str, english: bool, rng: &mut impl Rng) -> String {
        let v = self.v;
        let town = if english { self.city.name } else { local_name(self.city) };
        let mut out = String::with_capacity(pattern.len() + 24);
        let mut rest = pattern;
        let mut first_surname = "";
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}').map(|i| open + i) else {
                break;
            };
            match &rest[open + 1..close] {
                "t" => out.push_str(pick(v.trades, rng).unwrap_or("Textile")),
                "u" => {
                    let words = if v.trailing.is_empty() { v.trades } else { v.trailing };
                    out.push_str(pick(words, rng).unwrap_or("Textile"));
                }
                "s" => {
                    first_surname = pick(v.surnames, rng).unwrap_or("Serra");
                    out.push_str(first_surname);
                }
                "s2" => out.push_str(other_surname(v.surnames, first_surname, rng)),
                "p" => out.push_str(pick(v.places, rng).unwrap_or("Europa")),
                "P" => out.push_str(without_article(pick(v.places, rng).unwrap_or("Europa"))),
                "c" => out.push_str(town),
                "dc" => out.push_str(&v.of.city(town)),
                "b" => out.push_str(pick(vocab::BRANDS, rng).unwrap_or("Nova")),
                "tail" => out.push_str(pick(vocab::BRAND_TAILS, rng).unwrap_or("Studio")),
                "group" => out.push_str(pick(vocab::GROUP_TAILS, rng).unwrap_or("Group")),
                "x" => out.push_str(pick(vocab::cluster_themes(self.chain), rng).unwrap_or("Textile")),
                other => out.push_str(other),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        capitalise_first(out)
    }
}

/// A surname other than `first`: a partnership of one family with itself reads wrong. The last
/// surname of the list stands in when the draw hits `first`, which keeps the draw uniform.
fn other_surname(surnames: &[&'static str], first: &str, rng: &mut impl Rng) -> &'static str {
    match surnames.len() {
        0 | 1 => "Vidal",
        n => match surnames[rng.gen_range(0..n - 1)] {
            s if s == first => surnames[n - 1],
            s => s,
        },
    }
}

fn pick<T: Copy>(items: &[T], rng: &mut impl Rng) -> Option<T> {
    items.choose(rng).copied()
}

/// "des Vosges" → "Vosges", "do Minho" → "Minho": a place word leading an English name.
fn without_article(place: &str) -> &str {
    const ARTICLES: &[&str] = &["de la ", "de l'", "du ", "des ", "de ", "do ", "da ", "dos ", "das "];
    ARTICLES.iter().find_map(|a| place.strip_prefix(a)).unwrap_or(place)
}

/// "de Vries Textiel" starts a name as "De Vries Textiel".
fn capitalise_first(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}
