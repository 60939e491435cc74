# English: the reference language. Every key used in the code must be here; the other
# languages translate these keys (a test checks both).

## The frame
skip-to-content = Skip to content
home-link = Home
nav-main = Main
menu-open = Menu
menu-close = Close menu
nav-directory = Organisations
sign-in = Sign in
sign-up = Join
sign-out = Sign out
language = Language
language-apply = Change
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Five fashion and textile clusters from Spain, Bulgaria, France, Romania and Denmark, co-funded by the EU's COSME programme.
loading = Loading…
back-home = Back to the home page
not-found-title = Page not found
not-found-body = There is nothing at this address, or it is visible to members only.

## Home
home-title = Europe's fashion and textile ecosystem
home-heading = A real picture of Europe's fashion and textile ecosystem
home-intro = Find partners in other countries, learn from each other's practice and take part in cross-border exchanges between clusters, SMEs and the organisations that support them.
home-browse = Browse organisations
home-join = Join the platform
home-stats = The alliance in numbers
home-stat-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
home-stat-smes = { $count ->
    [one] SME
   *[other] SMEs
}
home-stat-clusters = { $count ->
    [one] cluster
   *[other] clusters
}
home-stat-countries = { $count ->
    [one] country
   *[other] countries
}
home-clusters = The alliance's clusters
home-cluster-members = See its members

## Directory
directory-title = Organisations
directory-intro = SMEs, clusters, support organisations, companies, public bodies and research centres across Europe.
directory-search = Search
directory-search-placeholder = Name, city or keyword
directory-count = { $count ->
    [0] No organisations match
    [one] 1 organisation
   *[other] { $count } organisations
}
directory-empty = Nothing matches these filters. Try removing one.
directory-members-only-hint = Some organisations are visible to members only.
filter-any = Any
filter-apply = Apply filters
filter-clear = Clear all
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-status = Page { $page } of { $pages }

## Profile
profile-edit = Edit profile
profile-about = About
profile-no-description = No description yet.
profile-offers = Offers
profile-needs = Looking for
profile-facts = Key facts
profile-joined = Joined
profile-clusters = Member of
profile-member-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
profile-saved = Your changes are saved.

## Editing an organisation
edit-title = Edit organisation
edit-welcome = Welcome! Your account is ready. Complete your organisation's profile so partners can find you; it stays visible to members only until you make it public.
edit-section-identity = Who you are
edit-section-location = Where you are
edit-section-work = What you do
save = Save changes
saving = Saving…
cancel = Cancel
choose-one = Choose…
choose-none = Not stated
hint-website = For example www.example.eu
hint-description = What you do, for whom, and what makes you different. Up to 4,000 characters; a blank line starts a new paragraph.
hint-region = NUTS 2 code, for example ES51 for Catalonia.
hint-certifications = One per line, for example GOTS.
hint-password = At least 10 characters.

## Accounts
sign-in-no-account = New to the platform?
sign-up-title = Join the platform
sign-up-intro = Create your account and register the organisation you work for. You can complete its profile next.
sign-up-you = About you
sign-up-organisation = Your organisation
sign-up-have-account = Already have an account?

## Fields
field-name = Name
field-person-name = Your name
field-org-name = Organisation name
field-email = Email address
field-password = Password
field-kind = Kind of organisation
field-country = Country
field-region = Region
field-city = City
field-latitude = Latitude
field-longitude = Longitude
field-value-chain = Value chain
field-value-chains = Value chains
field-topic = Topic
field-topics-offered = Capabilities you offer
field-topics-needed = What you are looking for
field-cluster = Cluster
field-size-band = Size
field-languages = Working languages
field-certifications = Certifications
field-website = Website
field-description = Description
field-visibility = Who can see this profile

## Errors
error-required = This field is required.
error-too-long = This is too long.
error-too-many = Too many choices.
error-unknown-choice = Choose one of the options offered.
error-pick-at-least-one = Choose at least one.
error-not-a-number = Enter a number, for example 41.3874.
error-out-of-range = This number is out of range.
error-coordinates-pair = Give both latitude and longitude, or neither.
error-region-format = A NUTS 2 code is two letters and two more letters or digits, for example ES51.
error-region-country = This region is not in the chosen country.
error-website = Enter a web address such as www.example.eu.
error-email = Enter an email address such as name@example.eu.
error-email-taken = An account with this email address already exists. Sign in instead.
error-password-short = Use at least 10 characters.
error-sign-in-failed = The email address or password is not right.
error-check-form = Please correct the highlighted fields.
error-unauthenticated = Please sign in to continue.
error-not-found = This page does not exist, or it is visible to members only.
error-forbidden = You are not allowed to do this.
error-rate-limited = Too many attempts. Please wait a moment and try again.
error-rate-limited-wait = Too many attempts. Please try again in { $seconds } seconds.
error-internal = Something went wrong on our side. Please try again.
error-reference = Reference:
error-transport = The server could not be reached. Check your connection and try again.
error-bad-request = The server could not read what was sent. Reload the page and try again.


