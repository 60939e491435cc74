# Danish (da): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Gå til indhold
home-link = Forside
nav-main = Hovedmenu
menu-open = Menu
menu-close = Luk menuen
nav-directory = Organisationer
sign-in = Log ind
sign-up = Tilmeld dig
sign-out = Log ud
language = Sprog
language-apply = Skift
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Fem mode- og tekstilklynger fra Spanien, Bulgarien, Frankrig, Rumænien og Danmark, medfinansieret af EU's COSME-program.
loading = Indlæser…
back-home = Tilbage til forsiden
not-found-title = Siden blev ikke fundet
not-found-body = Der er intet på denne adresse, eller også er indholdet kun synligt for medlemmer.

## Home
home-title = Europas mode- og tekstiløkosystem
home-heading = Et retvisende billede af Europas mode- og tekstiløkosystem
home-intro = Find partnere i andre lande, lær af hinandens praksis, og deltag i grænseoverskridende udvekslinger mellem klynger, SMV'er og de organisationer, der støtter dem.
home-browse = Gennemse organisationer
home-join = Bliv en del af platformen
home-stats = Alliancen i tal
home-stat-organisations = { $count ->
    [one] organisation
   *[other] organisationer
}
home-stat-smes = { $count ->
    [one] SMV
   *[other] SMV'er
}
home-stat-clusters = { $count ->
    [one] klynge
   *[other] klynger
}
home-stat-countries = { $count ->
    [one] land
   *[other] lande
}
home-clusters = Alliancens klynger
home-cluster-members = Se medlemmerne

## Directory
directory-title = Organisationer
directory-intro = SMV'er, klynger, støtteorganisationer, virksomheder, offentlige myndigheder og forskningscentre i hele Europa.
directory-search = Søg
directory-search-placeholder = Navn, by eller søgeord
directory-count = { $count ->
    [0] Ingen organisationer matcher
    [one] 1 organisation
   *[other] { $count } organisationer
}
directory-empty = Intet matcher disse filtre. Prøv at fjerne et af dem.
directory-members-only-hint = Nogle organisationer er kun synlige for medlemmer.
filter-any = Alle
filter-apply = Anvend filtre
filter-clear = Ryd alle
pagination-label = Sider
pagination-previous = Forrige
pagination-next = Næste
pagination-status = Side { $page } af { $pages }

## Profile
profile-edit = Rediger profil
profile-about = Om
profile-no-description = Ingen beskrivelse endnu.
profile-offers = Tilbyder
profile-needs = Søger
profile-facts = Fakta
profile-joined = Medlem siden
profile-clusters = Medlem af
profile-member-count = { $count ->
    [one] 1 medlem
   *[other] { $count } medlemmer
}
profile-saved = Dine ændringer er gemt.

## Editing an organisation
edit-title = Rediger organisation
edit-welcome = Velkommen! Din konto er klar. Udfyld din organisations profil, så partnere kan finde jer. Den er kun synlig for medlemmer, indtil du gør den offentlig.
edit-section-identity = Hvem I er
edit-section-location = Hvor I holder til
edit-section-work = Hvad I laver
save = Gem ændringer
saving = Gemmer…
cancel = Annuller
choose-one = Vælg…
choose-none = Ikke oplyst
hint-website = For eksempel www.example.eu
hint-description = Hvad I laver, for hvem, og hvad der gør jer anderledes. Op til 4.000 tegn; en tom linje starter et nyt afsnit.
hint-region = NUTS 2-kode, for eksempel ES51 for Catalonien.
hint-certifications = Én pr. linje, for eksempel GOTS.
hint-password = Mindst 10 tegn.

## Accounts
sign-in-no-account = Ny på platformen?
sign-up-title = Bliv en del af platformen
sign-up-intro = Opret din konto, og registrer den organisation, du arbejder for. Bagefter kan du udfylde dens profil.
sign-up-you = Om dig
sign-up-organisation = Din organisation
sign-up-have-account = Har du allerede en konto?

