# Catalan (ca): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Salta al contingut
home-link = Inici
nav-main = Principal
menu-open = Menú
menu-close = Tanca el menú
nav-directory = Organitzacions
sign-in = Inicia la sessió
sign-up = Uneix-te
sign-out = Tanca la sessió
language = Llengua
language-apply = Canvia
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Cinc clústers de moda i tèxtil d'Espanya, Bulgària, França, Romania i Dinamarca, cofinançats pel programa COSME de la UE.
loading = S'està carregant…
back-home = Torna a la pàgina d'inici
not-found-title = No s'ha trobat la pàgina
not-found-body = No hi ha res en aquesta adreça, o només és visible per als membres.

## Home
home-title = L'ecosistema europeu de la moda i el tèxtil
home-heading = Una imatge real de l'ecosistema europeu de la moda i el tèxtil
home-intro = Trobeu socis en altres països, apreneu de les pràctiques dels altres i participeu en intercanvis transfronterers entre clústers, pimes i les organitzacions que els donen suport.
home-browse = Explora les organitzacions
home-join = Uneix-te a la plataforma
home-stats = L'aliança en xifres
home-stat-organisations = { $count ->
    [one] organització
   *[other] organitzacions
}
home-stat-smes = { $count ->
    [one] pime
   *[other] pimes
}
home-stat-clusters = { $count ->
    [one] clúster
   *[other] clústers
}
home-stat-countries = { $count ->
    [one] país
   *[other] països
}
home-clusters = Els clústers de l'aliança
home-cluster-members = Mostra'n els membres

## Directory
directory-title = Organitzacions
directory-intro = Pimes, clústers, organitzacions de suport, empreses, organismes públics i centres de recerca de tot Europa.
directory-search = Cerca
directory-search-placeholder = Nom, ciutat o paraula clau
directory-count = { $count ->
    [0] Cap organització no coincideix
    [one] 1 organització
   *[other] { $count } organitzacions
}
directory-empty = Res no coincideix amb aquests filtres. Proveu de treure'n un.
directory-members-only-hint = Algunes organitzacions només són visibles per als membres.
filter-any = Qualsevol
filter-apply = Aplica els filtres
filter-clear = Esborra-ho tot
pagination-label = Pàgines
pagination-previous = Anterior
pagination-next = Següent
pagination-status = Pàgina { $page } de { $pages }

## Profile
profile-edit = Edita el perfil
profile-about = Quant a
profile-no-description = Encara no hi ha cap descripció.
profile-offers = Ofereix
profile-needs = Busca
profile-facts = Dades clau
profile-joined = Membre des de
profile-clusters = Membre de
profile-member-count = { $count ->
    [one] 1 membre
   *[other] { $count } membres
}
profile-saved = S'han desat els canvis.

## Editing an organisation
edit-title = Edita l'organització
edit-welcome = Us donem la benvinguda! El vostre compte ja està a punt. Completeu el perfil de la vostra organització perquè els socis us puguin trobar; només serà visible per als membres fins que el feu públic.
edit-section-identity = Qui sou
edit-section-location = On sou
edit-section-work = Què feu
save = Desa els canvis
saving = S'està desant…
cancel = Cancel·la
choose-one = Trieu…
choose-none = Sense especificar
hint-website = Per exemple, www.example.eu
hint-description = Què feu, per a qui i què us fa diferents. Fins a 4.000 caràcters; una línia en blanc comença un paràgraf nou.
hint-region = Codi NUTS 2, per exemple ES51 per a Catalunya.
hint-certifications = Una per línia, per exemple GOTS.
hint-password = Com a mínim 10 caràcters.

## Accounts
sign-in-no-account = Encara no teniu compte?
sign-up-title = Uneix-te a la plataforma
sign-up-intro = Creeu el vostre compte i registreu l'organització on treballeu. Després en podreu completar el perfil.
sign-up-you = Sobre vós
sign-up-organisation = La vostra organització
sign-up-have-account = Ja teniu un compte?

