# Romanian (ro): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Salt la conținut
home-link = Acasă
nav-main = Navigare principală
menu-open = Meniu
menu-close = Închide meniul
nav-directory = Organizații
sign-in = Autentificare
sign-up = Înscriere
sign-out = Deconectare
language = Limbă
language-apply = Schimbă
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Cinci clustere de modă și textile din Spania, Bulgaria, Franța, România și Danemarca, cofinanțate prin programul COSME al UE.
loading = Se încarcă…
back-home = Înapoi la pagina principală
not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nimic la această adresă sau conținutul este vizibil doar pentru membri.

## Home
home-title = Ecosistemul european al modei și textilelor
home-heading = O imagine reală a ecosistemului european al modei și textilelor
home-intro = Găsiți parteneri în alte țări, învățați din practicile celorlalți și participați la schimburi transfrontaliere între clustere, IMM-uri și organizațiile care le sprijină.
home-browse = Explorați organizațiile
home-join = Alăturați-vă platformei
home-stats = Alianța în cifre
home-stat-organisations = { $count ->
    [one] organizație
    [few] organizații
   *[other] de organizații
}
home-stat-smes = { $count ->
    [one] IMM
    [few] IMM-uri
   *[other] de IMM-uri
}
home-stat-clusters = { $count ->
    [one] cluster
    [few] clustere
   *[other] de clustere
}
home-stat-countries = { $count ->
    [one] țară
    [few] țări
   *[other] de țări
}
home-clusters = Clusterele alianței
home-cluster-members = Vedeți membrii

## Directory
directory-title = Organizații
directory-intro = IMM-uri, clustere, organizații de sprijin, companii, organisme publice și centre de cercetare din întreaga Europă.
directory-search = Căutare
directory-search-placeholder = Nume, oraș sau cuvânt-cheie
directory-count = { $count ->
    [0] Nicio organizație nu corespunde
    [one] 1 organizație
    [few] { $count } organizații
   *[other] { $count } de organizații
}
directory-empty = Niciun rezultat pentru aceste filtre. Încercați să eliminați unul.
directory-members-only-hint = Unele organizații sunt vizibile doar pentru membri.
filter-any = Oricare
filter-apply = Aplicați filtrele
filter-clear = Ștergeți tot
pagination-label = Pagini
pagination-previous = Anterioara
pagination-next = Următoarea
pagination-status = Pagina { $page } din { $pages }

## Profile
profile-edit = Editați profilul
profile-about = Despre
profile-no-description = Nu există încă o descriere.
profile-offers = Oferă
profile-needs = Caută
profile-facts = Date esențiale
profile-joined = Membru din
profile-clusters = Face parte din
profile-member-count = { $count ->
    [one] 1 membru
    [few] { $count } membri
   *[other] { $count } de membri
}
profile-saved = Modificările au fost salvate.

## Editing an organisation
edit-title = Editați organizația
edit-welcome = Bun venit! Contul dumneavoastră este gata. Completați profilul organizației, astfel încât partenerii să vă poată găsi; acesta rămâne vizibil doar pentru membri până când îl faceți public.
edit-section-identity = Cine sunteți
edit-section-location = Unde vă aflați
edit-section-work = Ce faceți
save = Salvați modificările
saving = Se salvează…
cancel = Anulare
choose-one = Alegeți…
choose-none = Nespecificat
hint-website = De exemplu www.example.eu
hint-description = Ce faceți, pentru cine și ce vă diferențiază. Maximum 4.000 de caractere; un rând liber începe un paragraf nou.
hint-region = Cod NUTS 2, de exemplu ES51 pentru Catalonia.
hint-certifications = Câte una pe rând, de exemplu GOTS.
hint-password = Cel puțin 10 caractere.

## Accounts
sign-in-no-account = Nu aveți încă un cont?
sign-up-title = Alăturați-vă platformei
sign-up-intro = Creați-vă contul și înregistrați organizația în care lucrați. Apoi îi puteți completa profilul.
sign-up-you = Despre dumneavoastră
sign-up-organisation = Organizația dumneavoastră
sign-up-have-account = Aveți deja un cont?

