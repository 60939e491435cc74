# French (fr): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Aller au contenu
home-link = Accueil
nav-main = Navigation principale
menu-open = Menu
menu-close = Fermer le menu
nav-directory = Organisations
sign-in = Se connecter
sign-up = S'inscrire
sign-out = Se déconnecter
language = Langue
language-apply = Changer
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Cinq clusters de la mode et du textile d'Espagne, de Bulgarie, de France, de Roumanie et du Danemark, cofinancés par le programme COSME de l'UE.
loading = Chargement…
back-home = Retour à la page d'accueil
not-found-title = Page introuvable
not-found-body = Il n'y a rien à cette adresse, ou ce contenu n'est visible que par les membres.

## Home
home-title = L'écosystème européen de la mode et du textile
home-heading = Une image fidèle de l'écosystème européen de la mode et du textile
home-intro = Trouvez des partenaires dans d'autres pays, apprenez des pratiques des uns et des autres et participez à des échanges transfrontaliers entre clusters, PME et les organisations qui les accompagnent.
home-browse = Parcourir les organisations
home-join = Rejoindre la plateforme
home-stats = L'alliance en chiffres
home-stat-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
home-stat-smes = { $count ->
    [one] PME
   *[other] PME
}
home-stat-clusters = { $count ->
    [one] cluster
   *[other] clusters
}
home-stat-countries = { $count ->
    [one] pays
   *[other] pays
}
home-clusters = Les clusters de l'alliance
home-cluster-members = Voir ses membres

## Directory
directory-title = Organisations
directory-intro = PME, clusters, structures d'accompagnement, entreprises, organismes publics et centres de recherche de toute l'Europe.
directory-search = Rechercher
directory-search-placeholder = Nom, ville ou mot-clé
directory-count = { $count ->
    [0] Aucune organisation ne correspond
    [one] { $count } organisation
   *[other] { $count } organisations
}
directory-empty = Aucun résultat ne correspond à ces filtres. Essayez d'en retirer un.
directory-members-only-hint = Certaines organisations ne sont visibles que par les membres.
filter-any = Tous
filter-apply = Appliquer les filtres
filter-clear = Tout effacer
pagination-label = Pages
pagination-previous = Précédente
pagination-next = Suivante
pagination-status = Page { $page } sur { $pages }

## Profile
profile-edit = Modifier le profil
profile-about = À propos
profile-no-description = Pas encore de description.
profile-offers = Propose
profile-needs = Recherche
profile-facts = Informations clés
profile-joined = Membre depuis
profile-clusters = Membre de
profile-member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
profile-saved = Vos modifications ont été enregistrées.

## Editing an organisation
edit-title = Modifier l'organisation
edit-welcome = Bienvenue ! Votre compte est prêt. Complétez le profil de votre organisation pour que des partenaires puissent vous trouver ; il reste visible uniquement par les membres jusqu'à ce que vous le rendiez public.
edit-section-identity = Qui vous êtes
edit-section-location = Où vous trouver
edit-section-work = Ce que vous faites
save = Enregistrer les modifications
saving = Enregistrement…
cancel = Annuler
choose-one = Choisissez…
choose-none = Non précisé
hint-website = Par exemple www.example.eu
hint-description = Ce que vous faites, pour qui et ce qui vous distingue. Jusqu'à 4 000 caractères ; une ligne vide commence un nouveau paragraphe.
hint-region = Code NUTS 2, par exemple ES51 pour la Catalogne.
hint-certifications = Une par ligne, par exemple GOTS.
hint-password = Au moins 10 caractères.

## Accounts
sign-in-no-account = Pas encore de compte ?
sign-up-title = Rejoindre la plateforme
sign-up-intro = Créez votre compte et enregistrez l'organisation pour laquelle vous travaillez. Vous pourrez ensuite compléter son profil.
sign-up-you = À propos de vous
sign-up-organisation = Votre organisation
sign-up-have-account = Vous avez déjà un compte ?