## Fields
field-name = Nom
field-person-name = El vostre nom
field-org-name = Nom de l'organització
field-email = Adreça electrònica
field-password = Contrasenya
field-kind = Tipus d'organització
field-country = País
field-region = Regió
field-city = Ciutat
field-latitude = Latitud
field-longitude = Longitud
field-value-chain = Cadena de valor
field-value-chains = Cadenes de valor
field-topic = Tema
field-topics-offered = Capacitats que oferiu
field-topics-needed = Què busqueu
field-cluster = Clúster
field-size-band = Mida
field-languages = Llengües de treball
field-certifications = Certificacions
field-website = Lloc web
field-description = Descripció
field-visibility = Qui pot veure aquest perfil

## Errors
error-required = Aquest camp és obligatori.
error-too-long = És massa llarg.
error-too-many = Hi ha massa opcions triades.
error-unknown-choice = Trieu una de les opcions proposades.
error-pick-at-least-one = Trieu-ne almenys una.
error-not-a-number = Introduïu un número, per exemple 41.3874.
error-out-of-range = Aquest número és fora de l'interval permès.
error-coordinates-pair = Indiqueu la latitud i la longitud, o cap de les dues.
error-region-format = Un codi NUTS 2 té dues lletres seguides de dues lletres o xifres més, per exemple ES51.
error-region-country = Aquesta regió no és al país triat.
error-website = Introduïu una adreça web com ara www.example.eu.
error-email = Introduïu una adreça electrònica com ara name@example.eu.
error-email-taken = Ja existeix un compte amb aquesta adreça electrònica. Inicieu la sessió.
error-password-short = Feu servir com a mínim 10 caràcters.
error-sign-in-failed = L'adreça electrònica o la contrasenya no són correctes.
error-check-form = Corregiu els camps destacats.
error-unauthenticated = Inicieu la sessió per continuar.
error-not-found = Aquesta pàgina no existeix, o només és visible per als membres.
error-forbidden = No teniu permís per fer això.
error-rate-limited = Massa intents. Espereu un moment i torneu-ho a provar.
error-rate-limited-wait = Massa intents. Torneu-ho a provar d'aquí a { $seconds } segons.
error-internal = Alguna cosa ha fallat per la nostra banda. Torneu-ho a provar.
error-reference = Referència:
error-transport = No s'ha pogut connectar amb el servidor. Comproveu la connexió i torneu-ho a provar.
error-bad-request = El servidor no ha pogut llegir el que s'ha enviat. Torneu a carregar la pàgina i proveu-ho de nou.


## Kinds of organisation

kind-sme = Pime
kind-cluster = Organització de clúster
kind-scaleup-support = Organització de suport a scale-ups
kind-large-company = Gran empresa
kind-public-body = Organisme públic
kind-research-education = Recerca o educació

## Value chains

value-chain-fashion-textile = Moda i tèxtil
value-chain-circular-economy = Economia circular
value-chain-creative-industries = Indústries creatives
value-chain-digital = Digital

## Size bands

size-micro = Micro (menys de 10 persones)
size-small = Petita (10–49 persones)
size-medium = Mitjana (50–249 persones)
size-large = Gran (250 persones o més)

## Visibility

visibility-public = Públic
visibility-members = Només membres

## Roles

role-member = Membre
role-cluster-manager = Responsable de clúster
role-organiser = Organitzador del programa
role-admin = Administrador

## Topics

topic-sustainable-materials = Materials sostenibles
topic-natural-dyeing = Tintura natural
topic-knitting = Gènere de punt
topic-weaving = Teixidoria
topic-pattern-making = Patronatge
topic-garment-manufacturing = Confecció de peces de vestir
topic-technical-textiles = Tèxtils tècnics
topic-footwear-leather = Calçat i pell
topic-fashion-design = Disseny de moda
topic-quality-certification = Qualitat i certificació
topic-recycling = Reciclatge tèxtil
topic-upcycling = Suprareciclatge
topic-repair-services = Serveis de reparació
topic-waste-sorting = Classificació de residus tèxtils
topic-eco-design = Ecodisseny
topic-life-cycle-assessment = Anàlisi del cicle de vida
topic-extended-producer-responsibility = Responsabilitat ampliada del productor
topic-rental-resale = Models de lloguer i revenda
topic-brand-storytelling = Relat de marca
topic-content-production = Producció fotogràfica i de continguts
topic-craft-heritage = Patrimoni artesanal
topic-retail-experience = Experiència de compra
topic-trend-forecasting = Predicció de tendències
topic-ecommerce = Comerç electrònic
topic-digital-product-passport = Passaport digital de producte
topic-3d-design = Disseny 3D i mostres virtuals
topic-traceability = Traçabilitat de la cadena de subministrament
topic-data-analytics = Anàlisi de dades
topic-automation = Automatització i robòtica
topic-digital-marketing = Màrqueting digital
topic-export-markets = Exportació i nous mercats
topic-access-to-finance = Accés al finançament
topic-energy-efficiency = Eficiència energètica
topic-skills-training = Competències i formació

