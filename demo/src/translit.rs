//! Turning names into ASCII: slugs for URLs and folded keys for matching typed city names.
//!
//! Organisation names in the alliance are written in a dozen alphabets' worth of diacritics and
//! sometimes in Cyrillic or Greek; URLs and look-ups must not depend on how someone typed them.
//! Bulgarian follows the official Streamlined System (Тексил → teksil, щ → sht, София → sofia).

use std::collections::{HashMap, HashSet};

/// The longest slug the platform stores.
pub const SLUG_MAX: usize = 80;

/// Room kept at the end of a base slug for a `-N` de-duplication suffix.
const SUFFIX_ROOM: usize = 8;

/// ASCII for one lower-case letter, or `None` when it has no Latin reading (it then separates).
#[rustfmt::skip]
fn letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' | 'ġ' => "g",
        'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Cyrillic: Bulgarian first, then the other letters of Serbian, Macedonian, Ukrainian.
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ж' => "zh",
        'з' => "z", 'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n",
        'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f",
        'х' => "h", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "sht", 'ъ' => "a", 'ь' => "y",
        'ю' => "yu", 'я' => "ya", 'ё' => "yo", 'ы' => "y", 'э' => "e", 'і' => "i", 'ї' => "yi",
        'є' => "ye", 'ґ' => "g", 'ђ' => "dj", 'ј' => "j", 'љ' => "lj", 'њ' => "nj", 'ћ' => "c",
        'џ' => "dz", 'ѓ' => "gj", 'ќ' => "kj", 'ѕ' => "dz",
        // Greek (ELOT 743, simplified).
        'α' | 'ά' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' | 'έ' => "e", 'ζ' => "z",
        'η' | 'ή' => "i", 'θ' => "th", 'ι' | 'ί' | 'ϊ' | 'ΐ' => "i", 'κ' => "k", 'λ' => "l",
        'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' | 'ό' => "o", 'π' => "p", 'ρ' => "r",
        'σ' | 'ς' => "s", 'τ' => "t", 'υ' | 'ύ' | 'ϋ' | 'ΰ' => "y", 'φ' => "f", 'χ' => "ch",
        'ψ' => "ps", 'ω' | 'ώ' => "o",
        _ => return None,
    })
}

/// Lower-case ASCII words of `text` joined by `sep`; everything else separates words.
fn ascii_words(text: &str, sep: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_sep = false;
    let mut chars = text.chars().flat_map(char::to_lowercase).peekable();
    while let Some(ch) = chars.next() {
        // Combining accents (typed as separate code points) carry no letter of their own.
        if ('\u{300}'..='\u{36f}').contains(&ch) {
            continue;
        }
        let piece: Option<&str> = if ch.is_ascii_alphanumeric() {
            None
        } else if ch == 'и' && chars.peek() == Some(&'я') {
            // Streamlined System: word-final "ия" is "ia" (България → balgaria).
            chars.next();
            if chars.peek().is_some_and(|n| n.is_alphabetic()) { Some("iya") } else { Some("ia") }
        } else {
            match letter(ch) {
                Some(p) => Some(p),
                None => {
                    // Apostrophes join ("d'Igualada" → "digualada", "O'Brien" → "obrien").
                    if ch != '\'' && ch != '’' {
                        pending_sep = !out.is_empty();
                    }
                    continue;
                }
            }
        };
        if pending_sep {
            out.push(sep);
            pending_sep = false;
        }
        match piece {
            Some(p) => out.push_str(p),
            None => out.push(ch),
        }
    }
    out
}

/// The URL slug of a name: lower-case ASCII letters and digits joined by single hyphens,
/// at most [`SLUG_MAX`] characters, never empty.
pub fn slugify(name: &str) -> String {
    let mut slug = ascii_words(name, '-');
    truncate_at_word(&mut slug, SLUG_MAX);
    if slug.is_empty() { "org".to_owned() } else { slug }
}

/// The key two spellings of a place share: "Iași", "IASI" and "iasi" all fold to "iasi",
/// "Cluj Napoca" and "Cluj-Napoca" to "cluj napoca".
pub fn fold(name: &str) -> String {
    ascii_words(name, ' ')
}

/// Cuts an ASCII slug to `max` bytes, preferring a hyphen boundary, never ending in a hyphen.
fn truncate_at_word(slug: &mut String, max: usize) {
    if slug.len() <= max {
        return;
    }
    let cut = match slug[..=max].rfind('-') {
        Some(i) if i > max / 2 => i,
        _ => max,
    };
    slug.truncate(cut);
    while slug.ends_with('-') {
        slug.pop();
    }
}

/// Hands out unique slugs: the base slug if free, else `base-2`, `base-3`, ...
#[derive(Default)]
pub struct SlugRegistry {
    used: HashSet<String>,
    /// The next suffix to try per base, so many clashes on one base stay linear.
    next: HashMap<String, usize>,
}

impl SlugRegistry {
    /// Marks a fixed slug (the alliance clusters') as taken.
    pub fn reserve(&mut self, slug: &str) {
        self.used.insert(slug.to_owned());
    }

    /// A unique slug derived from `text`.
    pub fn claim(&mut self, text: &str) -> String {
        let mut base = slugify(text);
        truncate_at_word(&mut base, SLUG_MAX - SUFFIX_ROOM);
        if self.used.insert(base.clone()) {
            return base;
        }
        let next = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{next}");
            *next += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}
