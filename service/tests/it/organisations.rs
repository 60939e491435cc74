use crate::support::Fixture;
use model::organisation::OrgForm;
use model::taxonomy::{Topic, ValueChain, Visibility};
use service::{ServiceError, Viewer, organisations};

#[tokio::test]
async fn members_can_edit_their_own_organisation_and_see_it_on_the_profile() {
    let t = Fixture::new().await;
    let ana = t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let viewer = t.viewer(&ana).await;
    let editor = viewer.editor_of(&t.db, "rhodope-wool").await.unwrap();
    let mut form = OrgForm::from(&organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap());
    form.name = "Rhodope Wool Cooperative".into();
    form.value_chains = vec!["fashion-textile".into(), "circular-economy".into()];
    form.topics_offered = vec!["natural-dyeing".into(), "knitting".into()];
    form.topics_needed = vec!["ecommerce".into()];
    form.description = "Wool from Rhodope sheep, dyed with plants.".into();
    form.visibility = "public".into();
    let slug = organisations::update(&t.db, &editor, &form).await.unwrap();
    assert_eq!(slug, "rhodope-wool", "the address stays when the name changes");

    let public = organisations::profile(&t.db, &Viewer::default(), "rhodope-wool").await.unwrap();
    assert_eq!(public.name, "Rhodope Wool Cooperative");
    assert_eq!(public.value_chains, vec![ValueChain::FashionTextile, ValueChain::CircularEconomy]);
    assert_eq!(public.topics_offered, vec![Topic::NaturalDyeing, Topic::Knitting]);
    assert_eq!(public.topics_needed, vec![Topic::Ecommerce]);
    assert_eq!(public.visibility, Visibility::Public);
    assert!(!public.can_edit, "a visitor cannot edit");
}

#[tokio::test]
async fn a_rejected_edit_changes_nothing() {
    let t = Fixture::new().await;
    let ana = t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let viewer = t.viewer(&ana).await;
    let editor = viewer.editor_of(&t.db, "rhodope-wool").await.unwrap();
    let before = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap();
    let mut form = OrgForm::from(&before);
    form.name = "Renamed".into();
    form.value_chains = vec!["fashion-textile".into()];
    form.website = "not a website".into();
    match organisations::update(&t.db, &editor, &form).await {
        Err(ServiceError::Invalid(e)) => assert_eq!(e.get("website"), Some("error-website")),
        other => panic!("expected a field error, got {other:?}"),
    }
    let after = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap();
    assert_eq!(after, before);
}

#[tokio::test]
async fn nobody_edits_an_organisation_that_is_not_theirs() {
    let t = Fixture::new().await;
    let ana = t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let ion = t.sign_up("ion@example.ro", "Ion Textile", "RO").await;
    let ion_viewer = t.viewer(&ion).await;
    // Ana's organisation is members-only: Ion, a member, can see it but not change it.
    assert!(matches!(ion_viewer.editor_of(&t.db, "rhodope-wool").await, Err(ServiceError::Forbidden)));
    assert!(matches!(Viewer::default().editor_of(&t.db, "rhodope-wool").await, Err(ServiceError::Unauthenticated)));
    assert!(t.viewer(&ana).await.editor_of(&t.db, "rhodope-wool").await.is_ok());
}

#[tokio::test]
async fn administrators_may_edit_any_organisation() {
    let t = Fixture::with_demo(20).await;
    let admin = t.viewer_of_email("admin@cloth.example").await;
    assert!(admin.editor_of(&t.db, "modacc").await.is_ok());
    let member = t.viewer_of_email("member@cloth.example").await;
    assert!(matches!(member.editor_of(&t.db, "modacc").await, Err(ServiceError::Forbidden)));
}

#[tokio::test]
async fn visitors_never_see_members_only_organisations() {
    let t = Fixture::new().await;
    let ana = t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let visitor = organisations::profile(&t.db, &Viewer::default(), "rhodope-wool").await;
    assert!(matches!(visitor, Err(ServiceError::NotFound { .. })));
    assert!(organisations::profile(&t.db, &t.viewer(&ana).await, "rhodope-wool").await.is_ok());
}

#[tokio::test]
async fn a_cluster_profile_counts_and_lists_its_members() {
    let t = Fixture::with_demo(80).await;
    let modacc = organisations::profile(&t.db, &Viewer::default(), "modacc").await.unwrap();
    assert_eq!(modacc.name.split(' ').next(), Some("Modacc"));
    assert!(modacc.member_count.unwrap_or(0) > 0, "Modacc has public members");
}

/// A stored value outside its vocabulary (written by hand, an old release, a bad import) is an
/// error naming it, not silently read as some other value (it used to become Spain, a member
/// or an SME).
#[tokio::test]
async fn a_stored_value_outside_its_vocabulary_is_an_error_not_a_default() {
    use sea_orm::ConnectionTrait;
    let t = Fixture::new().await;
    t.sign_up("ana@example.bg", "Rhodope Wool", "BG").await;
    let viewer = t.viewer_of_email("ana@example.bg").await;
    assert!(organisations::profile(&t.db, &viewer, "rhodope-wool").await.is_ok());
    let corrupt = |sql: &'static str| {
        let db = t.db.clone();
        async move { db.execute_unprepared(sql).await.unwrap() }
    };
    corrupt("UPDATE organisations SET country = 'XX' WHERE slug = 'rhodope-wool'").await;
    let err = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap_err();
    assert!(matches!(err, ServiceError::Db(_)), "{err:?}");
    assert!(format!("{err:?}").contains("XX"), "the error names the value: {err:?}");

    corrupt("UPDATE organisations SET country = 'BG', languages = 'bg,klingon' WHERE slug = 'rhodope-wool'").await;
    let err = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap_err();
    assert!(err.to_string().contains("\"klingon\" is not a language slug"), "{err}");

    corrupt("UPDATE organisations SET languages = 'bg' WHERE slug = 'rhodope-wool'").await;
    // A facet row is typed too: its topic and direction decode or fail, never skipped.
    let facet = "INSERT INTO organisation_topics (organisation_id, direction, topic) \
                 SELECT id, 'offered', 'alchemy' FROM organisations WHERE slug = 'rhodope-wool'";
    corrupt(facet).await;
    let err = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap_err();
    assert!(format!("{err:?}").contains("alchemy"), "the error names the value: {err:?}");
    corrupt("UPDATE organisation_topics SET topic = 'knitting', direction = 'sideways' WHERE topic = 'alchemy'").await;
    let err = organisations::profile(&t.db, &viewer, "rhodope-wool").await.unwrap_err();
    assert!(format!("{err:?}").contains("sideways"), "the error names the value: {err:?}");
    corrupt("DELETE FROM organisation_topics WHERE direction = 'sideways'").await;
    corrupt("UPDATE users SET role = 'overlord' WHERE email = 'ana@example.bg'").await;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use service::entities::users;
    let who = users::Entity::find().filter(users::Column::Email.eq("ana@example.bg")).one(&t.db).await;
    assert!(who.is_err(), "an unknown role is not read as a member: {who:?}");
}