## Fields
field-name = Navn
field-person-name = Dit navn
field-org-name = Organisationens navn
field-email = E-mailadresse
field-password = Adgangskode
field-kind = Organisationstype
field-country = Land
field-region = Region
field-city = By
field-latitude = Breddegrad
field-longitude = Længdegrad
field-value-chain = Værdikæde
field-value-chains = Værdikæder
field-topic = Emne
field-topics-offered = Kompetencer, I tilbyder
field-topics-needed = Det søger I
field-cluster = Klynge
field-size-band = Størrelse
field-languages = Arbejdssprog
field-certifications = Certificeringer
field-website = Websted
field-description = Beskrivelse
field-visibility = Hvem kan se denne profil

## Errors
error-required = Feltet skal udfyldes.
error-too-long = Teksten er for lang.
error-too-many = Der er valgt for mange.
error-unknown-choice = Vælg en af de viste muligheder.
error-pick-at-least-one = Vælg mindst én.
error-not-a-number = Indtast et tal, for eksempel 41.3874.
error-out-of-range = Tallet ligger uden for det tilladte interval.
error-coordinates-pair = Angiv både breddegrad og længdegrad – eller ingen af dem.
error-region-format = En NUTS 2-kode består af to bogstaver efterfulgt af yderligere to bogstaver eller cifre, for eksempel ES51.
error-region-country = Regionen ligger ikke i det valgte land.
error-website = Indtast en webadresse som www.example.eu.
error-email = Indtast en e-mailadresse som name@example.eu.
error-email-taken = Der findes allerede en konto med denne e-mailadresse. Log ind i stedet.
error-password-short = Brug mindst 10 tegn.
error-sign-in-failed = E-mailadressen eller adgangskoden er forkert.
error-check-form = Ret de markerede felter.
error-unauthenticated = Log ind for at fortsætte.
error-not-found = Siden findes ikke, eller den er kun synlig for medlemmer.
error-forbidden = Du har ikke tilladelse til at gøre dette.
error-rate-limited = For mange forsøg. Vent et øjeblik, og prøv igen.
error-rate-limited-wait = For mange forsøg. Prøv igen om { $seconds } sekunder.
error-internal = Der gik noget galt hos os. Prøv igen.
error-reference = Reference:
error-transport = Serveren kunne ikke kontaktes. Tjek din forbindelse, og prøv igen.
error-bad-request = Serveren kunne ikke læse det, der blev sendt. Genindlæs siden, og prøv igen.


## Kinds of organisation

kind-sme = SMV
kind-cluster = Klyngeorganisation
kind-scaleup-support = Støtteorganisation for scaleups
kind-large-company = Stor virksomhed
kind-public-body = Offentlig myndighed
kind-research-education = Forskning eller uddannelse

## Value chains

value-chain-fashion-textile = Mode og tekstil
value-chain-circular-economy = Cirkulær økonomi
value-chain-creative-industries = Kreative erhverv
value-chain-digital = Digital

## Size bands

size-micro = Mikro (under 10 personer)
size-small = Lille (10–49 personer)
size-medium = Mellemstor (50–249 personer)
size-large = Stor (250 personer eller flere)

## Visibility

visibility-public = Offentlig
visibility-members = Kun medlemmer

## Roles

role-member = Medlem
role-cluster-manager = Klyngeleder
role-organiser = Programarrangør
role-admin = Administrator

## Topics

