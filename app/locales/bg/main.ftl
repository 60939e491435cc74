# Bulgarian (bg): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Към съдържанието
home-link = Начало
nav-main = Основна навигация
menu-open = Меню
menu-close = Затвори менюто
nav-directory = Организации
sign-in = Вход
sign-up = Регистрация
sign-out = Изход
language = Език
language-apply = Промяна
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Пет клъстера в областта на модата и текстила от Испания, България, Франция, Румъния и Дания, съфинансирани от програма COSME на ЕС.
loading = Зареждане…
back-home = Обратно към началната страница
not-found-title = Страницата не е намерена
not-found-body = На този адрес няма нищо или съдържанието е видимо само за членове.

## Home
home-title = Европейската екосистема на модата и текстила
home-heading = Реална картина на европейската екосистема на модата и текстила
home-intro = Намерете партньори в други държави, учете се от практиката на другите и участвайте в трансгранични обмени между клъстери, МСП и организациите, които ги подкрепят.
home-browse = Разгледайте организациите
home-join = Присъединете се към платформата
home-stats = Алиансът в цифри
home-stat-organisations = { $count ->
    [one] организация
   *[other] организации
}
home-stat-smes = { $count ->
    [one] МСП
   *[other] МСП
}
home-stat-clusters = { $count ->
    [one] клъстер
   *[other] клъстера
}
home-stat-countries = { $count ->
    [one] държава
   *[other] държави
}
home-clusters = Клъстерите в алианса
home-cluster-members = Вижте членовете му

## Directory
directory-title = Организации
directory-intro = МСП, клъстери, организации за подкрепа, компании, публични органи и научноизследователски центрове от цяла Европа.
directory-search = Търсене
directory-search-placeholder = Име, град или ключова дума
directory-count = { $count ->
    [0] Няма съвпадащи организации
    [one] 1 организация
   *[other] { $count } организации
}
directory-empty = Нищо не отговаря на тези филтри. Опитайте да премахнете някой от тях.
directory-members-only-hint = Някои организации са видими само за членове.
filter-any = Всички
filter-apply = Прилагане на филтрите
filter-clear = Изчистване на всички
pagination-label = Страници
pagination-previous = Предишна
pagination-next = Следваща
pagination-status = Страница { $page } от { $pages }

## Profile
profile-edit = Редактиране на профила
profile-about = Информация
profile-no-description = Все още няма описание.
profile-offers = Предлага
profile-needs = Търси
profile-facts = Основни данни
profile-joined = Член от
profile-clusters = Член на
profile-member-count = { $count ->
    [one] 1 член
   *[other] { $count } членове
}
profile-saved = Промените са запазени.

## Editing an organisation
edit-title = Редактиране на организацията
edit-welcome = Добре дошли! Акаунтът Ви е готов. Попълнете профила на организацията си, за да могат партньорите да Ви намерят; той е видим само за членове, докато не го направите публичен.
edit-section-identity = Кои сте Вие
edit-section-location = Къде се намирате
edit-section-work = С какво се занимавате
save = Запазване на промените
saving = Запазване…
cancel = Отказ
choose-one = Изберете…
choose-none = Не е посочено
hint-website = Например www.example.eu
hint-description = С какво се занимавате, за кого и с какво се отличавате. До 4000 знака; празен ред започва нов абзац.
hint-region = Код по NUTS 2, например ES51 за Каталония.
hint-certifications = По един на ред, например GOTS.
hint-password = Поне 10 знака.

## Accounts
sign-in-no-account = Нови сте в платформата?
sign-up-title = Присъединете се към платформата
sign-up-intro = Създайте акаунт и регистрирайте организацията, в която работите. След това ще можете да попълните профила ѝ.
sign-up-you = За Вас
sign-up-organisation = Вашата организация
sign-up-have-account = Вече имате акаунт?

