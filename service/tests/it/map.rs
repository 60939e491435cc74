use crate::directory::query;
use crate::support::Fixture;
use model::map::Metric;
use model::taxonomy::{Country, OrgKind};
use service::directory::search;
use service::map::map_data;
use service::{Viewer, organisations};

#[tokio::test]
async fn the_map_counts_exactly_what_the_directory_lists() {
    let t = Fixture::with_demo(150).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    for pairs in
        [vec![], vec![("kind", "sme")], vec![("chain", "digital"), ("country", "IT")], vec![("asof", "2024-06-30")]]
    {
        let filter = query(&pairs).filter();
        for viewer in [&Viewer::default(), &member] {
            let map = map_data(&t.db, viewer, &filter, Metric::Organisations).await.unwrap();
            let listed = search(&t.db, viewer, &filter).await.unwrap().total;
            assert_eq!(map.total, listed, "{pairs:?}");
            let on_map: u64 = map.places.iter().map(|p| u64::from(p.count)).sum();
            assert_eq!(on_map + map.unplaced, map.total, "{pairs:?}");
            let by_country: u64 = map.countries.iter().map(|c| u64::from(c.value)).sum();
            assert_eq!(by_country, map.total, "{pairs:?}");
            for place in &map.places {
                assert_eq!(place.kinds.iter().sum::<u32>(), place.count, "{}", place.city);
            }
        }
    }
}

#[tokio::test]
async fn a_visitors_map_never_shows_members_only_organisations() {
    let t = Fixture::with_demo(150).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let everything = query(&[]).filter();
    let visitor_map = map_data(&t.db, &Viewer::default(), &everything, Metric::Organisations).await.unwrap();
    let member_map = map_data(&t.db, &member, &everything, Metric::Organisations).await.unwrap();
    assert!(visitor_map.total < member_map.total);
    for place in visitor_map.places.iter().filter_map(|p| p.sole.as_ref()) {
        let profile = organisations::profile(&t.db, &Viewer::default(), &place.slug).await;
        assert!(profile.is_ok(), "{} is on a visitor's map but hidden from visitors", place.slug);
    }
}

#[tokio::test]
async fn places_sit_in_their_country_and_name_a_lone_organisation() {
    let t = Fixture::with_demo(60).await;
    let map = map_data(&t.db, &Viewer::default(), &query(&[]).filter(), Metric::Organisations).await.unwrap();
    assert!(!map.places.is_empty());
    for place in &map.places {
        let shape = model::map::country_shape(place.country).unwrap();
        let [x0, y0, x1, y1] = shape.bounds;
        let (x, y) = (f64::from(place.x), f64::from(place.y));
        assert!(x >= x0 && x <= x1 && y >= y0 && y <= y1, "{} at ({x}, {y})", place.city);
        assert_eq!(place.sole.is_some(), place.count == 1, "{}", place.city);
    }
    let barcelona = map.places.iter().find(|p| p.city == "Barcelona").expect("Modacc's home is on the map");
    assert_eq!(barcelona.country, Country::Es);
}

#[tokio::test]
async fn smes_metric_counts_only_smes() {
    let t = Fixture::with_demo(120).await;
    let all = query(&[]).filter();
    let smes = map_data(&t.db, &Viewer::default(), &all, Metric::Smes).await.unwrap();
    for value in &smes.countries {
        let only_smes = query(&[("kind", "sme"), ("country", value.country.slug())]).filter();
        let listed = search(&t.db, &Viewer::default(), &only_smes).await.unwrap().total;
        assert_eq!(u64::from(value.value), listed, "{}", value.country);
    }
    let sme_index = OrgKind::ALL.iter().position(|k| *k == OrgKind::Sme).unwrap();
    let total_smes: u32 = smes.places.iter().map(|p| p.kinds[sme_index]).sum();
    assert_eq!(total_smes, smes.countries.iter().map(|c| c.value).sum::<u32>());
}

