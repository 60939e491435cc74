use crate::directory::query;
use crate::support::Fixture;
use model::network::NodeKind;
use service::Viewer;
use service::network::{MAX_ORGANISATIONS, network};

#[tokio::test]
async fn the_network_joins_clusters_to_their_members_and_members_to_their_topics() {
    let t = Fixture::with_demo(120).await;
    let net = network(&t.db, &Viewer::default(), &query(&[]).filter()).await.unwrap();
    assert!(net.nodes.iter().any(|n| n.id == "c:modacc" && n.kind == NodeKind::Cluster));
    let orgs = net.nodes.iter().filter(|n| n.kind == NodeKind::Organisation).count();
    assert!(orgs > 0 && orgs <= MAX_ORGANISATIONS);
    for &(a, b) in &net.edges {
        let kinds = (net.nodes[a as usize].kind, net.nodes[b as usize].kind);
        assert!(
            matches!(kinds, (NodeKind::Cluster, NodeKind::Organisation) | (NodeKind::Organisation, NodeKind::Topic)),
            "{kinds:?}"
        );
    }
    // Modacc's neighbourhood is Modacc and members of it.
    let around = net.neighbourhood("c:modacc").unwrap();
    for i in around {
        let profile_slug = net.nodes[i].id.trim_start_matches("o:").trim_start_matches("c:");
        let profile = service::organisations::profile(&t.db, &Viewer::default(), profile_slug).await.unwrap();
        assert!(profile.slug == "modacc" || profile.clusters.iter().any(|c| c.slug == "modacc"), "{profile_slug}");
    }
}

#[tokio::test]
async fn the_network_shows_only_what_the_filters_and_the_viewer_allow() {
    let t = Fixture::with_demo(120).await;
    let spain = network(&t.db, &Viewer::default(), &query(&[("country", "ES")]).filter()).await.unwrap();
    for node in spain.nodes.iter().filter(|n| n.kind == NodeKind::Organisation) {
        let slug = node.id.trim_start_matches("o:");
        let profile = service::organisations::profile(&t.db, &Viewer::default(), slug).await;
        let profile = profile.unwrap_or_else(|e| panic!("{slug} is visible to visitors: {e:?}"));
        assert_eq!(profile.country, model::taxonomy::Country::Es);
    }
    let none = network(&t.db, &Viewer::default(), &query(&[("q", "no organisation is called this")]).filter()).await;
    assert_eq!(none.unwrap().nodes.len(), 0);
}

/// Past `MAX_ORGANISATIONS` the view draws a share of each cluster's members: those drawn pass
/// the filter, every cluster gets its share (or all its members), and each drawn organisation
/// keeps its line to every drawn cluster it belongs to.
#[tokio::test]
async fn a_large_network_draws_a_share_of_each_cluster_and_all_their_lines() {
    let t = Fixture::with_demo(400).await;
    let filter = query(&[("kind", "sme")]).filter();
    let net = network(&t.db, &Viewer::default(), &filter).await.unwrap();
    assert!(net.matching as usize > MAX_ORGANISATIONS, "the demo has {} SMEs: too few to sample", net.matching);
    let clusters: Vec<usize> = (0..net.nodes.len()).filter(|&i| net.nodes[i].kind == NodeKind::Cluster).collect();
    let drawn: Vec<usize> = (0..net.nodes.len()).filter(|&i| net.nodes[i].kind == NodeKind::Organisation).collect();
    assert!(!clusters.is_empty() && drawn.len() <= MAX_ORGANISATIONS);
    let share = MAX_ORGANISATIONS.div_ceil(clusters.len());
    let linked = |a: usize, b: usize| net.edges.iter().any(|&(x, y)| (x as usize, y as usize) == (a.min(b), a.max(b)));
    for &i in &drawn {
        let slug = net.nodes[i].id.trim_start_matches("o:");
        let profile = service::organisations::profile(&t.db, &Viewer::default(), slug).await.unwrap();
        assert_eq!(profile.kind, model::taxonomy::OrgKind::Sme, "{slug} does not pass the filter");
        for &c in &clusters {
            let member = profile.clusters.iter().any(|m| format!("c:{}", m.slug) == net.nodes[c].id);
            assert_eq!(linked(c, i), member, "{slug} and {}: membership and line disagree", net.nodes[c].id);
        }
    }
    for &c in &clusters {
        let members = drawn.iter().filter(|&&i| linked(c, i)).count();
        let slug = net.nodes[c].id.trim_start_matches("c:");
        let all = service::directory::search(
            &t.db,
            &Viewer::default(),
            &query(&[("kind", "sme"), ("cluster", slug)]).filter(),
        )
        .await
        .unwrap()
        .total as usize;
        assert!(members >= share.min(all), "{slug} shows {members} of its {all} SMEs (share {share})");
    }
    assert_eq!(net, network(&t.db, &Viewer::default(), &filter).await.unwrap(), "the same data draws the same picture");
}