## Fields
field-name = Nume
field-person-name = Numele dumneavoastră
field-org-name = Numele organizației
field-email = Adresă de e-mail
field-password = Parolă
field-kind = Tipul organizației
field-country = Țară
field-region = Regiune
field-city = Oraș
field-latitude = Latitudine
field-longitude = Longitudine
field-value-chain = Lanț valoric
field-value-chains = Lanțuri valorice
field-topic = Temă
field-topics-offered = Competențe pe care le oferiți
field-topics-needed = Ce căutați
field-cluster = Cluster
field-size-band = Dimensiune
field-languages = Limbi de lucru
field-certifications = Certificări
field-website = Site web
field-description = Descriere
field-visibility = Cine poate vedea acest profil

## Errors
error-required = Acest câmp este obligatoriu.
error-too-long = Textul este prea lung.
error-too-many = Prea multe opțiuni selectate.
error-unknown-choice = Alegeți una dintre opțiunile propuse.
error-pick-at-least-one = Alegeți cel puțin una.
error-not-a-number = Introduceți un număr, de exemplu 41.3874.
error-out-of-range = Numărul este în afara intervalului permis.
error-coordinates-pair = Indicați atât latitudinea, cât și longitudinea, sau niciuna dintre ele.
error-region-format = Un cod NUTS 2 este format din două litere urmate de încă două litere sau cifre, de exemplu ES51.
error-region-country = Această regiune nu se află în țara aleasă.
error-website = Introduceți o adresă web, de exemplu www.example.eu.
error-email = Introduceți o adresă de e-mail, de exemplu name@example.eu.
error-email-taken = Există deja un cont cu această adresă de e-mail. Autentificați-vă.
error-password-short = Folosiți cel puțin 10 caractere.
error-sign-in-failed = Adresa de e-mail sau parola nu este corectă.
error-check-form = Vă rugăm să corectați câmpurile evidențiate.
error-unauthenticated = Vă rugăm să vă autentificați pentru a continua.
error-not-found = Această pagină nu există sau este vizibilă doar pentru membri.
error-forbidden = Nu aveți permisiunea de a face acest lucru.
error-rate-limited = Prea multe încercări. Vă rugăm să așteptați puțin și să încercați din nou.
error-rate-limited-wait = Prea multe încercări. Vă rugăm să încercați din nou peste { $seconds } s.
error-internal = A apărut o eroare din partea noastră. Vă rugăm să încercați din nou.
error-reference = Cod de referință:
error-transport = Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.
error-bad-request = Serverul nu a putut citi ce s-a trimis. Reîncărcați pagina și încercați din nou.


## Kinds of organisation

kind-sme = IMM
kind-cluster = Organizație de tip cluster
kind-scaleup-support = Organizație de sprijin pentru scale-up-uri
kind-large-company = Companie mare
kind-public-body = Organism public
kind-research-education = Cercetare sau educație

## Value chains

value-chain-fashion-textile = Modă și textile
value-chain-circular-economy = Economie circulară
value-chain-creative-industries = Industrii creative
value-chain-digital = Digital

## Size bands

size-micro = Micro (sub 10 persoane)
size-small = Mică (10–49 de persoane)
size-medium = Medie (50–249 de persoane)
size-large = Mare (250 de persoane sau mai mult)

## Visibility

visibility-public = Public
visibility-members = Doar membri

## Roles

role-member = Membru
role-cluster-manager = Manager de cluster
role-organiser = Organizator de program
role-admin = Administrator

## Topics

topic-sustainable-materials = Materiale sustenabile
topic-natural-dyeing = Vopsire naturală
topic-knitting = Tricotare
topic-weaving = Țesere
topic-pattern-making = Realizarea tiparelor
topic-garment-manufacturing = Confecționarea îmbrăcămintei
topic-technical-textiles = Textile tehnice
topic-footwear-leather = Încălțăminte și pielărie
topic-fashion-design = Design vestimentar
topic-quality-certification = Calitate și certificare
topic-recycling = Reciclarea textilelor
topic-upcycling = Reciclare creativă (upcycling)
topic-repair-services = Servicii de reparații
topic-waste-sorting = Sortarea deșeurilor textile
topic-eco-design = Proiectare ecologică
topic-life-cycle-assessment = Evaluarea ciclului de viață
topic-extended-producer-responsibility = Răspunderea extinsă a producătorului
topic-rental-resale = Modele de închiriere și revânzare
topic-brand-storytelling = Povestea brandului
topic-content-production = Producție foto și de conținut
topic-craft-heritage = Patrimoniu meșteșugăresc
topic-retail-experience = Experiența de cumpărare
topic-trend-forecasting = Previziunea tendințelor
topic-ecommerce = Comerț electronic
topic-digital-product-passport = Pașaportul digital al produsului
topic-3d-design = Design 3D și mostre virtuale
topic-traceability = Trasabilitatea lanțului de aprovizionare
topic-data-analytics = Analiza datelor
topic-automation = Automatizare și robotică
topic-digital-marketing = Marketing digital
topic-export-markets = Export și piețe noi
topic-access-to-finance = Acces la finanțare
topic-energy-efficiency = Eficiență energetică
topic-skills-training = Competențe și formare

