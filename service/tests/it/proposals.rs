//! Proposals: organisers publish the board's pairs, visitor and host each answer before the
//! answer date (accepting with the quality commitment), a decline re-matches just that pair,
//! and a withdrawal ends the proposals of the entry withdrawn.

use crate::exchange::{OPEN_DAY, application, day, member_in, offer, open_cohort};
use crate::support::Fixture;
use model::exchange::{Answer, ProposalState};
use service::ServiceError;
use service::exchange::entries::{self, Action, Side};
use service::exchange::pairs::{Decision, decide};
use service::exchange::programme::{Boards, board};
use service::exchange::proposals::{answer, mine, publish};
use service::exchange::{cohorts, events};

/// A cohort with one Spanish visitor and one Danish host, both submitted.
struct One {
    t: Fixture,
    organiser: service::exchange::Organiser,
    slug: String,
    today: chrono::NaiveDate,
    visitor: service::Viewer,
    host: service::Viewer,
}

async fn one_visitor_one_host() -> One {
    let t = Fixture::with_demo(10).await;
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let slug = open_cohort(&t).await;
    let today = day(OPEN_DAY);
    let visitor = member_in(&t, "v1@example.es", "Punto Sabadell", "ES").await;
    let host = member_in(&t, "h1@example.dk", "Strik Herning", "DK").await;
    entries::save_application(&t.db, &visitor, &slug, &application(), Action::Submit, today).await.unwrap();
    entries::save_offer(&t.db, &host, &slug, &offer(), Action::Submit, today).await.unwrap();
    One { t, organiser, slug, today, visitor, host }
}

#[tokio::test]
async fn both_sides_accept_with_the_commitment_and_the_exchange_is_confirmed() {
    let One { t, organiser, slug, today, visitor, host } = one_visitor_one_host().await;
    let boards = Boards::default();
    let outsider = member_in(&t, "h2@example.fr", "Maille Lyon", "FR").await;

    let before = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!((before.pairs.len(), before.unproposed), (1, 1));
    assert_eq!(publish(&t.db, &boards, &organiser, &slug, today).await.unwrap(), 1);
    assert_eq!(
        publish(&t.db, &boards, &organiser, &slug, today).await.unwrap(),
        0,
        "a proposed pair is not proposed twice"
    );
    let after = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!(after.unproposed, 0);
    assert_eq!(after.pairs[0].proposal.as_ref().map(|p| p.state), Some(ProposalState::Open));

    // The visitor sees the proposed host and why; the host sees the visitor.
    let seen = mine(&t.db, &visitor, &slug, today).await.unwrap();
    assert_eq!(seen.as_visitor.len(), 1);
    let proposal = &seen.as_visitor[0];
    assert_eq!(proposal.host.name, "Strik Herning");
    assert!(proposal.reasons.topics_met.contains(&model::taxonomy::Topic::Knitting));
    assert!(proposal.awaits(proposal.visitor_answer, today));
    assert_eq!(mine(&t.db, &host, &slug, today).await.unwrap().as_host[0].visitor.name, "Punto Sabadell");
    assert!(mine(&t.db, &outsider, &slug, today).await.unwrap().as_host.is_empty());

    // Nobody else answers it; accepting needs the commitment.
    let id = proposal.id;
    let refused = answer(&t.db, &outsider, &slug, id, Answer::Accept, true, today).await;
    assert!(matches!(refused, Err(ServiceError::NotFound { .. })), "{refused:?}");
    let refused = answer(&t.db, &visitor, &slug, id, Answer::Accept, false, today).await;
    let Err(ServiceError::Invalid(errors)) = refused else { panic!("{refused:?}") };
    assert_eq!(errors.get("commitment"), Some("error-commitment-required"));

    assert_eq!(answer(&t.db, &visitor, &slug, id, Answer::Accept, true, today).await.unwrap(), ProposalState::Open);
    let again = answer(&t.db, &visitor, &slug, id, Answer::Decline, false, today).await;
    assert!(matches!(again, Err(ServiceError::Conflict("error-proposal-answered"))));
    assert_eq!(answer(&t.db, &host, &slug, id, Answer::Accept, true, today).await.unwrap(), ProposalState::Confirmed);
    let confirmed = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!(confirmed.pairs[0].proposal.as_ref().map(|p| p.state), Some(ProposalState::Confirmed));

    // The members hold the pair now: organisers cannot move it.
    let pair = (confirmed.pairs[0].visitor.entry, confirmed.pairs[0].host.entry);
    let moved = decide(&t.db, &organiser, &slug, pair, Decision::Forbid, today).await;
    assert!(matches!(moved, Err(ServiceError::Conflict("error-pair-proposed"))));

    let (cohort_id, _) = cohorts::find(&t.db, &slug).await.unwrap();
    let log = events::since(&t.db, cohort_id, 0).await.unwrap();
    let kinds: Vec<&str> = log.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(&kinds[kinds.len() - 3..], ["proposals-published", "proposal-accepted", "proposal-confirmed"]);
    assert!(log.last().unwrap().concerns(&t.slug_of("Punto Sabadell").await));
}

