//! Reading the instance JSON (SCHEMA.md section 1) straight into the model.
//!
//! The file is parsed in one pass into structs that borrow their strings from the input and
//! turn id lists into bit sets while parsing ([`IdBits`]), so a 100k-visitor file costs no
//! allocation per string or per list. Names (countries, languages, types) are then resolved
//! against the instance's own vocabularies. Unknown keys are ignored, as the schema requires.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;
use serde::de::{self, SeqAccess, Visitor as SerdeVisitor};

use crate::error::MatchError;
use crate::model::{DayRange, Host, IdSet, Instance, Rules, Visitor, Weights};

/// A JSON list of small integer ids, read directly into a bit set. Ids of 64 and beyond are
/// remembered as an overflow and reported by the caller, who knows which field it was.
#[derive(Debug, Clone, Copy, Default)]
struct IdBits {
    set: IdSet,
    overflow: bool,
}

impl<'de> Deserialize<'de> for IdBits {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Bits;
        impl<'de> SerdeVisitor<'de> for Bits {
            type Value = IdBits;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of ids")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<IdBits, A::Error> {
                let mut out = IdBits::default();
                while let Some(id) = seq.next_element::<u64>()? {
                    if id < 64 {
                        out.set |= 1 << id;
                    } else {
                        out.overflow = true;
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_seq(Bits)
    }
}

/// A string borrowed from the input when it has no escapes.
type Str<'a> = Cow<'a, str>;

#[derive(Deserialize)]
struct RawInstance<'a> {
    #[serde(borrow)]
    format: Str<'a>,
    version: i64,
    #[serde(borrow)]
    name: Str<'a>,
    #[serde(borrow)]
    countries: Vec<Str<'a>>,
    #[serde(borrow)]
    languages: Vec<Str<'a>>,
    #[serde(borrow)]
    participant_types: Vec<Str<'a>>,
    rules: RawRules,
    #[serde(borrow)]
    quotas: BTreeMap<Str<'a>, i64>,
    #[serde(default, borrow)]
    locks: Vec<(Str<'a>, Str<'a>)>,
    #[serde(default, borrow)]
    forbidden: Vec<(Str<'a>, Str<'a>)>,
    #[serde(borrow)]
    visitors: Vec<RawVisitor<'a>>,
    #[serde(borrow)]
    hosts: Vec<RawHost<'a>>,
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

impl From<&RawWeights> for Weights {
    fn from(w: &RawWeights) -> Self {
        Weights {
            need_coverage: w.need_coverage,
            interest_coverage: w.interest_coverage,
            value_chain: w.value_chain,
            language: w.language,
        }
    }
}

#[derive(Deserialize)]
struct RawVisitor<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    country: Str<'a>,
    #[serde(rename = "type", borrow)]
    participant_type: Str<'a>,
    value_chains: IdBits,
    needs: IdBits,
    offers: IdBits,
    #[serde(borrow)]
    languages: Vec<Str<'a>>,
    window: (i32, i32),
    duration_days: i32,
}

#[derive(Deserialize)]
struct RawHost<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    country: Str<'a>,
    value_chains: IdBits,
    offers: IdBits,
    interests: IdBits,
    #[serde(borrow)]
    languages: Vec<Str<'a>>,
    capacity: i64,
    windows: Vec<(i32, i32)>,
}

/// Name → index of a vocabulary (countries, languages, types).
struct Names<'n>(HashMap<&'n str, usize>);

impl<'n> Names<'n> {
    fn new(names: &'n [Str<'_>]) -> Self {
        Names(names.iter().enumerate().map(|(i, n)| (n.as_ref(), i)).collect())
    }

    fn get(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }
}

/// Id → index of visitors or hosts. Generated files use `"V%06d"` / `"H%06d"` = index, so the
/// digits are tried first and checked; other ids fall back to a map built on first need.
struct Ids<'r> {
    ids: Vec<&'r str>,
    map: Option<HashMap<&'r str, u32>>,
}

impl<'r> Ids<'r> {
    fn new(ids: impl Iterator<Item = &'r str>) -> Self {
        Ids { ids: ids.collect(), map: None }
    }

    fn get(&mut self, id: &str) -> Option<u32> {
        let digits = id.trim_start_matches(|c: char| !c.is_ascii_digit());
        if let Ok(i) = digits.parse::<usize>()
            && self.ids.get(i) == Some(&id)
        {
            return Some(i as u32);
        }
        let ids = &self.ids;
        let map = self.map.get_or_insert_with(|| ids.iter().enumerate().map(|(i, &s)| (s, i as u32)).collect());
        map.get(id).copied()
    }
}

