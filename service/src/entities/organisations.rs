use model::OrgId;
use model::taxonomy::{Country, OrgKind, SizeBand, Visibility};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: OrgId,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub region: Option<String>,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub size_band: Option<SizeBand>,
    /// Language slugs joined by commas (`"ca,en,es"`).
    pub languages: String,
    /// One certification per line.
    pub certifications: String,
    pub website: Option<String>,
    pub description: String,
    pub visibility: Visibility,
    pub joined_on: Date,
    /// Name, city and description folded to lower-case ASCII, for text search.
    pub search_text: String,
    /// Bit sets of the value chains, topics offered and topics needed (`Topic::bit`), written
    /// with the facet rows: the map filters and colours by them from one covering index.
    pub value_chains_bits: i64,
    pub topics_offered_bits: i64,
    pub topics_needed_bits: i64,
    /// How many clusters it belongs to; kept by database triggers on `cluster_memberships`.
    pub memberships: i64,
    /// SQLite only: this organisation's row in the `organisation_search` trigram table, set by
    /// a trigger (NULL on Postgres, whose trigram index is on `search_text` itself).
    pub search_key: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Entity {
    /// Every read that a viewer may not be entitled to starts here: without a session,
    /// members-only organisations do not exist.
    pub fn visible_to(signed_in: bool) -> Select<Entity> {
        let query = Self::find();
        if signed_in { query } else { query.filter(Column::Visibility.eq(model::taxonomy::Visibility::Public.slug())) }
    }
}