## Kinds of organisation

kind-sme = SME
kind-cluster = Cluster organisation
kind-scaleup-support = Scale-up support organisation
kind-large-company = Large company
kind-public-body = Public body
kind-research-education = Research or education

## Value chains

value-chain-fashion-textile = Fashion & textile
value-chain-circular-economy = Circular economy
value-chain-creative-industries = Creative industries
value-chain-digital = Digital

## Size bands

size-micro = Micro (under 10 people)
size-small = Small (10–49 people)
size-medium = Medium (50–249 people)
size-large = Large (250 people or more)

## Visibility

visibility-public = Public
visibility-members = Members only

## Roles

role-member = Member
role-cluster-manager = Cluster manager
role-organiser = Programme organiser
role-admin = Administrator

## Topics

topic-sustainable-materials = Sustainable materials
topic-natural-dyeing = Natural dyeing
topic-knitting = Knitting
topic-weaving = Weaving
topic-pattern-making = Pattern making
topic-garment-manufacturing = Garment manufacturing
topic-technical-textiles = Technical textiles
topic-footwear-leather = Footwear & leather
topic-fashion-design = Fashion design
topic-quality-certification = Quality & certification
topic-recycling = Textile recycling
topic-upcycling = Upcycling
topic-repair-services = Repair services
topic-waste-sorting = Textile waste sorting
topic-eco-design = Eco-design
topic-life-cycle-assessment = Life-cycle assessment
topic-extended-producer-responsibility = Extended producer responsibility
topic-rental-resale = Rental & resale models
topic-brand-storytelling = Brand storytelling
topic-content-production = Photo & content production
topic-craft-heritage = Craft heritage
topic-retail-experience = Retail experience
topic-trend-forecasting = Trend forecasting
topic-ecommerce = E-commerce
topic-digital-product-passport = Digital product passport
topic-3d-design = 3D design & virtual sampling
topic-traceability = Supply-chain traceability
topic-data-analytics = Data analytics
topic-automation = Automation & robotics
topic-digital-marketing = Digital marketing
topic-export-markets = Export & new markets
topic-access-to-finance = Access to finance
topic-energy-efficiency = Energy efficiency
topic-skills-training = Skills & training

## Languages

language-en = English
language-es = Spanish
language-ca = Catalan
language-bg = Bulgarian
language-ro = Romanian
language-da = Danish
language-fr = French
language-de = German
language-it = Italian
language-pt = Portuguese
language-nl = Dutch
language-pl = Polish
language-cs = Czech
language-sk = Slovak
language-sl = Slovenian
language-hr = Croatian
language-hu = Hungarian
language-el = Greek
language-fi = Finnish
language-sv = Swedish
language-et = Estonian
language-lv = Latvian
language-lt = Lithuanian
language-mt = Maltese
language-ga = Irish
language-no = Norwegian
language-tr = Turkish
language-sr = Serbian
language-uk = Ukrainian

## Countries

country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-HR = Croatia
country-CY = Cyprus
country-CZ = Czechia
country-DK = Denmark
country-EE = Estonia
country-FI = Finland
country-FR = France
country-DE = Germany
country-GR = Greece
country-HU = Hungary
country-IE = Ireland
country-IT = Italy
country-LV = Latvia
country-LT = Lithuania
country-LU = Luxembourg
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Spain
country-SE = Sweden
country-NO = Norway
country-IS = Iceland
country-CH = Switzerland
country-GB = United Kingdom
country-RS = Serbia
country-MK = North Macedonia
country-AL = Albania
country-BA = Bosnia and Herzegovina
country-ME = Montenegro
country-MD = Moldova
country-UA = Ukraine
country-TR = Türkiye

