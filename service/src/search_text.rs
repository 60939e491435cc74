//! Text search folds both the stored text and the query to lower-case ASCII, so "valles"
//! finds "Vallès" and "sofia" finds "София" on SQLite and Postgres alike.

/// Folds `parts` into one searchable string.
pub fn fold<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let joined: Vec<String> = parts.into_iter().map(fold_one).collect();
    joined.join(" ")
}

/// Lower-case ASCII transliteration of one piece of text.
pub fn fold_one(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The query's words, folded, each one escaped for a `LIKE ... ESCAPE '\'` pattern.
pub fn like_patterns(query: &str) -> Vec<String> {
    fold_one(query)
        .split_whitespace()
        .take(8)
        .map(|word| {
            let escaped = word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{escaped}%")
        })
        .collect()
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
        assert_eq!(like_patterns("100% Wool_"), vec!["%100\\%%", "%wool\\_%"]);
        assert!(like_patterns("   ").is_empty());
    }
}
