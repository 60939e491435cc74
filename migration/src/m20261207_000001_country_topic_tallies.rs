//! How many organisations offer and need each topic, per (visibility, kind, country), kept by
//! triggers on `organisations` so that no write path can forget them.
//!
//! The map's two topic colourings ("topics offered", "unmet needs") are a union of topic bit
//! sets per country. Over the whole map that union is one aggregate per topic over every
//! visible organisation (117 and 209 ms at 100,000). Read from these tallies it is a few
//! hundred rows. A tally is a count, not a flag, so that removing one organisation's topic
//! leaves the others' standing.
//!
//! `topic_bit_positions` holds 0..=63, the bits a topic set can have: SQLite allows neither a
//! CTE nor a table-valued function inside a trigger, so the triggers join this table instead.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        db.execute_unprepared(TABLES).await?;
        db.execute_unprepared(&bit_positions_sql()).await?;
        db.execute_unprepared(BACKFILL).await?;
        match m.get_database_backend() {
            DbBackend::Postgres => db.execute_unprepared(POSTGRES_TRIGGER).await?,
            _ => db.execute_unprepared(&sqlite_triggers()).await?,
        };
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => db.execute_unprepared(POSTGRES_DOWN).await?,
            _ => db.execute_unprepared(SQLITE_DOWN).await?,
        };
        db.execute_unprepared("DROP TABLE country_topic_tallies; DROP TABLE topic_bit_positions;").await?;
        Ok(())
    }
}

/// The same DDL on both databases.
const TABLES: &str = "
CREATE TABLE topic_bit_positions (topic_bit INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE country_topic_tallies (
  visibility TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT NOT NULL,
  topic_bit INTEGER NOT NULL,
  offering BIGINT NOT NULL DEFAULT 0,
  needing BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (visibility, kind, country, topic_bit)
);";

fn bit_positions_sql() -> String {
    let rows: Vec<String> = (0..64).map(|bit| format!("({bit})")).collect();
    format!("INSERT INTO topic_bit_positions (topic_bit) VALUES {};", rows.join(", "))
}

const BACKFILL: &str = "
INSERT INTO country_topic_tallies (visibility, kind, country, topic_bit, offering, needing)
SELECT o.visibility, o.kind, o.country, b.topic_bit,
       SUM((o.topics_offered_bits >> b.topic_bit) & 1), SUM((o.topics_needed_bits >> b.topic_bit) & 1)
FROM organisations o
JOIN topic_bit_positions b ON ((o.topics_offered_bits | o.topics_needed_bits) >> b.topic_bit) & 1 = 1
GROUP BY o.visibility, o.kind, o.country, b.topic_bit;";

/// One statement each for taking an organisation out of its tallies and putting it in;
/// `{row}` is OLD or NEW.
fn sqlite_untally(row: &str) -> String {
    format!(
        "UPDATE country_topic_tallies SET \
           offering = offering - (({row}.topics_offered_bits >> topic_bit) & 1), \
           needing = needing - (({row}.topics_needed_bits >> topic_bit) & 1) \
         WHERE visibility = {row}.visibility AND kind = {row}.kind AND country = {row}.country \
           AND (({row}.topics_offered_bits | {row}.topics_needed_bits) >> topic_bit) & 1 = 1;"
    )
}

fn sqlite_tally(row: &str) -> String {
    // The WHERE is also what lets SQLite parse ON CONFLICT after a SELECT.
    format!(
        "INSERT INTO country_topic_tallies (visibility, kind, country, topic_bit, offering, needing) \
         SELECT {row}.visibility, {row}.kind, {row}.country, topic_bit, \
                ({row}.topics_offered_bits >> topic_bit) & 1, ({row}.topics_needed_bits >> topic_bit) & 1 \
         FROM topic_bit_positions \
         WHERE (({row}.topics_offered_bits | {row}.topics_needed_bits) >> topic_bit) & 1 = 1 \
         ON CONFLICT (visibility, kind, country, topic_bit) DO UPDATE SET \
           offering = offering + excluded.offering, needing = needing + excluded.needing;"
    )
}

const SQLITE_DOWN: &str = "
DROP TRIGGER country_topics_added;
DROP TRIGGER country_topics_removed;
DROP TRIGGER country_topics_changed;";

fn sqlite_triggers() -> String {
    format!(
        "CREATE TRIGGER country_topics_added AFTER INSERT ON organisations BEGIN {tally_new} END;
CREATE TRIGGER country_topics_removed AFTER DELETE ON organisations BEGIN {untally_old} END;
CREATE TRIGGER country_topics_changed
  AFTER UPDATE OF visibility, kind, country, topics_offered_bits, topics_needed_bits ON organisations
  WHEN OLD.visibility IS NOT NEW.visibility OR OLD.kind IS NOT NEW.kind OR OLD.country IS NOT NEW.country
    OR OLD.topics_offered_bits IS NOT NEW.topics_offered_bits OR OLD.topics_needed_bits IS NOT NEW.topics_needed_bits
BEGIN {untally_old} {tally_new} END;",
        tally_new = sqlite_tally("NEW"),
        untally_old = sqlite_untally("OLD"),
    )
}

const POSTGRES_TRIGGER: &str = "
CREATE FUNCTION tally_country_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.visibility IS NOT DISTINCT FROM NEW.visibility AND OLD.kind IS NOT DISTINCT FROM NEW.kind
     AND OLD.country IS NOT DISTINCT FROM NEW.country
     AND OLD.topics_offered_bits = NEW.topics_offered_bits AND OLD.topics_needed_bits = NEW.topics_needed_bits THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE country_topic_tallies t SET
      offering = t.offering - ((OLD.topics_offered_bits >> t.topic_bit) & 1),
      needing = t.needing - ((OLD.topics_needed_bits >> t.topic_bit) & 1)
    WHERE t.visibility = OLD.visibility AND t.kind = OLD.kind AND t.country = OLD.country
      AND ((OLD.topics_offered_bits | OLD.topics_needed_bits) >> t.topic_bit) & 1 = 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO country_topic_tallies (visibility, kind, country, topic_bit, offering, needing)
    SELECT NEW.visibility, NEW.kind, NEW.country, b.topic_bit,
           (NEW.topics_offered_bits >> b.topic_bit) & 1, (NEW.topics_needed_bits >> b.topic_bit) & 1
    FROM topic_bit_positions b
    WHERE ((NEW.topics_offered_bits | NEW.topics_needed_bits) >> b.topic_bit) & 1 = 1
    -- In bit order, so two writers lock the same tallies in the same order.
    ORDER BY b.topic_bit
    ON CONFLICT (visibility, kind, country, topic_bit) DO UPDATE SET
      offering = country_topic_tallies.offering + EXCLUDED.offering,
      needing = country_topic_tallies.needing + EXCLUDED.needing;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER organisations_tally_country_topics
  AFTER INSERT OR DELETE OR UPDATE OF visibility, kind, country, topics_offered_bits, topics_needed_bits
  ON organisations FOR EACH ROW EXECUTE FUNCTION tally_country_topics();";

const POSTGRES_DOWN: &str = "
DROP TRIGGER organisations_tally_country_topics ON organisations;
DROP FUNCTION tally_country_topics();";
