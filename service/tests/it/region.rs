use crate::support::Fixture;
use model::region::RegionScope;
use model::taxonomy::{Country, Topic};
use service::{Viewer, region};

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
    t.public_org_with_topics("a@example.pt", "Malhas Norte", "PT", &["knitting"], &["natural-dyeing"]).await;
    t.public_org_with_topics("b@example.pt", "Tecidos Sul", "PT", &[], &["natural-dyeing", "knitting"]).await;
    t.public_org_with_topics("c@example.bg", "Rhodope Dyes", "BG", &["natural-dyeing"], &[]).await;
    let portugal = region::profile(&t.db, &Viewer::default(), RegionScope::Country(Country::Pt)).await.unwrap();
    assert_eq!(portugal.organisations, 2);
    assert_eq!(portugal.offered, vec![(Topic::Knitting, 1)]);
    assert_eq!(portugal.needed, vec![(Topic::NaturalDyeing, 2), (Topic::Knitting, 1)]);
    assert_eq!(portugal.unmet.len(), 1);
    assert_eq!(portugal.unmet[0].topic, Topic::NaturalDyeing);
    assert_eq!(portugal.unmet[0].needed_by, 2);
    assert_eq!(portugal.unmet[0].offered_in, vec![(Country::Bg, 1)]);
}
