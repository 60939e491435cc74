//! Translations: Fluent files in `app/locales/<lang>/main.ftl`, compiled into the server only.
//! The language is chosen per request (the `lang` cookie, else the browser's
//! Accept-Language) and written into `<html lang>`. Pages render on the server; the islands
//! that run in the browser get their words from the server in their props
//! (`crate::islands::text`), so the WASM carries neither Fluent nor any language's file.

#[cfg(feature = "ssr")]
use fluent_templates::fluent_bundle::FluentValue;
#[cfg(feature = "ssr")]
use fluent_templates::{LanguageIdentifier, Loader};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use std::borrow::Cow;
#[cfg(feature = "ssr")]
use std::collections::HashMap;

#[cfg(feature = "ssr")]
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks around arguments confuse tests and screen readers alike
        // for our (left-to-right) languages.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The platform's languages: code and name in its own language, English first.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Español"),
    ("ca", "Català"),
    ("bg", "Български"),
    ("ro", "Română"),
    ("da", "Dansk"),
    ("fr", "Français"),
];

pub const LANG_COOKIE: &str = "lang";

/// The language of the current page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(pub &'static str);

impl Lang {
    /// A supported language code, or English.
    pub fn from_code(code: &str) -> Self {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang(LANGUAGES.iter().find(|(c, _)| *c == primary).map_or("en", |(c, _)| c))
    }

    /// The best supported match for an `Accept-Language` header, in the header's order of
    /// preference (q-values honoured).
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranked: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
                Some((q, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.into_iter().find_map(|(_, tag)| {
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            LANGUAGES.iter().find(|(c, _)| *c == primary).map(|(c, _)| Lang(c))
        })
    }

    #[cfg(feature = "ssr")]
    fn id(self) -> LanguageIdentifier {
        self.0.parse().unwrap_or_default()
    }

    /// The translation of `key`; the key itself if no language has it (and a test fails).
    /// In the browser build, which has no translations, always the key: server components
    /// are compiled there too but never run, and islands take their words as props.
    pub fn t(self, key: &str) -> String {
        #[cfg(feature = "ssr")]
        return LOCALES.try_lookup(&self.id(), key).unwrap_or_else(|| key.to_owned());
        #[cfg(not(feature = "ssr"))]
        key.to_owned()
    }

    /// The translation of `key` with named arguments (`{ $count }` in the file).
    #[cfg(feature = "ssr")]
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.try_lookup_with_args(&self.id(), key, &map).unwrap_or_else(|| key.to_owned())
    }
}

/// The current page's language (provided by `App`).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang("en"))
}

/// Translates `key` in the current page's language.
pub fn t(key: &str) -> String {
    use_lang().t(key)
}

/// Translates `key` with a number argument named `name` (plural rules apply).
pub fn t_count(key: &str, name: &'static str, n: u64) -> String {
    #[cfg(feature = "ssr")]
    return use_lang().t_args(key, &[(name, FluentValue::from(n))]);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (name, n);
        key.to_owned()
    }
}

/// Translates `key` with string arguments.
pub fn t_with(key: &str, args: &[(&'static str, String)]) -> String {
    #[cfg(feature = "ssr")]
    {
        let args: Vec<(&'static str, FluentValue<'static>)> =
            args.iter().map(|(k, v)| (*k, FluentValue::from(v.clone()))).collect();
        use_lang().t_args(key, &args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = args;
        key.to_owned()
    }
}

/// The language of this page, from the request: the `lang` cookie, then Accept-Language.
pub fn detect() -> Lang {
    #[cfg(feature = "ssr")]
    {
        let Some(parts) = use_context::<http::request::Parts>() else { return Lang("en") };
        let header = |name: http::HeaderName| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let from_cookie = header(http::header::COOKIE).and_then(|cookies| {
            cookies
                .split(';')
                .filter_map(|c| c.trim().split_once('='))
                .find(|(k, _)| *k == LANG_COOKIE)
                .map(|(_, v)| Lang::from_code(v))
        });
        from_cookie
            .or_else(|| header(http::header::ACCEPT_LANGUAGE).and_then(|h| Lang::from_accept_language(&h)))
            .unwrap_or(Lang("en"))
    }
    #[cfg(not(feature = "ssr"))]
    Lang("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_the_highest_q() {
        assert_eq!(Lang::from_accept_language("de-DE,fr;q=0.9,en;q=0.8"), Some(Lang("fr")));
        assert_eq!(Lang::from_accept_language("en;q=0.2, ca"), Some(Lang("ca")));
        assert_eq!(Lang::from_accept_language("zh-CN"), None);
    }

    #[test]
    fn unknown_codes_fall_back_to_english() {
        assert_eq!(Lang::from_code("xx"), Lang("en"));
        assert_eq!(Lang::from_code("ro-RO"), Lang("ro"));
    }
}
