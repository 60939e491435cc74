//! Naming material for Western and Southern Europe.

use super::{Of, Vocab};

#[rustfmt::skip]
pub static CATALAN: Vocab = Vocab {
    trades: &["Teixits", "Confeccions", "Tints", "Filatures", "Gèneres de Punt", "Estampats", "Acabats", "Moda", "Fils", "Brodats"],
    trailing: &[],
    surnames: &["Puig", "Vila", "Serra", "Soler", "Ferrer", "Roca", "Font", "Casals", "Riera", "Pujol", "Vidal", "Bosch", "Sala", "Prat", "Camps", "Mas", "Carbonell", "Vilaseca"],
    places: &["Vallès", "Anoia", "Maresme", "Bages", "Penedès", "Empordà", "Montseny", "Llobregat", "Ter", "Cardener"],
    company: &["{t} {s}", "{t} {s}", "{t} {s} i Fills", "{t} {p}", "{s} i {s2}", "{t} {c}"],
    cluster: &["Clúster Tèxtil {dc}", "Gremi Tèxtil {dc}", "Associació de Fabricants {dc}", "Clúster del Gènere de Punt del {p}"],
    public: &["Ajuntament {dc}", "Cambra de Comerç {dc}", "Agència de Desenvolupament Local {dc}"],
    research: &["Institut Tèxtil {dc}", "Escola de Disseny {dc}", "Centre Tecnològic Tèxtil {dc}"],
    of: Of::DeElided,
};

