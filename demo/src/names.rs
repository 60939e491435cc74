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
    pub fn name(&mut self, kind: OrgKind, city: &City, chain: ValueChain, rng: &mut impl Rng) -> OrgName {
        let mut last = None;
        for _ in 0..DRAWS {
            let draft = draft(kind, city, chain, rng);
            let name = draft.full(&draft.core);
            if self.used.insert(name.clone()) {
                return OrgName { name, slug_source: draft.core };
            }
            last = Some(draft);
        }
        let Some(draft) = last else {
            unreachable!("DRAWS is positive, so at least one draft was made")
        };
        // Add the city unless the name already says it, then number.
        let town = local_name(city);
        let named = draft.core.contains(town) || draft.core.contains(city.name);
        let base = if named { draft.core.clone() } else { format!("{} {town}", draft.core) };
        let name = draft.full(&base);
        if self.used.insert(name.clone()) {
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
}

fn draft(kind: OrgKind, city: &City, chain: ValueChain, rng: &mut impl Rng) -> Draft {
    let v = vocab::vocab_for(city);
    let form_first = info_of(city.country).is_some_and(|i| i.form_first);
    let company = |large: bool, rng: &mut _| pick(legal_forms(city, large), rng);
    let (core, form) = match kind {
        OrgKind::Sme if rng.gen_bool(0.25) => (fill("{b} {tail}", v, city, chain, false, rng), company(false, rng)),
        OrgKind::Sme => (fill(pick(v.company, rng).unwrap_or("{t} {s}"), v, city, chain, false, rng), company(false, rng)),
        OrgKind::LargeCompany if rng.gen_bool(0.35) => {
            let lead = pick(&["{s}", "{b}", "{P}"], rng).unwrap_or("{s}");
            (fill(&format!("{lead} {{group}}"), v, city, chain, false, rng), company(true, rng))
        }
        OrgKind::LargeCompany => {
            (fill(pick(v.company, rng).unwrap_or("{t} {s}"), v, city, chain, false, rng), company(true, rng))
        }
        OrgKind::Cluster => (institution(v.cluster, vocab::CLUSTER_EN, v, city, chain, rng).0, None),
        OrgKind::ScaleupSupport => (institution(&[], vocab::SUPPORT_EN, v, city, chain, rng).0, None),
        OrgKind::PublicBody => (institution(v.public, vocab::PUBLIC_EN, v, city, chain, rng).0, None),
        OrgKind::ResearchEducation => {
            let (institute, in_english) = institution(v.research, vocab::RESEARCH_EN, v, city, chain, rng);
            // Faculties and labs of one university take part separately (named in English
            // only under an English institution name, so a name stays in one language).
            match pick(vocab::DEPARTMENTS, rng) {
                Some(dept) if in_english && rng.gen_bool(0.4) => (format!("{dept}, {institute}"), None),
                _ => (institute, None),
            }
        }
    };
    Draft { core, form, form_first }
}

/// A name from the local patterns half of the time (when the language has some), else English;
/// says which.
fn institution(
    local: &'static [&'static str],
    english: &'static [&'static str],
    v: &Vocab,
    city: &City,
    chain: ValueChain,
    rng: &mut impl Rng,
) -> (String, bool) {
    let in_english = local.is_empty() || rng.gen_bool(0.5);
    let patterns = if in_english { english } else { local };
    (fill(pick(patterns, rng).unwrap_or("{c}"), v, city, chain, in_english, rng), in_english)
}

fn pick<T: Copy>(items: &[T], rng: &mut impl Rng) -> Option<T> {
    items.choose(rng).copied()
}

/// Fills a pattern's placeholders. English patterns get the English city name ("City of
/// Bucharest"), local ones the local name ("Primăria Municipiului București").
fn fill(pattern: &str, v: &Vocab, city: &City, chain: ValueChain, english: bool, rng: &mut impl Rng) -> String {
    let town = if english { city.name } else { local_name(city) };
    let mut out = String::with_capacity(pattern.len() + 24);
    let mut rest = pattern;
    let mut first_surname = "";
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|i| open + i) else { break };
        match &rest[open + 1..close] {
            "t" => out.push_str(pick(v.trades, rng).unwrap_or("Textile")),
            "s" => {
                first_surname = pick(v.surnames, rng).unwrap_or("Serra");
                out.push_str(first_surname);
            }
            "s2" => {
                // A partnership of one family with itself reads wrong: draw among the others
                // (the last surname stands in for the one already used).
                let n = v.surnames.len();
                let other = match n {
                    0 | 1 => "Vidal",
                    _ => match v.surnames[rng.gen_range(0..n - 1)] {
                        s if s == first_surname => v.surnames[n - 1],
                        s => s,
                    },
                };
                out.push_str(other);
            }
            "p" => out.push_str(pick(v.places, rng).unwrap_or("Europa")),
            "P" => out.push_str(without_article(pick(v.places, rng).unwrap_or("Europa"))),
            "u" => {
                let words = if v.trailing.is_empty() { v.trades } else { v.trailing };
                out.push_str(pick(words, rng).unwrap_or("Textile"));
            }
            "c" => out.push_str(town),
            "dc" => out.push_str(&v.of.city(town)),
            "b" => out.push_str(pick(vocab::BRANDS, rng).unwrap_or("Nova")),
            "tail" => out.push_str(pick(vocab::BRAND_TAILS, rng).unwrap_or("Studio")),
            "group" => out.push_str(pick(vocab::GROUP_TAILS, rng).unwrap_or("Group")),
            "x" => out.push_str(pick(vocab::cluster_themes(chain), rng).unwrap_or("Textile")),
            other => out.push_str(other),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    capitalise_first(out)
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
