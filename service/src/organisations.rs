//! Organisations: creating them, reading a profile as a given viewer, and saving edits.

use crate::auth::{OrgEditor, Viewer};
use crate::entities::{
    cluster_memberships, organisation_topics as topics, organisation_value_chains as chains, organisations,
};
use crate::error::ServiceError;
use crate::search_text;
use chrono::NaiveDate;
use model::OrgId;
use model::organisation::{ClusterRef, OrgForm, OrgProfile, OrgUpdate};
use model::taxonomy::{OrgKind, Topic, TopicDirection, ValueChain};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionSession, TransactionTrait,
};

/// An organisation to create: its profile, when it joined, and optionally a fixed slug
/// (demo data); otherwise the slug is derived from the name.
#[derive(Clone, Debug)]
pub struct NewOrganisation {
    pub profile: OrgUpdate,
    pub joined_on: NaiveDate,
    pub slug: Option<String>,
}

/// Creates an organisation with its value chains and topics; returns its id and slug.
pub async fn create(db: &impl ConnectionTrait, new: NewOrganisation) -> Result<(OrgId, String), ServiceError> {
    let id = OrgId::new();
    let slug = match new.slug {
        Some(slug) => slug,
        None => unique_org_slug(db, &new.profile.name).await?,
    };
    new_row(id, &slug, &new.profile, new.joined_on).insert(db).await?;
    insert_facets(db, id, &new.profile).await?;
    Ok((id, slug))
}

/// The row of a new organisation (bulk seeding inserts many at once).
pub(crate) fn new_row(id: OrgId, slug: &str, profile: &OrgUpdate, joined_on: NaiveDate) -> organisations::ActiveModel {
    let mut row = organisations::ActiveModel {
        id: Set(id),
        slug: Set(slug.to_owned()),
        joined_on: Set(joined_on),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    };
    apply_profile(&mut row, profile);
    row
}

/// Writes every profile column (and the search text derived from them) into `row`.
fn apply_profile(row: &mut organisations::ActiveModel, p: &OrgUpdate) {
    row.name = Set(p.name.clone());
    row.kind = Set(p.kind);
    row.country = Set(p.country);
    row.region = Set(p.region.clone());
    row.city = Set(p.city.clone());
    row.latitude = Set(p.latitude);
    row.longitude = Set(p.longitude);
    row.size_band = Set(p.size_band);
    row.languages = Set(p.languages.iter().map(|l| l.slug()).collect::<Vec<_>>().join(","));
    row.certifications = Set(p.certifications.join("\n"));
    row.website = Set(p.website.clone());
    row.description = Set(p.description.clone());
    row.visibility = Set(p.visibility);
    row.search_text = Set(search_text::fold([p.name.as_str(), &p.city, &p.description]));
    row.value_chains_bits = Set(ValueChain::bits(&p.value_chains));
    row.topics_offered_bits = Set(Topic::bits(&p.topics_offered));
    row.topics_needed_bits = Set(Topic::bits(&p.topics_needed));
    row.updated_at = Set(chrono::Utc::now());
}

/// The value chain and topic rows of organisation `id`.
pub(crate) fn facet_rows(id: OrgId, p: &OrgUpdate) -> (Vec<chains::ActiveModel>, Vec<topics::ActiveModel>) {
    let chain_rows =
        p.value_chains.iter().map(|c| chains::ActiveModel { organisation_id: Set(id), value_chain: Set(*c) }).collect();
    let topic_rows = [(TopicDirection::Offered, &p.topics_offered), (TopicDirection::Needed, &p.topics_needed)]
        .into_iter()
        .flat_map(|(direction, list)| {
            list.iter().map(move |t| topics::ActiveModel {
                organisation_id: Set(id),
                direction: Set(direction),
                topic: Set(*t),
            })
        })
        .collect();
    (chain_rows, topic_rows)
}

async fn insert_facets(db: &impl ConnectionTrait, id: OrgId, profile: &OrgUpdate) -> Result<(), ServiceError> {
    let (chain_rows, topic_rows) = facet_rows(id, profile);
    if !chain_rows.is_empty() {
        chains::Entity::insert_many(chain_rows).exec(db).await?;
    }
    if !topic_rows.is_empty() {
        topics::Entity::insert_many(topic_rows).exec(db).await?;
    }
    Ok(())
}

/// A URL-safe slug for `name` that no organisation uses yet.
async fn unique_org_slug(db: &impl ConnectionTrait, name: &str) -> Result<String, ServiceError> {
    let base = slugify(name);
    let taken: Vec<String> = organisations::Entity::find()
        .select_only()
        .column(organisations::Column::Slug)
        .filter(organisations::Column::Slug.starts_with(&base))
        .into_tuple()
        .all(db)
        .await?;
    Ok(first_free_slug(&base, &taken))
}

/// `base`, then `base-2`, `base-3`, ...: the first that is not in `taken` (the slugs already
/// starting with `base`, read in one query by the caller).
pub(crate) fn first_free_slug(base: &str, taken: &[String]) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_owned() } else { format!("{base}-{n}") })
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| base.to_owned())
}

