//! Who is asking, and proof of what they may do. A `Viewer` comes from the session and
//! grants nothing by itself; functions that change something take a capability that only
//! the checks here can build, so a missing check does not compile.

use crate::entities::{organisations, users};
use crate::error::ServiceError;
use model::account::SessionUser;
use model::taxonomy::{Role, Visibility};
use model::{OrgId, UserId};
use sea_orm::{ConnectionTrait, EntityTrait};

/// The person making a request, if signed in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Viewer {
    pub user: Option<Account>,
}

/// A signed-in person as the server knows them (loaded fresh for each request, so a
/// changed role takes effect at once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
}

/// Proof that a person may change an organisation: they act for it, or administer the platform.
#[derive(Clone, Debug)]
pub struct OrgEditor {
    pub(crate) org: organisations::Model,
    pub(crate) by: UserId,
}

impl OrgEditor {
    pub fn org_id(&self) -> OrgId {
        self.org.id
    }
}

impl Viewer {
    pub const ANONYMOUS: Viewer = Viewer { user: None };

    /// Loads the viewer for a session's user id; a deleted account reads as signed out.
    pub async fn load(db: &impl ConnectionTrait, user_id: Option<UserId>) -> Result<Self, ServiceError> {
        let Some(id) = user_id else { return Ok(Self::ANONYMOUS) };
        let row = users::Entity::find_by_id(id).one(db).await?;
        Ok(Self { user: row.map(Account::from_row) })
    }

    /// A platform administrator (who keeps the survey's challenge list and rounds).
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|a| a.role == Role::Admin)
    }

    /// Ok for an administrator; otherwise Unauthenticated (nobody signed in) or Forbidden.
    pub fn require_admin(&self) -> Result<(), ServiceError> {
        match &self.user {
            Some(a) if a.role == Role::Admin => Ok(()),
            Some(_) => Err(ServiceError::Forbidden),
            None => Err(ServiceError::Unauthenticated),
        }
    }

    pub fn is_signed_in(&self) -> bool {
        self.user.is_some()
    }

    pub fn account(&self) -> Result<&Account, ServiceError> {
        self.user.as_ref().ok_or(ServiceError::Unauthenticated)
    }

    /// Whether this viewer may see an organisation with `visibility`.
    pub fn may_see(&self, visibility: &str) -> bool {
        self.is_signed_in() || visibility == Visibility::Public.slug()
    }

    /// Whether this viewer may change `org` (used to show or hide the edit link; saving
    /// checks again through `editor_of`).
    pub fn may_edit(&self, org: OrgId) -> bool {
        self.user.as_ref().is_some_and(|a| a.role == Role::Admin || a.organisation_id == Some(org))
    }

    /// Proof that this viewer may edit the organisation at `slug`. Organisations the viewer
    /// cannot see are NotFound; visible ones that are not theirs are Forbidden.
    pub async fn editor_of(&self, db: &impl ConnectionTrait, slug: &str) -> Result<OrgEditor, ServiceError> {
        let account = self.account()?;
        let org = crate::organisations::find_visible(db, self, slug).await?;
        if self.may_edit(org.id) { Ok(OrgEditor { org, by: account.id }) } else { Err(ServiceError::Forbidden) }
    }

    /// What the shell shows of the signed-in person.
    pub async fn session_user(&self, db: &impl ConnectionTrait) -> Result<Option<SessionUser>, ServiceError> {
        let Some(account) = &self.user else { return Ok(None) };
        let org = match account.organisation_id {
            Some(id) => organisations::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        Ok(Some(SessionUser {
            id: account.id,
            name: account.name.clone(),
            email: account.email.clone(),
            role: account.role,
            org_slug: org.as_ref().map(|o| o.slug.clone()),
            org_name: org.map(|o| o.name),
        }))
    }
}

impl Account {
    pub(crate) fn from_row(row: users::Model) -> Self {
        Self { id: row.id, name: row.name, email: row.email, role: row.role, organisation_id: row.organisation_id }
    }
}