## Languages

language-en = engleză
language-es = spaniolă
language-ca = catalană
language-bg = bulgară
language-ro = română
language-da = daneză
language-fr = franceză
language-de = germană
language-it = italiană
language-pt = portugheză
language-nl = neerlandeză
language-pl = poloneză
language-cs = cehă
language-sk = slovacă
language-sl = slovenă
language-hr = croată
language-hu = maghiară
language-el = greacă
language-fi = finlandeză
language-sv = suedeză
language-et = estonă
language-lv = letonă
language-lt = lituaniană
language-mt = malteză
language-ga = irlandeză
language-no = norvegiană
language-tr = turcă
language-sr = sârbă
language-uk = ucraineană

## Countries

country-AT = Austria
country-BE = Belgia
country-BG = Bulgaria
country-HR = Croația
country-CY = Cipru
country-CZ = Cehia
country-DK = Danemarca
country-EE = Estonia
country-FI = Finlanda
country-FR = Franța
country-DE = Germania
country-GR = Grecia
country-HU = Ungaria
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburg
country-MT = Malta
country-NL = Țările de Jos
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-SK = Slovacia
country-SI = Slovenia
country-ES = Spania
country-SE = Suedia
country-NO = Norvegia
country-IS = Islanda
country-CH = Elveția
country-GB = Regatul Unit
country-RS = Serbia
country-MK = Macedonia de Nord
country-AL = Albania
country-BA = Bosnia și Herțegovina
country-ME = Muntenegru
country-MD = Republica Moldova
country-UA = Ucraina
country-TR = Turcia

