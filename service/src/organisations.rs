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
use model::taxonomy::{Country, Language, OrgKind, SizeBand, Topic, ValueChain, Visibility};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionSession,
    TransactionTrait,
};

/// Everything needed to create an organisation; the slug is derived from the name.
#[derive(Clone, Debug)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub region: Option<String>,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub value_chains: Vec<ValueChain>,
    pub topics_offered: Vec<Topic>,
    pub topics_needed: Vec<Topic>,
    pub size_band: Option<SizeBand>,
    pub languages: Vec<Language>,
    pub certifications: Vec<String>,
    pub website: Option<String>,
    pub description: String,
    pub visibility: Visibility,
    pub joined_on: NaiveDate,
    /// A slug to use as is (demo data); otherwise one is derived from the name.
    pub slug: Option<String>,
}

impl Default for NewOrganisation {
    fn default() -> Self {
        Self {
            name: String::new(),
            kind: OrgKind::Sme,
            country: Country::Es,
            region: None,
            city: String::new(),
            latitude: None,
            longitude: None,
            value_chains: Vec::new(),
            topics_offered: Vec::new(),
            topics_needed: Vec::new(),
            size_band: None,
            languages: vec![Language::En],
            certifications: Vec::new(),
            website: None,
            description: String::new(),
            visibility: Visibility::Public,
            joined_on: chrono::Utc::now().date_naive(),
            slug: None,
        }
    }
}

