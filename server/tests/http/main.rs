//! Whole-router tests: status codes, redirects, cookies and refusals, as a browser or a
//! script would see them. Each test gets its own SQLite file with demo data and,
//! like the real server, a multi-threaded runtime (Leptos renders pages on spawned tasks).

use axum::Router;
use axum::body::Body;
use http::{Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use server::{AppState, Config, build_router};
use tower::ServiceExt;

mod postgres;
mod probe;

struct TestApp {
    router: Router,
    db: service::sea_orm::DatabaseConnection,
    file: std::path::PathBuf,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.file.display()));
        }
    }
}

impl TestApp {
    async fn new() -> Self {
        Self::with_config(Config::default()).await
    }

    async fn with_config(config: Config) -> Self {
        Self::build(config, 40).await
    }

    /// An app whose demo alliance has `members` organisations beside the five clusters.
    async fn with_members(members: usize) -> Self {
        Self::build(Config::default(), members).await
    }

    async fn build(config: Config, members: usize) -> Self {
        // A file of its own, as in production (a pool of connections, WAL).
        let file = std::env::temp_dir().join(format!("cloth-http-{}.db", uuid::Uuid::now_v7().simple()));
        let db = service::db::connect_and_migrate(&format!("sqlite://{}?mode=rwc", file.display())).await.unwrap();
        service::seed::seed_demo(&db, members, 3, true).await.unwrap();
        let options = LeptosOptions::builder().output_name("cloth").site_root("target/site").build();
        let router = build_router(AppState::new(options, db.clone(), config));
        Self { router, db, file }
    }

    /// Sends one request; a response that never comes fails the test instead of hanging CI.
    async fn send(&self, req: Request<Body>) -> Response<Body> {
        let uri = req.uri().clone();
        tokio::time::timeout(std::time::Duration::from_secs(60), self.router.clone().oneshot(req))
            .await
            .unwrap_or_else(|_| panic!("no response to {uri} within 60 s"))
            .unwrap()
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> Response<Body> {
        let mut req = Request::get(path).header(header::ACCEPT, "text/html");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::empty()).unwrap()).await
    }

    /// A same-origin form post, as a browser without JavaScript sends it.
    async fn post_form(&self, path: &str, body: &str, cookie: Option<&str>) -> Response<Body> {
        let mut req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, "http://127.0.0.1:3000/")
            .header("sec-fetch-site", "same-origin");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::from(body.to_owned())).unwrap()).await
    }

    /// Signs in and returns the session cookie.
    async fn sign_in(&self, email: &str) -> String {
        let body = format!("email={}&password={}", enc(email), enc(service::seed::DEMO_PASSWORD));
        let res = self.post_form("/api/session/sign_in", &body, None).await;
        assert!(res.status().is_redirection(), "sign-in redirects, got {}", res.status());
        session_cookie(&res).expect("sign-in sets the session cookie")
    }

    async fn slug_of_members_only_org(&self) -> String {
        use service::entities::organisations;
        use service::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        organisations::Entity::find()
            .filter(organisations::Column::Visibility.eq("members"))
            .one(&self.db)
            .await
            .unwrap()
            .expect("the demo has a members-only organisation")
            .slug
    }
}

fn enc(s: &str) -> String {
    s.replace('@', "%40").replace(' ', "+")
}