## Fields
field-name = Име
field-person-name = Вашето име
field-org-name = Име на организацията
field-email = Имейл адрес
field-password = Парола
field-kind = Вид организация
field-country = Държава
field-region = Регион
field-city = Град
field-latitude = Географска ширина
field-longitude = Географска дължина
field-value-chain = Верига на стойността
field-value-chains = Вериги на стойността
field-topic = Тема
field-topics-offered = Възможности, които предлагате
field-topics-needed = Какво търсите
field-cluster = Клъстер
field-size-band = Размер
field-languages = Работни езици
field-certifications = Сертификати
field-website = Уебсайт
field-description = Описание
field-visibility = Кой може да вижда този профил

## Errors
error-required = Това поле е задължително.
error-too-long = Текстът е твърде дълъг.
error-too-many = Избрани са твърде много опции.
error-unknown-choice = Изберете една от предложените опции.
error-pick-at-least-one = Изберете поне една.
error-not-a-number = Въведете число, например 41.3874.
error-out-of-range = Числото е извън допустимия диапазон.
error-coordinates-pair = Посочете както географската ширина, така и дължината, или нито едното.
error-region-format = Кодът по NUTS 2 се състои от две букви, последвани от още две букви или цифри, например ES51.
error-region-country = Този регион не е в избраната държава.
error-website = Въведете уеб адрес, например www.example.eu.
error-email = Въведете имейл адрес, например name@example.eu.
error-email-taken = Вече съществува акаунт с този имейл адрес. Вместо това влезте в него.
error-password-short = Използвайте поне 10 знака.
error-sign-in-failed = Имейл адресът или паролата са грешни.
error-check-form = Моля, коригирайте маркираните полета.
error-unauthenticated = Моля, влезте, за да продължите.
error-not-found = Тази страница не съществува или е видима само за членове.
error-forbidden = Нямате право да извършите това действие.
error-rate-limited = Твърде много опити. Моля, изчакайте малко и опитайте отново.
error-rate-limited-wait = Твърде много опити. Моля, опитайте отново след { $seconds } секунди.
error-internal = Възникна грешка от наша страна. Моля, опитайте отново.
error-reference = Референтен номер:
error-transport = Няма връзка със сървъра. Проверете връзката си и опитайте отново.
error-bad-request = Сървърът не успя да прочете изпратеното. Презаредете страницата и опитайте отново.


## Kinds of organisation

kind-sme = МСП
kind-cluster = Клъстерна организация
kind-scaleup-support = Организация за подкрепа на бързорастящи предприятия
kind-large-company = Голямо предприятие
kind-public-body = Публичен орган
kind-research-education = Научни изследвания или образование

## Value chains

value-chain-fashion-textile = Мода и текстил
value-chain-circular-economy = Кръгова икономика
value-chain-creative-industries = Творчески индустрии
value-chain-digital = Дигитални технологии

## Size bands

size-micro = Микро (под 10 души)
size-small = Малко (10–49 души)
size-medium = Средно (50–249 души)
size-large = Голямо (250 или повече души)

## Visibility

visibility-public = Публичен
visibility-members = Само за членове

## Roles

role-member = Член
role-cluster-manager = Мениджър на клъстер
role-organiser = Организатор на програмата
role-admin = Администратор

## Topics

topic-sustainable-materials = Устойчиви материали
topic-natural-dyeing = Естествено багрене
topic-knitting = Плетене
topic-weaving = Тъкане
topic-pattern-making = Изработване на кройки
topic-garment-manufacturing = Шивашко производство
topic-technical-textiles = Технически текстил
topic-footwear-leather = Обувки и кожа
topic-fashion-design = Моден дизайн
topic-quality-certification = Качество и сертифициране
topic-recycling = Рециклиране на текстил
topic-upcycling = Ъпсайклинг
topic-repair-services = Услуги по ремонт
topic-waste-sorting = Сортиране на текстилни отпадъци
topic-eco-design = Екодизайн
topic-life-cycle-assessment = Оценка на жизнения цикъл
topic-extended-producer-responsibility = Разширена отговорност на производителя
topic-rental-resale = Модели за наем и препродажба
topic-brand-storytelling = Разказване на историята на марката
topic-content-production = Фотография и създаване на съдържание
topic-craft-heritage = Занаятчийско наследство
topic-retail-experience = Изживяване при пазаруване
topic-trend-forecasting = Прогнозиране на тенденции
topic-ecommerce = Електронна търговия
topic-digital-product-passport = Цифров продуктов паспорт
topic-3d-design = 3D дизайн и виртуални мостри
topic-traceability = Проследимост на веригата на доставки
topic-data-analytics = Анализ на данни
topic-automation = Автоматизация и роботика
topic-digital-marketing = Дигитален маркетинг
topic-export-markets = Износ и нови пазари
topic-access-to-finance = Достъп до финансиране
topic-energy-efficiency = Енергийна ефективност
topic-skills-training = Умения и обучение

