//! The countries members come from: how many, what they are called in English, which languages
//! they work in and which legal forms their companies carry.

use crate::gazetteer::City;
use model::taxonomy::{Country, Language};

/// One country of the generated alliance.
pub struct CountryInfo {
    pub country: Country,
    /// Share of the members, in per mille. The five cluster countries hold about two thirds,
    /// as in the real alliance, where each cluster brings its own members.
    pub weight: u32,
    /// English name, for descriptions.
    pub name: &'static str,
    /// Likelihood that an organisation also works in English.
    pub english: f64,
    /// Legal forms of small companies (repeats make a form commoner) and of large ones.
    pub sme_forms: &'static [&'static str],
    pub large_forms: &'static [&'static str],
    /// Whether the legal form is written before the name (Lithuanian "UAB", Latvian "SIA").
    pub form_first: bool,
}

const fn info(
    country: Country,
    weight: u32,
    name: &'static str,
    english: f64,
    sme_forms: &'static [&'static str],
    large_forms: &'static [&'static str],
) -> CountryInfo {
    CountryInfo { country, weight, name, english, sme_forms, large_forms, form_first: false }
}

use Country::*;

/// The 27 countries, in the order their quotas are handed out. Weights sum to 1000.
#[rustfmt::skip]
pub static COUNTRIES: &[CountryInfo] = &[
    info(Es, 140, "Spain", 0.7, &["S.L.", "S.L.", "S.L.", "S.L.U.", "S.Coop."], &["S.A."]),
    info(Bg, 125, "Bulgaria", 0.65, &["OOD", "OOD", "EOOD"], &["AD", "EAD"]),
    info(Fr, 135, "France", 0.6, &["SAS", "SAS", "SARL", "SARL", "EURL"], &["SA"]),
    info(Ro, 130, "Romania", 0.7, &["S.R.L."], &["S.A."]),
    info(Dk, 125, "Denmark", 0.95, &["ApS", "ApS", "ApS", "I/S"], &["A/S"]),
    info(It, 55, "Italy", 0.6, &["S.r.l.", "S.r.l.", "S.r.l.", "S.n.c.", "S.a.s."], &["S.p.A."]),
    info(Pt, 40, "Portugal", 0.7, &["Lda.", "Lda.", "Unipessoal Lda."], &["S.A."]),
    info(De, 40, "Germany", 0.8, &["GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "UG"], &["AG", "SE", "GmbH & Co. KG"]),
    info(Nl, 22, "the Netherlands", 0.95, &["B.V."], &["N.V.", "B.V."]),
    info(Be, 20, "Belgium", 0.85, &["BV", "BV", "SRL", "SRL", "CV"], &["NV", "SA"]),
    info(Pl, 20, "Poland", 0.75, &["Sp. z o.o.", "Sp. z o.o.", "Sp.j."], &["S.A."]),
    info(Cz, 12, "Czechia", 0.75, &["s.r.o."], &["a.s."]),
    info(Gr, 15, "Greece", 0.8, &["S.A.", "I.K.E.", "I.K.E.", "E.P.E."], &["S.A."]),
    info(At, 12, "Austria", 0.8, &["GmbH", "GmbH", "KG"], &["AG"]),
    info(Se, 15, "Sweden", 0.95, &["AB"], &["AB (publ)"]),
    info(Fi, 10, "Finland", 0.95, &["Oy"], &["Oyj"]),
    info(Ie, 10, "Ireland", 1.0, &["Ltd"], &["Plc", "DAC"]),
    CountryInfo { form_first: true, ..info(Lt, 10, "Lithuania", 0.85, &["UAB", "UAB", "MB"], &["AB"]) },
    CountryInfo { form_first: true, ..info(Lv, 8, "Latvia", 0.85, &["SIA"], &["AS"]) },
    info(Ee, 8, "Estonia", 0.9, &["OÜ"], &["AS"]),
    info(Si, 8, "Slovenia", 0.85, &["d.o.o.", "d.o.o.", "s.p."], &["d.d."]),
    info(Hr, 10, "Croatia", 0.8, &["d.o.o.", "d.o.o.", "j.d.o.o."], &["d.d."]),
    info(Sk, 8, "Slovakia", 0.75, &["s.r.o."], &["a.s."]),
    info(Hu, 10, "Hungary", 0.75, &["Kft.", "Kft.", "Bt."], &["Zrt.", "Nyrt."]),
    info(Lu, 4, "Luxembourg", 0.95, &["S.à r.l.", "S.à r.l.-S"], &["S.A."]),
    info(Cy, 4, "Cyprus", 1.0, &["Ltd"], &["Plc"]),
    info(Mt, 4, "Malta", 1.0, &["Ltd"], &["p.l.c."]),
];

/// The generator's facts about a country; every country of [`COUNTRIES`] has some.
pub fn info_of(country: Country) -> Option<&'static CountryInfo> {
    COUNTRIES.iter().find(|i| i.country == country)
}

/// English name of a country, for descriptions.
pub fn country_name(country: Country) -> &'static str {
    info_of(country).map_or(country.slug(), |i| i.name)
}

/// The NUTS code prefix of a country: its ISO code, except Greece (EL) and the UK (UK).
#[cfg(test)]
pub fn nuts_prefix(country: Country) -> &'static str {
    match country {
        Country::Gr => "EL",
        Country::Gb => "UK",
        other => other.slug(),
    }
}

/// The languages an organisation in `city` works in besides English, by region where a
/// country has several (Catalan in Catalonia, Valencia and the Balearics; Dutch in Flanders).
pub fn national_languages(city: &City) -> &'static [Language] {
    use Language as L;
    match city.country {
        Es if matches!(city.nuts2, "ES51" | "ES52" | "ES53") => &[L::Es, L::Ca],
        Es => &[L::Es],
        Bg => &[L::Bg],
        Fr => &[L::Fr],
        Ro => &[L::Ro],
        Dk => &[L::Da],
        It => &[L::It],
        Pt => &[L::Pt],
        De | At => &[L::De],
        Nl => &[L::Nl],
        Be if city.nuts2 == "BE10" => &[L::Fr, L::Nl],
        Be if city.nuts2.starts_with("BE2") => &[L::Nl],
        Be => &[L::Fr],
        Pl => &[L::Pl],
        Cz => &[L::Cs],
        Gr | Cy => &[L::El],
        Se => &[L::Sv],
        Fi => &[L::Fi],
        Ie => &[L::En],
        Lt => &[L::Lt],
        Lv => &[L::Lv],
        Ee => &[L::Et],
        Si => &[L::Sl],
        Hr => &[L::Hr],
        Sk => &[L::Sk],
        Hu => &[L::Hu],
        Lu => &[L::Fr, L::De],
        Mt => &[L::Mt, L::En],
        _ => &[L::En],
    }
}

/// Legal forms for a company in `city`: Belgium's differ by language region.
pub fn legal_forms(city: &City, large: bool) -> &'static [&'static str] {
    if city.country == Be {
        let flemish = city.nuts2.starts_with("BE2");
        return match (flemish, large) {
            (true, false) => &["BV", "BV", "CV"],
            (true, true) => &["NV"],
            (false, false) => &["SRL", "SRL", "SC"],
            (false, true) => &["SA"],
        };
    }
    match info_of(city.country) {
        Some(i) if large => i.large_forms,
        Some(i) => i.sme_forms,
        None => &["Ltd"],
    }
}
