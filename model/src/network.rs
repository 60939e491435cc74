//! The ecosystem as a network: clusters, their members and the topics members offer, laid
//! out by the server (a force-directed layout), drawn by the browser.

use serde::{Deserialize, Serialize};

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NodeKind {
    Cluster,
    Organisation,
    Topic,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// `c:<slug>`, `o:<slug>` or `t:<topic slug>`: stable, so a focus survives in the URL.
    pub id: String,
    pub kind: NodeKind,
    /// Organisations' and clusters' names; topics carry their slug (the page translates it).
    pub label: String,
    /// Position in a 1000 × 1000 box.
    pub x: f32,
    pub y: f32,
    /// Number of edges.
    pub degree: u32,
}

/// Everything the network view draws for one set of filters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkData {
    pub nodes: Vec<Node>,
    /// Pairs of indices into `nodes`.
    pub edges: Vec<(u32, u32)>,
    /// Organisations matching the filters.
    pub matching: u64,
    /// Of those, how many are drawn (the best-connected, up to a limit).
    pub shown: u64,
}

pub const LAYOUT_SIZE: f32 = 1000.0;

impl NetworkData {
    /// The indices of `id`'s node and its neighbours, if it is in the network.
    pub fn neighbourhood(&self, id: &str) -> Option<Vec<usize>> {
        let centre = self.nodes.iter().position(|n| n.id == id)?;
        let mut around = vec![centre];
        for &(a, b) in &self.edges {
            let (a, b) = (a as usize, b as usize);
            if a == centre {
                around.push(b);
            } else if b == centre {
                around.push(a);
            }
        }
        around.sort_unstable();
        around.dedup();
        Some(around)
    }
}