## Languages

language-en = английски
language-es = испански
language-ca = каталонски
language-bg = български
language-ro = румънски
language-da = датски
language-fr = френски
language-de = немски
language-it = италиански
language-pt = португалски
language-nl = нидерландски
language-pl = полски
language-cs = чешки
language-sk = словашки
language-sl = словенски
language-hr = хърватски
language-hu = унгарски
language-el = гръцки
language-fi = фински
language-sv = шведски
language-et = естонски
language-lv = латвийски
language-lt = литовски
language-mt = малтийски
language-ga = ирландски
language-no = норвежки
language-tr = турски
language-sr = сръбски
language-uk = украински

## Countries

country-AT = Австрия
country-BE = Белгия
country-BG = България
country-HR = Хърватия
country-CY = Кипър
country-CZ = Чехия
country-DK = Дания
country-EE = Естония
country-FI = Финландия
country-FR = Франция
country-DE = Германия
country-GR = Гърция
country-HU = Унгария
country-IE = Ирландия
country-IT = Италия
country-LV = Латвия
country-LT = Литва
country-LU = Люксембург
country-MT = Малта
country-NL = Нидерландия
country-PL = Полша
country-PT = Португалия
country-RO = Румъния
country-SK = Словакия
country-SI = Словения
country-ES = Испания
country-SE = Швеция
country-NO = Норвегия
country-IS = Исландия
country-CH = Швейцария
country-GB = Обединеното кралство
country-RS = Сърбия
country-MK = Северна Македония
country-AL = Албания
country-BA = Босна и Херцеговина
country-ME = Черна гора
country-MD = Молдова
country-UA = Украйна
country-TR = Турция

