//! Two server instances on one Postgres, as a deployment that outgrew one machine runs them.
//! A change made through one reaches a board open on the other at once (LISTEN/NOTIFY: both
//! instances poll only once an hour here); when the board's instance goes away, the board
//! reconnects to the survivor with the last event it saw and misses nothing. Runs when
//! `TEST_DATABASE_URL` names a Postgres (`make test` does); skipped otherwise.

use crate::{body_text, read_until};
use axum::Router;
use axum::body::Body;
use http::{Request, StatusCode, header};
use leptos::prelude::LeptosOptions;
use service::entities::{exchange_entries, organisations};
use service::sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use tower::ServiceExt;

const COHORT: &str = "clusterxchange-2026-27";

/// A database of its own next to the one at `url`, migrated, with the demo alliance.
async fn fresh_database(url: &str) -> (String, String) {
    let name = format!("cloth_http_{}", uuid::Uuid::now_v7().simple());
    let admin = service::db::connect(url).await.expect("Postgres answers at TEST_DATABASE_URL");
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.unwrap();
    admin.close().await.ok();
    let base = &url[..url.rfind('/').expect("a database URL ends with /name")];
    (format!("{base}/{name}"), name)
}

struct Instance {
    router: Router,
    db: DatabaseConnection,
}

async fn instance(url: &str) -> Instance {
    let db = service::db::connect_and_migrate(url).await.unwrap();
    let config = server::Config { live_poll_ms: 3_600_000, ..server::Config::default() };
    let options = LeptosOptions::builder().output_name("cloth").site_root("target/site").build();
    let router = server::build_router(server::AppState::new(options, db.clone(), config));
    Instance { router, db }
}

impl Instance {
    async fn send(&self, req: Request<Body>) -> http::Response<Body> {
        tokio::time::timeout(std::time::Duration::from_secs(60), self.router.clone().oneshot(req))
            .await
            .unwrap()
            .unwrap()
    }

    async fn sign_in(&self, email: &str) -> String {
        let body = format!("email={}&password={}", email.replace('@', "%40"), service::seed::DEMO_PASSWORD);
        let res = self
            .send(
                Request::post("/api/session/sign_in")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        crate::session_cookie(&res).expect("signed in")
    }

    async fn events(&self, cookie: &str, last_seen: Option<&str>) -> Body {
        let mut req = Request::get(format!("/exchange/{COHORT}/events")).header(header::COOKIE, cookie);
        if let Some(id) = last_seen {
            req = req.header("last-event-id", id);
        }
        let res = self.send(req.body(Body::empty()).unwrap()).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.into_body()
    }

    /// Renames the organisation at `slug` through this instance, as its administrator.
    async fn rename(&self, cookie: &str, org: &organisations::Model, name: &str) {
        let body = format!(
            "slug={}&org%5Bname%5D={}&org%5Bkind%5D={}&org%5Bcountry%5D={}&org%5Bcity%5D=Sabadell\
             &org%5Bvalue_chains%5D%5B%5D=digital&org%5Blanguages%5D%5B%5D=en&org%5Bvisibility%5D=public",
            org.slug,
            name.replace(' ', "+"),
            org.kind,
            org.country
        );
        let req = Request::post("/api/organisation/update")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header(header::COOKIE, cookie)
            .body(Body::from(body))
            .unwrap();
        let res = self.send(req).await;
        let status = res.status();
        assert!(status.is_success(), "{status}: {}", body_text(res).await);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_share_changes_at_once_and_a_reconnect_to_the_survivor_misses_nothing() {
    let Ok(url) = std::env::var("TEST_DATABASE_URL") else {
        eprintln!("skipped: no TEST_DATABASE_URL");
        return;
    };
    let (url, name) = fresh_database(&url).await;
    let a = instance(&url).await;
    service::seed::seed_demo(&a.db, 40, 3, true).await.unwrap();
    let b = instance(&url).await;

    let entry = exchange_entries::Entity::find().one(&a.db).await.unwrap().expect("the demo cohort has entries");
    let org = organisations::Entity::find_by_id(entry.organisation_id).one(&a.db).await.unwrap().unwrap();
    let admin = a.sign_in("admin@cloth.example").await;
    let organiser = b.sign_in("organiser@cloth.example").await;

    // A board open on B; the change is made through A.
    let mut board = b.events(&organiser, None).await;
    a.rename(&admin, &org, "Renamed on A").await;
    let seen = read_until(&mut board, r#""kind":"organisation-changed""#).await;
    let last: String = seen.lines().find_map(|l| l.strip_prefix("id: ")).expect("an event id").trim().to_owned();

    // B goes away with its board's connection; meanwhile another change lands through A.
    drop(board);
    drop(b);
    a.rename(&admin, &org, "Renamed again").await;
    // The board reconnects to A with the last id it saw.
    let mut resumed = a.events(&organiser, Some(&last)).await;
    let replay = read_until(&mut resumed, r#""kind":"organisation-changed""#).await;
    let ids: Vec<&str> = replay.lines().filter_map(|l| l.strip_prefix("id: ")).collect();
    assert!(!ids.contains(&last.as_str()), "what it saw is not sent again: {replay}");
    assert_eq!(ids.len(), 1, "exactly the one change it missed: {replay}");

    drop(resumed);
    a.db.clone().close().await.ok();
    let admin_db = service::db::connect(&std::env::var("TEST_DATABASE_URL").unwrap()).await.unwrap();
    admin_db.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.ok();
}