#[rustfmt::skip]
pub static SPANISH: Vocab = Vocab {
    trades: &["Tejidos", "Confecciones", "Hilaturas", "Tintes", "Calzados", "Curtidos", "Textiles", "Estampaciones", "Moda", "Géneros de Punto"],
    trailing: &[],
    surnames: &["García", "Martínez", "López", "Sánchez", "Navarro", "Romero", "Giménez", "Sanz", "Ortega", "Molina", "Castillo", "Ruiz", "Blasco", "Mira", "Ferrández", "Llorens", "Pastor", "Botella"],
    places: &["Levante", "Mediterráneo", "Atlántico", "Sierra", "Ribera", "Marina", "Alcoià", "Vinalopó", "Ibérica", "Cantábrico"],
    company: &["{t} {s}", "{t} {s}", "{t} {s} e Hijos", "{t} {p}", "{s} y {s2}", "{t} {c}"],
    cluster: &["Clúster Textil {dc}", "Clúster del Calzado {dc}", "Asociación Textil {dc}"],
    public: &["Ayuntamiento {dc}", "Cámara de Comercio {dc}", "Agencia de Desarrollo Local {dc}"],
    research: &["Instituto Tecnológico Textil {dc}", "Escuela de Diseño {dc}", "Universidad {dc}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static FRENCH: Vocab = Vocab {
    trades: &["Atelier", "Filature", "Tissage", "Bonneterie", "Teinturerie", "Confection", "Manufacture", "Maison", "Dentelles", "Tricotage"],
    trailing: &[],
    surnames: &["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Garnier", "Fontaine", "Roux", "Chevalier", "Mercier", "Blanc", "Girard", "Faure", "Lemaire", "Dupont", "Masson", "Renaud"],
    places: &["de Provence", "du Lyonnais", "des Flandres", "des Vosges", "de la Loire", "de Méditerranée", "des Alpes", "de Champagne", "du Nord", "des Cévennes"],
    company: &["{t} {s}", "{t} {s}", "{t} {s} & Fils", "{t} {p}", "{s} & {s2}", "{t} {dc}"],
    cluster: &["Pôle Textile {dc}", "Cluster Mode & Textile {p}", "Grappe d'entreprises Textile {dc}"],
    public: &["Ville {dc}", "CCI {c}", "Agence de Développement Économique {dc}"],
    research: &["Institut Textile {dc}", "École de Mode {dc}", "Université {dc}"],
    of: Of::DeElided,
};

#[rustfmt::skip]
pub static ITALIAN: Vocab = Vocab {
    trades: &["Lanificio", "Tessitura", "Filatura", "Maglificio", "Tintoria", "Calzaturificio", "Confezioni", "Seteria", "Stamperia", "Pelletteria"],
    trailing: &[],
    surnames: &["Rossi", "Bianchi", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Costa", "Fontana", "Moretti", "Barbieri", "Lombardi", "Sella", "Pecci", "Bardelli"],
    places: &["Valle", "Toscana", "Alpina", "Lariana", "Biellese", "Adriatica", "Veneta", "Emiliana", "Pratese", "Tirrena"],
    company: &["{t} {s}", "{t} {s}", "{t} {p}", "{t} {s} & Figli", "{s} & {s2}", "{t} {dc}"],
    cluster: &["Distretto Tessile {dc}", "Consorzio Moda {p}", "Polo della Moda {dc}"],
    public: &["Comune {dc}", "Camera di Commercio {dc}", "Agenzia per lo Sviluppo {dc}"],
    research: &["Istituto Tecnico Tessile {dc}", "Accademia di Moda {dc}", "Università {dc}"],
    of: Of::Di,
};

#[rustfmt::skip]
pub static PORTUGUESE: Vocab = Vocab {
    trades: &["Malhas", "Têxteis", "Confeções", "Fiação", "Tecelagem", "Tinturaria", "Calçado", "Bordados", "Estamparia"],
    trailing: &[],
    surnames: &["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Machado", "Carvalho", "Lopes", "Ribeiro", "Teixeira"],
    places: &["do Minho", "do Ave", "da Serra", "do Norte", "Atlântico", "do Cávado", "da Beira", "Lusitana", "do Douro", "da Estrela"],
    company: &["{t} {s}", "{t} {s}", "{t} {p}", "{t} {s} & Filhos", "{s} & {s2}"],
    cluster: &["Cluster Têxtil {p}", "Associação Industrial {p}", "Polo de Moda {dc}"],
    public: &["Câmara Municipal {dc}", "Agência de Desenvolvimento Regional {p}"],
    research: &["Centro Tecnológico Têxtil {dc}", "Escola de Moda {dc}", "Universidade {dc}"],
    of: Of::DePortuguese,
};

#[rustfmt::skip]
pub static GERMAN: Vocab = Vocab {
    trades: &["Weberei", "Strickerei", "Spinnerei", "Färberei", "Textil", "Mode", "Stickerei", "Tuchfabrik", "Textilwerke", "Wirkwaren"],
    trailing: &[],
    surnames: &["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Huber", "Gruber", "Hofer"],
    places: &["Rhein", "Alb", "Vogtland", "Erzgebirge", "Allgäu", "Bodensee", "Niederrhein", "Franken", "Alpen", "Schwaben"],
    company: &["{t} {s}", "{s} {t}", "{t} {p}", "{s} & {s2}", "{t} {c}"],
    cluster: &["Textilnetzwerk {p}", "Cluster Textil {p}", "Modenetzwerk {c}"],
    public: &["Stadt {c}", "Wirtschaftsförderung {c}"],
    research: &["Hochschule {c}", "Textilforschungsinstitut {c}", "Modeschule {c}"],
    of: Of::De,
};

#[rustfmt::skip]
static DUTCH_TRADES: &[&str] = &["Textiel", "Weverij", "Breierij", "Confectie", "Mode", "Ververij", "Stoffen", "Denim", "Tapijt", "Garens"];

#[rustfmt::skip]
pub static DUTCH: Vocab = Vocab {
    trades: DUTCH_TRADES,
    trailing: &[],
    surnames: &["de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "van den Berg", "Dekker", "Bos", "Vos", "Hendriks"],
    places: &["Twente", "Brabant", "Noord", "Delta", "Polder", "Veluwe", "Holland", "Kempen"],
    company: &["{t} {s}", "{s} {t}", "{p} {t}", "{s} & {s2}", "{t} {c}"],
    cluster: &["Textielcluster {p}", "Modecluster {c}"],
    public: &["Gemeente {c}", "Ontwikkelingsmaatschappij {p}"],
    research: &["Hogeschool {c}", "Textielinstituut {c}"],
    of: Of::De,
};

#[rustfmt::skip]
pub static FLEMISH: Vocab = Vocab {
    trades: DUTCH_TRADES,
    trailing: &[],
    surnames: &["Peeters", "Claes", "Maes", "Vermeulen", "Willems", "Goossens", "Janssens", "De Smet", "Wouters", "Desmet", "Vandenberghe", "Declercq", "Verhaeghe", "Lambrecht"],
    places: &["Leie", "Schelde", "Vlaanderen", "Kempen", "Westhoek", "Mandel", "Waasland", "Kanaal"],
    company: &["{t} {s}", "{s} {t}", "{p} {t}", "{s} & {s2}", "{t} {c}"],
    cluster: &["Textielcluster {p}", "Modecluster {c}"],
    public: &["Stad {c}", "Ondernemerscentrum {c}"],
    research: &["Hogeschool {c}", "Textielinstituut {c}"],
    of: Of::De,
};

#[rustfmt::skip]
static ENGLISH_TRADES: &[&str] = &["Textiles", "Tweed", "Knitwear", "Weavers", "Fashion", "Linen", "Wool Mills", "Apparel", "Design", "Fabrics"];

#[rustfmt::skip]
pub static IRISH: Vocab = Vocab {
    trades: ENGLISH_TRADES,
    trailing: &[],
    surnames: &["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "McCarthy", "Doyle", "Gallagher", "Kennedy", "Lynch", "Quinn"],
    places: &["Atlantic", "Celtic", "Emerald", "Shannon", "Connacht", "Liffey", "Burren", "Wild Atlantic"],
    company: &["{s} {t}", "{p} {t}", "{c} {t}", "{s} & {s2}"],
    cluster: &[],
    public: &["{c} City Council", "{c} Local Enterprise Office"],
    research: &["{c} Technological University"],
    of: Of::De,
};

#[rustfmt::skip]
pub static MALTESE: Vocab = Vocab {
    trades: ENGLISH_TRADES,
    trailing: &[],
    surnames: &["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Attard", "Spiteri", "Azzopardi"],
    places: &["Mediterranean", "Melita", "Gozo", "Grand Harbour", "Sliema Bay", "Island"],
    company: &["{s} {t}", "{p} {t}", "{s} & {s2}"],
    cluster: &[],
    public: &["{c} Local Council"],
    research: &[],
    of: Of::De,
};