## Fields
field-name = Nom
field-person-name = Votre nom
field-org-name = Nom de l'organisation
field-email = Adresse e-mail
field-password = Mot de passe
field-kind = Type d'organisation
field-country = Pays
field-region = Région
field-city = Ville
field-latitude = Latitude
field-longitude = Longitude
field-value-chain = Chaîne de valeur
field-value-chains = Chaînes de valeur
field-topic = Thème
field-topics-offered = Compétences que vous proposez
field-topics-needed = Ce que vous recherchez
field-cluster = Cluster
field-size-band = Taille
field-languages = Langues de travail
field-certifications = Certifications
field-website = Site web
field-description = Description
field-visibility = Qui peut voir ce profil

## Errors
error-required = Ce champ est obligatoire.
error-too-long = Ce texte est trop long.
error-too-many = Trop de choix sélectionnés.
error-unknown-choice = Choisissez l'une des options proposées.
error-pick-at-least-one = Choisissez-en au moins une.
error-not-a-number = Saisissez un nombre, par exemple 41.3874.
error-out-of-range = Ce nombre est hors de la plage autorisée.
error-coordinates-pair = Indiquez à la fois la latitude et la longitude, ou aucune des deux.
error-region-format = Un code NUTS 2 se compose de deux lettres suivies de deux autres lettres ou chiffres, par exemple ES51.
error-region-country = Cette région ne se trouve pas dans le pays choisi.
error-website = Saisissez une adresse web telle que www.example.eu.
error-email = Saisissez une adresse e-mail telle que name@example.eu.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.
error-password-short = Utilisez au moins 10 caractères.
error-sign-in-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-check-form = Veuillez corriger les champs signalés.
error-unauthenticated = Veuillez vous connecter pour continuer.
error-not-found = Cette page n'existe pas, ou elle n'est visible que par les membres.
error-forbidden = Vous n'avez pas l'autorisation d'effectuer cette action.
error-rate-limited = Trop de tentatives. Veuillez patienter un instant, puis réessayer.
error-rate-limited-wait = Trop de tentatives. Veuillez réessayer dans { $seconds } secondes.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-reference = Référence :
error-transport = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-bad-request = Le serveur n'a pas pu lire ce qui a été envoyé. Rechargez la page et réessayez.


## Kinds of organisation

kind-sme = PME
kind-cluster = Organisation de cluster
kind-scaleup-support = Structure d'accompagnement des scale-ups
kind-large-company = Grande entreprise
kind-public-body = Organisme public
kind-research-education = Recherche ou enseignement

## Value chains

value-chain-fashion-textile = Mode et textile
value-chain-circular-economy = Économie circulaire
value-chain-creative-industries = Industries créatives
value-chain-digital = Numérique

## Size bands

size-micro = Micro (moins de 10 personnes)
size-small = Petite (10–49 personnes)
size-medium = Moyenne (50–249 personnes)
size-large = Grande (250 personnes ou plus)

## Visibility

visibility-public = Public
visibility-members = Membres uniquement

## Roles

role-member = Membre
role-cluster-manager = Responsable de cluster
role-organiser = Organisateur du programme
role-admin = Administrateur

## Topics

topic-sustainable-materials = Matériaux durables
topic-natural-dyeing = Teinture naturelle
topic-knitting = Tricotage
topic-weaving = Tissage
topic-pattern-making = Patronage
topic-garment-manufacturing = Confection de vêtements
topic-technical-textiles = Textiles techniques
topic-footwear-leather = Chaussure et cuir
topic-fashion-design = Design de mode
topic-quality-certification = Qualité et certification
topic-recycling = Recyclage textile
topic-upcycling = Surcyclage
topic-repair-services = Services de réparation
topic-waste-sorting = Tri des déchets textiles
topic-eco-design = Écoconception
topic-life-cycle-assessment = Analyse du cycle de vie
topic-extended-producer-responsibility = Responsabilité élargie du producteur
topic-rental-resale = Modèles de location et de revente
topic-brand-storytelling = Récit de marque
topic-content-production = Production photo et de contenus
topic-craft-heritage = Patrimoine artisanal
topic-retail-experience = Expérience en magasin
topic-trend-forecasting = Prévision des tendances
topic-ecommerce = Commerce en ligne
topic-digital-product-passport = Passeport numérique des produits
topic-3d-design = Conception 3D et prototypage virtuel
topic-traceability = Traçabilité de la chaîne d'approvisionnement
topic-data-analytics = Analyse de données
topic-automation = Automatisation et robotique
topic-digital-marketing = Marketing numérique
topic-export-markets = Export et nouveaux marchés
topic-access-to-finance = Accès au financement
topic-energy-efficiency = Efficacité énergétique
topic-skills-training = Compétences et formation