## Ecosystem map
nav-map = Map
map-title = Ecosystem map
map-intro = Who is where across Europe, and what each country offers and still needs. Click a country to filter to it.
map-label = Map of Europe. Arrow keys pan, plus and minus zoom, 0 shows all of Europe.
map-keys = Drag or use the arrow keys to move; scroll, pinch, + and − to zoom; 0 resets.
map-keys-no-script = Use the + and − buttons to zoom; choose a country to show it and its organisations.
map-skip = Skip past the map
map-filters = Filters
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-zoom-reset = Show all of Europe
map-views = Views
map-tab-map = Map
map-tab-table = Table
map-metric = Colour countries by
map-metric-show = Show
metric-organisations = Organisations
metric-smes = SMEs
metric-cluster-members = Cluster members
metric-topics-offered = Topics offered
metric-unmet-needs = Unmet needs
map-legend-none = None
map-showing = { $count ->
    [one] { $count } organisation matches
   *[other] { $count } organisations match
}
map-unplaced = { $count ->
    [one] ({ $count } has no location yet and is not on the map.)
   *[other] ({ $count } have no location yet and are not on the map.)
}
map-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
map-cluster-label = { $count ->
    [one] { $count } organisation nearby; zoom in
   *[other] { $count } organisations nearby; zoom in
}
map-panel-close = Close
map-panel-open-profile = Open the full profile
map-panel-all-in-directory = See them all in the directory
map-list-all = See them all in the directory
map-table-countries = By country
map-table-places = By place
map-table-organisations = Organisations
map-table-kinds = Kinds
filter-as-of = As of
filter-as-of-hint = Show the ecosystem as it stood on this day.
map-download = Download this view:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = JSON API
footer-open-data = Open data API
embed-open-in-cloth = Open this map on CLOTH
map-tab-network = Network
network-label = Network of clusters, their members and the topics they offer. Each node is a link that focuses it.
network-shown = { $count ->
    [one] { $count } organisation drawn
   *[other] { $count } organisations drawn
}
network-matching = { $count ->
    [one] of { $count } matching.
   *[other] of { $count } matching.
}
network-neighbours = { $count ->
    [one] { $count } connection:
   *[other] { $count } connections:
}
network-open = Open its page
network-clear-focus = Show the whole network
network-legend-cluster = Cluster
network-legend-organisation = Organisation
network-legend-topic = Topic offered
region-kicker = Region
region-on-map = See it on the map
region-in-directory = List its organisations
region-by-kind = Who is there
region-by-chain = Value chains
region-offered = Topics offered here
region-needed = Topics needed here
region-unmet = Needs nobody here offers
region-unmet-intro = Topics organisations here need that no organisation here offers, and the countries where most organisations offer them.
region-unmet-none = Every need here is offered by someone here.
region-needed-by = { $count ->
    [one] needed by { $count } organisation
   *[other] needed by { $count } organisations
}
region-offered-in = Offered in:
region-offered-nowhere = not offered anywhere on the platform yet.
region-regions = Regions
map-region-page = About { $region }: who is there, what is needed
error-rating-range = Choose a rating from 1 (not a problem) to 5 (a serious obstacle).
error-challenge-unknown = This challenge is not on the survey any more.
error-survey-closed = This survey round is closed; answers can no longer be changed.
error-closes-before-opens = The closing date must be on or after the opening date.
nav-survey = Survey
survey-title = Trends and challenges
survey-intro = How hard each challenge is for organisations across the alliance, country by country, and who can help with it.
survey-saved = Thank you: your organisation's answers are saved. You can change them until the round closes.
survey-no-round = No survey round has opened yet.
survey-open = open for answers
survey-closed = closed
survey-answer = Answer for your organisation
survey-answer-intro = Rate each challenge from 1 (not a problem for us) to 5 (a serious obstacle). Leave any you cannot judge unanswered. You can change your answers until the round closes.
survey-save = Save answers
survey-no-answer = No answer
survey-heat-title = How hard is each challenge?
survey-heat-intro = Mean rating per country, from 1 (not a problem) to 5 (a serious obstacle).
survey-respondents = { $count ->
    [one] { $count } organisation answered.
   *[other] { $count } organisations answered.
}
survey-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
survey-challenge = Challenge
survey-who-helps = Who can help:
survey-scale = Scale:
challenge-sustainable-materials = Sustainable materials
challenge-energy-costs = Energy costs
challenge-digital-skills = Digital skills
challenge-eu-textile-regulation = EU textile regulation and the digital product passport
challenge-extended-producer-responsibility = Extended producer responsibility
challenge-finance = Finance
challenge-skills = Skills
challenge-market-access = Market access
region-survey-all = See every country
region-survey-none = Nobody here has answered the current survey round yet.
challenges-title = Survey challenges
challenges-intro = The challenges members rate in each survey round, and the topics whose organisations can help with each. Retired challenges leave the survey but keep their answers.
challenges-saved = The challenge is saved.
challenges-status = Status
challenges-active = On the survey
challenges-retired = Retired
challenges-edit = Edit
challenges-add = Add a challenge
challenges-topics = Topics whose organisations can help
challenges-on-survey = On the survey
challenges-save = Save challenge
challenges-cancel = Cancel
survey-edit-challenges = Edit the challenges
challenges-name = Challenge
map-as-of = The ecosystem as of
map-as-of-today = today
rounds-open-title = Open a new survey round
rounds-open-intro = Members answer the latest round that has opened, and may change their answers until it closes.
rounds-title = Title
rounds-opens = First day
rounds-closes = Last day
rounds-open = Open the round
error-date = Enter a date as YYYY-MM-DD.
rounds-opened = The new round is open.

