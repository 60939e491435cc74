//! Looking cities up by what people type, their local names, and placing markers around them.

use crate::gazetteer::{CITIES, City};
use crate::translit::fold;
use model::taxonomy::Country;
use rand::Rng;

/// Other names of gazetteer cities: `(country, gazetteer name, other name, is the local name)`.
/// Local names (endonyms) are what an organisation there writes in its own name ("Comune di
/// Firenze", not "of Florence"); every name here is accepted by [`find_city`].
static ALIASES: &[(Country, &str, &str, bool)] = &[
    (Country::Es, "Seville", "Sevilla", true),
    (Country::Es, "Alcoy", "Alcoi", true),
    (Country::Es, "Elche", "Elx", false),
    (Country::Es, "A Coruña", "La Coruña", false),
    (Country::Ro, "Bucharest", "București", true),
    (Country::Dk, "Copenhagen", "København", true),
    (Country::Dk, "Aarhus", "Århus", false),
    (Country::It, "Milan", "Milano", true),
    (Country::It, "Florence", "Firenze", true),
    (Country::It, "Turin", "Torino", true),
    (Country::It, "Naples", "Napoli", true),
    (Country::It, "Rome", "Roma", true),
    (Country::Pt, "Lisbon", "Lisboa", true),
    (Country::Pt, "Vila Nova de Famalicão", "Famalicão", false),
    (Country::De, "Munich", "München", true),
    (Country::De, "Frankfurt am Main", "Frankfurt", false),
    (Country::Be, "Antwerp", "Antwerpen", true),
    (Country::Be, "Brussels", "Bruxelles", true),
    (Country::Be, "Brussels", "Brussel", false),
    (Country::Be, "Gent", "Ghent", false),
    (Country::Be, "Gent", "Gand", false),
    (Country::Be, "Kortrijk", "Courtrai", false),
    (Country::Be, "Mouscron", "Moeskroen", false),
    (Country::Be, "Liège", "Luik", false),
    (Country::Pl, "Warsaw", "Warszawa", true),
    (Country::Pl, "Kraków", "Cracow", false),
    (Country::Cz, "Prague", "Praha", true),
    (Country::Gr, "Athens", "Athina", true),
    (Country::Gr, "Piraeus", "Peiraias", true),
    (Country::Gr, "Patras", "Patra", true),
    (Country::Gr, "Larissa", "Larisa", false),
    (Country::At, "Vienna", "Wien", true),
    (Country::Se, "Gothenburg", "Göteborg", true),
    (Country::Fi, "Turku", "Åbo", false),
    (Country::Fi, "Helsinki", "Helsingfors", false),
    (Country::Cy, "Nicosia", "Lefkosia", true),
    (Country::Cy, "Limassol", "Lemesos", false),
    (Country::Lu, "Luxembourg", "Luxembourg City", false),
    (Country::Mt, "Valletta", "Il-Belt Valletta", false),
];

/// Finds a gazetteer city by name within a country, ignoring case, accents, punctuation and
/// the script it was typed in ("iasi" finds Iași, "софия" finds Sofia, "Wien" finds Vienna).
pub fn find_city(country: Country, name: &str) -> Option<&'static City> {
    let key = fold(name);
    if key.is_empty() {
        return None;
    }
    let in_country = || CITIES.iter().filter(move |c| c.country == country);
    in_country().find(|c| fold(c.name) == key).or_else(|| {
        let (_, canonical, _, _) = ALIASES.iter().find(|(ctry, _, alias, _)| *ctry == country && fold(alias) == key)?;
        in_country().find(|c| c.name == *canonical)
    })
}

/// The name the city's own people write, for names of organisations in the local language.
pub fn local_name(city: &City) -> &'static str {
    ALIASES
        .iter()
        .find(|(ctry, canonical, _, local)| *local && *ctry == city.country && *canonical == city.name)
        .map_or(city.name, |(_, _, alias, _)| alias)
}

/// The gazetteer's cities of each country, looked up once per generation.
pub struct CityIndex {
    by_country: Vec<(Country, Vec<&'static City>)>,
}

impl CityIndex {
    pub fn new() -> Self {
        let mut by_country: Vec<(Country, Vec<&'static City>)> = Vec::new();
        for city in CITIES {
            match by_country.iter_mut().find(|(c, _)| *c == city.country) {
                Some((_, cities)) => cities.push(city),
                None => by_country.push((city.country, vec![city])),
            }
        }
        CityIndex { by_country }
    }

    /// A city of `country`; the first cities of a country (its hubs) are likelier.
    pub fn pick(&self, country: Country, rng: &mut impl Rng) -> Option<&'static City> {
        let cities = &self.by_country.iter().find(|(c, _)| *c == country)?.1;
        // Weights 4, 3, 2, then 1: hubs get more organisations without emptying small towns.
        let weight = |i: usize| 4usize.saturating_sub(i).max(1);
        let total: usize = (0..cities.len()).map(weight).sum();
        let mut roll = rng.gen_range(0..total);
        for (i, city) in cities.iter().enumerate() {
            if roll < weight(i) {
                return Some(city);
            }
            roll -= weight(i);
        }
        cities.last().copied()
    }
}

/// The most a generated marker is moved from its city's centre, in kilometres.
pub const JITTER_KM: f64 = 2.5;

/// Coordinates near the city's centre, uniformly within [`JITTER_KM`], so that organisations of
/// one city show as distinct markers instead of one stacked pin.
pub fn jitter(city: &City, rng: &mut impl Rng) -> (f64, f64) {
    const KM_PER_DEGREE: f64 = 111.32;
    // sqrt makes the points uniform over the disc rather than crowded at its centre.
    let r = JITTER_KM * rng.gen_range(0.0f64..1.0).sqrt();
    let theta = rng.gen_range(0.0..std::f64::consts::TAU);
    let dlat = r * theta.sin() / KM_PER_DEGREE;
    let dlon = r * theta.cos() / (KM_PER_DEGREE * city.latitude.to_radians().cos());
    (round6(city.latitude + dlat), round6(city.longitude + dlon))
}

/// Six decimals (~0.1 m) is all a map needs and keeps exports short.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Great-circle distance in kilometres (haversine), for checks on generated coordinates.
#[cfg(test)]
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}
