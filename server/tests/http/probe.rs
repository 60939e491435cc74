//! The defects a probe of a running instance found (issue 9), each as the request that
//! showed it: what a visitor, an attacker or a broken client sends, and what must come back.

use crate::{TestApp, body_text};
use axum::body::Body;
use http::{Request, StatusCode, header};
use service::entities::organisations;
use service::sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// Renames an organisation in the database directly, as data that predates today's
/// validation (or arrives by import) would be.
async fn rename(app: &TestApp, slug: &str, name: &str) {
    let row = organisations::Entity::find()
        .filter(organisations::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo has this organisation");
    let mut row: organisations::ActiveModel = row.into();
    row.name = Set(name.to_owned());
    row.update(&app.db).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_cannot_close_the_title_and_run_a_script() {
    let app = TestApp::new().await;
    rename(&app, "modacc", "Alytus</title><script>alert(1)</script>").await;
    let html = body_text(app.get("/organisations/modacc", None).await).await;
    assert!(
        html.contains("<title>Alytus&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · CLOTH</title>"),
        "the title holds the name as text: {}",
        &html[html.find("<title>").unwrap_or(0)..][..200.min(html.len())]
    );
    assert!(!html.contains("<script>alert(1)"), "no script from the name anywhere in the page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_never_sends_the_browser_to_another_site() {
    let app = TestApp::new().await;
    for next in ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example", "/%0A/evil.example"]
    {
        let res = app.post_form("/lang", &format!("lang=fr&next={next}"), None).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(res.headers()[header::LOCATION], "/", "{next}");
    }
    let res = app.post_form("/lang", "lang=fr&next=%2Fsurvey%2Fanswer%3Fround%3D1", None).await;
    assert_eq!(res.headers()[header::LOCATION], "/survey/answer?round=1", "a same-site path is followed");
}

/// A server function called as a script calls it (asking for JSON).
async fn call(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: impl Into<Body>,
    cookie: &str,
) -> (StatusCode, String) {
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "application/json")
        .header(header::COOKIE, cookie)
        .body(body.into())
        .unwrap();
    let res = app.send(req).await;
    let status = res.status();
    (status, body_text(res).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_server_function_bodies_are_client_errors_that_name_the_problem() {
    let app = TestApp::new().await;
    let cookie = app.sign_in("member@cloth.example").await;
    let form = "application/x-www-form-urlencoded";

    let (status, body) = call(&app, "/api/survey/answer", form, "org=x", &cookie).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("answers"), "the missing field is named: {body}");

    let (status, body) = call(&app, "/api/organisation/update", form, "", &cookie).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "an empty body: {body}");
    assert!(body.contains("slug") || body.contains("org"), "a missing field is named: {body}");

    let (status, _) =
        call(&app, "/api/organisation/update", form, vec![b's', b'l', b'u', b'g', b'=', 0xff, 0xfe], &cookie).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "invalid UTF-8");

    let huge = format!("slug=modacc&org%5Bdescription%5D={}", "a".repeat(10 * 1024 * 1024));
    let req = Request::post("/api/organisation/update")
        .header(header::CONTENT_TYPE, form)
        .header(header::CONTENT_LENGTH, huge.len())
        .header(header::COOKIE, &cookie)
        .body(Body::from(huge))
        .unwrap();
    assert_eq!(app.send(req).await.status(), StatusCode::PAYLOAD_TOO_LARGE, "10 MB, refused before it is read");

    let (status, body) = call(&app, "/api/organisation/update", "application/json", "{\"slug\":", &cookie).await;
    assert!(status.is_client_error(), "truncated JSON is a client error, got {status}: {body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_are_refused_by_field_name() {
    let app = TestApp::new().await;
    let cookie = app.sign_in("admin@cloth.example").await;
    let body = "slug=modacc&org%5Bname%5D=Modacc%00&org%5Bkind%5D=cluster&org%5Bcountry%5D=ES&org%5Bcity%5D=Barce%1Blona\
                &org%5Bvalue_chains%5D%5B%5D=digital&org%5Blanguages%5D%5B%5D=en&org%5Bvisibility%5D=public";
    let (status, text) =
        call(&app, "/api/organisation/update", "application/x-www-form-urlencoded", body, &cookie).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
    assert!(text.contains("\"name\":\"error-control-characters\""), "{text}");
    assert!(text.contains("\"city\":\"error-control-characters\""), "{text}");
    let profile = body_text(app.get("/organisations/modacc", None).await).await;
    assert!(profile.contains("Barcelona"), "nothing was saved");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_cells_never_start_a_formula() {
    let app = TestApp::new().await;
    rename(&app, "modacc", "=HYPERLINK(\"http://evil.example\",\"Modacc\")").await;
    let csv = body_text(app.get("/export/organisations.csv?country=ES", None).await).await;
    let row = csv.lines().find(|l| l.starts_with("modacc,")).expect("Modacc is exported");
    assert!(row.starts_with("modacc,\"'=HYPERLINK("), "the formula is written as text: {row}");
    assert!(!csv.lines().any(|l| l.contains(",=")), "no cell starts with =");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_profile_edits_all_succeed_and_are_all_kept() {
    const EDITS: usize = 200;
    const AT_ONCE: usize = 16;
    let app = std::sync::Arc::new(TestApp::with_members(EDITS).await);
    let cookie = app.sign_in("admin@cloth.example").await;
    let orgs = organisations::Entity::find().all(&app.db).await.unwrap();
    assert!(orgs.len() >= EDITS);
    let form = |org: &organisations::Model, n: usize| {
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        format!(
            "slug={}&org%5Bname%5D={}&org%5Bkind%5D={}&org%5Bcountry%5D={}&org%5Bcity%5D={}\
             &org%5Bvalue_chains%5D%5B%5D=digital&org%5Blanguages%5D%5B%5D=en&org%5Bvisibility%5D={}\
             &org%5Bdescription%5D=edit+number+{n}",
            org.slug,
            enc(&org.name),
            org.kind,
            org.country,
            enc(&org.city),
            org.visibility
        )
    };
    let bodies: Vec<(String, String)> =
        orgs.iter().take(EDITS).enumerate().map(|(n, o)| (o.slug.clone(), form(o, n))).collect();
    let statuses = futures::future::join_all(bodies.chunks(EDITS / AT_ONCE + 1).map(|chunk| {
        let (app, cookie, chunk) = (app.clone(), cookie.clone(), chunk.to_vec());
        tokio::spawn(async move {
            let mut statuses = Vec::new();
            for (_, body) in chunk {
                let form = "application/x-www-form-urlencoded";
                statuses.push(call(&app, "/api/organisation/update", form, body, &cookie).await);
            }
            statuses
        })
    }))
    .await;
    let failed: Vec<_> =
        statuses.into_iter().flat_map(|s| s.unwrap()).filter(|(status, _)| !status.is_success()).collect();
    assert!(failed.is_empty(), "{} of {EDITS} edits failed: {:?}", failed.len(), failed.first());
    let saved = organisations::Entity::find().all(&app.db).await.unwrap();
    for (n, (slug, _)) in bodies.iter().enumerate() {
        let row = saved.iter().find(|o| &o.slug == slug).unwrap();
        assert_eq!(row.description, format!("edit number {n}"), "{slug} kept its edit");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_reaches_open_boards_at_once_and_an_organisation_edit_is_an_event() {
    use service::entities::exchange_entries;
    // Polling once an hour: only the wake-up after the write can deliver the event in time.
    let config = server::Config { live_poll_ms: 3_600_000, ..server::Config::default() };
    let app = TestApp::with_config(config).await;
    let organiser = app.sign_in("organiser@cloth.example").await;
    let res = app.get("/exchange/clusterxchange-2026-27/events", Some(&organiser)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let mut stream = res.into_body();

    let entry = exchange_entries::Entity::find().one(&app.db).await.unwrap().expect("the demo cohort has entries");
    let org = organisations::Entity::find_by_id(entry.organisation_id).one(&app.db).await.unwrap().unwrap();
    let admin = app.sign_in("admin@cloth.example").await;
    let body = format!(
        "slug={}&org%5Bname%5D=Renamed+for+the+board&org%5Bkind%5D={}&org%5Bcountry%5D={}&org%5Bcity%5D=Sabadell\
         &org%5Bvalue_chains%5D%5B%5D=digital&org%5Blanguages%5D%5B%5D=en&org%5Bvisibility%5D=public",
        org.slug, org.kind, org.country
    );
    let (status, text) =
        call(&app, "/api/organisation/update", "application/x-www-form-urlencoded", body, &admin).await;
    assert!(status.is_success(), "{status}: {text}");
    let seen = crate::read_until(&mut stream, r#""kind":"organisation-changed""#).await;
    assert!(seen.contains(&org.slug), "the event names the organisation: {seen}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_form_comes_back_with_what_was_typed_and_no_form_data_in_the_address() {
    let app = TestApp::new().await;
    let long_name = "Tessuti ".repeat(1_500);
    let body = format!(
        "form%5Bname%5D=Petra&form%5Bemail%5D=petra%40example.eu&form%5Bpassword%5D=short\
         &form%5Borg_name%5D={}&form%5Borg_kind%5D=sme&form%5Bcountry%5D=SI&form%5Bcity%5D=Maribor",
        long_name.replace(' ', "+")
    );
    let req = Request::post("/api/session/sign_up")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/sign-up")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap();
    let res = app.send(req).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(location.len() < 100 && !location.contains("__err") && location.contains("__rejected="), "{location}");
    let cookie = crate::session_cookie(&res).expect("the rejection is kept in a session");
    let page = body_text(app.get(&location, Some(&cookie)).await).await;
    assert!(page.contains("petra@example.eu"), "what was typed comes back");
    assert!(page.contains("Use at least 10 characters."), "the password's problem is named");
    assert!(page.contains("This is too long."), "the name's problem is named");
    let elsewhere = body_text(app.get(&location, None).await).await;
    assert!(!elsewhere.contains("petra@example.eu"), "another browser with the same address sees nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn actions_that_message_or_cancel_for_others_are_refused_unless_confirmed() {
    let app = TestApp::new().await;
    let form = "application/x-www-form-urlencoded";
    let organiser = app.sign_in("organiser@cloth.example").await;
    let cohort = "clusterxchange-2026-27";
    let (status, body) = call(&app, "/api/exchange/publish", form, format!("cohort={cohort}"), &organiser).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("\"confirmed\":\"error-confirm-first\""), "{body}");
    let proposals = service::entities::exchange_proposals::Entity::find().all(&app.db).await.unwrap();
    assert!(proposals.is_empty(), "nobody was messaged");
    let (status, body) =
        call(&app, "/api/exchange/publish", form, format!("cohort={cohort}&confirmed=yes"), &organiser).await;
    assert!(status.is_success(), "{status}: {body}");
    assert!(!service::entities::exchange_proposals::Entity::find().all(&app.db).await.unwrap().is_empty());

    let member = app.sign_in("member@cloth.example").await;
    let (status, body) =
        call(&app, "/api/exchange/withdraw", form, format!("cohort={cohort}&side=visitor"), &member).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("\"confirmed\":\"error-confirm-first\""), "{body}");
}