## Languages

language-en = anglès
language-es = espanyol
language-ca = català
language-bg = búlgar
language-ro = romanès
language-da = danès
language-fr = francès
language-de = alemany
language-it = italià
language-pt = portuguès
language-nl = neerlandès
language-pl = polonès
language-cs = txec
language-sk = eslovac
language-sl = eslovè
language-hr = croat
language-hu = hongarès
language-el = grec
language-fi = finès
language-sv = suec
language-et = estonià
language-lv = letó
language-lt = lituà
language-mt = maltès
language-ga = irlandès
language-no = noruec
language-tr = turc
language-sr = serbi
language-uk = ucraïnès

## Countries

country-AT = Àustria
country-BE = Bèlgica
country-BG = Bulgària
country-HR = Croàcia
country-CY = Xipre
country-CZ = Txèquia
country-DK = Dinamarca
country-EE = Estònia
country-FI = Finlàndia
country-FR = França
country-DE = Alemanya
country-GR = Grècia
country-HU = Hongria
country-IE = Irlanda
country-IT = Itàlia
country-LV = Letònia
country-LT = Lituània
country-LU = Luxemburg
country-MT = Malta
country-NL = Països Baixos
country-PL = Polònia
country-PT = Portugal
country-RO = Romania
country-SK = Eslovàquia
country-SI = Eslovènia
country-ES = Espanya
country-SE = Suècia
country-NO = Noruega
country-IS = Islàndia
country-CH = Suïssa
country-GB = Regne Unit
country-RS = Sèrbia
country-MK = Macedònia del Nord
country-AL = Albània
country-BA = Bòsnia i Hercegovina
country-ME = Montenegro
country-MD = Moldàvia
country-UA = Ucraïna
country-TR = Turquia