## Languages

language-en = anglais
language-es = espagnol
language-ca = catalan
language-bg = bulgare
language-ro = roumain
language-da = danois
language-fr = français
language-de = allemand
language-it = italien
language-pt = portugais
language-nl = néerlandais
language-pl = polonais
language-cs = tchèque
language-sk = slovaque
language-sl = slovène
language-hr = croate
language-hu = hongrois
language-el = grec
language-fi = finnois
language-sv = suédois
language-et = estonien
language-lv = letton
language-lt = lituanien
language-mt = maltais
language-ga = irlandais
language-no = norvégien
language-tr = turc
language-sr = serbe
language-uk = ukrainien

## Countries

country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-HR = Croatie
country-CY = Chypre
country-CZ = Tchéquie
country-DK = Danemark
country-EE = Estonie
country-FI = Finlande
country-FR = France
country-DE = Allemagne
country-GR = Grèce
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LV = Lettonie
country-LT = Lituanie
country-LU = Luxembourg
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SK = Slovaquie
country-SI = Slovénie
country-ES = Espagne
country-SE = Suède
country-NO = Norvège
country-IS = Islande
country-CH = Suisse
country-GB = Royaume-Uni
country-RS = Serbie
country-MK = Macédoine du Nord
country-AL = Albanie
country-BA = Bosnie-Herzégovine
country-ME = Monténégro
country-MD = Moldavie
country-UA = Ukraine
country-TR = Turquie