fn format_err(file: &str, what: impl Into<String>) -> MatchError {
    MatchError::Format { file: file.to_string(), what: what.into() }
}

/// Parses an instance from JSON bytes; `file` names the source in errors.
pub(crate) fn parse(text: &[u8], file: &str) -> Result<Instance, MatchError> {
    let raw: RawInstance = serde_json::from_slice(text).map_err(|e| format_err(file, e.to_string()))?;
    if raw.format != "exchange-matching-instance" || raw.version != 1 {
        return Err(format_err(file, "not an exchange-matching-instance version 1"));
    }
    if raw.participant_types.len() > 255 {
        return Err(format_err(file, "more than 255 participant types"));
    }
    if raw.countries.len() > usize::from(u16::MAX) + 1 {
        return Err(format_err(file, "more than 65536 countries"));
    }
    let (countries, languages, types) =
        (Names::new(&raw.countries), Names::new(&raw.languages), Names::new(&raw.participant_types));
    let country = |c: &str, who: &str| {
        countries
            .get(c)
            .map(|i| i as u16)
            .ok_or_else(|| format_err(file, format!("{who}: country {c:?} is not in `countries`")))
    };
    let langs = |ls: &[Str], who: &str| -> Result<IdSet, MatchError> {
        ls.iter().try_fold(0u64, |acc, l| {
            let i = languages.get(l).ok_or_else(|| format_err(file, format!("{who}: unknown language {l:?}")))?;
            if i >= 64 {
                return Err(format_err(file, format!("{who}: language index beyond 63")));
            }
            Ok(acc | 1 << i)
        })
    };
    let set = |bits: IdBits, who: &str, field: &str| {
        if bits.overflow { Err(format_err(file, format!("{who}: {field} id beyond 63"))) } else { Ok(bits.set) }
    };
    let mut visitors = Vec::with_capacity(raw.visitors.len());
    for rv in &raw.visitors {
        let who = rv.id.as_ref();
        let participant_type = types
            .get(&rv.participant_type)
            .ok_or_else(|| format_err(file, format!("{who}: unknown type {:?}", rv.participant_type)))?
            as u8;
        visitors.push(Visitor {
            country: country(&rv.country, who)?,
            participant_type,
            value_chains: set(rv.value_chains, who, "value_chains")?,
            needs: set(rv.needs, who, "needs")?,
            offers: set(rv.offers, who, "offers")?,
            languages: langs(&rv.languages, who)?,
            window: DayRange { start: rv.window.0, end: rv.window.1 },
            stay_days: rv.duration_days,
        });
    }
    let mut hosts = Vec::with_capacity(raw.hosts.len());
    for rh in &raw.hosts {
        let who = rh.id.as_ref();
        let capacity = u32::try_from(rh.capacity).map_err(|_| format_err(file, format!("{who}: bad capacity")))?;
        hosts.push(Host {
            country: country(&rh.country, who)?,
            value_chains: set(rh.value_chains, who, "value_chains")?,
            offers: set(rh.offers, who, "offers")?,
            interests: set(rh.interests, who, "interests")?,
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
    let mut vid = Ids::new(raw.visitors.iter().map(|v| v.id.as_ref()));
    let mut hid = Ids::new(raw.hosts.iter().map(|h| h.id.as_ref()));
    let mut pairs = |list: &[(Str, Str)], field: &str| {
        list.iter()
            .map(|(a, b)| match (vid.get(a), hid.get(b)) {
                (Some(v), Some(h)) => Ok((v, h)),
                _ => Err(format_err(file, format!("{field}: unknown pair [{a:?}, {b:?}]"))),
            })
            .collect::<Result<Vec<_>, _>>()
    };
    let locks = pairs(&raw.locks, "locks")?;
    let forbidden = pairs(&raw.forbidden, "forbidden")?;
    let r = &raw.rules;
    Ok(Instance {
        name: raw.name.to_string(),
        participant_types: raw.participant_types.iter().map(|t| t.to_string()).collect(),
        rules: Rules {
            require_different_country: r.require_different_country,
            require_common_language: r.require_common_language,
            min_score: r.min_score,
            top_k: r.top_k,
            score_weights: (&r.score_weights).into(),
            visitor_pref_weights: (&r.visitor_pref_weights).into(),
            host_pref_weights: (&r.host_pref_weights).into(),
        },
        quotas,
        locks,
        forbidden,
        visitors,
        hosts,
    })
}