## Ecosystem map
nav-map = Hartă
map-title = Harta ecosistemului
map-intro = Cine unde se află în Europa, ce oferă fiecare țară și de ce mai are încă nevoie. Faceți clic pe o țară pentru a filtra după ea.
map-label = Harta Europei. Tastele săgeți deplasează harta, plus și minus modifică nivelul de zoom, 0 afișează întreaga Europă.
map-keys = Trageți harta sau folosiți tastele săgeți pentru a o deplasa; derulați, apropiați degetele sau folosiți + și − pentru zoom; 0 resetează vizualizarea.
map-keys-no-script = Folosiți butoanele + și − pentru mărire; alegeți o țară ca să o vedeți cu organizațiile ei.
map-skip = Treceți peste hartă
map-filters = Filtre
map-zoom-in = Mărire
map-zoom-out = Micșorare
map-zoom-reset = Afișați întreaga Europă
map-views = Vizualizări
map-tab-map = Hartă
map-tab-table = Tabel
map-metric = Colorați țările după
map-metric-show = Afișați
metric-organisations = Organizații
metric-smes = IMM-uri
metric-cluster-members = Membri ai clusterelor
metric-topics-offered = Teme oferite
metric-unmet-needs = Nevoi neacoperite
map-legend-none = Niciuna
map-showing = { $count ->
    [one] { $count } organizație corespunde
    [few] { $count } organizații corespund
   *[other] { $count } de organizații corespund
}
map-unplaced = { $count ->
    [one] ({ $count } nu are încă o locație și nu apare pe hartă.)
   *[other] ({ $count } nu au încă o locație și nu apar pe hartă.)
}
map-organisations = { $count ->
    [one] { $count } organizație
    [few] { $count } organizații
   *[other] { $count } de organizații
}
map-cluster-label = { $count ->
    [one] { $count } organizație în apropiere; măriți harta
    [few] { $count } organizații în apropiere; măriți harta
   *[other] { $count } de organizații în apropiere; măriți harta
}
map-panel-close = Închideți
map-panel-open-profile = Deschideți profilul complet
map-panel-all-in-directory = Vedeți-le pe toate în catalog
map-list-all = Vedeți-le pe toate în catalog
map-table-countries = Pe țări
map-table-places = Pe localități
map-table-organisations = Organizații
map-table-kinds = Tipuri
filter-as-of = La data de
filter-as-of-hint = Afișează ecosistemul așa cum arăta la această dată.
map-download = Descărcați această vizualizare:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = API JSON
footer-open-data = API de date deschise
embed-open-in-cloth = Deschideți această hartă pe CLOTH
map-tab-network = Rețea
network-label = Rețeaua clusterelor, a membrilor lor și a temelor pe care le oferă. Fiecare nod este un link care centrează vizualizarea pe el.
network-shown = { $count ->
    [one] { $count } organizație afișată
    [few] { $count } organizații afișate
   *[other] { $count } de organizații afișate
}
network-matching = { $count ->
    [one] din { $count } care corespunde.
   *[other] din { $count } care corespund.
}
network-neighbours = { $count ->
    [one] { $count } conexiune:
    [few] { $count } conexiuni:
   *[other] { $count } de conexiuni:
}
network-open = Deschideți pagina
network-clear-focus = Afișați întreaga rețea
network-legend-cluster = Cluster
network-legend-organisation = Organizație
network-legend-topic = Temă oferită
region-kicker = Regiune
region-on-map = Vedeți pe hartă
region-in-directory = Vedeți lista organizațiilor
region-by-kind = Cine se află aici
region-by-chain = Lanțuri valorice
region-offered = Teme oferite aici
region-needed = Teme căutate aici
region-unmet = Nevoi neacoperite aici
region-unmet-intro = Teme de care au nevoie organizațiile de aici, dar pe care nu le oferă nicio organizație de aici, precum și țările în care cele mai multe organizații le oferă.
region-unmet-none = Fiecare nevoie de aici este acoperită de cineva de aici.
region-needed-by = { $count ->
    [one] căutată de { $count } organizație
    [few] căutată de { $count } organizații
   *[other] căutată de { $count } de organizații
}
region-offered-in = Se oferă în:
region-offered-nowhere = nu se oferă încă nicăieri pe platformă.
region-regions = Regiuni
map-region-page = Despre { $region }: cine se află aici și de ce este nevoie
error-rating-range = Alegeți o evaluare de la 1 (nu este o problemă) la 5 (un obstacol serios).
error-challenge-unknown = Această provocare nu mai face parte din sondaj.
error-survey-closed = Această rundă a sondajului este închisă; răspunsurile nu mai pot fi modificate.
error-closes-before-opens = Data de închidere trebuie să fie aceeași cu data de deschidere sau ulterioară acesteia.
nav-survey = Sondaj
survey-title = Tendințe și provocări
survey-intro = Cât de dificilă este fiecare provocare pentru organizațiile din întreaga alianță, țară cu țară, și cine poate ajuta.
survey-saved = Vă mulțumim! Răspunsurile organizației dumneavoastră au fost salvate. Le puteți modifica până la închiderea rundei.
survey-no-round = Nu s-a deschis încă nicio rundă a sondajului.
survey-open = deschisă pentru răspunsuri
survey-closed = închisă
survey-answer = Răspundeți în numele organizației dumneavoastră
survey-answer-intro = Evaluați fiecare provocare de la 1 (nu este o problemă pentru noi) la 5 (un obstacol serios). Lăsați fără răspuns provocările pe care nu le puteți evalua. Vă puteți modifica răspunsurile până la închiderea rundei.
survey-save = Salvați răspunsurile
survey-no-answer = Fără răspuns
survey-heat-title = Cât de dificilă este fiecare provocare?
survey-heat-intro = Evaluarea medie pe țară, de la 1 (nu este o problemă) la 5 (un obstacol serios).
survey-respondents = { $count ->
    [one] A răspuns { $count } organizație.
    [few] Au răspuns { $count } organizații.
   *[other] Au răspuns { $count } de organizații.
}
survey-answers = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
survey-challenge = Provocare
survey-who-helps = Cine poate ajuta:
survey-scale = Scală:
challenge-sustainable-materials = Materiale sustenabile
challenge-energy-costs = Costurile cu energia
challenge-digital-skills = Competențe digitale
challenge-eu-textile-regulation = Reglementarea UE privind textilele și pașaportul digital al produsului
challenge-extended-producer-responsibility = Răspunderea extinsă a producătorului
challenge-finance = Finanțare
challenge-skills = Competențe
challenge-market-access = Acces la piețe
region-survey-all = Vedeți toate țările
region-survey-none = Nimeni de aici nu a răspuns încă la runda actuală a sondajului.
challenges-title = Provocările sondajului
challenges-intro = Provocările pe care membrii le evaluează în fiecare rundă a sondajului și temele ale căror organizații pot ajuta la fiecare dintre ele. Provocările retrase ies din sondaj, dar își păstrează răspunsurile.
challenges-saved = Provocarea a fost salvată.
challenges-status = Stare
challenges-active = În sondaj
challenges-retired = Retrasă
challenges-edit = Editați
challenges-add = Adăugați o provocare
challenges-topics = Teme ale căror organizații pot ajuta
challenges-on-survey = În sondaj
challenges-save = Salvați provocarea
challenges-cancel = Anulare
survey-edit-challenges = Editați provocările
challenges-name = Provocare
map-as-of = Ecosistemul la data de
map-as-of-today = astăzi
rounds-open-title = Deschideți o nouă rundă a sondajului
rounds-open-intro = Membrii răspund la cea mai recentă rundă deschisă și își pot modifica răspunsurile până la închiderea acesteia.
rounds-title = Titlu
rounds-opens = Prima zi
rounds-closes = Ultima zi
rounds-open = Deschideți runda
error-date = Introduceți o dată în formatul YYYY-MM-DD.
rounds-opened = Noua rundă este deschisă.

