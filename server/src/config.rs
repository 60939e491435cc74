//! The only place that reads the environment. Layers: built-in defaults → `cloth.toml`
//! (optional, in the working directory) → `CLOTH_*` variables, plus `DATABASE_URL` as the
//! conventional override of `CLOTH_DATABASE_URL`. Validated once at boot.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Serialize, Deserialize)]
pub struct Config {
    /// `sqlite://path?mode=rwc` (the default, a file under `data/`) or `postgres://...`.
    pub database_url: String,
    /// Load the demo alliance into an empty database at start-up. Unset: only for SQLite.
    pub demo_data: Option<bool>,
    /// The address people use; an `https://` one makes session cookies `Secure`.
    pub public_url: String,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy you run).
    pub trust_proxy: bool,
    /// Sign-in attempts allowed per minute, per email address and per client address.
    pub sign_in_per_email_per_minute: u32,
    pub sign_in_per_ip_per_minute: u32,
    /// Days of inactivity after which a session ends.
    pub session_days: i64,
    /// `text` for people, `json` for log collectors.
    pub log_format: String,
    /// Milliseconds between two reads of a watched cohort's event log: how late a change made
    /// through another server instance may reach an open board. Writes through this instance
    /// wake the readers at once.
    pub live_poll_ms: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/cloth.db?mode=rwc".into(),
            demo_data: None,
            public_url: "http://127.0.0.1:3000".into(),
            trust_proxy: false,
            sign_in_per_email_per_minute: 5,
            sign_in_per_ip_per_minute: 30,
            session_days: 14,
            log_format: "text".into(),
            live_poll_ms: 200,
        }
    }
}

impl fmt::Debug for Config {
    /// Database URLs can carry a password: never print it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact(&self.database_url))
            .field("demo_data", &self.demo_data)
            .field("public_url", &self.public_url)
            .field("trust_proxy", &self.trust_proxy)
            .field("session_days", &self.session_days)
            .field("log_format", &self.log_format)
            .field("live_poll_ms", &self.live_poll_ms)
            .finish_non_exhaustive()
    }
}

fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => format!("{}://***{}", &url[..scheme_end], &url[at..]),
        _ => url.to_owned(),
    }
}

impl Config {
    pub fn load() -> anyhow::Result<Self> {
        Self::from_figment(
            Figment::from(Serialized::defaults(Config::default()))
                .merge(Toml::file("cloth.toml"))
                .merge(Env::prefixed("CLOTH_"))
                .merge(Env::raw().only(&["DATABASE_URL"])),
        )
    }

    fn from_figment(figment: Figment) -> anyhow::Result<Self> {
        let config: Config = figment.extract()?;
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        let url = &self.database_url;
        anyhow::ensure!(
            url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://"),
            "database_url must start with sqlite:, postgres:// or postgresql:// (got {})",
            redact(url)
        );
        anyhow::ensure!(
            self.public_url.starts_with("http://") || self.public_url.starts_with("https://"),
            "public_url must be an http:// or https:// address"
        );
        anyhow::ensure!(self.session_days >= 1, "session_days must be at least 1");
        anyhow::ensure!(matches!(self.log_format.as_str(), "text" | "json"), "log_format must be text or json");
        Ok(())
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    /// Whether to load the demo data into an empty database.
    pub fn wants_demo_data(&self) -> bool {
        self.demo_data.unwrap_or_else(|| self.is_sqlite())
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The directory a SQLite file lives in, created at start-up if missing.
    pub fn sqlite_dir(&self) -> Option<std::path::PathBuf> {
        let path = self.database_url.strip_prefix("sqlite://").or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let path = path.split('?').next()?;
        if path.is_empty() || path.starts_with(":memory:") {
            return None;
        }
        std::path::Path::new(path).parent().map(|p| p.to_path_buf()).filter(|p| !p.as_os_str().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::providers::Serialized;

    #[test]
    fn defaults_are_sqlite_with_demo_data() {
        let c = Config::default();
        c.validate().unwrap();
        assert!(c.is_sqlite() && c.wants_demo_data() && !c.secure_cookies());
        assert_eq!(c.sqlite_dir().unwrap(), std::path::Path::new("data"));
    }

    #[test]
    fn postgres_gets_no_demo_data_unless_asked() {
        let c = Config { database_url: "postgres://app:secret@db/cloth".into(), ..Config::default() };
        assert!(!c.wants_demo_data());
        assert!(!format!("{c:?}").contains("secret"), "the password is redacted");
    }

    #[test]
    fn a_bad_database_url_is_named() {
        let figment = Figment::from(Serialized::defaults(Config::default())).merge(("database_url", "mysql://x"));
        let err = Config::from_figment(figment).unwrap_err().to_string();
        assert!(err.contains("database_url"), "{err}");
    }

    /// Cargo.toml (what cargo-leptos builds, in each of its projects) and Leptos.toml (what
    /// the server reads) must agree on the keys they share, or the page asks for files that
    /// are not there.
    #[test]
    fn leptos_settings_agree_with_the_build() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let runtime =
            leptos_config::get_config_from_str(&std::fs::read_to_string(format!("{root}/Leptos.toml")).unwrap())
                .unwrap();
        let cargo: toml::Table = std::fs::read_to_string(format!("{root}/Cargo.toml")).unwrap().parse().unwrap();
        let projects = cargo["workspace"]["metadata"]["leptos"].as_array().unwrap();
        assert_eq!(projects.len(), 2, "`make test` builds `cloth`, `make run` `cloth-serve`");
        for project in projects {
            let name = project["name"].as_str().unwrap();
            let text = |key: &str| project[key].as_str().unwrap_or_else(|| panic!("{name}: {key}")).to_owned();
            assert_eq!(*runtime.output_name, text("output-name"), "{name}");
            assert_eq!(*runtime.site_root, text("site-root"), "{name}");
            assert_eq!(*runtime.site_pkg_dir, text("site-pkg-dir"), "{name}");
            assert_eq!(runtime.site_addr.to_string(), text("site-addr"), "{name}");
            assert_eq!(i64::from(runtime.reload_port), project["reload-port"].as_integer().unwrap(), "{name}");
            let hash_files = project["hash-files"].as_bool().unwrap();
            assert_eq!(
                runtime.hash_files, hash_files,
                "{name}: the page names the bundle by its hash only if both agree"
            );
        }
    }
}
