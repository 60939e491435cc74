//! Sign-in attempts are rate-limited per address and per client IP, so guessing a password
//! is slow and one client cannot lock many accounts. In memory, per server instance: with
//! several instances behind a load balancer each allows its own share.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

#[derive(Clone)]
pub struct SignInThrottle {
    by_email: Arc<DefaultKeyedRateLimiter<String>>,
    by_ip: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl SignInThrottle {
    /// `per_email` attempts per minute for one address, `per_ip` per minute from one client.
    pub fn new(per_email: u32, per_ip: u32) -> Self {
        let quota = |n: u32| Quota::per_minute(NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN));
        Self {
            by_email: Arc::new(governor::RateLimiter::keyed(quota(per_email))),
            by_ip: Arc::new(governor::RateLimiter::keyed(quota(per_ip))),
        }
    }

    /// Counts one attempt; `Err(seconds)` says how long to wait when over the limit.
    pub fn check(&self, email: &str, ip: Option<IpAddr>) -> Result<(), u64> {
        let now = DefaultClock::default().now();
        let wait = |not_until: governor::NotUntil<_>| not_until.wait_time_from(now).as_secs().max(1);
        if let Some(ip) = ip {
            self.by_ip.check_key(&ip).map_err(wait)?;
        }
        self.by_email.check_key(&email.to_owned()).map_err(wait)?;
        // Forget idle keys now and then so the maps stay small.
        if self.by_email.len() > 10_000 {
            self.by_email.retain_recent();
            self.by_ip.retain_recent();
        }
        Ok(())
    }
}

impl std::fmt::Debug for SignInThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInThrottle").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_for_one_address_waits() {
        let t = SignInThrottle::new(5, 100);
        for _ in 0..5 {
            assert!(t.check("ana@example.bg", None).is_ok());
        }
        assert!(t.check("ana@example.bg", None).is_err());
        assert!(t.check("ion@example.ro", None).is_ok(), "other addresses are unaffected");
    }

    #[test]
    fn one_client_cannot_try_many_addresses() {
        let t = SignInThrottle::new(5, 3);
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for n in 0..3 {
            assert!(t.check(&format!("user{n}@example.eu"), Some(ip)).is_ok());
        }
        assert!(t.check("user9@example.eu", Some(ip)).is_err());
    }
}