## Ecosystem map
nav-map = Карта
map-title = Карта на екосистемата
map-intro = Кой къде се намира в Европа, какво предлага всяка държава и от какво все още се нуждае. Щракнете върху държава, за да филтрирате по нея.
map-label = Карта на Европа. Клавишите със стрелки местят картата, плюс и минус променят мащаба, 0 показва цяла Европа.
map-keys = Плъзнете картата или използвайте клавишите със стрелки, за да я местите; за промяна на мащаба превъртете, използвайте жест с два пръста или + и −; 0 връща началния изглед.
map-keys-no-script = Използвайте бутоните + и −, за да мащабирате; изберете държава, за да я видите с нейните организации.
map-skip = Прескочи картата
map-filters = Филтри
map-zoom-in = Увеличаване
map-zoom-out = Намаляване
map-zoom-reset = Показване на цяла Европа
map-views = Изгледи
map-tab-map = Карта
map-tab-table = Таблица
map-metric = Оцветяване на държавите по
map-metric-show = Показване
metric-organisations = Организации
metric-smes = МСП
metric-cluster-members = Членове на клъстери
metric-topics-offered = Предлагани теми
metric-unmet-needs = Непокрити нужди
map-legend-none = Няма
map-showing = { $count ->
    [one] { $count } съвпадаща организация
   *[other] { $count } съвпадащи организации
}
map-unplaced = { $count ->
    [one] ({ $count } все още няма местоположение и не е показана на картата.)
   *[other] ({ $count } все още нямат местоположение и не са показани на картата.)
}
map-organisations = { $count ->
    [one] { $count } организация
   *[other] { $count } организации
}
map-cluster-label = { $count ->
    [one] { $count } организация наблизо; увеличете мащаба
   *[other] { $count } организации наблизо; увеличете мащаба
}
map-panel-close = Затваряне
map-panel-open-profile = Вижте пълния профил
map-panel-all-in-directory = Вижте всички в указателя
map-list-all = Вижте всички в указателя
map-table-countries = По държави
map-table-places = По населени места
map-table-organisations = Организации
map-table-kinds = Видове
filter-as-of = Към дата
filter-as-of-hint = Показва екосистемата такава, каквато е била на тази дата.
map-download = Изтегляне на този изглед:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = JSON API
footer-open-data = API за отворени данни
embed-open-in-cloth = Отворете тази карта в CLOTH
map-tab-network = Мрежа
network-label = Мрежа от клъстери, техните членове и темите, които предлагат. Всеки възел е препратка, която го поставя във фокус.
network-shown = { $count ->
    [one] { $count } показана организация
   *[other] { $count } показани организации
}
network-matching = { $count ->
    [one] от { $count } съвпадаща.
   *[other] от { $count } съвпадащи.
}
network-neighbours = { $count ->
    [one] { $count } връзка:
   *[other] { $count } връзки:
}
network-open = Отворете страницата
network-clear-focus = Показване на цялата мрежа
network-legend-cluster = Клъстер
network-legend-organisation = Организация
network-legend-topic = Предлагана тема
region-kicker = Регион
region-on-map = Вижте на картата
region-in-directory = Вижте организациите в указателя
region-by-kind = Кой е там
region-by-chain = Вериги на стойността
region-offered = Теми, предлагани тук
region-needed = Теми, търсени тук
region-unmet = Непокрити нужди тук
region-unmet-intro = Теми, от които организациите тук се нуждаят, но никоя организация тук не предлага, както и държавите, в които най-много организации ги предлагат.
region-unmet-none = Всяка нужда тук се покрива от организация оттук.
region-needed-by = { $count ->
    [one] търсена от { $count } организация
   *[other] търсена от { $count } организации
}
region-offered-in = Предлага се в:
region-offered-nowhere = все още не се предлага никъде в платформата.
region-regions = Региони
map-region-page = За { $region }: кой е там и от какво има нужда
error-rating-range = Изберете оценка от 1 (не е проблем) до 5 (сериозна пречка).
error-challenge-unknown = Това предизвикателство вече не е включено в проучването.
error-survey-closed = Този кръг на проучването е затворен; отговорите вече не могат да бъдат променяни.
error-closes-before-opens = Датата на затваряне трябва да съвпада с датата на отваряне или да е след нея.
nav-survey = Проучване
survey-title = Тенденции и предизвикателства
survey-intro = Колко трудно е всяко предизвикателство за организациите в целия алианс, държава по държава, и кой може да помогне за справянето с него.
survey-saved = Благодарим Ви! Отговорите на Вашата организация са запазени. Можете да ги променяте до затварянето на кръга.
survey-no-round = Все още не е отворен кръг на проучването.
survey-open = отворен за отговори
survey-closed = затворен
survey-answer = Отговорете от името на Вашата организация
survey-answer-intro = Оценете всяко предизвикателство от 1 (не е проблем за нас) до 5 (сериозна пречка). Оставете без отговор тези, които не можете да прецените. Можете да променяте отговорите си до затварянето на кръга.
survey-save = Запазване на отговорите
survey-no-answer = Без отговор
survey-heat-title = Колко трудно е всяко предизвикателство?
survey-heat-intro = Средна оценка по държави, от 1 (не е проблем) до 5 (сериозна пречка).
survey-respondents = { $count ->
    [one] Отговорила е { $count } организация.
   *[other] Отговорили са { $count } организации.
}
survey-answers = { $count ->
    [one] { $count } отговор
   *[other] { $count } отговора
}
survey-challenge = Предизвикателство
survey-who-helps = Кой може да помогне:
survey-scale = Скала:
challenge-sustainable-materials = Устойчиви материали
challenge-energy-costs = Разходи за енергия
challenge-digital-skills = Дигитални умения
challenge-eu-textile-regulation = Законодателство на ЕС в областта на текстила и цифров продуктов паспорт
challenge-extended-producer-responsibility = Разширена отговорност на производителя
challenge-finance = Финансиране
challenge-skills = Умения
challenge-market-access = Достъп до пазари
region-survey-all = Вижте всички държави
region-survey-none = Все още никой тук не е отговорил на текущия кръг на проучването.
challenges-title = Предизвикателства в проучването
challenges-intro = Предизвикателствата, които членовете оценяват във всеки кръг на проучването, и темите, чиито организации могат да помогнат за справянето с всяко от тях. Оттеглените предизвикателства излизат от проучването, но отговорите за тях се запазват.
challenges-saved = Предизвикателството е запазено.
challenges-status = Състояние
challenges-active = В проучването
challenges-retired = Оттеглено
challenges-edit = Редактиране
challenges-add = Добавяне на предизвикателство
challenges-topics = Теми, чиито организации могат да помогнат
challenges-on-survey = В проучването
challenges-save = Запазване на предизвикателството
challenges-cancel = Отказ
survey-edit-challenges = Редактиране на предизвикателствата
challenges-name = Предизвикателство
map-as-of = Екосистемата към
map-as-of-today = днес
rounds-open-title = Отваряне на нов кръг на проучването
rounds-open-intro = Членовете отговарят в последния отворен кръг и могат да променят отговорите си до затварянето му.
rounds-title = Заглавие
rounds-opens = Първи ден
rounds-closes = Последен ден
rounds-open = Отваряне на кръга
error-date = Въведете дата във формат YYYY-MM-DD.
rounds-opened = Новият кръг е отворен.

