//! A compact residual network in compressed-row form, for the batch solvers.
//!
//! Every arc is stored twice: as itself (residual capacity = capacity − flow) and as its reverse
//! (residual capacity = flow, negated cost), next to the other arcs leaving the same node, so a
//! node's residual arcs are one contiguous slice. Costs are the *unscaled* integers of the
//! model (scores fit in `i32`); solvers multiply them by their own scale factor on the fly,
//! which keeps the arc arrays small (the 100k benchmark has about 8.3 M arc slots).

/// Residual network: node `x` owns arc slots `first[x]..first[x + 1]`.
#[derive(Debug, Clone, Default)]
pub struct Network {
    pub first: Vec<u32>,
    pub head: Vec<u32>,
    /// Index of the paired arc (the reverse direction).
    pub rev: Vec<u32>,
    /// Unscaled cost; the reverse of an arc of cost `c` costs `−c`.
    pub cost: Vec<i32>,
    /// Residual capacity.
    pub cap: Vec<i32>,
    /// Original capacity of forward arcs (0 on reverse slots), to read flows back.
    pub upper: Vec<i32>,
}

impl Network {
    pub fn node_count(&self) -> usize {
        self.first.len() - 1
    }

    /// Arc slots of node `x`.
    #[inline]
    pub fn arcs(&self, x: usize) -> std::ops::Range<usize> {
        self.first[x] as usize..self.first[x + 1] as usize
    }

    /// Flow on the forward arc in slot `a` (0 for reverse slots).
    #[inline]
    pub fn flow(&self, a: usize) -> i32 {
        self.upper[a] - self.cap[a]
    }

    /// Largest absolute arc cost (0 for an empty network).
    pub fn max_abs_cost(&self) -> i64 {
        self.cost.iter().map(|&c| i64::from(c).abs()).max().unwrap_or(0)
    }
}

/// Collects arcs, then lays them out in compressed-row form with a counting sort (stable: a
/// node's arcs keep the order in which they were added, which keeps the solvers deterministic).
#[derive(Debug, Clone, Default)]
pub struct NetworkBuilder {
    nodes: usize,
    tail: Vec<u32>,
    head: Vec<u32>,
    cap: Vec<i32>,
    cost: Vec<i32>,
}

impl NetworkBuilder {
    pub fn new(nodes: usize, arcs_hint: usize) -> Self {
        NetworkBuilder {
            nodes,
            tail: Vec::with_capacity(arcs_hint),
            head: Vec::with_capacity(arcs_hint),
            cap: Vec::with_capacity(arcs_hint),
            cost: Vec::with_capacity(arcs_hint),
        }
    }

    /// Adds arc `tail → head`; returns its index (in order of addition).
    pub fn add_arc(&mut self, tail: u32, head: u32, cap: i32, cost: i32) -> usize {
        debug_assert!((tail as usize) < self.nodes && (head as usize) < self.nodes);
        self.tail.push(tail);
        self.head.push(head);
        self.cap.push(cap);
        self.cost.push(cost);
        self.tail.len() - 1
    }

    /// The network, and for every added arc (by index of addition) the slot of its forward copy.
    pub fn build(self) -> (Network, Vec<u32>) {
        let m = self.tail.len();
        let mut first = vec![0u32; self.nodes + 1];
        for i in 0..m {
            first[self.tail[i] as usize + 1] += 1;
            first[self.head[i] as usize + 1] += 1;
        }
        for x in 0..self.nodes {
            first[x + 1] += first[x];
        }
        let slots = 2 * m;
        let mut fill: Vec<u32> = first[..self.nodes].to_vec();
        let mut net = Network {
            first,
            head: vec![0; slots],
            rev: vec![0; slots],
            cost: vec![0; slots],
            cap: vec![0; slots],
            upper: vec![0; slots],
        };
        let mut slot_of = Vec::with_capacity(m);
        for i in 0..m {
            let (t, h) = (self.tail[i] as usize, self.head[i] as usize);
            let a = fill[t] as usize;
            fill[t] += 1;
            let b = fill[h] as usize;
            fill[h] += 1;
            net.head[a] = h as u32;
            net.head[b] = t as u32;
            net.rev[a] = b as u32;
            net.rev[b] = a as u32;
            net.cost[a] = self.cost[i];
            net.cost[b] = -self.cost[i];
            net.cap[a] = self.cap[i];
            net.upper[a] = self.cap[i];
            slot_of.push(a as u32);
        }
        (net, slot_of)
    }
}
