//! Which of the board's pairs to show: by visitor type, by where the pair stands with the
//! members, by a part of either organisation's name; a page at a time. Everything travels in
//! the URL, so a filtered board can be shared and works without JavaScript. The server applies
//! it and sends one page ([`BoardPage`]), never the whole board.

use super::{Board, BoardPair, ParticipantType, ProposalState};
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: usize = 25;

/// The values of `show`: not yet proposed, waiting for answers, confirmed, locked.
pub const STANDINGS: &[&str] = &["unproposed", "proposed", "confirmed", "locked"];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairFilter {
    pub participant: Option<ParticipantType>,
    pub standing: Option<String>,
    pub q: String,
    pub page: usize,
}

impl PairFilter {
    /// Reads `type`, `show`, `q` and `page`; anything unknown is ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            participant: get("type").as_deref().and_then(ParticipantType::from_slug),
            standing: get("show").filter(|s| STANDINGS.contains(&s.as_str())),
            q: get("q").unwrap_or_default().trim().to_owned(),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(1).max(1),
        }
    }

    pub fn with_page(&self, page: usize) -> Self {
        Self { page, ..self.clone() }
    }

    /// The URL query for this filter (empty parameters left out).
    pub fn query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(p) = self.participant {
            pairs.push(("type", p.slug().to_owned()));
        }
        if let Some(s) = &self.standing {
            pairs.push(("show", s.clone()));
        }
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        crate::directory::query_string(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    }

    pub fn apply<'b>(&self, pairs: &'b [BoardPair]) -> impl Iterator<Item = &'b BoardPair> + 'b {
        let (q, filter) = (self.q.to_lowercase(), self.clone());
        pairs
            .iter()
            .filter(move |p| filter.participant.is_none_or(|t| p.participant == t))
            .filter(move |p| filter.standing.as_deref().is_none_or(|s| stands(p, s)))
            .filter(move |p| {
                q.is_empty() || p.visitor.name.to_lowercase().contains(&q) || p.host.name.to_lowercase().contains(&q)
            })
    }
}

/// One page of a board as the server sends it: everything but the pairs in full, and of the
/// pairs only those of the page the filter asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardPage {
    /// The board with `pairs` cut to this page.
    pub board: Board,
    /// Every matched pair, and those the filter lets through.
    pub pairs_matched: u32,
    pub pairs_shown: u32,
    /// The page shown (the one asked for, within `1..=pages`) and how many there are.
    pub page: u32,
    pub pages: u32,
}

impl Board {
    /// The page of this board that `filter` asks for.
    pub fn page(&self, filter: &PairFilter) -> BoardPage {
        let shown: Vec<&BoardPair> = filter.apply(&self.pairs).collect();
        let pages = pages(shown.len());
        let page = filter.page.clamp(1, pages);
        let pairs = shown.iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).map(|p| (*p).clone()).collect();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        BoardPage {
            board: Board { pairs, ..self.clone_without_pairs() },
            pairs_matched: count(self.pairs.len()),
            pairs_shown: count(shown.len()),
            page: count(page),
            pages: count(pages),
        }
    }

    fn clone_without_pairs(&self) -> Board {
        Board {
            gauges: self.gauges.clone(),
            pairs: Vec::new(),
            unmatched: self.unmatched.clone(),
            idle: self.idle.clone(),
            applications: self.applications,
            offers: self.offers,
            total_score: self.total_score,
            unproposed: self.unproposed,
        }
    }
}

fn stands(pair: &BoardPair, standing: &str) -> bool {
    let state = pair.proposal.as_ref().map(|p| p.state);
    match standing {
        "unproposed" => state.is_none(),
        "proposed" => state == Some(ProposalState::Open),
        "confirmed" => state == Some(ProposalState::Confirmed),
        "locked" => pair.locked,
        _ => true,
    }
}

