//! Facets the ecosystem map filters and colours by, kept on the organisation row so that one
//! pass over a covering index answers a map query at 100,000 organisations:
//!
//! - `value_chains_bits`, `topics_offered_bits`, `topics_needed_bits`: bit sets of the rows in
//!   `organisation_value_chains` / `organisation_topics` (bit = position in the taxonomy,
//!   see [`TOPIC_BITS`]); the service writes both together.
//! - `memberships`: how many clusters the organisation belongs to, counted by triggers on
//!   `cluster_memberships` so that no write path can forget it.
//!
//! Text search gets an index too: an FTS5 trigram table on SQLite (substring matches, as the
//! `LIKE` it replaces), reached through `search_key`, and a `pg_trgm` GIN index on Postgres
//! (which serves `LIKE` directly; `search_key` stays empty there).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Visibility,
    Country,
    City,
    Kind,
    Latitude,
    Longitude,
    JoinedOn,
    Region,
    ValueChainsBits,
    TopicsOfferedBits,
    TopicsNeededBits,
    Memberships,
    SearchKey,
    Id,
}

/// Value chains in bit order as of this migration. Bits are stored, so the order is frozen
/// here; `model`'s taxonomy must only ever append (a test checks the two agree).
pub const VALUE_CHAIN_BITS: [&str; 4] = ["fashion-textile", "circular-economy", "creative-industries", "digital"];

/// Topics in bit order as of this migration (see [`VALUE_CHAIN_BITS`]).
pub const TOPIC_BITS: [&str; 34] = [
    "sustainable-materials",
    "natural-dyeing",
    "knitting",
    "weaving",
    "pattern-making",
    "garment-manufacturing",
    "technical-textiles",
    "footwear-leather",
    "fashion-design",
    "quality-certification",
    "recycling",
    "upcycling",
    "repair-services",
    "waste-sorting",
    "eco-design",
    "life-cycle-assessment",
    "extended-producer-responsibility",
    "rental-resale",
    "brand-storytelling",
    "content-production",
    "craft-heritage",
    "retail-experience",
    "trend-forecasting",
    "ecommerce",
    "digital-product-passport",
    "3d-design",
    "traceability",
    "data-analytics",
    "automation",
    "digital-marketing",
    "export-markets",
    "access-to-finance",
    "energy-efficiency",
    "skills-training",
];

const OLD_INDEX: &str = "idx_organisations_map";
const NEW_INDEX: &str = "idx_organisations_map_facets";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite takes no more.
        for column in [
            Organisations::ValueChainsBits,
            Organisations::TopicsOfferedBits,
            Organisations::TopicsNeededBits,
            Organisations::Memberships,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(ColumnDef::new(column).big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        }
        let db = m.get_connection();
        db.execute_unprepared(&backfill_sql()).await?;
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(POSTGRES_MEMBERSHIP_TRIGGER).await?;
                db.execute_unprepared(POSTGRES_TEXT_INDEX).await?;
            }
            _ => {
                db.execute_unprepared(SQLITE_MEMBERSHIP_TRIGGERS).await?;
                db.execute_unprepared(SQLITE_TEXT_INDEX).await?;
            }
        }
        m.drop_index(Index::drop().name(OLD_INDEX).table(Organisations::Table).to_owned()).await?;
        m.create_index(
            Index::create()
                .name(NEW_INDEX)
                .table(Organisations::Table)
                // Kind second: with it later, SQLite 3.51 preferred the directory's (visibility,
                // kind, country) index for a kind filter and read 60,000 rows (17 → 260 ms).
                // A country filter still seeks here by skip-scan over the six kinds.
                .col(Organisations::Visibility)
                .col(Organisations::Kind)
                .col(Organisations::Country)
                .col(Organisations::City)
                .col(Organisations::Latitude)
                .col(Organisations::Longitude)
                .col(Organisations::JoinedOn)
                .col(Organisations::Region)
                .col(Organisations::ValueChainsBits)
                .col(Organisations::TopicsOfferedBits)
                .col(Organisations::TopicsNeededBits)
                .col(Organisations::Memberships)
                .col(Organisations::SearchKey)
                .col(Organisations::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NEW_INDEX).table(Organisations::Table).to_owned()).await?;
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => db.execute_unprepared(POSTGRES_DOWN).await?,
            _ => db.execute_unprepared(SQLITE_DOWN).await?,
        };
        for column in [
            Organisations::Memberships,
            Organisations::TopicsNeededBits,
            Organisations::TopicsOfferedBits,
            Organisations::ValueChainsBits,
        ] {
            m.alter_table(Table::alter().table(Organisations::Table).drop_column(column).to_owned()).await?;
        }
        m.create_index(
            Index::create()
                .name(OLD_INDEX)
                .table(Organisations::Table)
                .col(Organisations::Visibility)
                .col(Organisations::Country)
                .col(Organisations::City)
                .col(Organisations::Kind)
                .col(Organisations::Latitude)
                .col(Organisations::Longitude)
                .col(Organisations::JoinedOn)
                .col(Organisations::Region)
                .col(Organisations::Id)
                .to_owned(),
        )
        .await
    }
}

