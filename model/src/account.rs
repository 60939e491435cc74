//! Accounts: the sign-up and sign-in forms, and who is signed in.

use crate::UserId;
use crate::taxonomy::{Country, OrgKind, Role};
use crate::validate::{self, FieldErrors};
use serde::{Deserialize, Serialize};

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 128;
pub const EMAIL_MAX: usize = 254;
pub const PERSON_NAME_MAX: usize = 100;

/// The person behind the current session, as the shell shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The organisation they act for, if any.
    pub org_slug: Option<String>,
    pub org_name: Option<String>,
}

/// Sign-up registers a person and the organisation they act for; joining an existing
/// organisation takes an invitation from it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignUpForm {
    pub name: String,
    pub email: String,
    pub password: String,
    pub org_name: String,
    pub org_kind: String,
    pub country: String,
    pub city: String,
}

/// A validated sign-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignUp {
    pub name: String,
    pub email: String,
    pub password: String,
    pub org_name: String,
    pub org_kind: OrgKind,
    pub country: Country,
    pub city: String,
}

impl SignUpForm {
    pub fn validate(&self) -> Result<SignUp, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = validate::text(&mut e, "name", &self.name, true, PERSON_NAME_MAX);
        let email = email(&mut e, &self.email);
        let password_chars = self.password.chars().count();
        if password_chars < PASSWORD_MIN {
            e.add("password", "error-password-short");
        } else if password_chars > PASSWORD_MAX {
            e.add("password", "error-too-long");
        }
        let org_name = validate::text(&mut e, "org_name", &self.org_name, true, crate::organisation::NAME_MAX);
        let org_kind = OrgKind::from_slug(self.org_kind.trim());
        if org_kind.is_none() {
            e.add("org_kind", if self.org_kind.trim().is_empty() { "error-required" } else { "error-unknown-choice" });
        }
        let country = Country::from_slug(self.country.trim());
        if country.is_none() {
            e.add("country", if self.country.trim().is_empty() { "error-required" } else { "error-unknown-choice" });
        }
        let city = validate::text(&mut e, "city", &self.city, true, crate::organisation::CITY_MAX);
        e.into_result()?;
        let (Some(org_kind), Some(country)) = (org_kind, country) else {
            unreachable!("a missing choice always records a field error")
        };
        Ok(SignUp { name, email, password: self.password.clone(), org_name, org_kind, country, city })
    }

    /// The form as it may be shown again after a rejection: never echo the password.
    pub fn without_password(&self) -> Self {
        Self { password: String::new(), ..self.clone() }
    }
}

/// Normalises an address (trimmed, lower case) and checks its shape.
pub fn email(e: &mut FieldErrors, raw: &str) -> String {
    let value = raw.trim().to_lowercase();
    if value.is_empty() {
        e.add("email", "error-required");
    } else if value.chars().any(validate::is_forbidden_in_a_line) {
        e.add("email", "error-control-characters");
    } else if value.len() > EMAIL_MAX || !email_address::EmailAddress::is_valid(&value) || !value.contains('.') {
        e.add("email", "error-email");
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SignUpForm {
        SignUpForm {
            name: "Ana Petrova".into(),
            email: " Ana@Example.BG ".into(),
            password: "correct horse battery".into(),
            org_name: "Rhodope Wool".into(),
            org_kind: "sme".into(),
            country: "BG".into(),
            city: "Smolyan".into(),
        }
    }

    #[test]
    fn sign_up_normalises_the_email() {
        assert_eq!(form().validate().unwrap().email, "ana@example.bg");
    }

    #[test]
    fn sign_up_names_each_bad_field() {
        let bad = SignUpForm { email: "ana@".into(), password: "short".into(), country: "".into(), ..form() };
        let e = bad.validate().unwrap_err();
        assert_eq!(e.get("email"), Some("error-email"));
        assert_eq!(e.get("password"), Some("error-password-short"));
        assert_eq!(e.get("country"), Some("error-required"));
        assert_eq!(e.get("name"), None);
    }

    #[test]
    fn a_rejected_form_never_echoes_the_password() {
        assert_eq!(form().without_password().password, "");
    }
}