/// Creates an organisation with its value chains and topics; returns its id and slug.
pub async fn create(db: &impl ConnectionTrait, new: NewOrganisation) -> Result<(OrgId, String), ServiceError> {
    let id = OrgId::new();
    let slug = match new.slug.clone() {
        Some(slug) => slug,
        None => unique_slug(db, &new.name).await?,
    };
    let now = chrono::Utc::now();
    organisations::ActiveModel {
        id: Set(id.0),
        slug: Set(slug.clone()),
        name: Set(new.name.clone()),
        kind: Set(new.kind.slug().into()),
        country: Set(new.country.slug().into()),
        region: Set(new.region.clone()),
        city: Set(new.city.clone()),
        latitude: Set(new.latitude),
        longitude: Set(new.longitude),
        size_band: Set(new.size_band.map(|s| s.slug().into())),
        languages: Set(join_slugs(&new.languages, Language::slug)),
        certifications: Set(new.certifications.join("\n")),
        website: Set(new.website.clone()),
        description: Set(new.description.clone()),
        visibility: Set(new.visibility.slug().into()),
        joined_on: Set(new.joined_on),
        search_text: Set(search_text::fold([new.name.as_str(), &new.city, &new.description])),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    insert_facets(db, id, &new.value_chains, &new.topics_offered, &new.topics_needed).await?;
    Ok((id, slug))
}

/// The value chains and topics of `id`, as rows; bulk inserts keep seeding 100k fast.
pub(crate) fn facet_rows(
    id: OrgId,
    value_chains: &[ValueChain],
    offered: &[Topic],
    needed: &[Topic],
) -> (Vec<chains::ActiveModel>, Vec<topics::ActiveModel>) {
    let chain_rows = value_chains
        .iter()
        .map(|c| chains::ActiveModel { organisation_id: Set(id.0), value_chain: Set(c.slug().into()) })
        .collect();
    let topic_rows = [(topics::OFFERED, offered), (topics::NEEDED, needed)]
        .into_iter()
        .flat_map(|(direction, list)| {
            list.iter().map(move |t| topics::ActiveModel {
                organisation_id: Set(id.0),
                direction: Set(direction.into()),
                topic: Set(t.slug().into()),
            })
        })
        .collect();
    (chain_rows, topic_rows)
}

async fn insert_facets(
    db: &impl ConnectionTrait,
    id: OrgId,
    value_chains: &[ValueChain],
    offered: &[Topic],
    needed: &[Topic],
) -> Result<(), ServiceError> {
    let (chain_rows, topic_rows) = facet_rows(id, value_chains, offered, needed);
    if !chain_rows.is_empty() {
        chains::Entity::insert_many(chain_rows).exec(db).await?;
    }
    if !topic_rows.is_empty() {
        topics::Entity::insert_many(topic_rows).exec(db).await?;
    }
    Ok(())
}

/// A URL-safe slug for `name` that no organisation uses yet.
async fn unique_slug(db: &impl ConnectionTrait, name: &str) -> Result<String, ServiceError> {
    let base = slugify(name);
    for n in 1..1000 {
        let candidate = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        let taken =
            crate::count::count(db, organisations::Entity::find().filter(organisations::Column::Slug.eq(&candidate)))
                .await?
                > 0;
        if !taken {
            return Ok(candidate);
        }
    }
    Ok(format!("{base}-{}", OrgId::new().0.simple()))
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

fn join_slugs<T: Copy>(items: &[T], slug: fn(T) -> &'static str) -> String {
    items.iter().map(|&i| slug(i)).collect::<Vec<_>>().join(",")
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
    let id = OrgId(org.id);
    let mut value_chains: Vec<ValueChain> = chains::Entity::find()
        .filter(chains::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| ValueChain::from_slug(&r.value_chain))
        .collect();
    value_chains.sort();
    let (mut topics_offered, mut topics_needed) = (Vec::new(), Vec::new());
    for row in topics::Entity::find().filter(topics::Column::OrganisationId.eq(org.id)).all(db).await? {
        if let Some(topic) = Topic::from_slug(&row.topic) {
            if row.direction == topics::OFFERED { topics_offered.push(topic) } else { topics_needed.push(topic) }
        }
    }
    topics_offered.sort();
    topics_needed.sort();
    let clusters = clusters_of(db, viewer, id).await?;
    let member_count =
        if org.kind == OrgKind::Cluster.slug() { Some(member_count(db, viewer, id).await?) } else { None };
    Ok(OrgProfile {
        id,
        can_edit: viewer.may_edit(id),
        kind: OrgKind::from_slug(&org.kind).unwrap_or(OrgKind::Sme),
        country: Country::from_slug(&org.country).unwrap_or(Country::Es),
        size_band: org.size_band.as_deref().and_then(SizeBand::from_slug),
        languages: org.languages.split(',').filter_map(Language::from_slug).collect(),
        certifications: org.certifications.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect(),
        visibility: Visibility::from_slug(&org.visibility).unwrap_or(Visibility::Members),
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
        .and_where(cluster_memberships::Column::MemberId.eq(member.0))
        .to_owned();
    let rows = organisations::Entity::visible_to(viewer.is_signed_in())
        .filter(organisations::Column::Id.in_subquery(cluster_ids))
        .order_by_asc(organisations::Column::Name)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(cluster_ref).collect())
}

pub(crate) fn cluster_ref(row: organisations::Model) -> ClusterRef {
    ClusterRef { country: Country::from_slug(&row.country).unwrap_or(Country::Es), slug: row.slug, name: row.name }
}

async fn member_count(db: &impl ConnectionTrait, viewer: &Viewer, cluster: OrgId) -> Result<u64, ServiceError> {
    let member_ids = Query::select()
        .column(cluster_memberships::Column::MemberId)
        .from(cluster_memberships::Entity)
        .and_where(cluster_memberships::Column::ClusterId.eq(cluster.0))
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
    let u: OrgUpdate = form.validate()?;
    let org = &editor.org;
    let txn = db.begin().await?;
    let mut row: organisations::ActiveModel = org.clone().into();
    row.search_text = Set(search_text::fold([u.name.as_str(), &u.city, &u.description]));
    row.name = Set(u.name);
    row.kind = Set(u.kind.slug().into());
    row.country = Set(u.country.slug().into());
    row.region = Set(u.region);
    row.city = Set(u.city);
    row.latitude = Set(u.latitude);
    row.longitude = Set(u.longitude);
    row.size_band = Set(u.size_band.map(|s| s.slug().into()));
    row.languages = Set(join_slugs(&u.languages, Language::slug));
    row.certifications = Set(u.certifications.join("\n"));
    row.website = Set(u.website);
    row.description = Set(u.description);
    row.visibility = Set(u.visibility.slug().into());
    row.updated_at = Set(chrono::Utc::now());
    row.update(&txn).await?;
    chains::Entity::delete_many().filter(chains::Column::OrganisationId.eq(org.id)).exec(&txn).await?;
    topics::Entity::delete_many().filter(topics::Column::OrganisationId.eq(org.id)).exec(&txn).await?;
    insert_facets(&txn, editor.org_id(), &u.value_chains, &u.topics_offered, &u.topics_needed).await?;
    txn.commit().await?;
    tracing::info!(org.id = %org.id, user.id = %editor.by, "organisation updated");
    Ok(org.slug.clone())
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slugify("Teixits Vallès, S.L."), "teixits-valles-s-l");
        assert_eq!(slugify("Țesătoria Iași"), "tesatoria-iasi");
        assert_eq!(slugify("!!!"), "organisation");
        assert!(slugify(&"long ".repeat(40)).len() <= 60);
    }
}