/// Fills the new columns of existing organisations. Each (organisation, direction, topic)
/// row is unique, so summing distinct bits is the same as OR-ing them.
fn backfill_sql() -> String {
    let bits = |column: &str, slugs: &[&str]| {
        let arms: String =
            slugs.iter().enumerate().map(|(i, slug)| format!(" WHEN '{slug}' THEN {}", 1_i64 << i)).collect();
        format!("COALESCE(SUM(CASE {column}{arms} ELSE 0 END), 0)")
    };
    format!(
        "UPDATE organisations SET \
           value_chains_bits = (SELECT {chains} FROM organisation_value_chains v WHERE v.organisation_id = organisations.id), \
           topics_offered_bits = (SELECT {topics} FROM organisation_topics t WHERE t.organisation_id = organisations.id AND t.direction = 'offered'), \
           topics_needed_bits = (SELECT {topics} FROM organisation_topics t WHERE t.organisation_id = organisations.id AND t.direction = 'needed'), \
           memberships = (SELECT COUNT(*) FROM cluster_memberships c WHERE c.member_id = organisations.id)",
        chains = bits("v.value_chain", &VALUE_CHAIN_BITS),
        topics = bits("t.topic", &TOPIC_BITS),
    )
}

const SQLITE_MEMBERSHIP_TRIGGERS: &str = "
CREATE TRIGGER cluster_memberships_counted AFTER INSERT ON cluster_memberships BEGIN
  UPDATE organisations SET memberships = memberships + 1 WHERE id = NEW.member_id;
END;
CREATE TRIGGER cluster_memberships_uncounted AFTER DELETE ON cluster_memberships BEGIN
  UPDATE organisations SET memberships = memberships - 1 WHERE id = OLD.member_id;
END;
CREATE TRIGGER cluster_memberships_moved AFTER UPDATE OF member_id ON cluster_memberships BEGIN
  UPDATE organisations SET memberships = memberships - 1 WHERE id = OLD.member_id;
  UPDATE organisations SET memberships = memberships + 1 WHERE id = NEW.member_id;
END;";

/// A trigram table indexes the folded search text, so that `MATCH '"knit"'` finds "knitting"
/// and "knitwear" as the substring search always did. Its rowids are kept in the organisation's
/// `search_key`, an integer in the map's covering index: filtering by a few thousand integer
/// keys costs a third of filtering by uuids. (The organisations' own rowids would do without
/// the column, but VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY.)
const SQLITE_TEXT_INDEX: &str = "
ALTER TABLE organisations ADD COLUMN search_key INTEGER;
CREATE VIRTUAL TABLE organisation_search USING fts5(search_text, tokenize = 'trigram');
UPDATE organisations SET search_key = rowid;
INSERT INTO organisation_search (rowid, search_text) SELECT search_key, search_text FROM organisations;
CREATE TRIGGER organisation_search_added AFTER INSERT ON organisations BEGIN
  INSERT INTO organisation_search (search_text) VALUES (NEW.search_text);
  UPDATE organisations SET search_key = last_insert_rowid() WHERE id = NEW.id;
END;
CREATE TRIGGER organisation_search_changed AFTER UPDATE OF search_text ON organisations BEGIN
  DELETE FROM organisation_search WHERE rowid = OLD.search_key;
  INSERT INTO organisation_search (rowid, search_text) VALUES (OLD.search_key, NEW.search_text);
END;
CREATE TRIGGER organisation_search_removed AFTER DELETE ON organisations BEGIN
  DELETE FROM organisation_search WHERE rowid = OLD.search_key;
END;";

const SQLITE_DOWN: &str = "
DROP TRIGGER organisation_search_removed;
DROP TRIGGER organisation_search_changed;
DROP TRIGGER organisation_search_added;
DROP TABLE organisation_search;
ALTER TABLE organisations DROP COLUMN search_key;
DROP TRIGGER cluster_memberships_moved;
DROP TRIGGER cluster_memberships_uncounted;
DROP TRIGGER cluster_memberships_counted;";

const POSTGRES_MEMBERSHIP_TRIGGER: &str = "
CREATE FUNCTION count_cluster_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE organisations SET memberships = memberships - 1 WHERE id = OLD.member_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE organisations SET memberships = memberships + 1 WHERE id = NEW.member_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER cluster_memberships_counted AFTER INSERT OR DELETE OR UPDATE OF member_id ON cluster_memberships
  FOR EACH ROW EXECUTE FUNCTION count_cluster_memberships();";

/// `pg_trgm` is a trusted extension (Postgres 13+): the database owner may create it. It may
/// already live in another schema than ours (one per database), so its operator class is named
/// with the schema it is in.
const POSTGRES_TEXT_INDEX: &str = "
ALTER TABLE organisations ADD COLUMN search_key BIGINT;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE home text;
BEGIN
  SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX idx_organisations_search_text ON organisations USING gin (search_text %I.gin_trgm_ops)', home);
END $$;";

const POSTGRES_DOWN: &str = "
DROP INDEX idx_organisations_search_text;
ALTER TABLE organisations DROP COLUMN search_key;
DROP TRIGGER cluster_memberships_counted ON cluster_memberships;
DROP FUNCTION count_cluster_memberships();";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frozen_bit_orders_match_the_taxonomy() {
        let topics: Vec<&str> = model::taxonomy::Topic::ALL.iter().map(|t| t.slug()).collect();
        assert_eq!(&topics[..TOPIC_BITS.len()], TOPIC_BITS, "topics may only be appended");
        let chains: Vec<&str> = model::taxonomy::ValueChain::ALL.iter().map(|c| c.slug()).collect();
        assert_eq!(&chains[..VALUE_CHAIN_BITS.len()], VALUE_CHAIN_BITS, "value chains may only be appended");
    }
}