fn session_cookie(res: &Response<Body>) -> Option<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("cloth_session="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

async fn body_text(res: Response<Body>) -> String {
    String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_answers_while_the_database_does() {
    let app = TestApp::new().await;
    let res = app.get("/healthz", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_text(res).await, "ok");
    app.db.clone().close().await.unwrap();
    assert_eq!(app.get("/healthz", None).await.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_on_the_server() {
    let app = TestApp::new().await;
    let home = app.get("/", None).await;
    assert_eq!(home.status(), StatusCode::OK);
    let html = body_text(home).await;
    assert!(html.contains("<html lang=\"en\""), "{html:.200}");
    assert!(html.contains("Modacc"), "the home page lists the alliance's clusters");
    let directory = body_text(app.get("/organisations?country=ES&kind=sme", None).await).await;
    assert!(directory.contains("data-testid=\"org-card\""));
    let profile = app.get("/organisations/modacc", None).await;
    assert_eq!(profile.status(), StatusCode::OK);
    assert!(body_text(profile).await.contains("Barcelona"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_pages_and_hidden_organisations_are_404() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/no/such/page", None).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get("/organisations/no-such-org", None).await.status(), StatusCode::NOT_FOUND);
    let hidden = app.slug_of_members_only_org().await;
    let res = app.get(&format!("/organisations/{hidden}"), None).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "a visitor never sees a members-only organisation");
    let cookie = app.sign_in("member@cloth.example").await;
    assert_eq!(app.get(&format!("/organisations/{hidden}"), Some(&cookie)).await.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = TestApp::new().await;
    let body = format!("email=member%40cloth.example&password={}", service::seed::DEMO_PASSWORD);
    let res = app.post_form("/api/session/sign_in", &body, None).await;
    let cookie = res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in development");
    let https = TestApp::with_config(Config { public_url: "https://cloth.example".into(), ..Config::default() }).await;
    let res = https.post_form("/api/session/sign_in", &body, None).await;
    assert!(res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().contains("Secure"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_redirects_back_with_the_error_and_no_session() {
    let app = TestApp::new().await;
    let res = app.post_form("/api/session/sign_in", "email=member%40cloth.example&password=wrong", None).await;
    assert!(res.status().is_redirection());
    let location = res.headers().get(header::LOCATION).unwrap().to_str().unwrap().to_owned();
    // The error (and the address typed) waits in the session behind a short reference.
    let reference = location.split("__rejected=").nth(1).expect("a reference to the rejection").to_owned();
    assert!(!location.contains("__err="), "no form data in the address: {location}");
    let cookie = session_cookie(&res).expect("the rejection is kept in a session");
    let page = body_text(app.get(&format!("/sign-in?__rejected={reference}"), Some(&cookie)).await).await;
    assert!(page.contains("The email address or password is not right."), "the sign-in page says why");
    assert!(page.contains("value=\"member@cloth.example\""), "and keeps the address typed");
    assert!(!page.contains("data-testid=\"signed-in-as\""), "nobody is signed in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_cannot_edit_another_organisation_even_by_raw_request() {
    let app = TestApp::new().await;
    let cookie = app.sign_in("member@cloth.example").await;
    let page = app.get("/organisations/modacc/edit", Some(&cookie)).await;
    assert_eq!(page.status(), StatusCode::FORBIDDEN);
    let body = "slug=modacc&org%5Bname%5D=Hijacked&org%5Bkind%5D=cluster&org%5Bcountry%5D=ES&org%5Bcity%5D=Barcelona\
                &org%5Bvalue_chains%5D%5B%5D=digital&org%5Blanguages%5D%5B%5D=en&org%5Bvisibility%5D=public";
    let res = app
        .send(
            Request::post("/api/organisation/update")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, &cookie)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let profile = body_text(app.get("/organisations/modacc", None).await).await;
    assert!(!profile.contains("Hijacked"), "nothing changed");
    let anonymous = app
        .send(
            Request::post("/api/organisation/update")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_posts_are_refused() {
    let app = TestApp::new().await;
    let res = app
        .send(
            Request::post("/api/session/sign_out")
                .header("sec-fetch-site", "cross-site")
                .header(header::ORIGIN, "https://evil.example")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_attempts_are_rate_limited() {
    let app = TestApp::with_config(Config { sign_in_per_email_per_minute: 3, ..Config::default() }).await;
    let attempt = || {
        Request::post("/api/session/sign_in")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("email=member%40cloth.example&password=guess"))
            .unwrap()
    };
    for _ in 0..3 {
        assert_eq!(app.send(attempt()).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(app.send(attempt()).await.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choosing_a_language_sets_a_cookie_and_returns_to_the_page() {
    let app = TestApp::new().await;
    let res = app.post_form("/lang", "lang=fr&next=%2Forganisations%3Fkind%3Dsme", None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers().get(header::LOCATION).unwrap(), "/organisations?kind=sme");
    assert!(res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().starts_with("lang=fr;"));
    let evil = app.post_form("/lang", "lang=fr&next=https%3A%2F%2Fevil.example", None).await;
    assert_eq!(evil.headers().get(header::LOCATION).unwrap(), "/");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_renders_on_the_server_with_countries_markers_and_the_list() {
    let app = TestApp::new().await;
    let res = app.get("/map", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = body_text(res).await;
    assert!(html.contains("/map/europe.svg#ES"), "countries come from the atlas");
    assert!(html.contains("data-testid=\"marker\""), "organisations are on the map before any script runs");
    assert!(html.contains("data-testid=\"org-card\""), "the list beside the map is rendered too");

    let spain = body_text(app.get("/map?country=ES&show=table", None).await).await;
    assert!(spain.contains("data-testid=\"places-table\""));
    assert!(spain.contains(">Barcelona<"), "Modacc's city is in Spain's table");
    assert!(!spain.contains(">Sofia<"), "Bulgaria is filtered out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_csv_export_holds_exactly_the_filtered_organisations_a_viewer_may_see() {
    let app = TestApp::new().await;
    let res = app.get("/export/organisations.csv?country=BG&kind=sme", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains("organisations.csv"));
    let csv = body_text(res).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(&row[col("country")], "BG");
        assert_eq!(&row[col("kind")], "sme");
        assert_eq!(&row[col("visibility")], "public", "a visitor's export has no members-only organisations");
    }
    let api: serde_json::Value =
        serde_json::from_str(&body_text(app.get("/api/v1/organisations?country=BG&kind=sme", None).await).await)
            .unwrap();
    assert_eq!(api["total"].as_u64().unwrap(), rows.len() as u64, "the export and the API agree");

    let cookie = app.sign_in("member@cloth.example").await;
    let member_csv = body_text(app.get("/export/organisations.csv", Some(&cookie)).await).await;
    let visitor_csv = body_text(app.get("/export/organisations.csv", None).await).await;
    assert!(member_csv.lines().count() > visitor_csv.lines().count(), "members export members-only organisations too");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn geojson_has_a_point_per_located_organisation() {
    let app = TestApp::new().await;
    let res = app.get("/export/organisations.geojson?country=ES", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/geo+json");
    let doc: serde_json::Value = serde_json::from_str(&body_text(res).await).unwrap();
    let features = doc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for f in features {
        assert_eq!(f["geometry"]["type"], "Point");
        let lon = f["geometry"]["coordinates"][0].as_f64().unwrap();
        let lat = f["geometry"]["coordinates"][1].as_f64().unwrap();
        assert!((-10.0..5.0).contains(&lon) && (27.0..44.0).contains(&lat), "{lon},{lat} is in Spain");
        assert_eq!(f["properties"]["country"], "ES");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_names_the_parameter_it_cannot_read_and_describes_itself() {
    let app = TestApp::new().await;
    let res = app.get("/api/v1/organisations?kind=spaceship&asof=yesterday&per_page=9999", None).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let body: serde_json::Value = serde_json::from_str(&body_text(res).await).unwrap();
    let names: Vec<&str> = body["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["kind", "asof"]);

    let page: serde_json::Value =
        serde_json::from_str(&body_text(app.get("/api/v1/organisations?per_page=5&page=2", None).await).await).unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 5);
    assert_eq!(page["page"], 2);

    let map: serde_json::Value =
        serde_json::from_str(&body_text(app.get("/api/v1/map?metric=smes", None).await).await).unwrap();
    assert_eq!(map["metric"], "smes");
    assert!(!map["places"].as_array().unwrap().is_empty());

    let doc: serde_json::Value =
        serde_json::from_str(&body_text(app.get("/api/v1/openapi.json", None).await).await).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/organisations", "/api/v1/map", "/export/organisations.csv", "/export/organisations.geojson"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} is described");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_embeddable_map_may_be_framed_by_partner_sites() {
    let app = TestApp::new().await;
    let embed = app.get("/embed/map?country=BG&metric=smes", None).await;
    assert_eq!(embed.status(), StatusCode::OK);
    assert!(embed.headers().get(header::X_FRAME_OPTIONS).is_none());
    assert_eq!(embed.headers()[header::CONTENT_SECURITY_POLICY], "frame-ancestors *");
    let html = body_text(embed).await;
    assert!(html.contains("data-testid=\"marker\""));
    assert!(!html.contains("data-testid=\"filters\""), "a partner's filters are fixed");
    assert!(!html.contains("<header"), "no site header inside a partner's page");
    assert!(html.contains("/map?country=BG&amp;metric=smes") || html.contains("/map?country=BG&metric=smes"));
    let page = app.get("/map", None).await;
    assert_eq!(page.headers()[header::X_FRAME_OPTIONS], "DENY");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn region_pages_exist_for_countries_and_nuts2_regions_only() {
    let app = TestApp::new().await;
    let spain = app.get("/regions/ES", None).await;
    assert_eq!(spain.status(), StatusCode::OK);
    let html = body_text(spain).await;
    assert!(html.contains("data-testid=\"region-unmet\""));
    assert!(html.contains("/regions/ES51"), "Spain's page links to its regions");
    assert!(html.contains("data-testid=\"region-survey\""), "and shows the survey for Spain");
    let catalonia = body_text(app.get("/regions/ES51", None).await).await;
    assert!(catalonia.contains("(ES51), Spain"));
    assert_eq!(app.get("/regions/ES99", None).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get("/regions/nowhere", None).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_view_renders_on_the_server_and_focuses_by_url() {
    let app = TestApp::new().await;
    let html = body_text(app.get("/map?show=network&focus=c%3Amodacc", None).await).await;
    assert!(html.contains("data-testid=\"network-svg\""));
    assert!(html.contains("data-node=\"c:modacc\""));
    assert!(html.contains("data-testid=\"network-focus\""), "the focused cluster's panel is rendered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_administrators_edit_the_survey_challenges_even_by_raw_request() {
    let app = TestApp::new().await;
    let member = app.sign_in("member@cloth.example").await;
    assert_eq!(app.get("/survey/challenges", Some(&member)).await.status(), StatusCode::FORBIDDEN);
    let body = "challenge%5Bslug%5D=&challenge%5Bname%5D=Sneaky&challenge%5Bactive%5D=on";
    let res = app.post_form("/api/survey/save-challenge", body, Some(&member)).await;
    let location = res.headers().get(header::LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
    assert!(!location.contains("saved=1"), "refused, not saved ({} {location})", res.status());
    let list = service::survey::challenges(&app.db, true).await.unwrap();
    assert!(list.iter().all(|c| c.name != "Sneaky"), "nothing was saved");

    let admin = app.sign_in("admin@cloth.example").await;
    assert_eq!(app.get("/survey/challenges", Some(&admin)).await.status(), StatusCode::OK);
    let res = app.post_form("/api/survey/save-challenge", &body.replace("Sneaky", "Water+use"), Some(&admin)).await;
    assert!(res.status().is_redirection());
    assert!(service::survey::challenges(&app.db, true).await.unwrap().iter().any(|c| c.name == "Water use"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administrators_open_survey_rounds_and_bad_dates_are_named() {
    let app = TestApp::new().await;
    let admin = app.sign_in("admin@cloth.example").await;
    let rounds = || async {
        use service::sea_orm::EntityTrait;
        service::entities::survey_rounds::Entity::find().all(&app.db).await.unwrap().len()
    };
    let before = rounds().await;
    let bad = "round%5Btitle%5D=Spring&round%5Bopens_on%5D=2027-02-30&round%5Bcloses_on%5D=2027-04-01";
    app.post_form("/api/survey/open-round", bad, Some(&admin)).await;
    assert_eq!(rounds().await, before, "an impossible date opens nothing");
    let member = app.sign_in("member@cloth.example").await;
    let good = "round%5Btitle%5D=Spring&round%5Bopens_on%5D=2027-03-01&round%5Bcloses_on%5D=2027-04-01";
    app.post_form("/api/survey/open-round", good, Some(&member)).await;
    assert_eq!(rounds().await, before, "members cannot open rounds");
    let res = app.post_form("/api/survey/open-round", good, Some(&admin)).await;
    assert!(res.headers()[header::LOCATION].to_str().unwrap().contains("saved=round"));
    assert_eq!(rounds().await, before + 1);
}

/// Reads a streaming body until `needle` shows up, failing after ten seconds.
async fn read_until(body: &mut Body, needle: &str) -> String {
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while !seen.contains(needle) {
        let frame = tokio::time::timeout_at(deadline, body.frame())
            .await
            .unwrap_or_else(|_| panic!("no {needle:?} within 10 s; got {seen:?}"))
            .expect("the stream stays open")
            .unwrap();
        if let Ok(data) = frame.into_data() {
            seen.push_str(&String::from_utf8_lossy(&data));
        }
    }
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organisers_follow_a_cohort_live_and_resume_after_a_drop() {
    use service::exchange::entries::{self, Action, Side};
    let app = TestApp::new().await;
    let cohort = "clusterxchange-2026-27";
    let path = format!("/exchange/{cohort}/events");
    assert_eq!(app.get(&path, None).await.status(), StatusCode::UNAUTHORIZED);
    let member_cookie = app.sign_in("member@cloth.example").await;
    let member_res = app.get(&format!("{path}?after=0"), Some(&member_cookie)).await;
    assert_eq!(member_res.status(), StatusCode::OK, "members follow what concerns their organisation");
    let mut member_stream = member_res.into_body();
    let organiser = app.sign_in("organiser@cloth.example").await;
    assert_eq!(app.get("/exchange/no-such-cohort/events", Some(&organiser)).await.status(), StatusCode::NOT_FOUND);

    let res = app.get(&format!("{path}?after=0"), Some(&organiser)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut stream = res.into_body();

    // A member applies: the open board hears of it.
    let viewer_of = async |email: &str| {
        use service::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let user = service::entities::users::Entity::find()
            .filter(service::entities::users::Column::Email.eq(email))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        service::Viewer::load(&app.db, Some(user.id)).await.unwrap()
    };
    let member = viewer_of("member@cloth.example").await;
    let someone_else = viewer_of("member2@cloth.example").await;
    let (_, open) = service::exchange::cohorts::find(&app.db, cohort).await.unwrap();
    let today = open.applications_open + chrono::Days::new(1);
    let form = model::exchange::ApplicationForm {
        topics_wanted: vec!["knitting".into()],
        value_chains: vec!["fashion-textile".into()],
        preferred_countries: vec![],
        languages: vec!["en".into()],
        available_from: (open.exchanges_start + chrono::Days::new(10)).to_string(),
        available_to: (open.exchanges_start + chrono::Days::new(40)).to_string(),
        stay_days: "5".into(),
        motivation: "Learning knitwear.".into(),
    };
    // Another organisation applies first: the member's stream must not carry that.
    entries::save_application(&app.db, &someone_else, cohort, &form, Action::Submit, today).await.unwrap();
    entries::save_application(&app.db, &member, cohort, &form, Action::Submit, today).await.unwrap();
    let own = service::exchange::member_organisation(&app.db, &member).await.unwrap();
    let seen = read_until(&mut stream, &format!(r#""organisation":"{own}""#)).await;
    assert!(seen.contains(r#""kind":"visitor-submitted""#), "organisers hear of every application: {seen}");
    let heard = read_until(&mut member_stream, &format!(r#""organisation":"{own}""#)).await;
    let data: Vec<&str> = heard.lines().filter(|l| l.starts_with("data:")).collect();
    assert!(data.iter().all(|l| l.contains(&own)), "a member hears only of its own organisation: {heard}");
    let id: i64 = seen.lines().filter_map(|l| l.strip_prefix("id: ")).next_back().unwrap().trim().parse().unwrap();
    drop(stream);

    // The board was away during a withdrawal; it reconnects with the last id it saw.
    entries::withdraw(&app.db, &member, cohort, Side::Visitor, today).await.unwrap();
    let req = Request::get(&path)
        .header(header::COOKIE, &organiser)
        .header("last-event-id", id.to_string())
        .body(Body::empty())
        .unwrap();
    let mut resumed = app.send(req).await.into_body();
    let replay = read_until(&mut resumed, r#""kind":"visitor-withdrawn""#).await;
    assert!(!replay.contains("visitor-submitted"), "what it saw is not sent again: {replay}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_board_api_sends_one_filtered_page_of_pairs_not_the_whole_board() {
    let app = TestApp::with_members(160).await;
    let organiser = app.sign_in("organiser@cloth.example").await;
    let board = async |form: &str| -> serde_json::Value {
        let req = Request::post("/api/exchange/board")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header(header::COOKIE, &organiser)
            .body(Body::from(format!("cohort=clusterxchange-2026-27&{form}")))
            .unwrap();
        let res = app.send(req).await;
        assert_eq!(res.status(), StatusCode::OK, "{form}");
        serde_json::from_str(&body_text(res).await).unwrap()
    };
    let names = |v: &serde_json::Value| -> Vec<String> {
        let pairs = v[1]["board"]["pairs"].as_array().unwrap();
        pairs.iter().map(|p| p["visitor"]["name"].as_str().unwrap().to_owned()).collect()
    };
    let first = board("").await;
    let matched = first[1]["pairs_matched"].as_u64().unwrap();
    assert!(matched > 25, "the demo cohort has more pairs than a page ({matched})");
    assert_eq!((first[1]["page"].as_u64(), first[1]["pages"].as_u64()), (Some(1), Some(matched.div_ceil(25))));
    assert_eq!(names(&first).len(), 25, "one page of pairs, not {matched}");
    let second = board("page=2").await;
    assert_eq!(second[1]["page"].as_u64(), Some(2));
    assert!(names(&second).iter().all(|n| !names(&first).contains(n)), "page 2 holds other pairs");
    // Filtered on the server: by visitor type, and by a part of a name.
    let clusters = board("participant=cluster").await;
    let shown = clusters[1]["pairs_shown"].as_u64().unwrap();
    assert!(shown < matched);
    assert!(clusters[1]["board"]["pairs"].as_array().unwrap().iter().all(|p| p["participant"] == "cluster"));
    let one = names(&first)[0].clone();
    let by_name = board(&format!("q={}", enc(&one.to_uppercase()))).await;
    assert!(names(&by_name).contains(&one));
    assert!(by_name[1]["pairs_shown"].as_u64().unwrap() < matched);
    // The summary stays whole whatever the page.
    assert_eq!(second[1]["board"]["total_score"], first[1]["board"]["total_score"]);
}
