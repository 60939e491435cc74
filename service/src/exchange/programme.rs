//! A cohort's submitted entries as a matching programme: the bridge between the database and
//! the pure `matching` engine, and back to the board organisers see.

use super::{Organiser, cohorts, country_of, participant_of};
use crate::entities::{exchange_entries as entries, exchange_pair_rules as rules, exchange_proposals, organisations};
use crate::error::ServiceError;
use chrono::NaiveDate;
use matching::model::{DayRange, Host, Instance, Rules, Visitor};
use matching::reasons::Unmatched;
use matching::score::Exclusion;
use model::OrgId;
use model::exchange::{
    Application, Board, BoardPair, Cohort, IdleCapacity, MatchingMode, Offer, PairProposal, PairReasons, PairRule,
    ParticipantType, Party, ProposalState, QuotaGauge, Status, UnmatchedReason, UnmatchedVisitor,
};
use model::taxonomy::{Country, Language, Topic, ValueChain};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

mod boards;
mod live_matching;

pub use boards::{Boards, shared_board};

/// One submitted entry with its organisation.
struct Side<T> {
    entry: Uuid,
    org: organisations::Model,
    value: T,
}

impl<T> Side<T> {
    fn party(&self) -> Party {
        Party {
            entry: self.entry,
            slug: self.org.slug.clone(),
            name: self.org.name.clone(),
            country: country_of(&self.org),
        }
    }
}

/// A pair by its application and offer.
type PairIds = (Uuid, Uuid);

/// Everything matching needs about one cohort, read in five queries.
pub struct Programme {
    cohort: Cohort,
    visitors: Vec<(Side<Application>, ParticipantType)>,
    hosts: Vec<Side<Offer>>,
    instance: Instance,
    /// Proposals that hold their pair (open and unexpired, or confirmed).
    proposals: HashMap<PairIds, PairProposal>,
    /// Pairs an organiser locked.
    locked: HashSet<PairIds>,
}

/// The board of the cohort at `slug`, matched on `today`.
pub async fn board(
    db: &impl ConnectionTrait,
    _by: &Organiser,
    slug: &str,
    today: NaiveDate,
) -> Result<Board, ServiceError> {
    let (id, cohort) = cohorts::find(db, slug).await?;
    let programme = Programme::load(db, id, cohort, today).await?;
    programme.board()
}

/// The pairs matching must keep and the pairs it must never make, from the proposals members
/// hold and the organisers' rules. Proposals come first: a visitor holding a proposal keeps
/// that host whatever an organiser locked before it was made.
struct Pins {
    keep: Vec<PairIds>,
    never: Vec<PairIds>,
    proposals: HashMap<PairIds, PairProposal>,
    locked: HashSet<PairIds>,
}

async fn pins(db: &impl ConnectionTrait, cohort_id: Uuid, today: NaiveDate) -> Result<Pins, ServiceError> {
    let held = exchange_proposals::Entity::find()
        .filter(exchange_proposals::Column::CohortId.eq(cohort_id))
        .filter(exchange_proposals::Column::State.is_in([
            ProposalState::Open.slug(),
            ProposalState::Confirmed.slug(),
            ProposalState::Declined.slug(),
        ]))
        .all(db)
        .await?;
    let pair_rules = rules::Entity::find().filter(rules::Column::CohortId.eq(cohort_id)).all(db).await?;
    let mut pins = Pins { keep: Vec::new(), never: Vec::new(), proposals: HashMap::new(), locked: HashSet::new() };
    for p in held {
        let pair = (p.application_id, p.offer_id);
        let state = p.state;
        match state {
            ProposalState::Declined => pins.never.push(pair),
            ProposalState::Open if p.expires_on < today => {} // lapsed: the pair is free again
            _ => {
                pins.keep.push(pair);
                pins.proposals.insert(
                    pair,
                    PairProposal {
                        state,
                        expires_on: p.expires_on,
                        visitor_answer: p.visitor_answer,
                        host_answer: p.host_answer,
                    },
                );
            }
        }
    }
    for rule in pair_rules {
        let pair = (rule.application_id, rule.offer_id);
        if rule.rule == PairRule::Lock {
            pins.keep.push(pair);
            pins.locked.insert(pair);
        } else {
            pins.never.push(pair);
        }
    }
    Ok(pins)
}