## Fashion ClusterXchange: form errors
error-whole-number = Въведете цяло число, например 5.
error-control-characters = Премахнете управляващите знаци (нови редове, табулации или невидими кодове) от това поле.
error-ends-before-starts = Крайната дата трябва да е същата или след началната.
error-exchanges-before-call = Обменът не може да започне преди отварянето на кандидатстването.
error-quota-total = Поне един тип участник трябва да има квота над нула.
error-stay-order = Най-дългият престой трябва да е поне колкото най-краткия.
error-own-country = Обменът е трансграничен: изберете държави, различни от вашата.
error-outside-exchange-window = Тази дата е извън периода за обмен на кохортата.
error-stay-longer-than-window = Престоят е по-дълъг от датите, в които сте на разположение.
error-window-too-short = Този период е по-кратък от най-краткия престой.
error-windows-overlap = Този период се припокрива с друг.
error-no-organisation = Трябва да представлявате организация, за да участвате.
error-no-visitor-quota = Изследователските и образователните организации участват в програмата като домакини.
error-not-submitted = Няма подадена заявка за оттегляне.
error-cohort-closed = Поканата е затворена: заявките вече не могат да се променят.
error-already-submitted = Заявката е подадена: променете я, като я подадете отново, или я оттеглете.
error-lock-same-country = Посетител и домакин от една и съща държава не могат да бъдат свързани.
error-lock-host-full = Този домакин няма място за още един фиксиран посетител.
error-lock-quota-full = Квотата за този тип посетител вече е запълнена от фиксирани двойки.

