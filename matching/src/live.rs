//! Incremental (live) mode: applications arrive, are withdrawn, or a suggested pair is
//! declined, and the max-weight optimum is kept exact after every event without re-solving.

use crate::error::MatchError;
use crate::flow::FlowEngine;
use crate::market::Market;
use crate::maxweight;

/// One change to the market.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A visitor's application enters the market.
    Arrival(u32),
    /// A visitor leaves the market (withdrawn application).
    Withdrawal(u32),
    /// A `(visitor, host)` pair is declined and forbidden from now on.
    Decline(u32, u32),
}

/// The live market: an optimal matching of the visitors present, kept optimal event by event.
#[derive(Debug, Clone)]
pub struct LiveMarket<'m> {
    market: &'m Market,
    engine: FlowEngine,
}

impl<'m> LiveMarket<'m> {
    /// A market in which no (unlocked) visitor has arrived yet; locks apply from the start.
    pub fn new(market: &'m Market) -> Self {
        LiveMarket { market, engine: maxweight::empty_engine(market) }
    }

    /// Applies one event; returns whether it changed anything (arriving twice, withdrawing an
    /// absent visitor or declining a non-candidate pair are no-ops). Locked visitors are not
    /// part of the market and are ignored.
    pub fn apply(&mut self, event: Event) -> Result<bool, MatchError> {
        let check = |v: u32| {
            if (v as usize) < self.market.visitor_count() {
                Ok(v as usize)
            } else {
                Err(MatchError::Invalid(format!("unknown visitor {v}")))
            }
        };
        Ok(match event {
            Event::Arrival(v) => {
                let v = check(v)?;
                self.market.locked[v].is_none() && self.engine.arrive(v)
            }
            Event::Withdrawal(v) => {
                let v = check(v)?;
                self.engine.withdraw(v)
            }
            Event::Decline(v, h) => {
                let v = check(v)?;
                self.engine.decline(v, h)
            }
        })
    }

    /// Total score of the market's matching (locked pairs excluded).
    pub fn market_objective(&self) -> i64 {
        self.engine.objective()
    }

    /// The full current solution, locked pairs included.
    pub fn solution(&self) -> maxweight::Solution {
        maxweight::solution_of(self.market, &self.engine)
    }

    /// See [`FlowEngine::tune_search`].
    pub fn tune_search(&mut self, mark_after: usize, mark_budget: usize, backward_after: usize) {
        self.engine.tune_search(mark_after, mark_budget, backward_after);
    }

    pub fn engine(&self) -> &FlowEngine {
        &self.engine
    }
}
