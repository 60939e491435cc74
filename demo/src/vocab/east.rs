//! Naming material for Central, Eastern and South-Eastern Europe. Bulgarian and Greek names
//! are written in Latin letters, as companies there do in international directories.

use super::{Of, Vocab};

#[rustfmt::skip]
pub static BULGARIAN: Vocab = Vocab {
    trades: &["Tekstil", "Trikotazh", "Moda", "Konfektsia", "Tekstil", "Trikotazh"],
    trailing: &["Tex", "Wool", "Knit", "Fashion", "Apparel", "Leather", "Textile", "Tekstil"],
    surnames: &["Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Stoyanov", "Todorov", "Hristov", "Kolev", "Marinov", "Angelov", "Popov", "Yordanov", "Iliev"],
    places: &["Trakia", "Rodopa", "Pirin", "Balkan", "Rila", "Strandzha", "Dunav", "Vitosha", "Maritsa", "Yantra", "Sredna Gora", "Tundzha"],
    company: &["{t} {p}", "{p} {u}", "{p} {u}", "{s} {u}", "{t} {c}", "{c} {u}"],
    cluster: &["Klaster {p} Tekstil"],
    public: &["Obshtina {c}", "Targovsko-promishlena palata – {c}"],
    research: &["Tehnicheski universitet – {c}", "Profesionalna gimnazia po tekstil – {c}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static ROMANIAN: Vocab = Vocab {
    trades: &["Confecții", "Țesătoria", "Tricotaje", "Filatura", "Moda", "Textila", "Pielărie", "Broderii", "Croitoria"],
    trailing: &[],
    surnames: &["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghe", "Munteanu", "Constantin", "Dinu", "Marin", "Rusu", "Lungu", "Ursu", "Moldovan", "Matei"],
    places: &["Carpați", "Moldova", "Bucovina", "Ardeal", "Dunărea", "Banat", "Maramureș", "Olt", "Siret", "Ceahlău"],
    company: &["{t} {p}", "{t} {s}", "{t} {s}", "{s} {t}", "{t} {c}"],
    cluster: &["Cluster Textil {p}", "Clusterul de Modă {c}"],
    public: &["Primăria Municipiului {c}", "Camera de Comerț și Industrie {c}"],
    research: &["Universitatea din {c}", "Colegiul Tehnic de Textile {c}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static POLISH: Vocab = Vocab {
    trades: &["Tkaniny", "Dzianiny", "Przędzalnia", "Tkalnia", "Moda", "Konfekcja", "Odzież", "Tekstylia", "Pracownia"],
    trailing: &[],
    surnames: &["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"],
    places: &["Polonia", "Wisła", "Bałtyk", "Tatry", "Mazowsze", "Karpaty", "Warta", "Odra"],
    company: &["{t} {s}", "{t} {p}", "{p} {t}", "{s} i {s2}"],
    cluster: &["Klaster Mody {p}", "Klaster Włókienniczy {p}"],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static CZECH: Vocab = Vocab {
    trades: &["Textil", "Tkalcovna", "Přádelna", "Pletárna", "Móda", "Oděvy", "Obuv", "Konfekce"],
    trailing: &[],
    surnames: &["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek", "Pokorný"],
    places: &["Bohemia", "Morava", "Krkonoše", "Šumava", "Vltava", "Labe", "Beskydy", "Jizera"],
    company: &["{p} {t}", "{t} {p}", "{s} {t}", "{t} {s}"],
    cluster: &["Textilní klastr {p}"],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static SLOVAK: Vocab = Vocab {
    trades: &["Textil", "Tkáčovňa", "Pletiarne", "Móda", "Odevy", "Obuv", "Konfekcia", "Vlna"],
    trailing: &[],
    surnames: &["Horváth", "Kováč", "Varga", "Tóth", "Baláž", "Szabó", "Molnár", "Lukáč", "Kráľ", "Hudák", "Oravec", "Polák"],
    places: &["Tatra", "Danubia", "Považie", "Orava", "Liptov", "Hron", "Váh", "Zemplín"],
    company: &["{p} {t}", "{t} {p}", "{s} {t}"],
    cluster: &["Textilný klaster {p}"],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static SLOVENIAN: Vocab = Vocab {
    trades: &["Tekstil", "Pletilnica", "Tkalnica", "Moda", "Oblačila", "Dizajn", "Konfekcija"],
    trailing: &[],
    surnames: &["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob", "Turk"],
    places: &["Alpe", "Triglav", "Sava", "Drava", "Pohorje", "Karavanke", "Kras", "Soča"],
    company: &["{p} {t}", "{t} {p}", "{s} {t}"],
    cluster: &[],
    public: &["Mestna občina {c}"],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static CROATIAN: Vocab = Vocab {
    trades: &["Tekstil", "Pletiva", "Tkanine", "Moda", "Odjeća", "Konfekcija", "Obuća"],
    trailing: &[],
    surnames: &["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Marković", "Petrović", "Matić", "Tomić"],
    places: &["Jadran", "Dalmacija", "Slavonija", "Zagorje", "Istra", "Drava", "Velebit", "Podravina"],
    company: &["{p} {t}", "{t} {p}", "{s} {t}"],
    cluster: &["Klaster tekstila {p}"],
    public: &["Grad {c}"],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static HUNGARIAN: Vocab = Vocab {
    trades: &["Textil", "Szövöde", "Kötöde", "Divat", "Ruházat", "Cipő", "Design"],
    trailing: &[],
    surnames: &["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"],
    places: &["Pannon", "Tisza", "Duna", "Mátra", "Balaton", "Hungária", "Alföld", "Bakony"],
    company: &["{p} {t}", "{s} {t}", "{s} és Társa"],
    cluster: &["{p} Textil Klaszter", "{p} Divat Klaszter"],
    public: &[],
    research: &[],
    of: Of::De,
};

#[rustfmt::skip]
pub static GREEK: Vocab = Vocab {
    trades: &["Textiles", "Knitwear", "Cotton", "Furs", "Yarns", "Endymata", "Nimatourgia", "Fashion", "Apparel"],
    trailing: &[],
    surnames: &["Papadopoulos", "Papadakis", "Georgiou", "Dimitriou", "Nikolaou", "Konstantinou", "Ioannou", "Vlachos", "Karagiannis", "Oikonomou", "Pappas", "Makris"],
    places: &["Hellas", "Olympos", "Aegean", "Ionian", "Makedonia", "Thraki", "Pindos", "Kyklades", "Attica"],
    company: &["{p} {t}", "{s} {t}", "{s} Bros. {t}", "{s} & {s2}"],
    cluster: &["{p} Textile Cluster"],
    public: &["Municipality of {c}"],
    research: &[],
    of: Of::De,
};