topic-sustainable-materials = Bæredygtige materialer
topic-natural-dyeing = Naturlig farvning
topic-knitting = Strikning
topic-weaving = Vævning
topic-pattern-making = Mønsterkonstruktion
topic-garment-manufacturing = Beklædningsproduktion
topic-technical-textiles = Tekniske tekstiler
topic-footwear-leather = Fodtøj og læder
topic-fashion-design = Modedesign
topic-quality-certification = Kvalitet og certificering
topic-recycling = Tekstilgenanvendelse
topic-upcycling = Upcycling
topic-repair-services = Reparationsservice
topic-waste-sorting = Sortering af tekstilaffald
topic-eco-design = Ecodesign
topic-life-cycle-assessment = Livscyklusvurdering
topic-extended-producer-responsibility = Udvidet producentansvar
topic-rental-resale = Udlejnings- og videresalgsmodeller
topic-brand-storytelling = Brandfortælling
topic-content-production = Foto- og indholdsproduktion
topic-craft-heritage = Håndværkstraditioner
topic-retail-experience = Butiksoplevelse
topic-trend-forecasting = Trendforudsigelse
topic-ecommerce = E-handel
topic-digital-product-passport = Digitalt produktpas
topic-3d-design = 3D-design og virtuelle prøver
topic-traceability = Sporbarhed i forsyningskæden
topic-data-analytics = Dataanalyse
topic-automation = Automatisering og robotteknologi
topic-digital-marketing = Digital markedsføring
topic-export-markets = Eksport og nye markeder
topic-access-to-finance = Adgang til finansiering
topic-energy-efficiency = Energieffektivitet
topic-skills-training = Kompetencer og uddannelse

## Languages

language-en = engelsk
language-es = spansk
language-ca = catalansk
language-bg = bulgarsk
language-ro = rumænsk
language-da = dansk
language-fr = fransk
language-de = tysk
language-it = italiensk
language-pt = portugisisk
language-nl = nederlandsk
language-pl = polsk
language-cs = tjekkisk
language-sk = slovakisk
language-sl = slovensk
language-hr = kroatisk
language-hu = ungarsk
language-el = græsk
language-fi = finsk
language-sv = svensk
language-et = estisk
language-lv = lettisk
language-lt = litauisk
language-mt = maltesisk
language-ga = irsk
language-no = norsk
language-tr = tyrkisk
language-sr = serbisk
language-uk = ukrainsk

## Countries

country-AT = Østrig
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Cypern
country-CZ = Tjekkiet
country-DK = Danmark
country-EE = Estland
country-FI = Finland
country-FR = Frankrig
country-DE = Tyskland
country-GR = Grækenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Letland
country-LT = Litauen
country-LU = Luxembourg
country-MT = Malta
country-NL = Nederlandene
country-PL = Polen
country-PT = Portugal
country-RO = Rumænien
country-SK = Slovakiet
country-SI = Slovenien
country-ES = Spanien
country-SE = Sverige
country-NO = Norge
country-IS = Island
country-CH = Schweiz
country-GB = Storbritannien
country-RS = Serbien
country-MK = Nordmakedonien
country-AL = Albanien
country-BA = Bosnien-Hercegovina
country-ME = Montenegro
country-MD = Moldova
country-UA = Ukraine
country-TR = Tyrkiet

