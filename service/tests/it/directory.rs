use crate::support::Fixture;
use model::directory::{DirectoryQuery, PAGE_SIZE};
use model::taxonomy::{Country, OrgKind, Topic, ValueChain, Visibility};
use service::Viewer;
use service::directory::search;

pub fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
    for (key, _) in pairs {
        assert!(model::directory::FILTER_KEYS.contains(key) || *key == "page", "unknown filter {key}");
    }
    DirectoryQuery::from_pairs(|key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned()))
}

#[tokio::test]
async fn visitors_see_public_organisations_and_members_see_all() {
    let t = Fixture::with_demo(120).await;
    let visitor = search(&t.db, &Viewer::default(), &query(&[]).filter()).await.unwrap();
    let member = search(&t.db, &t.viewer_of_email("member@cloth.example").await, &query(&[]).filter()).await.unwrap();
    assert_eq!(member.total, 125);
    assert!(visitor.total < member.total, "the demo has members-only organisations");
    for page in 1..=visitor.pages {
        let q = query(&[("page", &page.to_string())]).filter();
        let p = search(&t.db, &Viewer::default(), &q).await.unwrap();
        assert!(p.cards.iter().all(|c| c.visibility == Visibility::Public), "page {page}");
    }
}

#[tokio::test]
async fn every_filter_narrows_to_what_it_names() {
    let t = Fixture::with_demo(150).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let smes_in_spain = search(&t.db, &member, &query(&[("kind", "sme"), ("country", "ES")]).filter()).await.unwrap();
    assert!(smes_in_spain.total > 0);
    assert!(smes_in_spain.cards.iter().all(|c| c.kind == OrgKind::Sme && c.country == Country::Es));

    let digital = search(&t.db, &member, &query(&[("chain", "digital")]).filter()).await.unwrap();
    assert!(digital.total > 0 && digital.cards.iter().all(|c| c.value_chains.contains(&ValueChain::Digital)));

    let knitting = search(&t.db, &member, &query(&[("topic", "knitting")]).filter()).await.unwrap();
    assert!(knitting.total > 0);
    for card in &knitting.cards {
        let p = service::organisations::profile(&t.db, &member, &card.slug).await.unwrap();
        assert!(p.topics_offered.contains(&Topic::Knitting) || p.topics_needed.contains(&Topic::Knitting));
    }

    let modacc = search(&t.db, &member, &query(&[("cluster", "modacc")]).filter()).await.unwrap();
    assert!(modacc.total > 0);
    for card in &modacc.cards {
        let p = service::organisations::profile(&t.db, &member, &card.slug).await.unwrap();
        assert!(p.clusters.iter().any(|c| c.slug == "modacc"), "{} is in Modacc", card.slug);
    }
    let nothing = search(&t.db, &member, &query(&[("cluster", "no-such-cluster")]).filter()).await.unwrap();
    assert_eq!(nothing.total, 0);

    let catalonia = search(&t.db, &member, &query(&[("region", "es51")]).filter()).await.unwrap();
    assert!(catalonia.total > 0);
    for card in &catalonia.cards {
        let p = service::organisations::profile(&t.db, &member, &card.slug).await.unwrap();
        assert_eq!(p.region.as_deref(), Some("ES51"), "{}", card.slug);
    }
    let barcelona = search(&t.db, &member, &query(&[("city", "Barcelona")]).filter()).await.unwrap();
    assert!(barcelona.total > 0 && barcelona.cards.iter().all(|c| c.city == "Barcelona"));
}

#[tokio::test]
async fn as_of_a_date_shows_who_had_joined_by_then() {
    let t = Fixture::with_demo(150).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let now = search(&t.db, &member, &query(&[]).filter()).await.unwrap().total;
    let earlier = search(&t.db, &member, &query(&[("asof", "2024-01-01")]).filter()).await.unwrap();
    assert!(earlier.total > 0 && earlier.total < now, "{} then, {now} now", earlier.total);
    for card in &earlier.cards {
        let p = service::organisations::profile(&t.db, &member, &card.slug).await.unwrap();
        assert!(p.joined_on <= chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), "{}", card.slug);
    }
    let before_anyone = search(&t.db, &member, &query(&[("asof", "1990-01-01")]).filter()).await.unwrap();
    assert_eq!(before_anyone.total, 0);
}

#[tokio::test]
async fn text_search_ignores_case_and_accents() {
    let t = Fixture::new().await;
    let ana = t.sign_up("ana@example.es", "Teixits Vallès", "ES").await;
    let viewer = t.viewer(&ana).await;
    for text in ["teixits", "VALLES", "vallès", "teix vall"] {
        let page = search(&t.db, &viewer, &query(&[("q", text)]).filter()).await.unwrap();
        assert_eq!(page.total, 1, "{text}");
    }
    let wildcard = search(&t.db, &viewer, &query(&[("q", "%")]).filter()).await.unwrap();
    assert_eq!(wildcard.total, 0, "% is a character, not a wildcard");
}

#[tokio::test]
async fn pages_follow_each_other_without_overlap() {
    let t = Fixture::with_demo(60).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let first = search(&t.db, &member, &query(&[]).filter()).await.unwrap();
    let second = search(&t.db, &member, &query(&[("page", "2")]).filter()).await.unwrap();
    assert_eq!(first.cards.len() as u64, PAGE_SIZE);
    assert_eq!(first.pages, 65u64.div_ceil(PAGE_SIZE));
    assert!(first.cards.iter().all(|a| second.cards.iter().all(|b| a.slug != b.slug)));
    assert!(first.cards.windows(2).all(|w| w[0].name <= w[1].name), "sorted by name");
    let beyond = search(&t.db, &member, &query(&[("page", "999")]).filter()).await.unwrap();
    assert_eq!(beyond.page, beyond.pages, "a page past the end shows the last one");
}