## Ecosystem map
nav-map = Mapa
map-title = Mapa de l'ecosistema
map-intro = Qui és on a tot Europa, i què ofereix i què encara necessita cada país. Feu clic en un país per filtrar per aquest país.
map-label = Mapa d'Europa. Les tecles de fletxa desplacen el mapa, més i menys canvien el zoom i 0 mostra tot Europa.
map-keys = Arrossegueu o feu servir les tecles de fletxa per moure el mapa; feu servir la roda, pessigueu o premeu + i − per fer zoom; 0 restableix la vista.
map-keys-no-script = Feu servir els botons + i − per apropar o allunyar; trieu un país per veure'l amb les seves organitzacions.
map-skip = Salta el mapa
map-filters = Filtres
map-zoom-in = Apropa
map-zoom-out = Allunya
map-zoom-reset = Mostra tot Europa
map-views = Vistes
map-tab-map = Mapa
map-tab-table = Taula
map-metric = Acoloreix els països segons
map-metric-show = Mostra
metric-organisations = Organitzacions
metric-smes = Pimes
metric-cluster-members = Membres de clústers
metric-topics-offered = Temes oferts
metric-unmet-needs = Necessitats no cobertes
map-legend-none = Cap
map-showing = { $count ->
    [one] { $count } organització coincideix
   *[other] { $count } organitzacions coincideixen
}
map-unplaced = { $count ->
    [one] ({ $count } encara no té ubicació i no apareix al mapa.)
   *[other] ({ $count } encara no tenen ubicació i no apareixen al mapa.)
}
map-organisations = { $count ->
    [one] { $count } organització
   *[other] { $count } organitzacions
}
map-cluster-label = { $count ->
    [one] { $count } organització a prop; apropeu el mapa
   *[other] { $count } organitzacions a prop; apropeu el mapa
}
map-panel-close = Tanca
map-panel-open-profile = Obre el perfil complet
map-panel-all-in-directory = Mostra-les totes al directori
map-list-all = Mostra-les totes al directori
map-table-countries = Per país
map-table-places = Per localitat
map-table-organisations = Organitzacions
map-table-kinds = Tipus
filter-as-of = En data de
filter-as-of-hint = Mostra l'ecosistema tal com era en aquesta data.
map-download = Baixa aquesta vista:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = API JSON
footer-open-data = API de dades obertes
embed-open-in-cloth = Obre aquest mapa a CLOTH
map-tab-network = Xarxa
network-label = Xarxa de clústers, els seus membres i els temes que ofereixen. Cada node és un enllaç que hi centra la vista.
network-shown = { $count ->
    [one] { $count } organització mostrada
   *[other] { $count } organitzacions mostrades
}
network-matching = { $count ->
    [one] de { $count } que coincideix.
   *[other] de { $count } que coincideixen.
}
network-neighbours = { $count ->
    [one] { $count } connexió:
   *[other] { $count } connexions:
}
network-open = Obre'n la pàgina
network-clear-focus = Mostra tota la xarxa
network-legend-cluster = Clúster
network-legend-organisation = Organització
network-legend-topic = Tema ofert
region-kicker = Regió
region-on-map = Mostra al mapa
region-in-directory = Mostra'n la llista d'organitzacions
region-by-kind = Qui hi ha
region-by-chain = Cadenes de valor
region-offered = Temes que s'ofereixen aquí
region-needed = Temes que es busquen aquí
region-unmet = Necessitats no cobertes aquí
region-unmet-intro = Temes que necessiten les organitzacions d'aquí i que cap organització d'aquí no ofereix, i els països on més organitzacions els ofereixen.
region-unmet-none = Totes les necessitats d'aquí les cobreix alguna organització d'aquí.
region-needed-by = { $count ->
    [one] buscat per { $count } organització
   *[other] buscat per { $count } organitzacions
}
region-offered-in = S'ofereix a:
region-offered-nowhere = encara no s'ofereix enlloc de la plataforma.
region-regions = Regions
map-region-page = Sobre { $region }: qui hi ha i què s'hi necessita
error-rating-range = Trieu una valoració de l'1 (no és cap problema) al 5 (un obstacle greu).
error-challenge-unknown = Aquest repte ja no forma part de l'enquesta.
error-survey-closed = Aquesta ronda de l'enquesta està tancada; ja no es poden canviar les respostes.
error-closes-before-opens = La data de tancament ha de ser igual o posterior a la data d'obertura.
nav-survey = Enquesta
survey-title = Tendències i reptes
survey-intro = Fins a quin punt és difícil cada repte per a les organitzacions de tota l'aliança, país per país, i qui hi pot ajudar.
survey-saved = Gràcies: s'han desat les respostes de la vostra organització. Les podeu canviar fins que es tanqui la ronda.
survey-no-round = Encara no s'ha obert cap ronda de l'enquesta.
survey-open = oberta a respostes
survey-closed = tancada
survey-answer = Respon en nom de la vostra organització
survey-answer-intro = Valoreu cada repte de l'1 (no és cap problema per a nosaltres) al 5 (un obstacle greu). Deixeu sense resposta els que no pugueu valorar. Podeu canviar les respostes fins que es tanqui la ronda.
survey-save = Desa les respostes
survey-no-answer = Sense resposta
survey-heat-title = Fins a quin punt és difícil cada repte?
survey-heat-intro = Valoració mitjana per país, de l'1 (no és cap problema) al 5 (un obstacle greu).
survey-respondents = { $count ->
    [one] Ha respost { $count } organització.
   *[other] Han respost { $count } organitzacions.
}
survey-answers = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostes
}
survey-challenge = Repte
survey-who-helps = Qui hi pot ajudar:
survey-scale = Escala:
challenge-sustainable-materials = Materials sostenibles
challenge-energy-costs = Costos energètics
challenge-digital-skills = Competències digitals
challenge-eu-textile-regulation = Normativa tèxtil de la UE i passaport digital de producte
challenge-extended-producer-responsibility = Responsabilitat ampliada del productor
challenge-finance = Finançament
challenge-skills = Competències
challenge-market-access = Accés als mercats
region-survey-all = Mostra tots els països
region-survey-none = Aquí encara ningú no ha respost la ronda actual de l'enquesta.
challenges-title = Reptes de l'enquesta
challenges-intro = Els reptes que els membres valoren en cada ronda de l'enquesta i, per a cadascun, els temes les organitzacions dels quals hi poden ajudar. Els reptes retirats surten de l'enquesta, però en conserven les respostes.
challenges-saved = S'ha desat el repte.
challenges-status = Estat
challenges-active = A l'enquesta
challenges-retired = Retirat
challenges-edit = Edita
challenges-add = Afegeix un repte
challenges-topics = Temes les organitzacions dels quals hi poden ajudar
challenges-on-survey = A l'enquesta
challenges-save = Desa el repte
challenges-cancel = Cancel·la
survey-edit-challenges = Edita els reptes
challenges-name = Repte
map-as-of = L'ecosistema a data de
map-as-of-today = avui
rounds-open-title = Obre una nova ronda de l'enquesta
rounds-open-intro = Els membres responen la ronda oberta més recent i poden canviar les respostes fins que es tanqui.
rounds-title = Títol
rounds-opens = Primer dia
rounds-closes = Últim dia
rounds-open = Obre la ronda
error-date = Introduïu una data en el format YYYY-MM-DD.
rounds-opened = La nova ronda és oberta.