## Ecosystem map
nav-map = Kort
map-title = Økosystemkort
map-intro = Hvem er hvor i Europa, og hvad hvert land tilbyder og stadig mangler. Klik på et land for at filtrere efter det.
map-label = Kort over Europa. Piletasterne flytter kortet, plus og minus zoomer, og 0 viser hele Europa.
map-keys = Træk, eller brug piletasterne for at flytte kortet; rul, knib eller brug + og − for at zoome; 0 nulstiller visningen.
map-keys-no-script = Brug knapperne + og − til at zoome; vælg et land for at se det og dets organisationer.
map-skip = Spring kortet over
map-filters = Filtre
map-zoom-in = Zoom ind
map-zoom-out = Zoom ud
map-zoom-reset = Vis hele Europa
map-views = Visninger
map-tab-map = Kort
map-tab-table = Tabel
map-metric = Farv landene efter
map-metric-show = Vis
metric-organisations = Organisationer
metric-smes = SMV'er
metric-cluster-members = Klyngemedlemmer
metric-topics-offered = Tilbudte emner
metric-unmet-needs = Udækkede behov
map-legend-none = Ingen
map-showing = { $count ->
    [one] { $count } organisation matcher
   *[other] { $count } organisationer matcher
}
map-unplaced = { $count ->
    [one] ({ $count } har endnu ingen placering og vises ikke på kortet.)
   *[other] ({ $count } har endnu ingen placering og vises ikke på kortet.)
}
map-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisationer
}
map-cluster-label = { $count ->
    [one] { $count } organisation i nærheden; zoom ind
   *[other] { $count } organisationer i nærheden; zoom ind
}
map-panel-close = Luk
map-panel-open-profile = Åbn hele profilen
map-panel-all-in-directory = Se dem alle i kataloget
map-list-all = Se dem alle i kataloget
map-table-countries = Efter land
map-table-places = Efter sted
map-table-organisations = Organisationer
map-table-kinds = Typer
filter-as-of = Pr. dato
filter-as-of-hint = Viser økosystemet, som det så ud på denne dag.
map-download = Download denne visning:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = JSON API
footer-open-data = API til åbne data
embed-open-in-cloth = Åbn dette kort på CLOTH
map-tab-network = Netværk
network-label = Netværk af klynger, deres medlemmer og de emner, de tilbyder. Hver knude er et link, der sætter fokus på den.
network-shown = { $count ->
    [one] { $count } organisation vist
   *[other] { $count } organisationer vist
}
network-matching = { $count ->
    [one] ud af { $count }, der matcher.
   *[other] ud af { $count }, der matcher.
}
network-neighbours = { $count ->
    [one] { $count } forbindelse:
   *[other] { $count } forbindelser:
}
network-open = Åbn siden
network-clear-focus = Vis hele netværket
network-legend-cluster = Klynge
network-legend-organisation = Organisation
network-legend-topic = Tilbudt emne
region-kicker = Region
region-on-map = Se på kortet
region-in-directory = Vis organisationerne
region-by-kind = Hvem er der
region-by-chain = Værdikæder
region-offered = Emner, der tilbydes her
region-needed = Emner, der søges her
region-unmet = Udækkede behov her
region-unmet-intro = Emner, som organisationer her har brug for, men som ingen organisation her tilbyder, og de lande, hvor flest organisationer tilbyder dem.
region-unmet-none = Alle behov her dækkes af nogen her.
region-needed-by = { $count ->
    [one] søgt af { $count } organisation
   *[other] søgt af { $count } organisationer
}
region-offered-in = Tilbydes i:
region-offered-nowhere = tilbydes endnu ikke nogen steder på platformen.
region-regions = Regioner
map-region-page = Om { $region }: hvem er der, og hvad mangler der
error-rating-range = Vælg en vurdering fra 1 (ikke et problem) til 5 (en alvorlig hindring).
error-challenge-unknown = Denne udfordring er ikke længere med i undersøgelsen.
error-survey-closed = Denne runde af undersøgelsen er lukket; svarene kan ikke længere ændres.
error-closes-before-opens = Lukkedatoen skal være den samme som eller senere end åbningsdatoen.
nav-survey = Undersøgelse
survey-title = Tendenser og udfordringer
survey-intro = Hvor svær hver udfordring er for organisationer i hele alliancen, land for land, og hvem der kan hjælpe med den.
survey-saved = Tak! Din organisations svar er gemt. Du kan ændre dem, indtil runden lukker.
survey-no-round = Der er endnu ikke åbnet nogen runde af undersøgelsen.
survey-open = åben for svar
survey-closed = lukket
survey-answer = Svar for din organisation
survey-answer-intro = Vurder hver udfordring fra 1 (ikke et problem for os) til 5 (en alvorlig hindring). Lad dem, du ikke kan vurdere, stå ubesvarede. Du kan ændre dine svar, indtil runden lukker.
survey-save = Gem svar
survey-no-answer = Intet svar
survey-heat-title = Hvor svær er hver udfordring?
survey-heat-intro = Gennemsnitlig vurdering pr. land, fra 1 (ikke et problem) til 5 (en alvorlig hindring).
survey-respondents = { $count ->
    [one] { $count } organisation har svaret.
   *[other] { $count } organisationer har svaret.
}
survey-answers = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
survey-challenge = Udfordring
survey-who-helps = Hvem kan hjælpe:
survey-scale = Skala:
challenge-sustainable-materials = Bæredygtige materialer
challenge-energy-costs = Energiomkostninger
challenge-digital-skills = Digitale kompetencer
challenge-eu-textile-regulation = EU's tekstilregulering og det digitale produktpas
challenge-extended-producer-responsibility = Udvidet producentansvar
challenge-finance = Finansiering
challenge-skills = Kompetencer
challenge-market-access = Markedsadgang
region-survey-all = Se alle lande
region-survey-none = Ingen her har endnu svaret på den aktuelle runde af undersøgelsen.
challenges-title = Undersøgelsens udfordringer
challenges-intro = De udfordringer, medlemmerne vurderer i hver runde af undersøgelsen, og de emner, hvis organisationer kan hjælpe med hver enkelt. Udgåede udfordringer fjernes fra undersøgelsen, men deres svar bevares.
challenges-saved = Udfordringen er gemt.
challenges-status = Status
challenges-active = I undersøgelsen
challenges-retired = Udgået
challenges-edit = Rediger
challenges-add = Tilføj en udfordring
challenges-topics = Emner, hvis organisationer kan hjælpe
challenges-on-survey = I undersøgelsen
challenges-save = Gem udfordring
challenges-cancel = Annuller
survey-edit-challenges = Rediger udfordringerne
challenges-name = Udfordring
map-as-of = Økosystemet pr.
map-as-of-today = i dag
rounds-open-title = Åbn en ny runde af undersøgelsen
rounds-open-intro = Medlemmerne svarer på den seneste runde, der er åbnet, og kan ændre deres svar, indtil den lukker.
rounds-title = Titel
rounds-opens = Første dag
rounds-closes = Sidste dag
rounds-open = Åbn runden
error-date = Indtast en dato som YYYY-MM-DD.
rounds-opened = Den nye runde er åben.