/// Pages needed for `count` pairs (at least one, so an empty board still has page 1).
pub fn pages(count: usize) -> usize {
    count.div_ceil(PAGE_SIZE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::{PairProposal, PairReasons, Party};
    use crate::taxonomy::Country;

    fn pair(visitor: &str, participant: ParticipantType, state: Option<ProposalState>) -> BoardPair {
        let party =
            |name: &str, country| Party { entry: uuid::Uuid::nil(), slug: name.into(), name: name.into(), country };
        BoardPair {
            visitor: party(visitor, Country::Es),
            host: party("Strik Herning", Country::Dk),
            participant,
            score: 500,
            reasons: PairReasons {
                topics_met: vec![],
                interests_met: vec![],
                shared_value_chains: vec![],
                shared_languages: vec![],
                overlap_days: 5,
                preferred_country: false,
            },
            locked: false,
            proposal: state.map(|state| PairProposal {
                state,
                expires_on: chrono::NaiveDate::MIN,
                visitor_answer: None,
                host_answer: None,
            }),
        }
    }

    #[test]
    fn filters_by_type_standing_and_name_and_round_trips_through_the_url() {
        let pairs = [
            pair("Punto Sabadell", ParticipantType::Sme, None),
            pair("Cluster Prato", ParticipantType::Cluster, Some(ProposalState::Open)),
            pair("Maille Lyon", ParticipantType::Sme, Some(ProposalState::Confirmed)),
        ];
        let from = |q: &str| {
            let parsed: Vec<(String, String)> = url_pairs(q);
            PairFilter::from_query(|k| parsed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
        };
        let names = |f: &PairFilter| f.apply(&pairs).map(|p| p.visitor.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&from("type=sme")), ["Punto Sabadell", "Maille Lyon"]);
        assert_eq!(names(&from("show=unproposed")), ["Punto Sabadell"]);
        assert_eq!(names(&from("show=proposed")), ["Cluster Prato"]);
        assert_eq!(names(&from("q=LYON")), ["Maille Lyon"]);
        assert_eq!(names(&from("q=herning")).len(), 3, "the host's name counts too");
        assert_eq!(names(&from("type=nonsense&show=whatever")).len(), 3, "unknown values are ignored");
        let f = from("type=cluster&show=proposed&q=prato&page=2");
        assert_eq!(from(f.query().trim_start_matches('?')), f);
        assert_eq!((pages(0), pages(25), pages(26)), (1, 1, 2));
    }

    #[test]
    fn a_page_holds_only_its_pairs_and_counts_the_rest() {
        let mut pairs: Vec<BoardPair> =
            (0..30).map(|i| pair(&format!("SME {i:02}"), ParticipantType::Sme, None)).collect();
        pairs.push(pair("Cluster Prato", ParticipantType::Cluster, None));
        let board = Board {
            gauges: vec![],
            pairs,
            unmatched: vec![],
            idle: vec![],
            applications: 31,
            offers: 9,
            total_score: 15_500,
            unproposed: 31,
        };
        let on = |f: PairFilter| board.page(&f);
        let second = on(PairFilter { page: 2, ..PairFilter::default() });
        assert_eq!((second.pairs_matched, second.pairs_shown, second.page, second.pages), (31, 31, 2, 2));
        assert_eq!(second.board.pairs.len(), 6);
        assert_eq!(second.board.pairs[0].visitor.name, "SME 25");
        assert_eq!((second.board.applications, second.board.total_score), (31, 15_500), "the summary stays whole");
        let beyond = on(PairFilter { page: 9, ..PairFilter::default() });
        assert_eq!(beyond.page, 2, "a page past the end shows the last");
        let clusters = on(PairFilter { participant: Some(ParticipantType::Cluster), ..PairFilter::default() });
        assert_eq!((clusters.pairs_shown, clusters.pages, clusters.board.pairs.len()), (1, 1, 1));
    }

    fn url_pairs(q: &str) -> Vec<(String, String)> {
        q.split('&').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
    }
}
