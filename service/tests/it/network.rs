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
