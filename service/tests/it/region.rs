use crate::support::Fixture;
use model::organisation::OrgForm;
use model::region::RegionScope;
use model::taxonomy::{Country, Topic};
use service::{Viewer, organisations, region};

#[tokio::test]
async fn a_country_page_counts_its_organisations_and_lists_its_regions() {
    let t = Fixture::with_demo(150).await;
    let spain = region::profile(&t.db, &Viewer::default(), RegionScope::Country(Country::Es)).await.unwrap();
    let listed =
        service::directory::search(&t.db, &Viewer::default(), &crate::directory::query(&[("country", "ES")]).filter())
            .await
            .unwrap()
            .total;
    assert_eq!(spain.organisations, listed);
    assert_eq!(spain.by_kind.iter().map(|(_, n)| n).sum::<u64>(), listed);
    assert!(spain.regions.iter().any(|(code, _)| code == "ES51"), "Catalonia, Modacc's region");
    assert_eq!(spain.regions.iter().map(|(_, n)| n).sum::<u64>(), listed, "every demo organisation has a region");
    assert!(!spain.survey.is_empty(), "the demo round has answers from Spain");
    for c in &spain.survey {
        assert!((1.0..=5.0).contains(&c.mean) && c.answers > 0, "{c:?}");
    }
}

/// Two Portuguese organisations need dyeing; nobody in Portugal offers it, one in Bulgaria does.
#[tokio::test]
async fn unmet_needs_name_where_else_they_are_offered() {
    let t = Fixture::new().await;
    for (email, name, country, offered, needed) in [
        ("a@example.pt", "Malhas Norte", "PT", vec!["knitting"], vec!["natural-dyeing"]),
        ("b@example.pt", "Tecidos Sul", "PT", vec![], vec!["natural-dyeing", "knitting"]),
        ("c@example.bg", "Rhodope Dyes", "BG", vec!["natural-dyeing"], vec![]),
    ] {
        let account = t.sign_up(email, name, country).await;
        let viewer = t.viewer(&account).await;
        let editor = viewer.editor_of(&t.db, &account.org_slug).await.unwrap();
        let mut form = OrgForm::from(&organisations::profile(&t.db, &viewer, &account.org_slug).await.unwrap());
        form.value_chains = vec!["fashion-textile".into()];
        form.topics_offered = offered.into_iter().map(String::from).collect();
        form.topics_needed = needed.into_iter().map(String::from).collect();
        form.visibility = "public".into();
        organisations::update(&t.db, &editor, &form).await.unwrap();
    }
    let portugal = region::profile(&t.db, &Viewer::default(), RegionScope::Country(Country::Pt)).await.unwrap();
    assert_eq!(portugal.organisations, 2);
    assert_eq!(portugal.offered, vec![(Topic::Knitting, 1)]);
    assert_eq!(portugal.needed, vec![(Topic::NaturalDyeing, 2), (Topic::Knitting, 1)]);
    assert_eq!(portugal.unmet.len(), 1);
    assert_eq!(portugal.unmet[0].topic, Topic::NaturalDyeing);
    assert_eq!(portugal.unmet[0].needed_by, 2);
    assert_eq!(portugal.unmet[0].offered_in, vec![(Country::Bg, 1)]);
}
