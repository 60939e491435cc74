use crate::support::Fixture;
use chrono::NaiveDate;
use model::survey::{SurveyForm, SurveyRound};
use model::taxonomy::{Country, Topic};
use service::{ServiceError, Viewer, survey};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn form(pairs: &[(&str, &str)]) -> SurveyForm {
    SurveyForm { ratings: pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect() }
}

async fn open_round(t: &Fixture) -> uuid::Uuid {
    survey::ensure_default_challenges(&t.db).await.unwrap();
    let admin = t.viewer_of_email("admin@cloth.example").await;
    let round = SurveyRound { title: "Autumn 2026".into(), opens_on: day(11, 1), closes_on: day(12, 15) };
    survey::create_round(&t.db, &admin, &round).await.unwrap()
}

#[tokio::test]
async fn an_organisation_answers_once_per_round_and_may_change_its_answers_while_open() {
    let t = Fixture::with_demo(20).await;
    let round = open_round(&t).await;
    let ana = t.sign_up("ana@example.pt", "Malhas Norte", "PT").await;
    let editor = t.viewer(&ana).await.editor_of(&t.db, &ana.org_slug).await.unwrap();
    survey::answer(&t.db, &editor, round, &form(&[("energy-costs", "4"), ("finance", "2")]), day(11, 5)).await.unwrap();
    survey::answer(&t.db, &editor, round, &form(&[("energy-costs", "5"), ("skills", "3")]), day(11, 6)).await.unwrap();
    let saved = survey::answers_of(&t.db, &editor, round).await.unwrap();
    assert_eq!(saved, form(&[("energy-costs", "5"), ("skills", "3")]), "the second answer replaces the first");
}

#[tokio::test]
async fn an_out_of_range_rating_is_refused_by_name_and_nothing_saved_changes() {
    let t = Fixture::with_demo(20).await;
    let round = open_round(&t).await;
    let ana = t.sign_up("ana@example.pt", "Malhas Norte", "PT").await;
    let editor = t.viewer(&ana).await.editor_of(&t.db, &ana.org_slug).await.unwrap();
    survey::answer(&t.db, &editor, round, &form(&[("energy-costs", "4")]), day(11, 5)).await.unwrap();
    let bad = form(&[("energy-costs", "2"), ("finance", "9")]);
    match survey::answer(&t.db, &editor, round, &bad, day(11, 6)).await {
        Err(ServiceError::Invalid(e)) => {
            assert_eq!(e.get("rating-finance"), Some("error-rating-range"));
            assert_eq!(e.get("rating-energy-costs"), None);
        }
        other => panic!("expected a field error, got {other:?}"),
    }
    assert_eq!(survey::answers_of(&t.db, &editor, round).await.unwrap(), form(&[("energy-costs", "4")]));
}