## Fashion ClusterXchange: form errors
error-whole-number = Skriv et helt tal, for eksempel 5.
error-control-characters = Fjern kontroltegnene (linjeskift, tabulatorer eller usynlige koder) fra feltet.
error-ends-before-starts = Slutdatoen skal være samme dag som eller efter startdatoen.
error-exchanges-before-call = Udvekslinger kan ikke starte, før ansøgningerne åbner.
error-quota-total = Mindst én deltagertype skal have en kvote over nul.
error-stay-order = Det længste ophold skal være mindst lige så langt som det korteste.
error-own-country = Udvekslinger krydser en grænse: vælg andre lande end dit eget.
error-outside-exchange-window = Datoen ligger uden for holdets udvekslingsperiode.
error-stay-longer-than-window = Opholdet er længere end de datoer, du er til rådighed.
error-window-too-short = Perioden er kortere end det korteste ophold.
error-windows-overlap = Perioden overlapper en anden.
error-no-organisation = Du skal handle for en organisation for at deltage.
error-no-visitor-quota = Forsknings- og uddannelsesorganisationer deltager i ordningen som værter.
error-not-submitted = Der er ingen indsendt ansøgning at trække tilbage.
error-cohort-closed = Indkaldelsen er lukket: ansøgninger kan ikke længere ændres.
error-already-submitted = Ansøgningen er indsendt: ændr den ved at indsende igen, eller træk den tilbage.
error-lock-same-country = En besøgende og en vært i samme land kan ikke parres.
error-lock-host-full = Denne vært har ikke plads til endnu en låst besøgende.
error-lock-quota-full = Kvoten for denne type besøgende er allerede fyldt af låste par.

