//! The network view's data: the clusters the filtered organisations belong to, a sample of
//! those members (all of them when few enough), and the topics they offer, joined by
//! membership and offer edges and laid out on the server.

mod layout;

use crate::auth::Viewer;
use crate::directory::filtered;
use crate::entities::{cluster_memberships as memberships, organisation_topics as topics, organisations};
use crate::error::ServiceError;
use model::OrgId;
use model::directory::DirectoryFilter;
use model::network::{NetworkData, Node, NodeKind};
use model::taxonomy::{OrgKind, TopicDirection};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use std::collections::{BTreeMap, HashMap};

/// The most clusters, member organisations and topics drawn: past a few hundred nodes a
/// network picture stops telling anyone anything (and the layout is quadratic).
pub const MAX_CLUSTERS: u64 = 30;
pub const MAX_ORGANISATIONS: usize = 150;
pub const MAX_TOPICS: usize = 30;

pub async fn network(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
) -> Result<NetworkData, ServiceError> {
    let Some(query) = filtered(db, viewer, filter).await? else { return Ok(NetworkData::default()) };
    let matching = crate::count::count(db, query.clone()).await?;
    let ids = query.clone().select_only().column(organisations::Column::Id).into_query();

    // Clusters with the most filtered members, among those the viewer may see.
    let visible_clusters = organisations::Entity::visible_to(viewer.is_signed_in())
        .filter(organisations::Column::Kind.eq(OrgKind::Cluster.slug()))
        .select_only()
        .column(organisations::Column::Id)
        .into_query();
    let top: Vec<(OrgId, i64)> = memberships::Entity::find()
        .filter(memberships::Column::MemberId.in_subquery(ids.clone()))
        .filter(memberships::Column::ClusterId.in_subquery(visible_clusters))
        .select_only()
        .column(memberships::Column::ClusterId)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(memberships::Column::ClusterId)
        .order_by_desc(Expr::cust("COUNT(*)"))
        .order_by_asc(memberships::Column::ClusterId)
        .limit(MAX_CLUSTERS)
        .into_tuple()
        .all(db)
        .await?;
    let cluster_ids: Vec<OrgId> = top.iter().map(|(id, _)| *id).collect();

    // The organisations drawn: every filtered one when few enough; else an even share of each
    // cluster's filtered members, the first by id of each cluster in id order, so that the same
    // alliance always draws the same picture. Each share is its own query that stops at the
    // share: at 100,000 organisations a cluster has 20,000 members, and reading them all to
    // keep thirty was most of this view's time.
    let mut chosen: Vec<OrgId> = if matching as usize <= MAX_ORGANISATIONS {
        query.clone().select_only().column(organisations::Column::Id).into_tuple().all(db).await?
    } else {
        let share = MAX_ORGANISATIONS.div_ceil(cluster_ids.len().max(1));
        // Scoped: sea-query's ExprTrait would otherwise shadow `min` on numbers.
        use sea_orm::sea_query::ExprTrait;
        // Whether the membership's member passes the filter, asked of that one row: a subquery
        // of all filtered ids would be rebuilt (100,000 ids) for every share.
        let member_passes = Expr::exists(
            query
                .clone()
                .select_only()
                .expr(Expr::val(1))
                .filter(
                    Expr::col((organisations::Entity, organisations::Column::Id))
                        .equals((memberships::Entity, memberships::Column::MemberId)),
                )
                .into_query(),
        );
        let mut in_id_order = cluster_ids.clone();
        in_id_order.sort();
        let mut picked = Vec::new();
        for cluster in in_id_order {
            let room = share.min(MAX_ORGANISATIONS - picked.len());
            if room == 0 {
                break;
            }
            let members: Vec<OrgId> = memberships::Entity::find()
                .filter(memberships::Column::ClusterId.eq(cluster))
                .filter(member_passes.clone())
                .select_only()
                .column(memberships::Column::MemberId)
                .order_by_asc(memberships::Column::MemberId)
                .limit(room as u64)
                .into_tuple()
                .all(db)
                .await?;
            picked.extend(members);
        }
        picked
    };
    chosen.sort();
    chosen.dedup();
    chosen.retain(|id| !cluster_ids.contains(id));

    // Every membership joining a drawn organisation to a drawn cluster.
    let pairs: Vec<(OrgId, OrgId)> = if chosen.is_empty() {
        Vec::new()
    } else {
        memberships::Entity::find()
            .filter(memberships::Column::MemberId.is_in(chosen.clone()))
            .filter(memberships::Column::ClusterId.is_in(cluster_ids.clone()))
            .select_only()
            .columns([memberships::Column::ClusterId, memberships::Column::MemberId])
            .into_tuple()
            .all(db)
            .await?
    };

    // Names of everything drawn.
    let everyone: Vec<OrgId> = cluster_ids.iter().chain(&chosen).copied().collect();
    let named = crate::organisations::names_by_id(db, &everyone).await?;

    // Topics the drawn organisations offer, the most offered first.
    let offers: Vec<(OrgId, String)> = if chosen.is_empty() {
        Vec::new()
    } else {
        topics::Entity::find()
            .filter(topics::Column::OrganisationId.is_in(chosen.clone()))
            .filter(topics::Column::Direction.eq(TopicDirection::Offered))
            .select_only()
            .columns([topics::Column::OrganisationId, topics::Column::Topic])
            .into_tuple()
            .all(db)
            .await?
    };
    let mut topic_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, topic) in &offers {
        *topic_counts.entry(topic.as_str()).or_default() += 1;
    }
    let mut top_topics: Vec<(&str, usize)> = topic_counts.into_iter().collect();
    top_topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    top_topics.truncate(MAX_TOPICS);

    // Nodes: clusters, organisations, topics; then edges by index.
    let mut nodes: Vec<Node> = Vec::new();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut add = |nodes: &mut Vec<Node>, id: String, kind: NodeKind, label: String| {
        let i = nodes.len() as u32;
        index.insert(id.clone(), i);
        nodes.push(Node { id, kind, label, x: 0.0, y: 0.0, degree: 0 });
        i
    };
    let mut by_uuid: HashMap<OrgId, u32> = HashMap::new();
    for id in &cluster_ids {
        if let Some((slug, name)) = named.get(id) {
            by_uuid.insert(*id, add(&mut nodes, format!("c:{slug}"), NodeKind::Cluster, name.clone()));
        }
    }
    for id in &chosen {
        if let Some((slug, name)) = named.get(id) {
            by_uuid.insert(*id, add(&mut nodes, format!("o:{slug}"), NodeKind::Organisation, name.clone()));
        }
    }
    let mut by_topic: HashMap<&str, u32> = HashMap::new();
    for (topic, _) in &top_topics {
        by_topic.insert(topic, add(&mut nodes, format!("t:{topic}"), NodeKind::Topic, (*topic).to_owned()));
    }
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (cluster, member) in &pairs {
        if let (Some(&c), Some(&m)) = (by_uuid.get(cluster), by_uuid.get(member)) {
            edges.push((c, m));
        }
    }
    for (org, topic) in &offers {
        if let (Some(&o), Some(&t)) = (by_uuid.get(org), by_topic.get(topic.as_str())) {
            edges.push((o, t));
        }
    }
    edges.sort_unstable();
    edges.dedup();
    for &(a, b) in &edges {
        nodes[a as usize].degree += 1;
        nodes[b as usize].degree += 1;
    }
    let seeds: Vec<u64> = nodes.iter().map(|n| stable_hash(&n.id)).collect();
    let positions = layout::layout(nodes.len(), &edges, &seeds);
    for (node, (x, y)) in nodes.iter_mut().zip(positions) {
        (node.x, node.y) = (x, y);
    }
    let shown = nodes.iter().filter(|n| n.kind != NodeKind::Topic).count() as u64;
    Ok(NetworkData { nodes, edges, matching, shown: shown.min(matching) })
}

/// FNV-1a: the same starting point for the same node on every server and every run.
fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
