//! Text search folds both the stored text and the query to lower-case ASCII, so "valles"
//! finds "Vallès" and "sofia" finds "София" on SQLite and Postgres alike. Every word of the
//! query must occur somewhere in the folded name, city or description, as a substring.

use crate::entities::organisations;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, LikeExpr, Query};
use sea_orm::{ColumnTrait, DbBackend, QueryFilter, Select};

/// Folds `parts` into one searchable string.
pub fn fold<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let joined: Vec<String> = parts.into_iter().map(fold_one).collect();
    joined.join(" ")
}

/// Lower-case ASCII transliteration of one piece of text.
pub fn fold_one(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The query's folded words (at most eight: a pasted paragraph is not a search).
fn words(query: &str) -> Vec<String> {
    fold_one(query).split_whitespace().take(8).map(str::to_owned).collect()
}

/// `word` escaped for a `LIKE ... ESCAPE '\'` pattern that finds it anywhere.
fn like_pattern(word: &str) -> String {
    let escaped = word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// An FTS5 query for rows containing every word as a substring: each word a quoted phrase,
/// which the trigram tokenizer matches as consecutive trigrams.
fn trigram_phrases(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
    quoted.join(" ")
}

/// The trigram index cannot serve words shorter than three characters.
const TRIGRAM: usize = 3;

/// Narrows `query` to organisations whose folded text contains every word of `text`.
/// SQLite answers from its FTS5 trigram table; Postgres serves the same `LIKE` from a
/// `pg_trgm` index (both created by the map-facets migration).
pub fn matching(
    mut query: Select<organisations::Entity>,
    text: &str,
    backend: DbBackend,
) -> Select<organisations::Entity> {
    let words = words(text);
    if backend != DbBackend::Sqlite {
        for word in words {
            query = query.filter(Expr::col(organisations::Column::SearchText).like(like(&word)));
        }
        return query;
    }
    let (indexed, short): (Vec<String>, Vec<String>) = words.into_iter().partition(|w| w.chars().count() >= TRIGRAM);
    let search_keys = || Query::select().expr(Expr::cust("rowid")).from(Alias::new("organisation_search")).to_owned();
    if !indexed.is_empty() {
        let phrases = Expr::cust_with_values("organisation_search MATCH ?", [trigram_phrases(&indexed)]);
        query = query.filter(organisations::Column::SearchKey.in_subquery(search_keys().and_where(phrases).to_owned()));
    }
    // Too short for trigrams: scanned, but in the search table's narrow rows rather than the
    // organisations' wide ones (50 ms instead of 270 ms for "ab" at 100,000).
    for word in short {
        let contains = Expr::col(Alias::new("search_text")).like(like(&word));
        query =
            query.filter(organisations::Column::SearchKey.in_subquery(search_keys().and_where(contains).to_owned()));
    }
    query
}

fn like(word: &str) -> LikeExpr {
    LikeExpr::new(like_pattern(word)).escape('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_script() {
        assert_eq!(fold(["Teixits Vallès", "Sabadell"]), "teixits valles sabadell");
        assert_eq!(fold_one("София"), "sofiia");
        assert_eq!(fold_one("Iași"), "iasi");
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        let patterns: Vec<String> = words("100% Wool_").iter().map(|w| like_pattern(w)).collect();
        assert_eq!(patterns, vec!["%100\\%%", "%wool\\_%"]);
        assert!(words("   ").is_empty());
    }

    #[test]
    fn trigram_phrases_quote_each_word() {
        assert_eq!(trigram_phrases(&words("Knit \"Wool\"")), r#""knit" """wool""""#);
    }
}
