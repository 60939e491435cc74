//! Signing up and signing in. Passwords are hashed with argon2id (OWASP's recommended
//! parameters, the crate's defaults) off the async runtime, since a hash takes tens of ms.

use crate::auth::Account;
use crate::entities::users;
use crate::error::ServiceError;
use crate::organisations::{self, NewOrganisation};
use crate::throttle::SignInThrottle;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use model::account::{SignUp, SignUpForm};
use model::organisation::OrgUpdate;
use model::taxonomy::{Language, Role, Visibility};
use model::{FieldErrors, OrgId, UserId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionSession, TransactionTrait,
};
use std::net::IpAddr;
use std::sync::LazyLock;

/// A new account and the slug of the organisation registered with it.
#[derive(Clone, Debug)]
pub struct SignedUp {
    pub account: Account,
    pub org_slug: String,
}

/// Registers a person and the organisation they act for.
/// The organisation starts visible to members only until its profile is filled in.
pub async fn sign_up<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    form: &SignUpForm,
) -> Result<SignedUp, ServiceError> {
    let sign_up = form.validate()?;
    if find_by_email(db, &sign_up.email).await?.is_some() {
        return Err(ServiceError::invalid("email", "error-email-taken"));
    }
    let hash = hash_password(sign_up.password.clone()).await?;
    let txn = crate::db::begin_write(db).await?;
    let (org_id, org_slug) = organisations::create(&txn, new_organisation(&sign_up)).await?;
    let account = create_user(&txn, &sign_up.name, &sign_up.email, hash, Role::Member, Some(org_id)).await?;
    txn.commit().await?;
    tracing::info!(user.id = %account.id, org.id = %org_id, "signed up");
    Ok(SignedUp { account, org_slug })
}

/// The organisation registered at sign-up: what the form asked, the city's coordinates and
/// region when the gazetteer knows it, and members-only until its profile is filled in.
fn new_organisation(s: &SignUp) -> NewOrganisation {
    let city = demo::find_city(s.country, &s.city);
    let profile = OrgUpdate {
        name: s.org_name.clone(),
        kind: s.org_kind,
        country: s.country,
        region: city.map(|c| c.nuts2.to_owned()),
        city: city.map_or_else(|| s.city.clone(), |c| c.name.to_owned()),
        latitude: city.map(|c| c.latitude),
        longitude: city.map(|c| c.longitude),
        value_chains: Vec::new(),
        topics_offered: Vec::new(),
        topics_needed: Vec::new(),
        size_band: None,
        languages: vec![Language::En],
        certifications: Vec::new(),
        website: None,
        description: String::new(),
        visibility: Visibility::Members,
    };
    NewOrganisation { profile, joined_on: chrono::Utc::now().date_naive(), slug: None }
}

/// Stores an account with an already computed password hash (sign-up and demo data).
pub async fn create_user(
    db: &impl ConnectionTrait,
    name: &str,
    email: &str,
    password_hash: String,
    role: Role,
    organisation: Option<OrgId>,
) -> Result<Account, ServiceError> {
    let row = users::ActiveModel {
        id: Set(UserId::new()),
        email: Set(email.to_owned()),
        name: Set(name.to_owned()),
        password_hash: Set(password_hash),
        role: Set(role),
        organisation_id: Set(organisation),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(Account::from_row(row))
}

/// Checks an address and password. Every failure reads the same to the client, whether
/// the address exists or not, and takes as long.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    throttle: &SignInThrottle,
    client_ip: Option<IpAddr>,
    email: &str,
    password: &str,
) -> Result<Account, ServiceError> {
    let mut errors = FieldErrors::default();
    let email = model::account::email(&mut errors, email);
    if password.is_empty() {
        errors.add("password", "error-required");
    }
    errors.into_result()?;
    throttle.check(&email, client_ip).map_err(|retry_after_secs| ServiceError::RateLimited { retry_after_secs })?;
    let user = find_by_email(db, &email).await?;
    let hash = user.as_ref().map_or_else(|| DUMMY_HASH.clone(), |u| u.password_hash.clone());
    let matches = verify_password(password.to_owned(), hash).await?;
    match user {
        Some(user) if matches => Ok(Account::from_row(user)),
        _ => Err(ServiceError::invalid("password", "error-sign-in-failed")),
    }
}

async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<users::Model>, ServiceError> {
    Ok(users::Entity::find().filter(users::Column::Email.eq(email)).one(db).await?)
}

/// Hashes a password with argon2id and a fresh random salt.
pub async fn hash_password(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::Internal(format!("hashing failed: {e}")))
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("hashing task: {e}")))?
}

async fn verify_password(password: String, hash: String) -> Result<bool, ServiceError> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash).map_err(|e| ServiceError::Internal(format!("stored hash: {e}")))?;
        Ok(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("verify task: {e}")))?
}

/// Verified against when an address is unknown, so a miss costs as much as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(b"no account has this password", &salt).map(|h| h.to_string()).unwrap_or_default()
});