#[tokio::test]
async fn a_decline_rematches_just_that_pair_and_an_expired_proposal_cannot_be_answered() {
    let t = Fixture::with_demo(10).await;
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let slug = open_cohort(&t).await;
    let today = day(OPEN_DAY);
    let boards = Boards::default();
    let visitor_es = member_in(&t, "v1@example.es", "Punto Sabadell", "ES").await;
    let visitor_fr = member_in(&t, "v2@example.fr", "Maille Lyon", "FR").await;
    let mut one_place = offer();
    one_place.capacity = "1".into();
    for (email, name, country) in [
        ("h1@example.dk", "Strik Herning", "DK"),
        ("h2@example.it", "Maglia Biella", "IT"),
        ("h3@example.de", "Strick Chemnitz", "DE"),
    ] {
        let host = member_in(&t, email, name, country).await;
        entries::save_offer(&t.db, &host, &slug, &one_place, Action::Submit, today).await.unwrap();
    }
    for visitor in [&visitor_es, &visitor_fr] {
        entries::save_application(&t.db, visitor, &slug, &application(), Action::Submit, today).await.unwrap();
    }
    assert_eq!(publish(&t.db, &boards, &organiser, &slug, today).await.unwrap(), 2);
    let proposed = board(&t.db, &organiser, &slug, today).await.unwrap();

    let declined = mine(&t.db, &visitor_es, &slug, today).await.unwrap().as_visitor[0].clone();
    assert_eq!(
        answer(&t.db, &visitor_es, &slug, declined.id, Answer::Decline, false, today).await.unwrap(),
        ProposalState::Declined
    );
    let rematched = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!(rematched.pairs.len(), 2);
    let pair_of = |b: &model::exchange::Board, visitor| b.pairs.iter().find(|p| p.visitor.entry == visitor).cloned();
    // The other visitor's proposal stands untouched; the one who declined gets a new host.
    let other = proposed.pairs.iter().find(|p| p.visitor.entry != declined.visitor.entry).unwrap();
    assert_eq!(pair_of(&rematched, other.visitor.entry).map(|p| p.host.entry), Some(other.host.entry));
    let new = pair_of(&rematched, declined.visitor.entry).expect("the declining visitor is matched again");
    assert_ne!(new.host.entry, declined.host.entry, "a declined pair is never proposed again");
    assert_eq!((new.proposal, rematched.unproposed), (None, 1));
    assert_eq!(publish(&t.db, &boards, &organiser, &slug, today).await.unwrap(), 1);

    // A week later the new proposal has lapsed: it cannot be answered and no longer holds.
    let later = today + chrono::Days::new(model::exchange::ANSWER_DAYS + 1);
    let lapsed = mine(&t.db, &visitor_es, &slug, later).await.unwrap().as_visitor[0].clone();
    assert!(lapsed.is_expired(later));
    let refused = answer(&t.db, &visitor_es, &slug, lapsed.id, Answer::Accept, true, later).await;
    assert!(matches!(refused, Err(ServiceError::Conflict("error-proposal-expired"))));
    let freed = board(&t.db, &organiser, &slug, later).await.unwrap();
    assert_eq!(freed.unproposed, 2, "both lapsed proposals free their pairs for a new round");
}

#[tokio::test]
async fn a_withdrawal_cancels_its_proposals_and_tells_the_other_side() {
    let One { t, organiser, slug, today, visitor, host } = one_visitor_one_host().await;
    let boards = Boards::default();
    publish(&t.db, &boards, &organiser, &slug, today).await.unwrap();

    entries::withdraw(&t.db, &visitor, &slug, Side::Visitor, today).await.unwrap();
    let hosts_view = mine(&t.db, &host, &slug, today).await.unwrap();
    assert_eq!(hosts_view.as_host[0].state, ProposalState::Cancelled);
    let (cohort_id, _) = cohorts::find(&t.db, &slug).await.unwrap();
    let last = events::since(&t.db, cohort_id, 0).await.unwrap().pop().unwrap();
    assert_eq!(last.kind, "visitor-withdrawn");
    assert!(last.concerns(&t.slug_of("Strik Herning").await), "the host's page hears of it");
    assert!(board(&t.db, &organiser, &slug, today).await.unwrap().pairs.is_empty());
}