## Fashion ClusterXchange: the matching board
board-title = Matchingtavle
board-applications = { $count } ansøgninger
board-offers = { $count } tilbud
board-pairs = { $count ->
    [one] ét par
   *[other] { $count } par
}
board-total-score = samlet score { $score }
board-live-hint = Opdaterer sig selv, når noget ændrer sig.
board-quotas = Kvoter
board-matched = Matchede par
board-unmatched = Besøgende uden vært
board-idle = Værtspladser, ingen fylder
board-places = Pladser
board-quota-full = Kvoten er nået: flere besøgende af denne type matches ikke.
board-visitor = Besøgende
board-host = Vært
board-score = Score
board-why = Hvorfor
board-overlap-days = { $days ->
    [one] én fælles dag
   *[other] { $days } fælles dage
}
board-locked = Låst
board-preferred-country = Foretrukket land
participant-sme = SMV’er
participant-cluster = Klyngeorganisationer
participant-scaleup = Organisationer, der støtter scale-ups
participant-large = Store virksomheder
participant-public = Offentlige myndigheder
unmatched-no-host-abroad-with-dates = Ingen vært i udlandet har datoer, der passer.
unmatched-no-good-enough-host = Ingen vært deler nok af det, de vil lære.
unmatched-all-fits-forbidden = De par, der passer, er forbudt.
unmatched-hosts-full = Alle værter, der passer, er fulde.
unmatched-quota-reached = Kvoten for deres type er nået.
unmatched-others-gain-more = Deres værter gik til besøgende, der får mere ud af det.
board-decide = Beslut
board-lock = Lås
board-forbid = Forbyd
board-unlock = Lås op

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Korte grænseoverskridende udvekslinger mellem alliancens medlemmer: en besøgende tilbringer fra tre arbejdsdage til en måned hos en vært i udlandet. Søg om et besøg, tilbyd at være vært, og svar på det match, arrangørerne foreslår.
exchange-no-cohorts = Der er endnu ikke åbnet noget hold.
cohort-new = Åbn et hold
cohort-new-hint = Medlemmerne kan søge og tilbyde pladser fra den dag, ansøgningerne åbner. Kvoterne svarer som standard til alliancens mål: 75 SMV’er, 10 klynger, 5 organisationer, der støtter scale-ups, 5 store virksomheder og 5 offentlige myndigheder.
cohort-edit = Rediger hold
cohort-open = Åben for ansøgninger
cohort-closed = Lukket for ansøgninger
cohort-quotas = Kvoter
cohort-take-part = Jeres deltagelse
cohort-facts = Ansøgning fra { $open } til { $close } · udvekslinger fra { $start } til { $end } · ophold på { $min } til { $max } dage.
field-cohort-name = Holdets navn
field-applications-open = Ansøgninger åbner
field-applications-close = Ansøgninger lukker
field-exchanges-start = Udvekslinger starter
field-exchanges-end = Udvekslinger slutter
field-stay-min = Korteste ophold (dage)
field-stay-max = Længste ophold (dage)
field-mode = Matchingmetode
field-quota = Kvote: { $type }
matching-mode-best-total = Bedste samlede score (inden for kvoter og kapacitet)
matching-mode-stable = Stabil (udskudt accept, de besøgende foreslår)
exchange-status-draft = Kladde
exchange-status-submitted = Indsendt
exchange-status-withdrawn = Trukket tilbage
entry-not-started = Ikke påbegyndt
entry-status = Status
entry-start = Start
entry-change = Ændr
entry-continue = Fortsæt kladden
entry-withdraw = Træk tilbage
entry-submit = Indsend
entry-save-draft = Gem kladde
entry-submitted-hint = Indsendte ansøgninger indgår i matchingen. En ny indsendelse erstatter den tidligere.
exchange-your-application = Jeres ansøgning om et besøg
exchange-application-hint = Hvad jeres organisation vil lære, og hvor og hvornår den kan rejse.
exchange-hosts-only = Forsknings- og uddannelsesorganisationer deltager som værter.
exchange-your-offer = Jeres tilbud om at være vært
exchange-offer-hint = Hvad et besøg hos jeres organisation viser, hvor mange besøgende I tager imod, og hvornår.
exchange-proposals-visit = Foreslåede værter til jeres besøg
exchange-proposals-host = Besøgende, der er foreslået til jer
exchange-no-proposal-visit = Der er endnu ikke foreslået nogen vært. Forslagene vises her, så snart arrangørerne offentliggør dem.
exchange-no-proposal-host = Der er endnu ikke foreslået nogen besøgende til jer.
exchange-saved-application = Jeres ansøgning er gemt.
exchange-saved-offer = Jeres tilbud er gemt.
exchange-saved-withdrawn = Trukket tilbage: den indgår ikke længere i matchingen.
exchange-saved-accept = Jeres accept er registreret.
exchange-saved-decline = Jeres afslag er registreret. Arrangørernes tavle leder efter et andet match.
application-section-learn = Hvad I vil lære
application-section-travel = Hvor og hvornår
field-topics-wanted = Emner, I vil lære om
field-preferred-countries = Lande, I foretrækker (valgfrit)
field-available-from = Til rådighed fra
field-available-to = Til rådighed til og med
field-stay-days = Opholdets længde (dage)
hint-stay-days = Mellem { $min } og { $max } dage.
field-motivation = Motivation
hint-motivation = Hvorfor denne udveksling, og hvad jeres organisation vil gøre med det, den lærer.
offer-section-visit = Hvad et besøg viser
offer-section-when = Hvor mange og hvornår
field-topics-shown = Emner, et besøg viser
field-topics-brought = Emner, I gerne vil have, at de besøgende bidrager med (valgfrit)
field-includes = Hvad et besøg omfatter
hint-includes = En rundvisning, en workshop, møder med jeres team, tid i produktionen…
field-capacity = Besøgende, I kan tage imod på dette hold
hint-capacity = Fra 1 til 50.
hint-windows = Hvornår I kan tage imod besøgende: op til tre perioder inden for udvekslingsperioden.
field-window-from = Periode { $n }: fra
field-window-to = Periode { $n }: til og med
proposal-your-host = Foreslået vært
proposal-your-visitor = Foreslået besøgende
proposal-why = Hvorfor dette match
proposal-answer-by = Svarfrist
proposal-you = Jeres svar
proposal-them = Den anden parts svar
proposal-commitment = Vi forpligter os til en udveksling af høj kvalitet: vi forbereder besøget, overholder de aftalte datoer og det aftalte program og deler det, vi lærer, med vores klynge.
proposal-confirmed-note = Bekræftet: begge parter har accepteret og forpligtet sig til kvalitet.
proposal-expired = Udløbet
proposal-state-open = Venter på svar
proposal-state-confirmed = Bekræftet
proposal-state-declined = Afvist
proposal-state-cancelled = Annulleret
answer-waiting = Ikke besvaret endnu
answer-accept = Accepter
answer-decline = Afvis
answer-given-accept = Accepteret
answer-given-decline = Afvist
reason-brings = Bidrager med
board-publish = { $count ->
    [0] Intet nyt par at foreslå
    [one] Foreslå ét nyt par til de berørte medlemmer
   *[other] Foreslå { $count } nye par til de berørte medlemmer
}
board-publish-hint = Medlemmerne ser deres forslag på holdets side og svarer inden for 7 dage. De foreslåede par forbliver uændrede, mens medlemmerne svarer.
board-publish-warning = { $count ->
    [one] Der foreslås ét par, og dets besøgende og vært får besked. De svarer inden for 7 dage.
   *[other] Der foreslås { $count } par, og hver besøgende og vært får besked ({ $count } besøgende og deres værter). De svarer inden for 7 dage.
}
board-publish-confirm = Foreslå og giv dem besked
entry-withdraw-warning = Når du trækker den tilbage, udgår din tilmelding af holdet, dens forslag annulleres, og de foreslåede organisationer får besked.
entry-withdraw-confirm = Ja, træk tilbage
error-confirm-first = Bekræft først handlingen: den sender beskeder til eller annullerer noget for andre.
board-published = { $count ->
    [0] Intet nyt par at foreslå.
    [one] Ét par er foreslået til de berørte medlemmer.
   *[other] { $count } par er foreslået til de berørte medlemmer.
}
board-filter-type = Type besøgende
board-filter-show = Status
board-filter-name = Navnet indeholder
board-show-all = Alle
board-show-unproposed = Endnu ikke foreslået
board-show-proposed = Venter på svar
board-show-confirmed = Bekræftet
board-show-locked = Låst
error-proposal-answered = Dette forslag er allerede besvaret.
error-proposal-expired = Fristen for at besvare dette forslag er overskredet.
error-commitment-required = Sæt kryds ved kvalitetsforpligtelsen for at acceptere.
error-pair-proposed = Denne besøgendes match er allerede sendt til medlemmerne: vent på deres svar.
board-unmatched-more = { $count ->
    [one] Vis én mere
   *[other] Vis { $count } mere
}