impl Programme {
    pub async fn load(
        db: &impl ConnectionTrait,
        cohort_id: Uuid,
        cohort: Cohort,
        today: NaiveDate,
    ) -> Result<Self, ServiceError> {
        let rows = entries::Entity::find()
            .filter(entries::Column::CohortId.eq(cohort_id))
            .filter(entries::Column::Status.eq(Status::Submitted.slug()))
            .all(db)
            .await?;
        let org_ids: Vec<OrgId> = rows.iter().map(|r| r.organisation_id).collect();
        let orgs: HashMap<OrgId, organisations::Model> = organisations::Entity::find()
            .filter(organisations::Column::Id.is_in(org_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let (mut visitors, mut hosts) = (Vec::new(), Vec::new());
        // Ordered by entry id (time-ordered uuids): the same cohort always builds the same
        // instance, so the engine's deterministic answer is stable across requests.
        let mut rows = rows;
        rows.sort_by_key(|r| r.id);
        for row in rows {
            // An organisation may both visit and host: each entry gets its own copy.
            let (Some(org), Some(json)) = (orgs.get(&row.organisation_id).cloned(), row.submitted.as_ref()) else {
                continue;
            };
            let what = format_args!("submission of entry {}", row.id);
            if row.side == model::exchange::Side::Visitor {
                let Some(participant) = participant_of(&org) else { continue };
                let value: Application = crate::stored::from_json(what, json)?;
                visitors.push((Side { entry: row.id, org, value }, participant));
            } else {
                let value: Offer = crate::stored::from_json(what, json)?;
                hosts.push(Side { entry: row.id, org, value });
            }
        }
        let pins = pins(db, cohort_id, today).await?;
        let instance = instance(&cohort, &visitors, &hosts, &pins)?;
        Ok(Self { cohort, visitors, hosts, instance, proposals: pins.proposals, locked: pins.locked })
    }

    /// Matches the programme in the cohort's mode and describes the result.
    pub fn board(&self) -> Result<Board, ServiceError> {
        let graph = matching::candidates::build(&self.instance);
        let market = matching::market::Market::new(&self.instance, graph)
            .map_err(|e| ServiceError::Internal(format!("matching: {e}")))?;
        let assignments = match self.cohort.mode {
            MatchingMode::BestTotal => matching::maxweight_batch::solve(&market).assignments,
            MatchingMode::Stable => matching::stable::solve(&market),
        };
        let unmatched = matching::reasons::explain(&self.instance, &market, &assignments);
        Ok(self.describe(&assignments, &unmatched))
    }

    fn describe(&self, assignments: &[(u32, u32)], unmatched: &[(u32, Unmatched)]) -> Board {
        let mut load = vec![0u32; self.hosts.len()];
        let mut matched_of: BTreeMap<ParticipantType, u32> = BTreeMap::new();
        let mut pairs = Vec::with_capacity(assignments.len());
        for &(v, h) in assignments {
            let ((visitor, participant), host) = (&self.visitors[v as usize], &self.hosts[h as usize]);
            load[h as usize] += 1;
            *matched_of.entry(*participant).or_default() += 1;
            let (iv, ih) = (&self.instance.visitors[v as usize], &self.instance.hosts[h as usize]);
            let score = matching::score::pair_score(&self.instance.rules, iv, ih).score;
            pairs.push(BoardPair {
                visitor: visitor.party(),
                host: host.party(),
                participant: *participant,
                score: u32::try_from(score).unwrap_or(0),
                reasons: reasons(iv, ih, &visitor.value, country_of(&host.org)),
                proposal: self.proposals.get(&(visitor.entry, host.entry)).cloned(),
                locked: self.locked.contains(&(visitor.entry, host.entry)),
            });
        }
        pairs.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.visitor.name.cmp(&b.visitor.name)));
        let unmatched = unmatched
            .iter()
            .map(|(v, why)| {
                let (visitor, participant) = &self.visitors[*v as usize];
                UnmatchedVisitor { visitor: visitor.party(), participant: *participant, reason: reason(why) }
            })
            .collect();
        let gauges = ParticipantType::ALL
            .iter()
            .map(|&p| QuotaGauge {
                participant: p,
                matched: matched_of.get(&p).copied().unwrap_or(0),
                target: self.cohort.quotas.of(p),
            })
            .collect();
        Board {
            unproposed: u32::try_from(pairs.iter().filter(|p| p.proposal.is_none()).count()).unwrap_or(u32::MAX),
            gauges,
            total_score: pairs.iter().map(|p| u64::from(p.score)).sum(),
            pairs,
            unmatched,
            idle: self.idle(&load),
            applications: u32::try_from(self.visitors.len()).unwrap_or(u32::MAX),
            offers: u32::try_from(self.hosts.len()).unwrap_or(u32::MAX),
        }
    }