/// Two Portuguese organisations: one offers knitting and needs dyeing, the other needs both.
/// Knitting is offered in Portugal; dyeing is needed and offered nowhere there.
#[tokio::test]
async fn unmet_needs_are_needs_nobody_in_the_country_offers() {
    let t = Fixture::new().await;
    t.public_org_with_topics("a@example.pt", "Malhas Norte", "PT", &["knitting"], &["natural-dyeing"]).await;
    t.public_org_with_topics("b@example.pt", "Tecidos Sul", "PT", &[], &["natural-dyeing", "knitting"]).await;
    let all = query(&[]).filter();
    let unmet = map_data(&t.db, &Viewer::default(), &all, Metric::UnmetNeeds).await.unwrap();
    assert_eq!(unmet.value_of(Country::Pt), 1);
    let offered = map_data(&t.db, &Viewer::default(), &all, Metric::TopicsOffered).await.unwrap();
    assert_eq!(offered.value_of(Country::Pt), 1);
    // Filtering to the second organisation alone, both of its needs are unmet.
    let alone = query(&[("q", "Tecidos")]).filter();
    let unmet_alone = map_data(&t.db, &Viewer::default(), &alone, Metric::UnmetNeeds).await.unwrap();
    assert_eq!(unmet_alone.value_of(Country::Pt), 2);
    let members = map_data(&t.db, &Viewer::default(), &all, Metric::ClusterMembers).await.unwrap();
    assert_eq!(members.value_of(Country::Pt), 0, "neither is in a cluster");
}

/// The map reads bit sets and membership counts kept on each organisation's row; they must
/// agree with the facet tables they summarise, after a bulk load and after a membership ends.
#[tokio::test]
async fn map_metrics_agree_with_the_facet_tables() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use service::entities::{cluster_memberships, organisation_topics, organisations as orgs};
    use std::collections::{BTreeMap, BTreeSet, HashMap};
    let t = Fixture::with_demo(120).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let country_of: HashMap<model::OrgId, Country> =
        orgs::Entity::find().all(&t.db).await.unwrap().into_iter().map(|o| (o.id, o.country)).collect();
    let (mut offered, mut needed) = (BTreeMap::<Country, BTreeSet<model::taxonomy::Topic>>::new(), BTreeMap::new());
    for row in organisation_topics::Entity::find().all(&t.db).await.unwrap() {
        let side = if row.direction == model::taxonomy::TopicDirection::Offered { &mut offered } else { &mut needed };
        side.entry(country_of[&row.organisation_id]).or_default().insert(row.topic);
    }
    let memberships = cluster_memberships::Entity::find().all(&t.db).await.unwrap();
    let members_in = |memberships: &[cluster_memberships::Model], country: Country| {
        let ids: BTreeSet<_> = memberships.iter().map(|m| m.member_id).collect();
        ids.into_iter().filter(|id| country_of[id] == country).count() as u64
    };
    let all = query(&[]).filter();
    let offered_map = map_data(&t.db, &member, &all, Metric::TopicsOffered).await.unwrap();
    let unmet_map = map_data(&t.db, &member, &all, Metric::UnmetNeeds).await.unwrap();
    let members_map = map_data(&t.db, &member, &all, Metric::ClusterMembers).await.unwrap();
    for &country in Country::ALL {
        let here = offered.get(&country).cloned().unwrap_or_default();
        let unmet = needed.get(&country).map_or(0, |n: &BTreeSet<model::taxonomy::Topic>| n.difference(&here).count());
        assert_eq!(u64::from(offered_map.value_of(country)), here.len() as u64, "{country} offered");
        assert_eq!(u64::from(unmet_map.value_of(country)), unmet as u64, "{country} unmet");
        assert_eq!(u64::from(members_map.value_of(country)), members_in(&memberships, country), "{country} members");
    }
    // A membership ends: the member no longer counts (unless it is in another cluster).
    let ended = memberships[memberships.len() / 2].clone();
    cluster_memberships::Entity::delete_many()
        .filter(cluster_memberships::Column::ClusterId.eq(ended.cluster_id))
        .filter(cluster_memberships::Column::MemberId.eq(ended.member_id))
        .exec(&t.db)
        .await
        .unwrap();
    let remaining: Vec<_> = memberships.into_iter().filter(|m| *m != ended).collect();
    let country = country_of[&ended.member_id];
    let after = map_data(&t.db, &member, &all, Metric::ClusterMembers).await.unwrap();
    assert_eq!(u64::from(after.value_of(country)), members_in(&remaining, country));
    // The topic filter finds exactly the organisations with a row for the topic.
    let knitting: BTreeSet<_> = organisation_topics::Entity::find()
        .filter(organisation_topics::Column::Topic.eq("knitting"))
        .all(&t.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.organisation_id)
        .collect();
    let filtered = search(&t.db, &member, &query(&[("topic", "knitting")]).filter()).await.unwrap();
    assert_eq!(filtered.total, knitting.len() as u64);
}