## Fashion ClusterXchange: form errors
error-whole-number = Introduïu un nombre enter, per exemple 5.
error-control-characters = Elimineu els caràcters de control (salts de línia, tabulacions o codis invisibles) d'aquest camp.
error-ends-before-starts = La data final ha de ser igual o posterior a la inicial.
error-exchanges-before-call = Els intercanvis no poden començar abans d’obrir les sol·licituds.
error-quota-total = Almenys un tipus de participant necessita una quota superior a zero.
error-stay-order = L’estada més llarga ha de ser com a mínim igual a la més curta.
error-own-country = Els intercanvis creuen fronteres: trieu països diferents del vostre.
error-outside-exchange-window = Aquesta data és fora del període d’intercanvis de la convocatòria.
error-stay-longer-than-window = L’estada és més llarga que les dates en què esteu disponibles.
error-window-too-short = Aquest període és més curt que l’estada mínima.
error-windows-overlap = Aquest període se solapa amb un altre.
error-no-organisation = Heu d’actuar en nom d’una organització per participar.
error-no-visitor-quota = Les organitzacions de recerca i educació participen en aquest programa com a amfitriones.
error-not-submitted = No hi ha cap sol·licitud enviada per retirar.
error-cohort-closed = Aquesta convocatòria és tancada: ja no es poden canviar les sol·licituds.
error-already-submitted = Aquesta sol·licitud és enviada: canvieu-la enviant-la de nou o retireu-la.
error-lock-same-country = No es pot aparellar un visitant i un amfitrió del mateix país.
error-lock-host-full = Aquest amfitrió no té plaça per a un altre visitant fixat.
error-lock-quota-full = La quota d’aquest tipus de visitant ja està coberta per parelles fixades.