## Fashion ClusterXchange: form errors
error-whole-number = Enter a whole number, for example 5.
error-control-characters = Remove the control characters (such as line breaks, tabs or invisible codes) from this field.
error-ends-before-starts = The end date must be on or after the start date.
error-exchanges-before-call = Exchanges cannot start before applications open.
error-quota-total = At least one participant type needs a quota above zero.
error-stay-order = The longest stay must be at least the shortest stay.
error-own-country = Exchanges cross a border: choose countries other than your own.
error-outside-exchange-window = This date is outside the cohort’s exchange period.
error-stay-longer-than-window = The stay is longer than the dates you are available.
error-window-too-short = This window is shorter than the shortest stay.
error-windows-overlap = This window overlaps another one.
error-no-organisation = You need to act for an organisation to take part.
error-no-visitor-quota = Research and education organisations take part in this scheme as hosts.
error-not-submitted = There is no submitted entry to withdraw.
error-cohort-closed = This call is closed: entries can no longer be changed.
error-already-submitted = This entry is submitted: change it by submitting again, or withdraw it.
error-lock-same-country = A visitor and a host in the same country cannot be paired.
error-lock-host-full = This host has no place left for another locked visitor.
error-lock-quota-full = The quota of this visitor’s type is already filled by locked pairs.