## Fashion ClusterXchange: form errors
error-whole-number = Introduceți un număr întreg, de exemplu 5.
error-control-characters = Eliminați caracterele de control (rânduri noi, tabulatoare sau coduri invizibile) din acest câmp.
error-ends-before-starts = Data de sfârșit trebuie să fie egală sau ulterioară datei de început.
error-exchanges-before-call = Schimburile nu pot începe înainte de deschiderea candidaturilor.
error-quota-total = Cel puțin un tip de participant are nevoie de o cotă mai mare decât zero.
error-stay-order = Șederea cea mai lungă trebuie să fie cel puțin egală cu cea mai scurtă.
error-own-country = Schimburile trec granița: alegeți alte țări decât a dumneavoastră.
error-outside-exchange-window = Această dată este în afara perioadei de schimburi a cohortei.
error-stay-longer-than-window = Șederea este mai lungă decât datele în care sunteți disponibil.
error-window-too-short = Această perioadă este mai scurtă decât șederea minimă.
error-windows-overlap = Această perioadă se suprapune cu alta.
error-no-organisation = Trebuie să acționați pentru o organizație pentru a participa.
error-no-visitor-quota = Organizațiile de cercetare și educație participă la acest program ca gazde.
error-not-submitted = Nu există nicio înscriere trimisă de retras.
error-cohort-closed = Apelul este închis: înscrierile nu mai pot fi modificate.
error-already-submitted = Înscrierea este trimisă: modificați-o trimițând-o din nou sau retrageți-o.
error-lock-same-country = Un vizitator și o gazdă din aceeași țară nu pot fi asociați.
error-lock-host-full = Această gazdă nu mai are loc pentru încă un vizitator fixat.
error-lock-quota-full = Cota acestui tip de vizitator este deja ocupată de perechi fixate.