## Fashion ClusterXchange: the matching board
board-title = Tauler d’aparellament
board-applications = { $count } sol·licituds
board-offers = { $count } ofertes
board-pairs = { $count ->
    [one] una parella
   *[other] { $count } parelles
}
board-total-score = puntuació total { $score }
board-live-hint = S’actualitza sol quan alguna cosa canvia.
board-quotas = Quotes
board-matched = Parelles aparellades
board-unmatched = Visitants sense amfitrió
board-idle = Places d’amfitrió sense cobrir
board-places = Places
board-quota-full = Quota assolida: no s’aparella cap més visitant d’aquest tipus.
board-visitor = Visitant
board-host = Amfitrió
board-score = Puntuació
board-why = Per què
board-overlap-days = { $days ->
    [one] un dia en comú
   *[other] { $days } dies en comú
}
board-locked = Fixada
board-preferred-country = País preferit
participant-sme = Pimes
participant-cluster = Organitzacions clúster
participant-scaleup = Organitzacions de suport a scale-ups
participant-large = Grans empreses
participant-public = Organismes públics
unmatched-no-host-abroad-with-dates = Cap amfitrió a l’estranger té dates compatibles.
unmatched-no-good-enough-host = Cap amfitrió comparteix prou del que volen aprendre.
unmatched-all-fits-forbidden = Les parelles compatibles estan prohibides.
unmatched-hosts-full = Tots els amfitrions compatibles són plens.
unmatched-quota-reached = S’ha assolit la quota del seu tipus.
unmatched-others-gain-more = Els seus amfitrions han anat a visitants que hi guanyen més.
board-decide = Decidir
board-lock = Fixar
board-forbid = Prohibir
board-unlock = Alliberar

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Intercanvis transfronterers breus entre els membres de l’aliança: un visitant passa entre tres dies laborables i un mes amb un amfitrió a l’estranger. Sol·liciteu una visita, oferiu-vos com a amfitrions i responeu a l’aparellament que us proposin els organitzadors.
exchange-no-cohorts = Encara no hi ha cap convocatòria oberta.
cohort-new = Obre una convocatòria
cohort-new-hint = Els membres poden presentar sol·licituds i oferir places des del dia que s’obren les sol·licituds. Per defecte, les quotes són els objectius de l’aliança: 75 pimes, 10 clústers, 5 organitzacions de suport a scale-ups, 5 grans empreses i 5 organismes públics.
cohort-edit = Edita la convocatòria
cohort-open = Oberta a sol·licituds
cohort-closed = Tancada a sol·licituds
cohort-quotas = Quotes
cohort-take-part = La vostra participació
cohort-facts = Sol·licituds del { $open } al { $close } · intercanvis del { $start } al { $end } · estades de { $min } a { $max } dies.
field-cohort-name = Nom de la convocatòria
field-applications-open = Obertura de sol·licituds
field-applications-close = Tancament de sol·licituds
field-exchanges-start = Inici dels intercanvis
field-exchanges-end = Final dels intercanvis
field-stay-min = Estada mínima (dies)
field-stay-max = Estada màxima (dies)
field-mode = Mode d’aparellament
field-quota = Quota: { $type }
matching-mode-best-total = Millor puntuació total (dins de les quotes i les capacitats)
matching-mode-stable = Estable (acceptació diferida, proposen els visitants)
exchange-status-draft = Esborrany
exchange-status-submitted = Enviada
exchange-status-withdrawn = Retirada
entry-not-started = Sense començar
entry-status = Estat
entry-start = Comença
entry-change = Modifica
entry-continue = Continua l’esborrany
entry-withdraw = Retira
entry-submit = Envia
entry-save-draft = Desa l’esborrany
entry-submitted-hint = Les sol·licituds enviades participen en l’aparellament. Si la torneu a enviar, substituïu el que s’havia enviat.
exchange-your-application = La vostra sol·licitud de visita
exchange-application-hint = Què vol aprendre la vostra organització, i on i quan pot viatjar.
exchange-hosts-only = Les organitzacions de recerca i educació hi participen com a amfitriones.
exchange-your-offer = La vostra oferta d’acollida
exchange-offer-hint = Què mostra una visita a la vostra organització, quants visitants acolliu i quan.
exchange-proposals-visit = Amfitrions proposats per a la vostra visita
exchange-proposals-host = Visitants que se us proposen
exchange-no-proposal-visit = Encara no s’ha proposat cap amfitrió. Les propostes apareixeran aquí tan bon punt els organitzadors les publiquin.
exchange-no-proposal-host = Encara no se us ha proposat cap visitant.
exchange-saved-application = S’ha desat la vostra sol·licitud.
exchange-saved-offer = S’ha desat la vostra oferta.
exchange-saved-withdrawn = Retirada: ja no participa en l’aparellament.
exchange-saved-accept = S’ha registrat la vostra acceptació.
exchange-saved-decline = S’ha registrat el vostre rebuig. El tauler dels organitzadors cerca un altre aparellament.
application-section-learn = Què voleu aprendre
application-section-travel = On i quan
field-topics-wanted = Temes sobre els quals voleu aprendre
field-preferred-countries = Països que preferiríeu (opcional)
field-available-from = Disponible des de
field-available-to = Disponible fins a
field-stay-days = Durada de l’estada (dies)
hint-stay-days = Entre { $min } i { $max } dies.
field-motivation = Motivació
hint-motivation = Per què aquest intercanvi i què farà la vostra organització amb el que aprengui.
offer-section-visit = Què mostra una visita
offer-section-when = Quants i quan
field-topics-shown = Temes que mostra una visita
field-topics-brought = Temes que us agradaria que aportessin els visitants (opcional)
field-includes = Què inclou una visita
hint-includes = Una visita guiada, un taller, reunions amb el vostre equip, temps a la planta de producció…
field-capacity = Visitants que podeu acollir en aquesta convocatòria
hint-capacity = D’1 a 50.
hint-windows = Quan podeu rebre visitants: fins a tres períodes dins del període d’intercanvis.
field-window-from = Període { $n }: des de
field-window-to = Període { $n }: fins a
proposal-your-host = Amfitrió proposat
proposal-your-visitor = Visitant proposat
proposal-why = Per què aquest aparellament
proposal-answer-by = Termini de resposta
proposal-you = La vostra resposta
proposal-them = Resposta de l’altra part
proposal-commitment = Ens comprometem a fer un intercanvi de qualitat: prepararem la visita, respectarem les dates i el programa acordats i compartirem el que aprenguem amb el nostre clúster.
proposal-confirmed-note = Confirmada: les dues parts han acceptat i s’han compromès amb la qualitat.
proposal-expired = Caducada
proposal-state-open = Esperant respostes
proposal-state-confirmed = Confirmada
proposal-state-declined = Rebutjada
proposal-state-cancelled = Cancel·lada
answer-waiting = Encara sense resposta
answer-accept = Accepta
answer-decline = Rebutja
answer-given-accept = Acceptada
answer-given-decline = Rebutjada
reason-brings = Aporta
board-publish = { $count ->
    [0] Cap parella nova per proposar
    [one] Proposa una parella nova als seus membres
   *[other] Proposa { $count } parelles noves als seus membres
}
board-publish-hint = Els membres veuen les seves propostes a la pàgina de la convocatòria i responen en un termini de 7 dies. Les parelles proposades es mantenen tal com són mentre els membres responen.
board-publish-warning = { $count ->
    [one] Es proposa una parella i s'avisa per missatge el visitant i l'amfitrió. Responen en 7 dies.
   *[other] Es proposen { $count } parelles i s'avisa per missatge cada visitant i amfitrió ({ $count } visitants i els seus amfitrions). Responen en 7 dies.
}
board-publish-confirm = Proposa i avisa'ls
entry-withdraw-warning = En retirar-la, la vostra inscripció surt de la cohort, se'n cancel·len les propostes i s'avisa les organitzacions proposades.
entry-withdraw-confirm = Sí, retira
error-confirm-first = Confirmeu primer aquesta acció: envia missatges o cancel·la coses a altres persones.
board-published = { $count ->
    [0] Cap parella nova per proposar.
    [one] S’ha proposat una parella als seus membres.
   *[other] S’han proposat { $count } parelles als seus membres.
}
board-filter-type = Tipus de visitant
board-filter-show = Situació
board-filter-name = El nom conté
board-show-all = Tots
board-show-unproposed = Encara sense proposar
board-show-proposed = Esperant respostes
board-show-confirmed = Confirmades
board-show-locked = Fixades
error-proposal-answered = Ja s’ha respost aquesta proposta.
error-proposal-expired = Ha vençut el termini per respondre aquesta proposta.
error-commitment-required = Marqueu el compromís de qualitat per acceptar.
error-pair-proposed = L’aparellament d’aquest visitant ja s’ha proposat als membres: espereu la seva resposta.
board-unmatched-more = { $count ->
    [one] Mostra’n un més
   *[other] Mostra’n { $count } més
}