#[tokio::test]
async fn a_closed_round_takes_no_answers_and_only_administrators_open_rounds() {
    let t = Fixture::with_demo(20).await;
    let round = open_round(&t).await;
    let ana = t.sign_up("ana@example.pt", "Malhas Norte", "PT").await;
    let viewer = t.viewer(&ana).await;
    let editor = viewer.editor_of(&t.db, &ana.org_slug).await.unwrap();
    match survey::answer(&t.db, &editor, round, &form(&[("finance", "3")]), day(12, 16)).await {
        Err(ServiceError::Invalid(e)) => assert_eq!(e.get("survey"), Some("error-survey-closed")),
        other => panic!("expected the round to be closed, got {other:?}"),
    }
    let round = SurveyRound { title: "Mine".into(), opens_on: day(1, 1), closes_on: day(2, 1) };
    assert!(matches!(survey::create_round(&t.db, &viewer, &round).await, Err(ServiceError::Forbidden)));
    assert!(matches!(
        survey::create_round(&t.db, &Viewer::default(), &round).await,
        Err(ServiceError::Unauthenticated)
    ));
    let admin = t.viewer_of_email("admin@cloth.example").await;
    let backwards = SurveyRound { title: "Backwards".into(), opens_on: day(3, 1), closes_on: day(2, 1) };
    match survey::create_round(&t.db, &admin, &backwards).await {
        Err(ServiceError::Invalid(e)) => assert_eq!(e.get("closes_on"), Some("error-closes-before-opens")),
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[tokio::test]
async fn the_heat_map_averages_by_country_and_counts_only_what_the_viewer_may_see() {
    let t = Fixture::with_demo(20).await;
    let round = open_round(&t).await;
    for (email, name, country, rating) in [
        ("a@example.pt", "Malhas Norte", "PT", "4"),
        ("b@example.pt", "Tecidos Sul", "PT", "2"),
        ("c@example.bg", "Rhodope", "BG", "5"),
    ] {
        let account = t.sign_up(email, name, country).await;
        let editor = t.viewer(&account).await.editor_of(&t.db, &account.org_slug).await.unwrap();
        survey::answer(&t.db, &editor, round, &form(&[("energy-costs", rating)]), day(11, 5)).await.unwrap();
    }
    // New organisations are members-only: a member sees their answers, a visitor does not.
    let member = t.viewer_of_email("member@cloth.example").await;
    let cells = survey::heat_map(&t.db, &member, round).await.unwrap();
    let cell = |c: Country| cells.iter().find(|x| x.challenge == "energy-costs" && x.country == c).unwrap();
    assert_eq!((cell(Country::Pt).mean, cell(Country::Pt).answers), (3.0, 2));
    assert_eq!((cell(Country::Bg).mean, cell(Country::Bg).answers), (5.0, 1));
    assert!(survey::heat_map(&t.db, &Viewer::default(), round).await.unwrap().is_empty());
}

#[tokio::test]
async fn every_default_challenge_names_topics_that_address_it() {
    let t = Fixture::new().await;
    survey::ensure_default_challenges(&t.db).await.unwrap();
    survey::ensure_default_challenges(&t.db).await.unwrap();
    let list = survey::challenges(&t.db, false).await.unwrap();
    assert_eq!(list.len(), survey::DEFAULT_CHALLENGES.len(), "created once");
    for (challenge, (_, _, topics)) in list.iter().zip(survey::DEFAULT_CHALLENGES) {
        assert_eq!(challenge.topics.len(), topics.len(), "{}: every topic slug is real", challenge.slug);
    }
    let energy = list.iter().find(|c| c.slug == "energy-costs").unwrap();
    assert_eq!(energy.topics, vec![Topic::EnergyEfficiency]);
}

#[tokio::test]
async fn administrators_keep_the_challenge_list_and_nobody_else_may() {
    let t = Fixture::new().await;
    survey::ensure_default_challenges(&t.db).await.unwrap();
    let t = Fixture { db: t.db };
    service::seed::seed_demo(&t.db, 5, 1, true).await.unwrap();
    let admin = t.viewer_of_email("admin@cloth.example").await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let new = model::survey::ChallengeForm {
        name: "Water use".into(),
        topics: vec!["eco-design".into(), "life-cycle-assessment".into()],
        active: Some("on".into()),
        ..Default::default()
    };
    assert!(matches!(survey::save_challenge(&t.db, &member, &new).await, Err(ServiceError::Forbidden)));
    let slug = survey::save_challenge(&t.db, &admin, &new).await.unwrap();
    assert_eq!(slug, "water-use");
    let list = survey::challenges(&t.db, false).await.unwrap();
    assert_eq!(list.last().unwrap().name, "Water use", "new challenges go to the end");
    assert_eq!(list.last().unwrap().topics, vec![Topic::EcoDesign, Topic::LifeCycleAssessment]);

    // Renamed and taken off the survey: it stays in the editor's list only.
    let edit =
        model::survey::ChallengeForm { slug: slug.clone(), name: "Water".into(), active: None, ..Default::default() };
    survey::save_challenge(&t.db, &admin, &edit).await.unwrap();
    assert!(survey::challenges(&t.db, false).await.unwrap().iter().all(|c| c.slug != slug));
    let all = survey::challenges(&t.db, true).await.unwrap();
    let water = all.iter().find(|c| c.slug == slug).unwrap();
    assert_eq!((water.name.as_str(), water.active, water.topics.len()), ("Water", false, 0));

    let bad = model::survey::ChallengeForm { name: " ".into(), topics: vec!["weather".into()], ..Default::default() };
    match survey::save_challenge(&t.db, &admin, &bad).await {
        Err(ServiceError::Invalid(e)) => {
            assert_eq!(e.get("name"), Some("error-required"));
            assert_eq!(e.get("topics"), Some("error-unknown-choice"));
        }
        other => panic!("expected field errors, got {other:?}"),
    }
}