    /// Unfilled host places by country and by the value chains of the topics the visit shows
    /// (a visit showing topics of two chains counts under both).
    fn idle(&self, load: &[u32]) -> Vec<IdleCapacity> {
        let mut idle: BTreeMap<(Country, ValueChain), u32> = BTreeMap::new();
        for (host, used) in self.hosts.iter().zip(load) {
            let free = host.value.capacity.saturating_sub(*used);
            if free == 0 {
                continue;
            }
            let mut chains: Vec<ValueChain> = host.value.topics_offered.iter().map(|t| t.value_chain()).collect();
            chains.sort();
            chains.dedup();
            for chain in chains {
                *idle.entry((country_of(&host.org), chain)).or_default() += free;
            }
        }
        idle.into_iter().map(|((country, value_chain), places)| IdleCapacity { country, value_chain, places }).collect()
    }
}

/// Programme days count from the cohort's first exchange day.
fn day(cohort: &Cohort, date: NaiveDate) -> i32 {
    i32::try_from((date - cohort.exchanges_start).num_days()).unwrap_or(i32::MAX)
}

fn index<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

fn languages(list: &[Language]) -> u64 {
    list.iter().fold(0, |bits, l| bits | 1u64 << index(Language::ALL, l))
}

fn languages_of_org(org: &organisations::Model) -> Result<u64, ServiceError> {
    Ok(languages(&crate::stored::slug_list::<Language>(&org.languages)?))
}

fn bits(value: i64) -> u64 {
    u64::from_ne_bytes(value.to_ne_bytes())
}

fn instance(
    cohort: &Cohort,
    visitors: &[(Side<Application>, ParticipantType)],
    hosts: &[Side<Offer>],
    pins: &Pins,
) -> Result<Instance, ServiceError> {
    let country = |org: &organisations::Model| u16::try_from(index(Country::ALL, &country_of(org))).unwrap_or(0);
    let visitors_out = visitors
        .iter()
        .map(|(side, participant)| -> Result<Visitor, ServiceError> {
            let app = &side.value;
            Ok(Visitor {
                country: country(&side.org),
                participant_type: u8::try_from(index(ParticipantType::ALL, participant)).unwrap_or(0),
                value_chains: bits(ValueChain::bits(&app.value_chains)),
                needs: bits(Topic::bits(&app.topics_wanted)),
                // What a visitor can bring is what its organisation offers.
                offers: bits(side.org.topics_offered_bits),
                languages: languages(&app.languages) | languages_of_org(&side.org)?,
                window: DayRange { start: day(cohort, app.available_from), end: day(cohort, app.available_to) },
                stay_days: i32::try_from(app.stay_days).unwrap_or(i32::MAX),
            })
        })
        .collect::<Result<_, _>>()?;
    let hosts_out = hosts
        .iter()
        .map(|side| {
            let offer = &side.value;
            Host {
                country: country(&side.org),
                value_chains: bits(side.org.value_chains_bits),
                offers: bits(Topic::bits(&offer.topics_offered)),
                interests: bits(Topic::bits(&offer.topics_wanted)),
                languages: languages(&offer.languages),
                capacity: offer.capacity,
                windows: offer
                    .windows
                    .iter()
                    .map(|&(f, t)| DayRange { start: day(cohort, f), end: day(cohort, t) })
                    .collect(),
            }
        })
        .collect();
    let visitor_index: HashMap<Uuid, u32> =
        visitors.iter().enumerate().map(|(i, (s, _))| (s.entry, u32::try_from(i).unwrap_or(u32::MAX))).collect();
    let host_index: HashMap<Uuid, u32> =
        hosts.iter().enumerate().map(|(i, s)| (s.entry, u32::try_from(i).unwrap_or(u32::MAX))).collect();
    // A pair whose application or offer is withdrawn waits until both are back.
    let indexed = |pairs: &[PairIds]| -> Vec<(u32, u32)> {
        pairs.iter().filter_map(|(a, o)| Some((*visitor_index.get(a)?, *host_index.get(o)?))).collect()
    };
    let mut forbidden = indexed(&pins.never);
    forbidden.sort_unstable();
    forbidden.dedup();
    let mut instance = Instance {
        name: cohort.slug.clone(),
        participant_types: ParticipantType::ALL.iter().map(|p| p.slug().to_owned()).collect(),
        rules: Rules::default(),
        quotas: ParticipantType::ALL.iter().map(|&p| cohort.quotas.of(p)).collect(),
        locks: Vec::new(),
        forbidden,
        visitors: visitors_out,
        hosts: hosts_out,
    };
    instance.locks = admissible_locks(&instance, &indexed(&pins.keep));
    Ok(instance)
}

