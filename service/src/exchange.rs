//! Fashion ClusterXchange on the server: cohorts (organisers), applications and offers
//! (members), and the ordered event log every live board and member page follows.

pub mod cohorts;
pub mod entries;
pub mod events;
pub mod live;
pub mod pairs;
pub mod programme;
pub mod proposals;

use crate::auth::Viewer;
use crate::entities::organisations;
use crate::error::ServiceError;
use model::UserId;
use model::exchange::ParticipantType;
use model::taxonomy::{Country, Role};

/// Proof that a person runs the exchange programme: an organiser or an administrator. Every
/// organiser action takes one, so a missing check does not compile.
#[derive(Clone, Debug)]
pub struct Organiser {
    pub(crate) by: UserId,
}

impl Viewer {
    pub fn is_organiser(&self) -> bool {
        self.user.as_ref().is_some_and(|a| matches!(a.role, Role::Organiser | Role::Admin))
    }

    /// Ok for organisers and administrators; Unauthenticated or Forbidden otherwise.
    pub fn organiser(&self) -> Result<Organiser, ServiceError> {
        let account = self.account()?;
        if self.is_organiser() { Ok(Organiser { by: account.id }) } else { Err(ServiceError::Forbidden) }
    }
}

/// The quota type an organisation visits as (none for research and education).
pub(crate) fn participant_of(org: &organisations::Model) -> Option<ParticipantType> {
    ParticipantType::of(org.kind)
}

/// The organisation's country.
pub(crate) fn country_of(org: &organisations::Model) -> Country {
    org.country
}

/// The slug of the organisation a signed-in member acts for (Forbidden without one).
pub async fn member_organisation(db: &impl sea_orm::ConnectionTrait, viewer: &Viewer) -> Result<String, ServiceError> {
    use sea_orm::EntityTrait;
    let org = viewer.account()?.organisation_id.ok_or(ServiceError::Forbidden)?;
    organisations::Entity::find_by_id(org).one(db).await?.map(|o| o.slug).ok_or(ServiceError::Forbidden)
}