## Fashion ClusterXchange: the matching board
board-title = Panou de potrivire
board-applications = { $count } candidaturi
board-offers = { $count } oferte
board-pairs = { $count ->
    [one] o pereche
    [few] { $count } perechi
   *[other] { $count } de perechi
}
board-total-score = scor total { $score }
board-live-hint = Se actualizează singur când ceva se schimbă.
board-quotas = Cote
board-matched = Perechi potrivite
board-unmatched = Vizitatori fără gazdă
board-idle = Locuri la gazde neocupate
board-places = Locuri
board-quota-full = Cotă atinsă: nu mai este potrivit niciun vizitator de acest tip.
board-visitor = Vizitator
board-host = Gazdă
board-score = Scor
board-why = De ce
board-overlap-days = { $days ->
    [one] o zi în comun
    [few] { $days } zile în comun
   *[other] { $days } de zile în comun
}
board-locked = Fixată
board-preferred-country = Țară preferată
participant-sme = IMM-uri
participant-cluster = Organizații de cluster
participant-scaleup = Organizații de sprijin pentru scale-up
participant-large = Companii mari
participant-public = Organisme publice
unmatched-no-host-abroad-with-dates = Nicio gazdă din străinătate nu are date potrivite.
unmatched-no-good-enough-host = Nicio gazdă nu oferă suficient din ce vor să învețe.
unmatched-all-fits-forbidden = Perechile potrivite sunt interzise.
unmatched-hosts-full = Toate gazdele potrivite sunt ocupate.
unmatched-quota-reached = Cota tipului lor este atinsă.
unmatched-others-gain-more = Gazdele lor au mers la vizitatori care câștigă mai mult.
board-decide = Decide
board-lock = Fixează
board-forbid = Interzice
board-unlock = Eliberează

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Schimburi transfrontaliere scurte între membrii alianței: un vizitator petrece între trei zile lucrătoare și o lună la o gazdă din străinătate. Candidați pentru o vizită, oferiți-vă să fiți gazdă și răspundeți la potrivirea propusă de organizatori.
exchange-no-cohorts = Nu este încă deschisă nicio cohortă.
cohort-new = Deschideți o cohortă
cohort-new-hint = Membrii pot candida și oferi locuri din ziua în care se deschid candidaturile. Implicit, cotele corespund obiectivelor alianței: 75 de IMM-uri, 10 clustere, 5 organizații de sprijin pentru scale-up-uri, 5 companii mari și 5 organisme publice.
cohort-edit = Editați cohorta
cohort-open = Deschisă pentru candidaturi
cohort-closed = Închisă pentru candidaturi
cohort-quotas = Cote
cohort-take-part = Participarea dumneavoastră
cohort-facts = Candidaturi de la { $open } până la { $close } · schimburi de la { $start } până la { $end } · durata șederii (zile): între { $min } și { $max }.
field-cohort-name = Numele cohortei
field-applications-open = Deschiderea candidaturilor
field-applications-close = Închiderea candidaturilor
field-exchanges-start = Începutul schimburilor
field-exchanges-end = Sfârșitul schimburilor
field-stay-min = Șederea cea mai scurtă (zile)
field-stay-max = Șederea cea mai lungă (zile)
field-mode = Mod de potrivire
field-quota = Cotă: { $type }
matching-mode-best-total = Cel mai bun scor total (în limita cotelor și a capacităților)
matching-mode-stable = Stabilă (acceptare amânată, propun vizitatorii)
exchange-status-draft = Ciornă
exchange-status-submitted = Trimisă
exchange-status-withdrawn = Retrasă
entry-not-started = Neîncepută
entry-status = Stare
entry-start = Începeți
entry-change = Modificați
entry-continue = Continuați ciorna
entry-withdraw = Retrageți
entry-submit = Trimiteți
entry-save-draft = Salvați ciorna
entry-submitted-hint = Înscrierile trimise participă la potrivire. O nouă trimitere o înlocuiește pe cea anterioară.
exchange-your-application = Candidatura dumneavoastră pentru o vizită
exchange-application-hint = Ce dorește să învețe organizația dumneavoastră, unde și când poate călători.
exchange-hosts-only = Organizațiile de cercetare și educație participă ca gazde.
exchange-your-offer = Oferta dumneavoastră de a găzdui
exchange-offer-hint = Ce arată o vizită la organizația dumneavoastră, câți vizitatori primiți și când.
exchange-proposals-visit = Gazde propuse pentru vizita dumneavoastră
exchange-proposals-host = Vizitatori propuși pentru dumneavoastră
exchange-no-proposal-visit = Nu a fost propusă încă nicio gazdă. Propunerile apar aici imediat ce organizatorii le publică.
exchange-no-proposal-host = Nu vi s-a propus încă niciun vizitator.
exchange-saved-application = Candidatura dumneavoastră a fost salvată.
exchange-saved-offer = Oferta dumneavoastră a fost salvată.
exchange-saved-withdrawn = Retrasă: nu mai participă la potrivire.
exchange-saved-accept = Acceptarea dumneavoastră a fost înregistrată.
exchange-saved-decline = Refuzul dumneavoastră a fost înregistrat. Panoul organizatorilor caută o altă potrivire.
application-section-learn = Ce doriți să învățați
application-section-travel = Unde și când
field-topics-wanted = Teme despre care doriți să învățați
field-preferred-countries = Țări preferate (opțional)
field-available-from = Disponibil de la
field-available-to = Disponibil până la
field-stay-days = Durata șederii (zile)
hint-stay-days = Numărul de zile: între { $min } și { $max }.
field-motivation = Motivație
hint-motivation = De ce acest schimb și ce va face organizația dumneavoastră cu ceea ce învață.
offer-section-visit = Ce arată o vizită
offer-section-when = Câți și când
field-topics-shown = Teme pe care le arată o vizită
field-topics-brought = Teme pe care ați dori să le aducă vizitatorii (opțional)
field-includes = Ce include o vizită
hint-includes = Un tur, un atelier, întâlniri cu echipa dumneavoastră, timp în secția de producție…
field-capacity = Vizitatori pe care îi puteți primi în această cohortă
hint-capacity = De la 1 la 50.
hint-windows = Când puteți primi vizitatori: până la trei perioade în cadrul perioadei de schimburi.
field-window-from = Perioada { $n }: de la
field-window-to = Perioada { $n }: până la
proposal-your-host = Gazdă propusă
proposal-your-visitor = Vizitator propus
proposal-why = De ce această potrivire
proposal-answer-by = Termen de răspuns
proposal-you = Răspunsul dumneavoastră
proposal-them = Răspunsul celeilalte părți
proposal-commitment = Ne angajăm la un schimb de calitate: vom pregăti vizita, vom respecta datele și programul convenite și vom împărtăși clusterului nostru ceea ce învățăm.
proposal-confirmed-note = Confirmată: ambele părți au acceptat și s-au angajat la calitate.
proposal-expired = Expirată
proposal-state-open = În așteptarea răspunsurilor
proposal-state-confirmed = Confirmată
proposal-state-declined = Refuzată
proposal-state-cancelled = Anulată
answer-waiting = Niciun răspuns încă
answer-accept = Acceptați
answer-decline = Refuzați
answer-given-accept = Acceptată
answer-given-decline = Refuzată
reason-brings = Aduce
board-publish = { $count ->
    [0] Nicio pereche nouă de propus
    [one] Propuneți o pereche nouă membrilor ei
    [few] Propuneți { $count } perechi noi membrilor lor
   *[other] Propuneți { $count } de perechi noi membrilor lor
}
board-publish-hint = Membrii își văd propunerile pe pagina cohortei și răspund în termen de 7 zile. Perechile propuse rămân neschimbate cât timp membrii răspund.
board-publish-warning = { $count ->
    [one] Se propune o pereche, iar vizitatorul și gazda ei primesc un mesaj. Răspund în 7 zile.
    [few] Se propun { $count } perechi, iar fiecare vizitator și gazdă primește un mesaj ({ $count } vizitatori și gazdele lor). Răspund în 7 zile.
   *[other] Se propun { $count } de perechi, iar fiecare vizitator și gazdă primește un mesaj ({ $count } de vizitatori și gazdele lor). Răspund în 7 zile.
}
board-publish-confirm = Propune și anunță-i
entry-withdraw-warning = Retrăgând-o, înscrierea iese din cohortă, propunerile ei sunt anulate, iar organizațiile propuse sunt anunțate.
entry-withdraw-confirm = Da, retrage
error-confirm-first = Confirmați întâi această acțiune: trimite mesaje sau anulează ceva pentru alte persoane.
board-published = { $count ->
    [0] Nicio pereche nouă de propus.
    [one] O pereche a fost propusă membrilor ei.
    [few] { $count } perechi au fost propuse membrilor lor.
   *[other] { $count } de perechi au fost propuse membrilor lor.
}
board-filter-type = Tip de vizitator
board-filter-show = Stadiu
board-filter-name = Numele conține
board-show-all = Toate
board-show-unproposed = Încă nepropuse
board-show-proposed = În așteptarea răspunsurilor
board-show-confirmed = Confirmate
board-show-locked = Fixate
error-proposal-answered = S-a răspuns deja la această propunere.
error-proposal-expired = Termenul de răspuns la această propunere a expirat.
error-commitment-required = Bifați angajamentul de calitate pentru a accepta.
error-pair-proposed = Potrivirea acestui vizitator a fost propusă membrilor: așteptați răspunsul lor.
board-unmatched-more = { $count ->
    [one] Arată încă unul
   *[other] Arată încă { $count }
}