## Fashion ClusterXchange: the matching board
board-title = Табло за съчетаване
board-applications = { $count } кандидатури
board-offers = { $count } оферти
board-pairs = { $count ->
    [one] една двойка
   *[other] { $count } двойки
}
board-total-score = общ резултат { $score }
board-live-hint = Обновява се само, когато нещо се промени.
board-quotas = Квоти
board-matched = Съчетани двойки
board-unmatched = Посетители без домакин
board-idle = Незаети места при домакини
board-places = Места
board-quota-full = Квотата е достигната: други посетители от този тип не се съчетават.
board-visitor = Посетител
board-host = Домакин
board-score = Резултат
board-why = Защо
board-overlap-days = { $days ->
    [one] един общ ден
   *[other] { $days } общи дни
}
board-locked = Фиксирана
board-preferred-country = Предпочитана държава
participant-sme = МСП
participant-cluster = Клъстерни организации
participant-scaleup = Организации за подкрепа на растящи компании
participant-large = Големи предприятия
participant-public = Публични органи
unmatched-no-host-abroad-with-dates = Няма домакин в чужбина с подходящи дати.
unmatched-no-good-enough-host = Никой домакин не предлага достатъчно от това, което искат да научат.
unmatched-all-fits-forbidden = Подходящите двойки са забранени.
unmatched-hosts-full = Всички подходящи домакини са запълнени.
unmatched-quota-reached = Квотата за техния тип е достигната.
unmatched-others-gain-more = Домакините им отидоха при посетители, които печелят повече.
board-decide = Решение
board-lock = Фиксирай
board-forbid = Забрани
board-unlock = Освободи

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Кратки трансгранични обмени между членовете на алианса: посетителят прекарва от три работни дни до един месец при домакин в чужбина. Кандидатствайте за посещение, предложете да бъдете домакин и отговорете на съчетаването, което предлагат организаторите.
exchange-no-cohorts = Все още няма отворена кохорта.
cohort-new = Отваряне на кохорта
cohort-new-hint = Членовете могат да кандидатстват и да предлагат места от деня, в който се отваря кандидатстването. По подразбиране квотите съответстват на целите на алианса: 75 МСП, 10 клъстера, 5 организации за подкрепа на растящи компании, 5 големи предприятия и 5 публични органа.
cohort-edit = Редактиране на кохортата
cohort-open = Отворена за кандидатстване
cohort-closed = Затворена за кандидатстване
cohort-quotas = Квоти
cohort-take-part = Вашето участие
cohort-facts = Кандидатстване от { $open } до { $close } · обмен от { $start } до { $end } · престой от { $min } до { $max } дни.
field-cohort-name = Име на кохортата
field-applications-open = Начало на кандидатстването
field-applications-close = Край на кандидатстването
field-exchanges-start = Начало на обмена
field-exchanges-end = Край на обмена
field-stay-min = Най-кратък престой (дни)
field-stay-max = Най-дълъг престой (дни)
field-mode = Начин на съчетаване
field-quota = Квота: { $type }
matching-mode-best-total = Най-висок общ резултат (в рамките на квотите и капацитета)
matching-mode-stable = Стабилно (отложено приемане, предлагат посетителите)
exchange-status-draft = Чернова
exchange-status-submitted = Подадена
exchange-status-withdrawn = Оттеглена
entry-not-started = Не е започната
entry-status = Статус
entry-start = Започване
entry-change = Промяна
entry-continue = Продължаване на черновата
entry-withdraw = Оттегляне
entry-submit = Подаване
entry-save-draft = Запазване на черновата
entry-submitted-hint = Подадените заявки участват в съчетаването. Повторното подаване заменя подаденото преди това.
exchange-your-application = Вашата кандидатура за посещение
exchange-application-hint = Какво иска да научи Вашата организация, къде и кога може да пътува.
exchange-hosts-only = Изследователските и образователните организации участват като домакини.
exchange-your-offer = Вашата оферта за домакинство
exchange-offer-hint = Какво показва посещението във Вашата организация, колко посетители приемате и кога.
exchange-proposals-visit = Предложени домакини за Вашето посещение
exchange-proposals-host = Посетители, предложени на Вас
exchange-no-proposal-visit = Все още не е предложен домакин. Предложенията ще се появят тук веднага щом организаторите ги публикуват.
exchange-no-proposal-host = Все още не Ви е предложен посетител.
exchange-saved-application = Кандидатурата Ви е запазена.
exchange-saved-offer = Офертата Ви е запазена.
exchange-saved-withdrawn = Оттеглена: вече не участва в съчетаването.
exchange-saved-accept = Приемането Ви е записано.
exchange-saved-decline = Отказът Ви е записан. Таблото на организаторите търси друго съчетаване.
application-section-learn = Какво искате да научите
application-section-travel = Къде и кога
field-topics-wanted = Теми, по които искате да научите повече
field-preferred-countries = Предпочитани държави (по избор)
field-available-from = На разположение от
field-available-to = На разположение до
field-stay-days = Продължителност на престоя (дни)
hint-stay-days = Между { $min } и { $max } дни.
field-motivation = Мотивация
hint-motivation = Защо този обмен и какво ще направи Вашата организация с наученото.
offer-section-visit = Какво показва посещението
offer-section-when = Колко и кога
field-topics-shown = Теми, които посещението показва
field-topics-brought = Теми, които бихте искали посетителите да донесат (по избор)
field-includes = Какво включва посещението
hint-includes = Обиколка, семинар, срещи с Вашия екип, време в производствения цех…
field-capacity = Посетители, които можете да приемете в тази кохорта
hint-capacity = От 1 до 50.
hint-windows = Кога можете да приемате посетители: до три периода в рамките на периода за обмен.
field-window-from = Период { $n }: от
field-window-to = Период { $n }: до
proposal-your-host = Предложен домакин
proposal-your-visitor = Предложен посетител
proposal-why = Защо това съчетаване
proposal-answer-by = Срок за отговор
proposal-you = Вашият отговор
proposal-them = Отговор на другата страна
proposal-commitment = Поемаме ангажимент за качествен обмен: ще подготвим посещението, ще спазим договорените дати и програма и ще споделим наученото с нашия клъстер.
proposal-confirmed-note = Потвърдено: двете страни приеха и поеха ангажимент за качество.
proposal-expired = Изтекло
proposal-state-open = Очаква отговори
proposal-state-confirmed = Потвърдено
proposal-state-declined = Отказано
proposal-state-cancelled = Отменено
answer-waiting = Все още няма отговор
answer-accept = Приемане
answer-decline = Отказ
answer-given-accept = Прието
answer-given-decline = Отказано
reason-brings = Допринася с
board-publish = { $count ->
    [0] Няма нова двойка за предлагане
    [one] Предлагане на една нова двойка на членовете ѝ
   *[other] Предлагане на { $count } нови двойки на членовете им
}
board-publish-hint = Членовете виждат предложенията си на страницата на кохортата и отговарят в рамките на 7 дни. Предложените двойки остават непроменени, докато членовете отговарят.
board-publish-warning = { $count ->
    [one] Предлага се една двойка и посетителят и домакинът ѝ получават съобщение. Отговарят до 7 дни.
   *[other] Предлагат се { $count } двойки и всеки посетител и домакин получава съобщение ({ $count } посетители и техните домакини). Отговарят до 7 дни.
}
board-publish-confirm = Предложи и уведоми
entry-withdraw-warning = При оттегляне заявката ви излиза от кохортата, предложенията ѝ се отменят и предложените организации се уведомяват.
entry-withdraw-confirm = Да, оттегли
error-confirm-first = Първо потвърдете това действие: то изпраща съобщения или отменя нещо за други хора.
board-published = { $count ->
    [0] Няма нова двойка за предлагане.
    [one] Една двойка е предложена на членовете ѝ.
   *[other] { $count } двойки са предложени на членовете им.
}
board-filter-type = Тип посетител
board-filter-show = Състояние
board-filter-name = Името съдържа
board-show-all = Всички
board-show-unproposed = Още не са предложени
board-show-proposed = Очакват отговори
board-show-confirmed = Потвърдени
board-show-locked = Фиксирани
error-proposal-answered = На това предложение вече е отговорено.
error-proposal-expired = Срокът за отговор на това предложение е изтекъл.
error-commitment-required = Отбележете ангажимента за качество, за да приемете.
error-pair-proposed = Съчетаването на този посетител е предложено на членовете: изчакайте техния отговор.
board-unmatched-more = { $count ->
    [one] Покажи още един
   *[other] Покажи още { $count }
}
