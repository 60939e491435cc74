use super::*;
use crate::taxonomy::{Country, OrgKind};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn cohort_form() -> CohortForm {
    CohortForm {
        name: "Spring 2027".into(),
        applications_open: "2027-01-10".into(),
        applications_close: "2027-02-28".into(),
        exchanges_start: "2027-03-15".into(),
        exchanges_end: "2027-06-30".into(),
        ..CohortForm::default()
    }
}

fn cohort() -> Cohort {
    cohort_form().validate("spring-2027").unwrap()
}

fn application_form() -> ApplicationForm {
    ApplicationForm {
        topics_wanted: vec!["knitting".into(), "recycling".into()],
        value_chains: vec!["fashion-textile".into()],
        preferred_countries: vec!["DK".into()],
        languages: vec!["en".into(), "es".into()],
        available_from: "2027-04-01".into(),
        available_to: "2027-04-30".into(),
        stay_days: "5".into(),
        motivation: "Learn circular knitwear from a Danish mill.".into(),
    }
}

fn offer_form() -> OfferForm {
    OfferForm {
        topics_offered: vec!["knitting".into()],
        topics_wanted: vec!["3d-design".into()],
        capacity: "2".into(),
        windows: vec![WindowForm::new("2027-04-01", "2027-04-20"), WindowForm::default()],
        languages: vec!["en".into()],
        includes: "A week in the knitting hall and a day with our designers.".into(),
    }
}

#[test]
fn the_default_cohort_has_the_alliances_quotas_and_stays() {
    let cohort = cohort();
    assert_eq!(cohort.quotas.total(), 100);
    assert_eq!(cohort.quotas.of(ParticipantType::Sme), 75);
    assert_eq!((cohort.stay_min_days, cohort.stay_max_days), (STAY_MIN_DAYS, STAY_MAX_DAYS));
    assert!(cohort.is_open_on(day("2027-02-28")) && !cohort.is_open_on(day("2027-03-01")));
    assert_eq!(CohortForm::from(&cohort).validate("spring-2027").unwrap(), cohort);
}

#[test]
fn a_cohort_form_names_each_bad_field() {
    let mut form = cohort_form();
    form.applications_close = "2027-01-01".into();
    form.exchanges_end = "2027-03-01".into();
    form.quotas.insert("large".into(), "five".into());
    form.stay_min_days = "2".into();
    form.mode = "lottery".into();
    let errors = form.validate("x").unwrap_err();
    assert_eq!(errors.get("applications_close"), Some("error-closes-before-opens"));
    assert_eq!(errors.get("exchanges_end"), Some("error-ends-before-starts"));
    assert_eq!(errors.get("quota-large"), Some("error-whole-number"));
    assert_eq!(errors.get("stay_min_days"), Some("error-out-of-range"));
    assert_eq!(errors.get("mode"), Some("error-unknown-choice"));
    assert_eq!(errors.get("name"), None);
    let mut none = cohort_form();
    none.quotas = none.quotas.keys().map(|k| (k.clone(), "0".into())).collect();
    assert_eq!(none.validate("x").unwrap_err().get("quota-sme"), Some("error-quota-total"));
}

#[test]
fn an_application_fits_the_cohort_and_crosses_a_border() {
    let cohort = cohort();
    let app = application_form().validate(&cohort, Country::Es).unwrap();
    assert_eq!(app.stay_days, 5);
    assert_eq!(ApplicationForm::from(&app), {
        let mut f = application_form();
        f.languages = vec!["en".into(), "es".into()];
        f
    });
    let mut home = application_form();
    home.preferred_countries = vec!["ES".into()];
    assert_eq!(home.validate(&cohort, Country::Es).unwrap_err().get("preferred_countries"), Some("error-own-country"));
}

#[test]
fn an_application_names_each_bad_field() {
    let cohort = cohort();
    let mut form = application_form();
    form.topics_wanted = vec!["alchemy".into()];
    form.value_chains.clear();
    form.available_from = "2027-07-01".into();
    form.available_to = "2027-04-02".into();
    form.stay_days = "40".into();
    form.motivation = "  ".into();
    let errors = form.validate(&cohort, Country::Es).unwrap_err();
    assert_eq!(errors.get("topics_wanted"), Some("error-unknown-choice"));
    assert_eq!(errors.get("value_chains"), Some("error-pick-at-least-one"));
    assert_eq!(errors.get("available_from"), Some("error-outside-exchange-window"));
    assert_eq!(errors.get("available_to"), Some("error-ends-before-starts"));
    assert_eq!(errors.get("stay_days"), Some("error-out-of-range"));
    assert_eq!(errors.get("motivation"), Some("error-required"));
    let mut short = application_form();
    short.available_to = "2027-04-03".into();
    assert_eq!(
        short.validate(&cohort, Country::Es).unwrap_err().get("stay_days"),
        Some("error-stay-longer-than-window")
    );
}

#[test]
fn an_offer_has_sound_windows() {
    let cohort = cohort();
    let offer = offer_form().validate(&cohort).unwrap();
    assert_eq!(offer.windows, vec![(day("2027-04-01"), day("2027-04-20"))]);
    assert_eq!(offer.capacity, 2);
    let mut form = offer_form();
    form.windows = vec![
        WindowForm::new("2027-04-01", "2027-04-20"),
        WindowForm::new("2027-04-10", "2027-04-25"),
        WindowForm::new("2027-05-01", "2027-05-02"),
    ];
    form.capacity = "0".into();
    let errors = form.validate(&cohort).unwrap_err();
    assert_eq!(errors.get("window-2-from"), Some("error-windows-overlap"));
    assert_eq!(errors.get("window-3-to"), Some("error-window-too-short"));
    assert_eq!(errors.get("capacity"), Some("error-out-of-range"));
    let mut empty = offer_form();
    empty.windows = vec![WindowForm::default()];
    assert_eq!(empty.validate(&cohort).unwrap_err().get("window-1-from"), Some("error-required"));
}

#[test]
fn research_organisations_host_but_have_no_visitor_quota() {
    assert_eq!(ParticipantType::of(OrgKind::ResearchEducation), None);
    assert_eq!(ParticipantType::of(OrgKind::ScaleupSupport), Some(ParticipantType::Scaleup));
}
