//! The test fixture: a fresh, migrated database and helpers that read like the domain.

use model::account::SignUpForm;
use sea_orm::{ConnectOptions, ConnectionTrait, DatabaseConnection};
use service::accounts::{self, SignedUp};
use service::auth::Viewer;
use service::migration_up;

pub struct Fixture {
    pub db: DatabaseConnection,
}

impl Fixture {
    /// An empty, migrated database of its own.
    pub async fn new() -> Self {
        let db = match std::env::var("TEST_DATABASE_URL") {
            Ok(url) if !url.is_empty() => postgres_schema(&url).await,
            _ => service::db::connect("sqlite::memory:").await.expect("in-memory SQLite"),
        };
        migration_up(&db).await.expect("migrations apply");
        Self { db }
    }

    /// A fixture with the demo alliance: the five clusters and `members` more.
    pub async fn with_demo(members: usize) -> Self {
        let f = Self::new().await;
        service::seed::seed_demo(&f.db, members, 7, true).await.expect("demo data loads");
        f
    }

    /// Signs up `email` with a new organisation called `org` in `country`.
    pub async fn sign_up(&self, email: &str, org: &str, country: &str) -> SignedUp {
        accounts::sign_up(&self.db, &sign_up_form(email, org, country)).await.expect("sign-up succeeds")
    }

    /// The viewer a signed-in account is on its next request.
    pub async fn viewer(&self, signed_up: &SignedUp) -> Viewer {
        Viewer::load(&self.db, Some(signed_up.account.id)).await.expect("viewer loads")
    }

    /// Signs up a public organisation in the fashion and textile chain that offers and needs
    /// the given topic slugs.
    pub async fn public_org_with_topics(
        &self,
        email: &str,
        name: &str,
        country: &str,
        offered: &[&str],
        needed: &[&str],
    ) {
        use service::organisations;
        let account = self.sign_up(email, name, country).await;
        let viewer = self.viewer(&account).await;
        let editor = viewer.editor_of(&self.db, &account.org_slug).await.unwrap();
        let profile = organisations::profile(&self.db, &viewer, &account.org_slug).await.unwrap();
        let mut form = model::organisation::OrgForm::from(&profile);
        form.value_chains = vec!["fashion-textile".into()];
        form.topics_offered = offered.iter().map(|s| (*s).to_owned()).collect();
        form.topics_needed = needed.iter().map(|s| (*s).to_owned()).collect();
        form.visibility = "public".into();
        organisations::update(&self.db, &editor, &form).await.unwrap();
    }

    /// The slug of the organisation called `name`.
    pub async fn slug_of(&self, name: &str) -> String {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        use service::entities::organisations;
        let org = organisations::Entity::find().filter(organisations::Column::Name.eq(name)).one(&self.db).await;
        org.unwrap().unwrap_or_else(|| panic!("no organisation called {name}")).slug
    }

    pub async fn viewer_of_email(&self, email: &str) -> Viewer {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        use service::entities::users;
        let user = users::Entity::find().filter(users::Column::Email.eq(email)).one(&self.db).await.unwrap().unwrap();
        Viewer::load(&self.db, Some(user.id)).await.unwrap()
    }
}

pub fn sign_up_form(email: &str, org: &str, country: &str) -> SignUpForm {
    SignUpForm {
        name: "Test Person".into(),
        email: email.into(),
        password: "a long enough password".into(),
        org_name: org.into(),
        org_kind: "sme".into(),
        country: country.into(),
        city: "Sabadell".into(),
    }
}

/// A schema of its own in the Postgres database at `url`, found first on the search path.
async fn postgres_schema(url: &str) -> DatabaseConnection {
    let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
    let admin = service::db::connect(url).await.expect("Postgres answers at TEST_DATABASE_URL");
    // Extensions are per database: created once in `public` before the tests' schemas, or the
    // first test's migration would put it in its own schema (dropped with it) while the
    // others race to create it too.
    static EXTENSIONS: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    EXTENSIONS
        .get_or_init(|| async {
            admin.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public").await.expect("pg_trgm");
        })
        .await;
    admin.execute_unprepared(&format!("CREATE SCHEMA {schema}")).await.expect("schema created");
    admin.close().await.ok();
    let mut options = ConnectOptions::new(url.to_owned());
    options.set_schema_search_path(schema).max_connections(4);
    service::db::connect_with(options).await.expect("connects with the schema")
}