/// Editing a profile moves it in the search index and the topic bit sets at once.
#[tokio::test]
async fn an_edited_profile_is_found_by_its_new_name_and_topics_only() {
    let t = Fixture::new().await;
    t.public_org_with_topics("a@example.pt", "Malhas Norte", "PT", &["knitting"], &[]).await;
    let found = |pairs: &'static [(&'static str, &'static str)]| {
        let filter = query(pairs).filter();
        let db = &t.db;
        async move { search(db, &Viewer::default(), &filter).await.unwrap().total }
    };
    assert_eq!(found(&[("q", "malhas")]).await, 1);
    assert_eq!(found(&[("q", "alhas nor")]).await, 1, "substrings of several words");
    assert_eq!(found(&[("q", "no")]).await, 1, "words too short for the trigram index");
    assert_eq!(found(&[("topic", "knitting")]).await, 1);

    let editor_viewer = t.viewer_of_email("a@example.pt").await;
    let slug =
        search(&t.db, &Viewer::default(), &query(&[("q", "malhas")]).filter()).await.unwrap().cards[0].slug.clone();
    let editor = editor_viewer.editor_of(&t.db, &slug).await.unwrap();
    let profile = organisations::profile(&t.db, &editor_viewer, &slug).await.unwrap();
    let mut form = model::organisation::OrgForm::from(&profile);
    form.name = "Tecelagem Sul".into();
    form.topics_offered = vec!["weaving".into()];
    organisations::update(&t.db, &editor, &form).await.unwrap();

    assert_eq!(found(&[("q", "malhas")]).await, 0);
    assert_eq!(found(&[("q", "tecelagem")]).await, 1);
    assert_eq!(found(&[("topic", "knitting")]).await, 0);
    assert_eq!(found(&[("topic", "weaving")]).await, 1);
    let offered = map_data(&t.db, &Viewer::default(), &query(&[]).filter(), Metric::TopicsOffered).await.unwrap();
    assert_eq!(offered.value_of(Country::Pt), 1);
}

/// The topic colourings of a filter by kind and country alone come from tallies the database
/// keeps on write; any other filter folds the organisations' topic sets. Both must agree, for
/// visitors and members, after a bulk load and after an organisation changes its topics,
/// country and visibility, or is deleted. `asof` far ahead matches everyone, so it asks the
/// fold for the same organisations.
#[tokio::test]
async fn tallied_topic_colourings_follow_every_write() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use service::entities::organisations as orgs;
    let t = Fixture::with_demo(120).await;
    t.public_org_with_topics("a@example.pt", "Malhas Norte", "PT", &["knitting", "weaving"], &["recycling"]).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let agree = |moment: &'static str| {
        let (db, member) = (&t.db, &member);
        async move {
            for pairs in
                [vec![], vec![("kind", "sme")], vec![("country", "PT")], vec![("kind", "sme"), ("country", "ES")]]
            {
                let mut folded = pairs.clone();
                folded.push(("asof", "2999-12-31"));
                for viewer in [&Viewer::default(), member] {
                    for metric in [Metric::TopicsOffered, Metric::UnmetNeeds] {
                        let tallied = map_data(db, viewer, &query(&pairs).filter(), metric).await.unwrap();
                        let fold = map_data(db, viewer, &query(&folded).filter(), metric).await.unwrap();
                        assert_eq!(tallied.countries, fold.countries, "{moment}: {pairs:?} {metric:?}");
                    }
                }
            }
        }
    };
    agree("after the bulk load").await;
    let offered = |db| async move {
        map_data(db, &Viewer::default(), &query(&[]).filter(), Metric::TopicsOffered).await.unwrap()
    };
    let portugal_before = offered(&t.db).await.value_of(Country::Pt);

    // The Portuguese organisation moves to Spain, goes members-only and changes its topics.
    let viewer = t.viewer_of_email("a@example.pt").await;
    let slug = t.slug_of("Malhas Norte").await;
    let editor = viewer.editor_of(&t.db, &slug).await.unwrap();
    let mut form = model::organisation::OrgForm::from(&organisations::profile(&t.db, &viewer, &slug).await.unwrap());
    form.topics_offered = vec!["upcycling".into()];
    form.topics_needed = vec!["knitting".into(), "ecommerce".into()];
    organisations::update(&t.db, &editor, &form).await.unwrap();
    agree("after new topics").await;
    form.country = "ES".into();
    form.region = String::new();
    organisations::update(&t.db, &editor, &form).await.unwrap();
    agree("after a move").await;
    form.visibility = "members".into();
    organisations::update(&t.db, &editor, &form).await.unwrap();
    agree("after going members-only").await;

    // Deleted outright, as an administrator's clean-up would (its account stays, unlinked).
    let id = orgs::Entity::find().filter(orgs::Column::Slug.eq(slug.as_str())).one(&t.db).await.unwrap().unwrap().id;
    orgs::Entity::delete_by_id(id).exec(&t.db).await.unwrap();
    agree("after a deletion").await;
    assert!(offered(&t.db).await.value_of(Country::Pt) <= portugal_before);
}