/// The pins that can all hold at once, in order of precedence: one host per visitor, never a
/// forbidden pair or one inside a country, within every host's capacity and type quota. The
/// service checks each lock when it is set; this keeps matching well defined when later
/// changes (a decline, a proposal made after a lock) would make them collide.
fn admissible_locks(instance: &Instance, wanted: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut host_load = vec![0u32; instance.hosts.len()];
    let mut type_load = vec![0u32; instance.quotas.len()];
    let mut visitor_done = vec![false; instance.visitors.len()];
    let mut locks = Vec::new();
    for &(v, h) in wanted {
        let (vi, hi) = (v as usize, h as usize);
        let visitor = &instance.visitors[vi];
        let t = usize::from(visitor.participant_type);
        let fits = !visitor_done[vi]
            && instance.forbidden.binary_search(&(v, h)).is_err()
            && visitor.country != instance.hosts[hi].country
            && host_load[hi] < instance.hosts[hi].capacity
            && type_load.get(t).is_some_and(|&n| n < instance.quotas[t]);
        if fits {
            visitor_done[vi] = true;
            host_load[hi] += 1;
            type_load[t] += 1;
            locks.push((v, h));
        }
    }
    locks.sort_unstable();
    locks
}

fn reasons(v: &Visitor, h: &Host, app: &Application, host_country: Country) -> PairReasons {
    let r = matching::score::reasons(v, h);
    let topics = |set: u64| Topic::in_bits(i64::from_ne_bytes(set.to_ne_bytes())).collect();
    PairReasons {
        topics_met: topics(r.needs_met),
        interests_met: topics(r.interests_met),
        shared_value_chains: ValueChain::ALL
            .iter()
            .copied()
            .filter(|c| bits(c.bit()) & r.shared_value_chains != 0)
            .collect(),
        shared_languages: Language::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| r.shared_languages & (1u64 << i) != 0)
            .map(|(_, l)| *l)
            .collect(),
        overlap_days: u32::try_from(r.overlap_days).unwrap_or(0),
        preferred_country: app.preferred_countries.contains(&host_country),
    }
}

fn reason(why: &Unmatched) -> UnmatchedReason {
    match why {
        Unmatched::NoFeasibleHost { main: Exclusion::Forbidden, .. } => UnmatchedReason::AllFitsForbidden,
        Unmatched::NoFeasibleHost { main: Exclusion::ScoreBelowMinimum, .. } => UnmatchedReason::NoGoodEnoughHost,
        Unmatched::NoFeasibleHost { .. } => UnmatchedReason::NoHostAbroadWithDates,
        Unmatched::AllCandidateHostsFull => UnmatchedReason::HostsFull,
        Unmatched::TypeQuotaReached => UnmatchedReason::QuotaReached,
        Unmatched::BetterTotalWithout => UnmatchedReason::OthersGainMore,
    }
}
