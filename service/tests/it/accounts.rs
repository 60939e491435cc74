use crate::support::{Fixture, sign_up_form};
use model::taxonomy::{Role, Visibility};
use service::ServiceError;
use service::accounts;
use service::throttle::SignInThrottle;

#[tokio::test]
async fn sign_up_registers_the_person_and_their_organisation() {
    let t = Fixture::new().await;
    let s = t.sign_up(" Ana@Example.BG ", "Rhodope Wool", "BG").await;
    assert_eq!(s.account.email, "ana@example.bg");
    assert_eq!(s.account.role, Role::Member);
    assert_eq!(s.org_slug, "rhodope-wool");
    let viewer = t.viewer(&s).await;
    let org = service::organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap();
    assert_eq!(org.visibility, Visibility::Members, "a new organisation starts members-only");
    assert!(org.can_edit);
    let user = viewer.session_user(&t.db).await.unwrap().unwrap();
    assert_eq!(user.org_slug.as_deref(), Some("rhodope-wool"));
}

#[tokio::test]
async fn a_second_organisation_with_the_same_name_gets_its_own_slug() {
    let t = Fixture::new().await;
    t.sign_up("a@example.eu", "Atelier Nord", "FR").await;
    let second = t.sign_up("b@example.eu", "Atelier Nord", "BE").await;
    assert_eq!(second.org_slug, "atelier-nord-2");
}

#[tokio::test]
async fn an_address_can_sign_up_once_and_nothing_is_half_saved() {
    let t = Fixture::new().await;
    t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let again = accounts::sign_up(&t.db, &sign_up_form("ANA@example.bg", "Other Org", "BG")).await;
    match again {
        Err(ServiceError::Invalid(e)) => assert_eq!(e.get("email"), Some("error-email-taken")),
        other => panic!("expected a field error, got {other:?}"),
    }
    let ana = t.viewer_of_email("ana@example.bg").await;
    let page = service::directory::search(&t.db, &ana, &model::directory::DirectoryFilter::default()).await.unwrap();
    assert_eq!(page.total, 1, "the refused sign-up created no organisation");
    assert_eq!(page.cards[0].name, "Rhodope Wool");
}

#[tokio::test]
async fn sign_up_reports_every_bad_field() {
    let t = Fixture::new().await;
    let mut form = sign_up_form("not-an-address", "", "XX");
    form.password = "short".into();
    match accounts::sign_up(&t.db, &form).await {
        Err(ServiceError::Invalid(e)) => {
            assert_eq!(e.get("email"), Some("error-email"));
            assert_eq!(e.get("password"), Some("error-password-short"));
            assert_eq!(e.get("org_name"), Some("error-required"));
            assert_eq!(e.get("country"), Some("error-unknown-choice"));
        }
        other => panic!("expected field errors, got {other:?}"),
    }
}

#[tokio::test]
async fn sign_in_accepts_the_right_password_only() {
    let t = Fixture::new().await;
    t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let throttle = SignInThrottle::new(100, 100);
    let ok = accounts::sign_in(&t.db, &throttle, None, "Ana@example.bg", "a long enough password").await.unwrap();
    assert_eq!(ok.email, "ana@example.bg");
    for (email, password) in [("ana@example.bg", "wrong password"), ("nobody@example.bg", "a long enough password")] {
        match accounts::sign_in(&t.db, &throttle, None, email, password).await {
            Err(ServiceError::Invalid(e)) => assert_eq!(e.get("password"), Some("error-sign-in-failed")),
            other => panic!("expected the same refusal for {email}, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn repeated_sign_in_attempts_are_slowed_down() {
    let t = Fixture::new().await;
    t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let throttle = SignInThrottle::new(3, 100);
    for _ in 0..3 {
        let _ = accounts::sign_in(&t.db, &throttle, None, "ana@example.bg", "guess").await;
    }
    let blocked = accounts::sign_in(&t.db, &throttle, None, "ana@example.bg", "a long enough password").await;
    assert!(matches!(blocked, Err(ServiceError::RateLimited { retry_after_secs }) if retry_after_secs >= 1));
}