## Fashion ClusterXchange: the matching board
board-title = Matching board
board-applications = { $count ->
    [one] one application
   *[other] { $count } applications
}
board-offers = { $count ->
    [one] one offer
   *[other] { $count } offers
}
board-pairs = { $count ->
    [one] one pair
   *[other] { $count } pairs
}
board-total-score = total score { $score }
board-live-hint = Updates by itself when anything changes.
board-quotas = Quotas
board-matched = Matched pairs
board-unmatched = Visitors without a host
board-idle = Host places nobody fills
board-places = Places
board-quota-full = Quota reached: no further visitor of this type is matched.
board-visitor = Visitor
board-host = Host
board-score = Score
board-why = Why
board-overlap-days = { $days ->
    [one] one day in common
   *[other] { $days } days in common
}
board-locked = Locked
board-preferred-country = Preferred country
participant-sme = SMEs
participant-cluster = Cluster organisations
participant-scaleup = Scale-up support organisations
participant-large = Large companies
participant-public = Public bodies
unmatched-no-host-abroad-with-dates = No host abroad has dates that fit.
unmatched-no-good-enough-host = No host shares enough of what they want to learn.
unmatched-all-fits-forbidden = The pairs that fit are forbidden.
unmatched-hosts-full = Every host that fits is full.
unmatched-quota-reached = The quota for their type is reached.
unmatched-others-gain-more = Their hosts went to visitors who gain more.
board-decide = Decide
board-lock = Lock
board-forbid = Forbid
board-unlock = Unlock

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Short cross-border exchanges between the alliance’s members: a visitor spends from three working days to a month with a host abroad. Apply to visit, offer to host, and answer the match the organisers propose.
exchange-no-cohorts = No cohort is open yet.
cohort-new = Open a cohort
cohort-new-hint = Members can apply and offer places from the day applications open. The quotas default to the alliance’s targets: 75 SMEs, 10 clusters, 5 scale-up support organisations, 5 large companies and 5 public bodies.
cohort-edit = Edit cohort
cohort-open = Open for applications
cohort-closed = Closed for applications
cohort-quotas = Quotas
cohort-take-part = Your participation
cohort-facts = Applications { $open } to { $close } · exchanges { $start } to { $end } · stays of { $min } to { $max } days.
field-cohort-name = Cohort name
field-applications-open = Applications open
field-applications-close = Applications close
field-exchanges-start = Exchanges start
field-exchanges-end = Exchanges end
field-stay-min = Shortest stay (days)
field-stay-max = Longest stay (days)
field-mode = Matching
field-quota = Quota: { $type }
matching-mode-best-total = Best total score (within quotas and capacities)
matching-mode-stable = Stable (visitor-proposing deferred acceptance)
exchange-status-draft = Draft
exchange-status-submitted = Submitted
exchange-status-withdrawn = Withdrawn
entry-not-started = Not started
entry-status = Status
entry-start = Start
entry-change = Change
entry-continue = Continue the draft
entry-withdraw = Withdraw
entry-submit = Submit
entry-save-draft = Save draft
entry-submitted-hint = Submitted entries take part in matching. Submitting again replaces what was submitted.
exchange-your-application = Your application to visit
exchange-application-hint = What your organisation wants to learn, where and when it can travel.
exchange-hosts-only = Research and education organisations take part as hosts.
exchange-your-offer = Your offer to host
exchange-offer-hint = What a visit to your organisation shows, how many visitors you take and when.
exchange-proposals-visit = Hosts proposed for your visit
exchange-proposals-host = Visitors proposed to you
exchange-no-proposal-visit = No host has been proposed yet. Proposals appear here as soon as the organisers publish them.
exchange-no-proposal-host = No visitor has been proposed to you yet.
exchange-saved-application = Your application is saved.
exchange-saved-offer = Your offer is saved.
exchange-saved-withdrawn = Withdrawn: it no longer takes part in matching.
exchange-saved-accept = Your acceptance is recorded.
exchange-saved-decline = Your decline is recorded. The organisers’ board looks for another match.
application-section-learn = What you want to learn
application-section-travel = Where and when
field-topics-wanted = Topics you want to learn about
field-preferred-countries = Countries you would prefer (optional)
field-available-from = Available from
field-available-to = Available until
field-stay-days = Length of stay (days)
hint-stay-days = Between { $min } and { $max } days.
field-motivation = Motivation
hint-motivation = Why this exchange, and what your organisation will do with what it learns.
offer-section-visit = What a visit shows
offer-section-when = How many and when
field-topics-shown = Topics a visit shows
field-topics-brought = Topics you would like visitors to bring (optional)
field-includes = What a visit includes
hint-includes = A tour, a workshop, meetings with your team, time on the production floor…
field-capacity = Visitors you can take in this cohort
hint-capacity = From 1 to 50.
hint-windows = When you can receive visitors: up to three periods inside the exchange window.
field-window-from = Period { $n } from
field-window-to = Period { $n } until
proposal-your-host = Proposed host
proposal-your-visitor = Proposed visitor
proposal-why = Why this match
proposal-answer-by = Answer by
proposal-you = Your answer
proposal-them = Their answer
proposal-commitment = We commit to a quality exchange: we will prepare the visit, keep to the agreed dates and programme, and share what we learn with our cluster.
proposal-confirmed-note = Confirmed: both sides accepted and committed to quality.
proposal-expired = Expired
proposal-state-open = Waiting for answers
proposal-state-confirmed = Confirmed
proposal-state-declined = Declined
proposal-state-cancelled = Cancelled
answer-waiting = Not answered yet
answer-accept = Accept
answer-decline = Decline
answer-given-accept = Accepted
answer-given-decline = Declined
reason-brings = Brings
board-publish = { $count ->
    [0] No new pair to propose
    [one] Propose one new pair to its members
   *[other] Propose { $count } new pairs to their members
}
board-publish-hint = Members see their proposals on the cohort page and answer within 7 days. Proposed pairs stay as they are while the members answer.
board-publish-warning = { $count ->
    [one] This proposes one pair and tells its visitor and host by message. They answer within 7 days.
   *[other] This proposes { $count } pairs and tells each visitor and host by message ({ $count } visitors and their hosts). They answer within 7 days.
}
board-publish-confirm = Propose and tell them
entry-withdraw-warning = Withdrawing takes your entry out of the cohort, cancels its proposals and tells the organisations proposed to you.
entry-withdraw-confirm = Yes, withdraw
error-confirm-first = Confirm this action first: it messages or cancels for other people.
board-published = { $count ->
    [0] No new pair to propose.
    [one] One pair proposed to its members.
   *[other] { $count } pairs proposed to their members.
}
board-unmatched-more = { $count ->
    [one] Show one more
   *[other] Show { $count } more
}
board-filter-type = Visitor type
board-filter-show = Standing
board-filter-name = Name contains
board-show-all = All
board-show-unproposed = Not yet proposed
board-show-proposed = Waiting for answers
board-show-confirmed = Confirmed
board-show-locked = Locked
error-proposal-answered = This proposal has already been answered.
error-proposal-expired = The time to answer this proposal has passed.
error-commitment-required = Tick the quality commitment to accept.
error-pair-proposed = This visitor’s match is with the members: wait for their answer.
