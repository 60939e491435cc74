//! Proposals: organisers publish the board's pairs to their members; each side accepts (with
//! the quality commitment) or declines before the answer date. A proposal holds its pair in
//! matching while it is open and unexpired or confirmed; a declined one rules the pair out, so
//! the board re-matches just that visitor and host around everything else that is held.

use super::programme::{Boards, shared_board};
use super::{Organiser, cohorts, events};
use crate::auth::Viewer;
use crate::entities::organisations;
use crate::entities::{exchange_entries as entries, exchange_pair_rules as rules, exchange_proposals as proposals};
use crate::error::ServiceError;
use chrono::{Days, NaiveDate, Utc};
use model::OrgId;
use model::exchange::{ANSWER_DAYS, Answer, EntrySummary, MyExchange, Party, Proposal, ProposalState, Side};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Proposes every pair on the board that has no proposal yet; returns how many were made.
/// They are the pairs of the board organisers see (`boards`), matched as of this transaction:
/// where several matchings share the best total, the one shown is the one proposed.
pub async fn publish<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    boards: &Boards,
    by: &Organiser,
    slug: &str,
    today: NaiveDate,
) -> Result<u32, ServiceError> {
    let (cohort_id, _) = cohorts::find(db, slug).await?;
    let txn = crate::db::begin_write(db).await?;
    let (_, board) = shared_board(&txn, boards, by, slug, today).await?;
    let expires_on = today + Days::new(ANSWER_DAYS);
    let now = Utc::now();
    let mut told = Vec::new();
    for pair in board.pairs.iter().filter(|p| p.proposal.is_none()) {
        proposals::ActiveModel {
            id: Set(Uuid::now_v7()),
            cohort_id: Set(cohort_id),
            application_id: Set(pair.visitor.entry),
            offer_id: Set(pair.host.entry),
            score: Set(i32::try_from(pair.score).unwrap_or(i32::MAX)),
            reasons: Set(pair.reasons.clone()),
            state: Set(ProposalState::Open),
            expires_on: Set(expires_on),
            visitor_answer: Set(None),
            host_answer: Set(None),
            visitor_committed: Set(false),
            host_committed: Set(false),
            proposed_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await?;
        told.extend([pair.visitor.slug.clone(), pair.host.slug.clone()]);
    }
    let made = u32::try_from(told.len() / 2).unwrap_or(u32::MAX);
    if made > 0 {
        told.sort();
        told.dedup();
        events::record(&txn, cohort_id, "proposals-published", serde_json::json!({ "organisations": told })).await?;
    }
    txn.commit().await?;
    Ok(made)
}

/// Why an answer was refused, for the field it concerns.
pub const COMMITMENT_FIELD: &str = "commitment";

/// The viewer's organisation answers proposal `id` in the cohort at `slug` on `today`. Accepting
/// needs the quality commitment; both sides accepting confirms the exchange; a decline rules
/// the pair out (the board re-matches both sides).
pub async fn answer<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    viewer: &Viewer,
    slug: &str,
    id: Uuid,
    answer: Answer,
    committed: bool,
    today: NaiveDate,
) -> Result<ProposalState, ServiceError> {
    let org = viewer.account()?.organisation_id.ok_or(ServiceError::Forbidden)?;
    let (cohort_id, _) = cohorts::find(db, slug).await?;
    let txn = crate::db::begin_write(db).await?;
    let row = proposals::Entity::find_by_id(id)
        .filter(proposals::Column::CohortId.eq(cohort_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound { what: "proposal" })?;
    let (visitor, host) = entries_of(&txn, &row).await?;
    // Somebody else's proposal is not found rather than forbidden: its existence is theirs.
    let as_visitor = visitor.organisation_id == org;
    if !as_visitor && host.organisation_id != org {
        return Err(ServiceError::NotFound { what: "proposal" });
    }
    let mine = if as_visitor { &row.visitor_answer } else { &row.host_answer };
    if row.state != ProposalState::Open || mine.is_some() {
        return Err(ServiceError::Conflict("error-proposal-answered"));
    }
    if today > row.expires_on {
        return Err(ServiceError::Conflict("error-proposal-expired"));
    }
    if answer == Answer::Accept && !committed {
        return Err(ServiceError::invalid(COMMITMENT_FIELD, "error-commitment-required"));
    }
    let other = if as_visitor { &row.host_answer } else { &row.visitor_answer };
    let state = match (answer, *other) {
        (Answer::Decline, _) => ProposalState::Declined,
        (Answer::Accept, Some(Answer::Accept)) => ProposalState::Confirmed,
        (Answer::Accept, _) => ProposalState::Open,
    };
    let (cohort_pair, orgs) = ((row.application_id, row.offer_id), [visitor.organisation_id, host.organisation_id]);
    let mut update: proposals::ActiveModel = row.into();
    if as_visitor {
        update.visitor_answer = Set(Some(answer));
        update.visitor_committed = Set(committed);
    } else {
        update.host_answer = Set(Some(answer));
        update.host_committed = Set(committed);
    }
    update.state = Set(state);
    update.updated_at = Set(Utc::now());
    update.update(&txn).await?;
    if state == ProposalState::Declined {
        // An organiser's lock on the pair gives way to the members' answer.
        rules::Entity::delete_many()
            .filter(rules::Column::CohortId.eq(cohort_id))
            .filter(rules::Column::ApplicationId.eq(cohort_pair.0))
            .filter(rules::Column::OfferId.eq(cohort_pair.1))
            .exec(&txn)
            .await?;
    }
    let kind = match state {
        ProposalState::Declined => "proposal-declined",
        ProposalState::Confirmed => "proposal-confirmed",
        _ => "proposal-accepted",
    };
    let detail = serde_json::json!({ "proposal": id, "organisations": slugs(&txn, &orgs).await? });
    events::record(&txn, cohort_id, kind, detail).await?;
    txn.commit().await?;
    Ok(state)
}

/// The pairs proposals hold on `today` (open and unexpired, or confirmed).
pub(super) async fn held(
    db: &impl ConnectionTrait,
    cohort: Uuid,
    today: NaiveDate,
) -> Result<Vec<(Uuid, Uuid)>, ServiceError> {
    Ok(proposals::Entity::find()
        .filter(proposals::Column::CohortId.eq(cohort))
        .filter(
            Condition::any().add(proposals::Column::State.eq(ProposalState::Confirmed.slug())).add(
                Condition::all()
                    .add(proposals::Column::State.eq(ProposalState::Open.slug()))
                    .add(proposals::Column::ExpiresOn.gte(today)),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.application_id, p.offer_id))
        .collect())
}

/// Cancels the open and confirmed proposals of a withdrawn entry; returns the organisations
/// told (both sides of each).
pub(super) async fn cancel_for_entry(db: &impl ConnectionTrait, entry: Uuid) -> Result<Vec<String>, ServiceError> {
    let held = proposals::Entity::find()
        .filter(
            Condition::any().add(proposals::Column::ApplicationId.eq(entry)).add(proposals::Column::OfferId.eq(entry)),
        )
        .filter(proposals::Column::State.is_in([ProposalState::Open.slug(), ProposalState::Confirmed.slug()]))
        .all(db)
        .await?;
    let mut entry_ids = Vec::new();
    for row in held {
        entry_ids.extend([row.application_id, row.offer_id]);
        let mut update: proposals::ActiveModel = row.into();
        update.state = Set(ProposalState::Cancelled);
        update.updated_at = Set(Utc::now());
        update.update(db).await?;
    }
    let orgs: Vec<OrgId> = entries::Entity::find()
        .filter(entries::Column::Id.is_in(entry_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.organisation_id)
        .collect();
    slugs(db, &orgs).await
}

/// The viewer's organisation's place in the cohort at `slug` on `today`.
pub async fn mine(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    slug: &str,
    today: NaiveDate,
) -> Result<MyExchange, ServiceError> {
    let super::entries::Participant { organisation: org, cohort_id, cohort, .. } =
        super::entries::participant(db, viewer, slug).await?;
    let own = entries::Entity::find()
        .filter(entries::Column::CohortId.eq(cohort_id))
        .filter(entries::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let summary = |side: Side| {
        own.iter().find(|e| e.side == side).map(|e| EntrySummary { status: e.status, submitted_at: e.submitted_at })
    };
    let (application, offer) = (summary(Side::Visitor), summary(Side::Host));
    let own_ids: Vec<Uuid> = own.iter().map(|e| e.id).collect();
    let rows = proposals::Entity::find()
        .filter(proposals::Column::CohortId.eq(cohort_id))
        .filter(
            Condition::any()
                .add(proposals::Column::ApplicationId.is_in(own_ids.clone()))
                .add(proposals::Column::OfferId.is_in(own_ids)),
        )
        .order_by_desc(proposals::Column::ProposedAt)
        .all(db)
        .await?;
    let parties = parties(db, &rows).await?;
    let (mut as_visitor, mut as_host) = (Vec::new(), Vec::new());
    for row in rows {
        let is_visitor = own.iter().any(|e| e.id == row.application_id);
        let proposal = describe(row, &parties)?;
        if is_visitor { as_visitor.push(proposal) } else { as_host.push(proposal) }
    }
    Ok(MyExchange {
        open: cohort.is_open_on(today),
        can_visit: super::participant_of(&org).is_some(),
        cohort,
        today,
        organisation: org.name,
        application,
        offer,
        as_visitor,
        as_host,
    })
}

async fn entries_of(
    db: &impl ConnectionTrait,
    row: &proposals::Model,
) -> Result<(entries::Model, entries::Model), ServiceError> {
    let found =
        entries::Entity::find().filter(entries::Column::Id.is_in([row.application_id, row.offer_id])).all(db).await?;
    let find = |id| found.iter().find(|e| e.id == id).cloned().ok_or(ServiceError::NotFound { what: "entry" });
    Ok((find(row.application_id)?, find(row.offer_id)?))
}

async fn slugs(db: &impl ConnectionTrait, orgs: &[OrgId]) -> Result<Vec<String>, ServiceError> {
    let mut slugs: Vec<String> = organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(orgs.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    slugs.sort();
    Ok(slugs)
}

/// Every entry the proposals name, as the party it stands for.
async fn parties(db: &impl ConnectionTrait, rows: &[proposals::Model]) -> Result<HashMap<Uuid, Party>, ServiceError> {
    let ids: Vec<Uuid> = rows.iter().flat_map(|r| [r.application_id, r.offer_id]).collect();
    let found = entries::Entity::find().filter(entries::Column::Id.is_in(ids)).all(db).await?;
    let orgs: HashMap<OrgId, organisations::Model> = organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(found.iter().map(|e| e.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(found
        .into_iter()
        .filter_map(|e| {
            let org = orgs.get(&e.organisation_id)?;
            let party =
                Party { entry: e.id, slug: org.slug.clone(), name: org.name.clone(), country: super::country_of(org) };
            Some((e.id, party))
        })
        .collect())
}

fn describe(row: proposals::Model, parties: &HashMap<Uuid, Party>) -> Result<Proposal, ServiceError> {
    let party = |id: Uuid| parties.get(&id).cloned().ok_or(ServiceError::NotFound { what: "entry" });
    Ok(Proposal {
        id: row.id,
        visitor: party(row.application_id)?,
        host: party(row.offer_id)?,
        score: u32::try_from(row.score).unwrap_or(0),
        reasons: row.reasons,
        state: row.state,
        expires_on: row.expires_on,
        visitor_answer: row.visitor_answer,
        host_answer: row.host_answer,
    })
}