## Ecosystem map
nav-map = Carte
map-title = Carte de l'écosystème
map-intro = Qui se trouve où en Europe, ce que chaque pays propose et ce dont il a encore besoin. Cliquez sur un pays pour filtrer sur ce pays.
map-label = Carte de l'Europe. Les touches fléchées déplacent la carte, plus et moins permettent de zoomer, 0 affiche toute l'Europe.
map-keys = Faites glisser la carte ou utilisez les touches fléchées pour la déplacer ; molette, pincement, + et − pour zoomer ; 0 pour réinitialiser.
map-keys-no-script = Utilisez les boutons + et − pour zoomer ; choisissez un pays pour le voir avec ses organisations.
map-skip = Passer la carte
map-filters = Filtres
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière
map-zoom-reset = Afficher toute l'Europe
map-views = Vues
map-tab-map = Carte
map-tab-table = Tableau
map-metric = Colorer les pays selon
map-metric-show = Afficher
metric-organisations = Organisations
metric-smes = PME
metric-cluster-members = Membres des clusters
metric-topics-offered = Thèmes proposés
metric-unmet-needs = Besoins non couverts
map-legend-none = Aucun
map-showing = { $count ->
    [one] { $count } organisation correspond
   *[other] { $count } organisations correspondent
}
map-unplaced = { $count ->
    [one] ({ $count } n'a pas encore d'emplacement et n'apparaît pas sur la carte.)
   *[other] ({ $count } n'ont pas encore d'emplacement et n'apparaissent pas sur la carte.)
}
map-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
map-cluster-label = { $count ->
    [one] { $count } organisation à proximité ; zoomez
   *[other] { $count } organisations à proximité ; zoomez
}
map-panel-close = Fermer
map-panel-open-profile = Ouvrir le profil complet
map-panel-all-in-directory = Les voir toutes dans l'annuaire
map-list-all = Les voir toutes dans l'annuaire
map-table-countries = Par pays
map-table-places = Par lieu
map-table-organisations = Organisations
map-table-kinds = Types
filter-as-of = À la date du
filter-as-of-hint = Affiche l'écosystème tel qu'il était à cette date.
map-download = Télécharger cette vue :
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = API JSON
footer-open-data = API de données ouvertes
embed-open-in-cloth = Ouvrir cette carte sur CLOTH
map-tab-network = Réseau
network-label = Réseau des clusters, de leurs membres et des thèmes qu'ils proposent. Chaque nœud est un lien qui centre la vue sur lui.
network-shown = { $count ->
    [one] { $count } organisation affichée
   *[other] { $count } organisations affichées
}
network-matching = { $count ->
    [one] sur { $count } correspondante.
   *[other] sur { $count } correspondantes.
}
network-neighbours = { $count ->
    [one] { $count } connexion :
   *[other] { $count } connexions :
}
network-open = Ouvrir sa page
network-clear-focus = Afficher tout le réseau
network-legend-cluster = Cluster
network-legend-organisation = Organisation
network-legend-topic = Thème proposé
region-kicker = Région
region-on-map = Voir sur la carte
region-in-directory = Voir la liste de ses organisations
region-by-kind = Qui s'y trouve
region-by-chain = Chaînes de valeur
region-offered = Thèmes proposés ici
region-needed = Thèmes recherchés ici
region-unmet = Besoins non couverts ici
region-unmet-intro = Thèmes dont les organisations d'ici ont besoin mais qu'aucune organisation d'ici ne propose, et les pays où le plus d'organisations les proposent.
region-unmet-none = Chaque besoin d'ici est couvert par une organisation d'ici.
region-needed-by = { $count ->
    [one] recherché par { $count } organisation
   *[other] recherché par { $count } organisations
}
region-offered-in = Proposé dans :
region-offered-nowhere = n'est encore proposé nulle part sur la plateforme.
region-regions = Régions
map-region-page = { $region } : qui s'y trouve, quels sont les besoins
error-rating-range = Choisissez une note de 1 (pas un problème) à 5 (un obstacle majeur).
error-challenge-unknown = Ce défi ne figure plus dans l'enquête.
error-survey-closed = Cette vague de l'enquête est close ; les réponses ne peuvent plus être modifiées.
error-closes-before-opens = La date de clôture doit être identique ou postérieure à la date d'ouverture.
nav-survey = Enquête
survey-title = Tendances et défis
survey-intro = La difficulté de chaque défi pour les organisations de toute l'alliance, pays par pays, et qui peut aider à y faire face.
survey-saved = Merci ! Les réponses de votre organisation ont été enregistrées. Vous pouvez les modifier jusqu'à la clôture de la vague.
survey-no-round = Aucune vague de l'enquête n'a encore été ouverte.
survey-open = ouverte aux réponses
survey-closed = close
survey-answer = Répondre pour votre organisation
survey-answer-intro = Évaluez chaque défi de 1 (pas un problème pour nous) à 5 (un obstacle majeur). Laissez sans réponse ceux que vous ne pouvez pas évaluer. Vous pouvez modifier vos réponses jusqu'à la clôture de la vague.
survey-save = Enregistrer les réponses
survey-no-answer = Sans réponse
survey-heat-title = Quelle est la difficulté de chaque défi ?
survey-heat-intro = Note moyenne par pays, de 1 (pas un problème) à 5 (un obstacle majeur).
survey-respondents = { $count ->
    [one] { $count } organisation a répondu.
   *[other] { $count } organisations ont répondu.
}
survey-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
survey-challenge = Défi
survey-who-helps = Qui peut aider :
survey-scale = Échelle :
challenge-sustainable-materials = Matériaux durables
challenge-energy-costs = Coûts de l'énergie
challenge-digital-skills = Compétences numériques
challenge-eu-textile-regulation = Réglementation textile de l'UE et passeport numérique des produits
challenge-extended-producer-responsibility = Responsabilité élargie du producteur
challenge-finance = Financement
challenge-skills = Compétences
challenge-market-access = Accès aux marchés
region-survey-all = Voir tous les pays
region-survey-none = Personne ici n'a encore répondu à la vague actuelle de l'enquête.
challenges-title = Défis de l'enquête
challenges-intro = Les défis que les membres évaluent à chaque vague de l'enquête, et les thèmes dont les organisations peuvent aider à relever chacun d'eux. Les défis retirés quittent l'enquête mais conservent leurs réponses.
challenges-saved = Le défi a été enregistré.
challenges-status = Statut
challenges-active = Dans l'enquête
challenges-retired = Retiré
challenges-edit = Modifier
challenges-add = Ajouter un défi
challenges-topics = Thèmes dont les organisations peuvent aider
challenges-on-survey = Dans l'enquête
challenges-save = Enregistrer le défi
challenges-cancel = Annuler
survey-edit-challenges = Modifier les défis
challenges-name = Défi
map-as-of = L'écosystème au
map-as-of-today = aujourd'hui
rounds-open-title = Ouvrir une nouvelle vague de l'enquête
rounds-open-intro = Les membres répondent à la dernière vague ouverte et peuvent modifier leurs réponses jusqu'à sa clôture.
rounds-title = Titre
rounds-opens = Premier jour
rounds-closes = Dernier jour
rounds-open = Ouvrir la vague
error-date = Saisissez une date au format YYYY-MM-DD.
rounds-opened = La nouvelle vague est ouverte.

## Fashion ClusterXchange: form errors
error-whole-number = Saisissez un nombre entier, par exemple 5.
error-control-characters = Retirez les caractères de contrôle (sauts de ligne, tabulations ou codes invisibles) de ce champ.
error-ends-before-starts = La date de fin doit être égale ou postérieure à la date de début.
error-exchanges-before-call = Les échanges ne peuvent pas commencer avant l’ouverture des candidatures.
error-quota-total = Au moins un type de participant doit avoir un quota supérieur à zéro.
error-stay-order = Le séjour le plus long doit être au moins égal au plus court.
error-own-country = Les échanges franchissent une frontière : choisissez d’autres pays que le vôtre.
error-outside-exchange-window = Cette date est hors de la période d’échanges de la cohorte.
error-stay-longer-than-window = Le séjour est plus long que vos dates de disponibilité.
error-window-too-short = Cette période est plus courte que le séjour minimal.
error-windows-overlap = Cette période chevauche une autre.
error-no-organisation = Vous devez agir pour une organisation pour participer.
error-no-visitor-quota = Les organismes de recherche et d’enseignement participent à ce programme en tant qu’hôtes.
error-not-submitted = Aucune candidature envoyée à retirer.
error-cohort-closed = Cet appel est clos : les candidatures ne peuvent plus être modifiées.
error-already-submitted = Cette candidature est envoyée : modifiez-la en l’envoyant de nouveau, ou retirez-la.
error-lock-same-country = Un visiteur et un hôte du même pays ne peuvent pas être associés.
error-lock-host-full = Cet hôte n’a plus de place pour un autre visiteur verrouillé.
error-lock-quota-full = Le quota de ce type de visiteur est déjà rempli par des paires verrouillées.

## Fashion ClusterXchange: the matching board
board-title = Tableau d’appariement
board-applications = { $count } candidatures
board-offers = { $count } offres
board-pairs = { $count ->
    [one] une paire
   *[other] { $count } paires
}
board-total-score = score total { $score }
board-live-hint = Se met à jour tout seul dès qu’un changement survient.
board-quotas = Quotas
board-matched = Paires formées
board-unmatched = Visiteurs sans hôte
board-idle = Places d’hôte non pourvues
board-places = Places
board-quota-full = Quota atteint : plus aucun visiteur de ce type n’est apparié.
board-visitor = Visiteur
board-host = Hôte
board-score = Score
board-why = Pourquoi
board-overlap-days = { $days ->
    [one] un jour en commun
   *[other] { $days } jours en commun
}
board-locked = Verrouillée
board-preferred-country = Pays préféré
participant-sme = PME
participant-cluster = Organisations de clusters
participant-scaleup = Structures d’accompagnement des scale-ups
participant-large = Grandes entreprises
participant-public = Organismes publics
unmatched-no-host-abroad-with-dates = Aucun hôte à l’étranger n’a de dates compatibles.
unmatched-no-good-enough-host = Aucun hôte ne partage assez de ce qu’ils veulent apprendre.
unmatched-all-fits-forbidden = Les paires compatibles sont interdites.
unmatched-hosts-full = Tous les hôtes compatibles sont complets.
unmatched-quota-reached = Le quota de leur type est atteint.
unmatched-others-gain-more = Leurs hôtes sont allés à des visiteurs qui y gagnent davantage.
board-decide = Décider
board-lock = Verrouiller
board-forbid = Interdire
board-unlock = Déverrouiller

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = De courts échanges transfrontaliers entre les membres de l’alliance : un visiteur passe de trois jours ouvrés à un mois chez un hôte à l’étranger. Posez votre candidature pour une visite, proposez d’accueillir des visiteurs et répondez à l’appariement proposé par les organisateurs.
exchange-no-cohorts = Aucune cohorte n’est encore ouverte.
cohort-new = Ouvrir une cohorte
cohort-new-hint = Les membres peuvent candidater et proposer des places dès l’ouverture des candidatures. Par défaut, les quotas reprennent les objectifs de l’alliance : 75 PME, 10 clusters, 5 structures d’accompagnement des scale-ups, 5 grandes entreprises et 5 organismes publics.
cohort-edit = Modifier la cohorte
cohort-open = Ouverte aux candidatures
cohort-closed = Fermée aux candidatures
cohort-quotas = Quotas
cohort-take-part = Votre participation
cohort-facts = Candidatures du { $open } au { $close } · échanges du { $start } au { $end } · séjours de { $min } à { $max } jours.
field-cohort-name = Nom de la cohorte
field-applications-open = Ouverture des candidatures
field-applications-close = Clôture des candidatures
field-exchanges-start = Début des échanges
field-exchanges-end = Fin des échanges
field-stay-min = Séjour le plus court (jours)
field-stay-max = Séjour le plus long (jours)
field-mode = Mode d’appariement
field-quota = Quota : { $type }
matching-mode-best-total = Meilleur score total (dans la limite des quotas et des capacités)
matching-mode-stable = Stable (acceptation différée, les visiteurs proposent)
exchange-status-draft = Brouillon
exchange-status-submitted = Envoyée
exchange-status-withdrawn = Retirée
entry-not-started = Pas commencée
entry-status = Statut
entry-start = Commencer
entry-change = Modifier
entry-continue = Reprendre le brouillon
entry-withdraw = Retirer
entry-submit = Envoyer
entry-save-draft = Enregistrer le brouillon
entry-submitted-hint = Les candidatures envoyées participent à l’appariement. Un nouvel envoi remplace le précédent.
exchange-your-application = Votre candidature pour une visite
exchange-application-hint = Ce que votre organisation veut apprendre, où et quand elle peut se déplacer.
exchange-hosts-only = Les organismes de recherche et d’enseignement participent en tant qu’hôtes.
exchange-your-offer = Votre offre d’accueil
exchange-offer-hint = Ce que montre une visite de votre organisation, combien de visiteurs vous accueillez et quand.
exchange-proposals-visit = Hôtes proposés pour votre visite
exchange-proposals-host = Visiteurs qui vous sont proposés
exchange-no-proposal-visit = Aucun hôte ne vous a encore été proposé. Les propositions apparaissent ici dès que les organisateurs les publient.
exchange-no-proposal-host = Aucun visiteur ne vous a encore été proposé.
exchange-saved-application = Votre candidature a été enregistrée.
exchange-saved-offer = Votre offre a été enregistrée.
exchange-saved-withdrawn = Retirée : elle ne participe plus à l’appariement.
exchange-saved-accept = Votre acceptation a été enregistrée.
exchange-saved-decline = Votre refus a été enregistré. Le tableau des organisateurs cherche un autre appariement.
application-section-learn = Ce que vous voulez apprendre
application-section-travel = Où et quand
field-topics-wanted = Thèmes sur lesquels vous voulez apprendre
field-preferred-countries = Pays que vous préféreriez (facultatif)
field-available-from = Disponible à partir du
field-available-to = Disponible jusqu’au
field-stay-days = Durée du séjour (jours)
hint-stay-days = Entre { $min } et { $max } jours.
field-motivation = Motivation
hint-motivation = Pourquoi cet échange, et ce que votre organisation fera de ce qu’elle apprendra.
offer-section-visit = Ce que montre une visite
offer-section-when = Combien et quand
field-topics-shown = Thèmes qu’une visite permet de découvrir
field-topics-brought = Thèmes que vous aimeriez voir apportés par les visiteurs (facultatif)
field-includes = Ce que comprend une visite
hint-includes = Une visite guidée, un atelier, des rencontres avec votre équipe, du temps sur le site de production…
field-capacity = Visiteurs que vous pouvez accueillir dans cette cohorte
hint-capacity = De 1 à 50.
hint-windows = Quand vous pouvez recevoir des visiteurs : jusqu’à trois périodes comprises dans la période d’échanges.
field-window-from = Période { $n } : début
field-window-to = Période { $n } : fin
proposal-your-host = Hôte proposé
proposal-your-visitor = Visiteur proposé
proposal-why = Pourquoi cet appariement
proposal-answer-by = Date limite de réponse
proposal-you = Votre réponse
proposal-them = Réponse de l’autre partie
proposal-commitment = Nous nous engageons à un échange de qualité : nous préparerons la visite, respecterons les dates et le programme convenus et partagerons ce que nous apprendrons avec notre cluster.
proposal-confirmed-note = Confirmée : les deux parties ont accepté et se sont engagées sur la qualité.
proposal-expired = Expirée
proposal-state-open = En attente de réponses
proposal-state-confirmed = Confirmée
proposal-state-declined = Refusée
proposal-state-cancelled = Annulée
answer-waiting = Pas encore de réponse
answer-accept = Accepter
answer-decline = Refuser
answer-given-accept = Acceptée
answer-given-decline = Refusée
reason-brings = Apporte
board-publish = { $count ->
    [0] Aucune nouvelle paire à proposer
    [one] Proposer une nouvelle paire à ses membres
   *[other] Proposer { $count } nouvelles paires à leurs membres
}
board-publish-hint = Les membres voient leurs propositions sur la page de la cohorte et répondent sous 7 jours. Les paires proposées restent en l’état pendant que les membres répondent.
board-publish-warning = { $count ->
    [one] Une paire est proposée et son visiteur et son hôte sont prévenus par message. Ils répondent sous 7 jours.
   *[other] { $count } paires sont proposées et chaque visiteur et hôte est prévenu par message ({ $count } visiteurs et leurs hôtes). Ils répondent sous 7 jours.
}
board-publish-confirm = Proposer et les prévenir
entry-withdraw-warning = En la retirant, votre inscription quitte la cohorte, ses propositions sont annulées et les organisations proposées sont prévenues.
entry-withdraw-confirm = Oui, retirer
error-confirm-first = Confirmez d'abord cette action : elle envoie des messages ou annule quelque chose pour d'autres personnes.
board-published = { $count ->
    [0] Aucune nouvelle paire à proposer.
    [one] Une paire proposée à ses membres.
   *[other] { $count } paires proposées à leurs membres.
}
board-filter-type = Type de visiteur
board-filter-show = État
board-filter-name = Le nom contient
board-show-all = Tous
board-show-unproposed = Pas encore proposées
board-show-proposed = En attente de réponses
board-show-confirmed = Confirmées
board-show-locked = Verrouillées
error-proposal-answered = Cette proposition a déjà reçu une réponse.
error-proposal-expired = Le délai pour répondre à cette proposition est dépassé.
error-commitment-required = Cochez l’engagement qualité pour accepter.
error-pair-proposed = L’appariement de ce visiteur a été proposé aux membres : attendez leur réponse.
board-unmatched-more = { $count ->
    [one] Afficher un de plus
   *[other] Afficher { $count } de plus
}