/// Lower-case ASCII words joined by hyphens, at most 60 characters.
pub fn slugify(name: &str) -> String {
    let folded = search_text::fold_one(name);
    let words: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut slug = String::new();
    for word in words {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() { "organisation".into() } else { slug }
}

/// The organisation at `slug` if `viewer` may see it; NotFound otherwise.
pub async fn find_visible(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    slug: &str,
) -> Result<organisations::Model, ServiceError> {
    organisations::Entity::visible_to(viewer.is_signed_in())
        .filter(organisations::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound { what: "organisation" })
}

/// The profile page's content for `viewer`.
pub async fn profile(db: &impl ConnectionTrait, viewer: &Viewer, slug: &str) -> Result<OrgProfile, ServiceError> {
    let org = find_visible(db, viewer, slug).await?;
    let id = org.id;
    let mut value_chains: Vec<ValueChain> = chains::Entity::find()
        .filter(chains::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.value_chain)
        .collect();
    value_chains.sort();
    let (mut topics_offered, mut topics_needed) = (Vec::new(), Vec::new());
    for row in topics::Entity::find().filter(topics::Column::OrganisationId.eq(org.id)).all(db).await? {
        match row.direction {
            TopicDirection::Offered => topics_offered.push(row.topic),
            TopicDirection::Needed => topics_needed.push(row.topic),
        }
    }
    topics_offered.sort();
    topics_needed.sort();
    let clusters = clusters_of(db, viewer, id).await?;
    let member_count = if org.kind == OrgKind::Cluster { Some(member_count(db, viewer, id).await?) } else { None };
    Ok(OrgProfile {
        id,
        can_edit: viewer.may_edit(id),
        kind: org.kind,
        country: org.country,
        size_band: org.size_band,
        languages: crate::stored::slug_list(&org.languages)?,
        certifications: org.certifications.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect(),
        visibility: org.visibility,
        slug: org.slug,
        name: org.name,
        region: org.region,
        city: org.city,
        latitude: org.latitude,
        longitude: org.longitude,
        value_chains,
        topics_offered,
        topics_needed,
        website: org.website,
        description: org.description,
        joined_on: org.joined_on,
        clusters,
        member_count,
    })
}

/// The clusters `member` belongs to that `viewer` may see, by name.
async fn clusters_of(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    member: OrgId,
) -> Result<Vec<ClusterRef>, ServiceError> {
    let cluster_ids = Query::select()
        .column(cluster_memberships::Column::ClusterId)
        .from(cluster_memberships::Entity)
        .and_where(cluster_memberships::Column::MemberId.eq(member))
        .to_owned();
    let rows = organisations::Entity::visible_to(viewer.is_signed_in())
        .filter(organisations::Column::Id.in_subquery(cluster_ids))
        .order_by_asc(organisations::Column::Name)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(cluster_ref).collect())
}

/// Slug and name of each organisation in `ids`, in queries of at most 500 ids (SQLite's
/// parameter limit). For pages that have ids from a grouped query and need to name them.
pub(crate) async fn names_by_id(
    db: &impl ConnectionTrait,
    ids: &[OrgId],
) -> Result<std::collections::HashMap<OrgId, (String, String)>, ServiceError> {
    use sea_orm::QuerySelect;
    let mut names = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(OrgId, String, String)> = organisations::Entity::find()
            .filter(organisations::Column::Id.is_in(chunk.to_vec()))
            .select_only()
            .columns([organisations::Column::Id, organisations::Column::Slug, organisations::Column::Name])
            .into_tuple()
            .all(db)
            .await?;
        names.extend(rows.into_iter().map(|(id, slug, name)| (id, (slug, name))));
    }
    Ok(names)
}

pub(crate) fn cluster_ref(row: organisations::Model) -> ClusterRef {
    ClusterRef { country: row.country, slug: row.slug, name: row.name }
}

async fn member_count(db: &impl ConnectionTrait, viewer: &Viewer, cluster: OrgId) -> Result<u64, ServiceError> {
    let member_ids = Query::select()
        .column(cluster_memberships::Column::MemberId)
        .from(cluster_memberships::Entity)
        .and_where(cluster_memberships::Column::ClusterId.eq(cluster))
        .to_owned();
    crate::count::count(
        db,
        organisations::Entity::visible_to(viewer.is_signed_in())
            .filter(organisations::Column::Id.in_subquery(member_ids)),
    )
    .await
}

/// Saves an edit. The form is validated here whatever the client did; the slug (the
/// profile's URL) stays the same when the name changes.
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    editor: &OrgEditor,
    form: &OrgForm,
) -> Result<String, ServiceError> {
    let profile: OrgUpdate = form.validate()?;
    let org = &editor.org;
    let txn = crate::db::begin_write(db).await?;
    let mut row: organisations::ActiveModel = org.clone().into();
    apply_profile(&mut row, &profile);
    row.update(&txn).await?;
    chains::Entity::delete_many().filter(chains::Column::OrganisationId.eq(org.id)).exec(&txn).await?;
    topics::Entity::delete_many().filter(topics::Column::OrganisationId.eq(org.id)).exec(&txn).await?;
    insert_facets(&txn, editor.org_id(), &profile).await?;
    crate::exchange::events::organisation_changed(&txn, org.id, &org.slug).await?;
    txn.commit().await?;
    tracing::info!(org.id = %org.id, user.id = %editor.by, "organisation updated");
    Ok(org.slug.clone())
}

#[cfg(test)]
mod tests {
    use super::{first_free_slug, slugify};

    #[test]
    fn the_first_free_slug_skips_taken_ones_and_ignores_longer_names() {
        let taken = ["atelier".to_owned(), "atelier-2".to_owned(), "atelier-nord".to_owned()];
        assert_eq!(first_free_slug("atelier", &taken), "atelier-3");
        assert_eq!(first_free_slug("atelier-nord", &taken), "atelier-nord-2");
        assert_eq!(first_free_slug("moda", &[]), "moda");
    }

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slugify("Teixits Vallès, S.L."), "teixits-valles-s-l");
        assert_eq!(slugify("Țesătoria Iași"), "tesatoria-iasi");
        assert_eq!(slugify("!!!"), "organisation");
        assert!(slugify(&"long ".repeat(40)).len() <= 60);
    }
}
