//! The rules the code in `app/src/islands/` keeps (see `islands.rs`): nothing there reaches
//! for what only the server has. An island that called the translation functions would
//! pull Fluent back into the WASM and show keys instead of words; one that used the
//! router's hooks or the app's contexts would panic in the browser, where neither exists.

use std::path::Path;

fn island_sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![("islands.rs".to_owned(), std::fs::read_to_string(root.join("islands.rs")).unwrap())];
    walk(&root.join("islands"), &mut out);
    out
}

/// Code outside `#[cfg(feature = "ssr")]` items and test modules: what the browser runs.
fn browser_code(source: &str) -> String {
    let mut kept = String::new();
    let mut skipping_depth: Option<usize> = None;
    let mut depth = 0usize;
    let mut pending_ssr = false;
    for line in source.lines() {
        let trimmed = line.trim_start();
        if skipping_depth.is_none()
            && (trimmed.starts_with("#[cfg(feature = \"ssr\")]") || trimmed.starts_with("#[cfg(all(test"))
        {
            pending_ssr = true;
            continue;
        }
        let opens = line.matches('{').count();
        let closes = line.matches('}').count();
        if pending_ssr && skipping_depth.is_none() {
            skipping_depth = Some(depth);
            pending_ssr = false;
        }
        depth = depth + opens - closes.min(depth + opens);
        if let Some(at) = skipping_depth {
            if depth <= at && (opens > 0 || closes > 0) {
                skipping_depth = None;
            }
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

#[test]
fn islands_take_their_words_in_props_and_use_no_server_context() {
    let forbidden = [
        ("crate::i18n::t", "translate on the server and pass the words in the props"),
        ("i18n::{", "translate on the server and pass the words in the props"),
        ("use_lang()", "the language is a server context"),
        ("leptos_router", "there is no router in the browser"),
        ("use_session", "the session is a server context"),
        ("crate::state", "the session is a server context"),
        ("use_context", "an island sees no server context in the browser"),
    ];
    let mut found = Vec::new();
    for (file, source) in island_sources() {
        let code = browser_code(&source);
        for (needle, why) in forbidden {
            if code.contains(needle) {
                found.push(format!("{file}: `{needle}`: {why}"));
            }
        }
    }
    assert!(found.is_empty(), "island code reaches for the server:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_through_server_only_code() {
    let source = "fn a() {}\n#[cfg(feature = \"ssr\")]\nimpl X {\n    fn b() { use_lang(); }\n}\nfn c() { leptos_router::x(); }\n";
    let code = browser_code(source);
    assert!(!code.contains("use_lang"), "{code}");
    assert!(code.contains("leptos_router"), "{code}");
}
