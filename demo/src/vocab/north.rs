//! Naming material for the Nordic and Baltic countries.

use super::{Of, Vocab};

#[rustfmt::skip]
pub static DANISH: Vocab = Vocab {
    trades: &["Strik", "Design", "Tekstil", "Væveri", "Mode", "Uld", "Sko", "Trikotage", "Studio", "Tøj"],
    trailing: &[],
    surnames: &["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Holm", "Lund", "Skov", "Dahl"],
    places: &["Nordisk", "Jysk", "Midtjysk", "Vestjysk", "Fyn", "Fjord", "Hede", "Skagen", "Limfjord", "Bølge"],
    company: &["{c} {t}", "{s} {t}", "{p} {t}", "{p} {t}", "{s} & {s2}"],
    cluster: &["{c} Designklynge", "Tekstilnetværk {p}"],
    public: &["{c} Erhvervsråd"],
    research: &["{c} Tekstilskole", "Designskolen {c}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static SWEDISH: Vocab = Vocab {
    trades: &["Textil", "Väveri", "Stickeri", "Design", "Mode", "Ull", "Kläder", "Tygtryck"],
    trailing: &[],
    surnames: &["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Berg", "Lund", "Sjöberg"],
    places: &["Nordic", "Norr", "Skandia", "Väst", "Sjuhärad", "Fjäll", "Skog", "Vättern"],
    company: &["{s} {t}", "{p} {t}", "{c} {t}", "{s} & {s2}"],
    cluster: &["Textilnätverket {p}"],
    public: &[],
    research: &["Högskolan i {c}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static FINNISH: Vocab = Vocab {
    trades: &["Tekstiili", "Neulomo", "Kutomo", "Vaatetus", "Muoti", "Design", "Villa"],
    trailing: &[],
    surnames: &["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Salonen"],
    places: &["Nordic", "Suomi", "Lappi", "Sisu", "Aalto", "Revontuli", "Saimaa", "Kaamos"],
    company: &["{t} {s}", "{p} {t}", "{s} {t}"],
    cluster: &[],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static LITHUANIAN: Vocab = Vocab {
    trades: &["Tekstilė", "Audiniai", "Linas", "Drabužiai", "Mada", "Verpalai", "Trikotažas"],
    trailing: &[],
    surnames: &["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas"],
    places: &["Baltic", "Nemunas", "Neris", "Gintaras", "Aukštaitija", "Žemaitija", "Dzūkija", "Vilija"],
    company: &["{p} {t}", "{s} {t}", "{t} {p}"],
    cluster: &[],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static LATVIAN: Vocab = Vocab {
    trades: &["Tekstils", "Audumi", "Adījumi", "Lins", "Mode", "Dizains", "Vilna"],
    trailing: &[],
    surnames: &["Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Ozols", "Liepiņš", "Krūmiņš", "Balodis", "Zariņš", "Pētersons"],
    places: &["Baltic", "Daugava", "Gauja", "Kurzeme", "Vidzeme", "Latgale", "Dzintars", "Venta"],
    company: &["{p} {t}", "{s} {t}", "{t} {p}"],
    cluster: &[],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static ESTONIAN: Vocab = Vocab {
    trades: &["Tekstiil", "Disain", "Kudum", "Rõivad", "Mood", "Vill", "Lina"],
    trailing: &[],
    surnames: &["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepp", "Kallas"],
    places: &["Baltic", "Nordic", "Viru", "Saare", "Hiiu", "Peipsi", "Kalev", "Emajõe"],
    company: &["{p} {t}", "{s} {t}", "{t} {p}"],
    cluster: &[],
    public: &[],
    research: &[],
    of: Of::De,
};