#[tokio::test]
async fn open_boards_share_one_matching_per_change() {
    use service::exchange::programme::shared_board;
    let boards = Boards::default();
    let One { t, organiser, slug, today, visitor, .. } = one_visitor_one_host().await;
    let (_, first) = shared_board(&t.db, &boards, &organiser, &slug, today).await.unwrap();
    let (_, again) = shared_board(&t.db, &boards, &organiser, &slug, today).await.unwrap();
    assert!(std::sync::Arc::ptr_eq(&first, &again), "no change: the same matching is shared");
    assert_eq!(*first, board(&t.db, &organiser, &slug, today).await.unwrap());
    // A change (here a withdrawal) is an event: the next board is matched afresh.
    entries::withdraw(&t.db, &visitor, &slug, Side::Visitor, today).await.unwrap();
    let (_, after) = shared_board(&t.db, &boards, &organiser, &slug, today).await.unwrap();
    assert_eq!((first.pairs.len(), after.pairs.len()), (1, 0));
    // A new day re-matches too (proposals may lapse).
    let (_, next_day) = shared_board(&t.db, &boards, &organiser, &slug, today + chrono::Days::new(1)).await.unwrap();
    assert!(!std::sync::Arc::ptr_eq(&after, &next_day));
}

/// The shared board and a cold solve of the same cohort on the same day.
async fn live_and_cold(one: &One, boards: &Boards) -> (std::sync::Arc<model::exchange::Board>, model::exchange::Board) {
    let (_, live) = service::exchange::programme::shared_board(&one.t.db, boards, &one.organiser, &one.slug, one.today)
        .await
        .unwrap();
    (live, board(&one.t.db, &one.organiser, &one.slug, one.today).await.unwrap())
}

#[tokio::test]
async fn the_shared_board_absorbs_each_change_and_stays_as_good_as_a_cold_solve() {
    let one = one_visitor_one_host().await;
    let boards = Boards::default();
    let (t, slug, today) = (&one.t, one.slug.clone(), one.today);
    let second_host = member_in(t, "h2@example.it", "Maglia Biella", "IT").await;
    entries::save_offer(&t.db, &second_host, &slug, &offer(), Action::Submit, today).await.unwrap();
    let (live, cold) = live_and_cold(&one, &boards).await;
    assert_eq!(
        (live.pairs.len(), boards.cold_solves(), boards.absorbed()),
        (1, 1, 0),
        "the first board is solved cold"
    );
    assert_eq!(live.total_score, cold.total_score);

    // Each of these changes only the applications or the pairs held: the engine absorbs it.
    let (visitor, second_visitor) = (&one.visitor, member_in(t, "v2@example.fr", "Maille Lyon", "FR").await);
    entries::save_application(&t.db, &second_visitor, &slug, &application(), Action::Submit, today).await.unwrap();
    publish(&t.db, &boards, &one.organiser, &slug, today).await.unwrap();
    let declined = mine(&t.db, visitor, &slug, today).await.unwrap().as_visitor[0].clone();
    answer(&t.db, visitor, &slug, declined.id, Answer::Decline, false, today).await.unwrap();
    let (live, cold) = live_and_cold(&one, &boards).await;
    assert_eq!(boards.cold_solves(), 1, "an arrival, a publication and a decline are absorbed");
    assert_eq!(boards.absorbed(), 2);
    assert_eq!((live.total_score, live.pairs.len()), (cold.total_score, cold.pairs.len()));
    let again = live.pairs.iter().find(|p| p.visitor.entry == declined.visitor.entry);
    assert!(again.is_some_and(|p| p.host.entry != declined.host.entry), "the declined pair is not made again");
    entries::withdraw(&t.db, &second_visitor, &slug, Side::Visitor, today).await.unwrap();
    let (live, cold) = live_and_cold(&one, &boards).await;
    assert_eq!((boards.cold_solves(), boards.absorbed()), (1, 3));
    assert_eq!((live.total_score, live.pairs.len()), (cold.total_score, cold.pairs.len()));

    // An offer withdrawn changes the hosts: a new programme, solved cold.
    entries::withdraw(&t.db, &second_host, &slug, Side::Host, today).await.unwrap();
    let (live, cold) = live_and_cold(&one, &boards).await;
    assert_eq!(boards.cold_solves(), 2);
    assert_eq!(*live, cold);
}
