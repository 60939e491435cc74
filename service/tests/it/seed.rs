use crate::support::Fixture;
use sea_orm::{EntityTrait, PaginatorTrait};
use service::entities::{alliance_clusters, organisations, users};
use service::seed;

#[tokio::test]
async fn the_demo_alliance_loads_with_one_account_per_role() {
    let t = Fixture::new().await;
    assert!(seed::is_empty(&t.db).await.unwrap());
    let report = seed::seed_demo(&t.db, 300, 1, true).await.unwrap();
    assert_eq!(report.organisations, 305);
    assert_eq!(report.accounts, seed::DEMO_ACCOUNTS.len());
    assert!(!seed::is_empty(&t.db).await.unwrap());
    assert_eq!(organisations::Entity::find().count(&t.db).await.unwrap(), 305);
    assert_eq!(alliance_clusters::Entity::find().count(&t.db).await.unwrap(), 5);
    assert_eq!(users::Entity::find().count(&t.db).await.unwrap(), 5);
    let summary = service::directory::summary(&t.db, &t.viewer_of_email("member@cloth.example").await).await.unwrap();
    assert!(summary.countries >= 25, "{} countries", summary.countries);
    let names: Vec<String> = summary.alliance_clusters.iter().map(|c| c.slug.clone()).collect();
    for slug in
        ["modacc", "bulgarian-fashion-association", "ea-eco-entreprises", "iconic-cluster", "lifestyle-design-cluster"]
    {
        assert!(names.iter().any(|n| n == slug), "{slug} is in the alliance");
    }
}

#[tokio::test]
async fn demo_accounts_sign_in_with_the_documented_password() {
    let t = Fixture::with_demo(10).await;
    let throttle = service::throttle::SignInThrottle::new(10, 10);
    for (email, _, role, _) in seed::DEMO_ACCOUNTS {
        let account = service::accounts::sign_in(&t.db, &throttle, None, email, seed::DEMO_PASSWORD).await.unwrap();
        assert_eq!(account.role, *role);
    }
}
