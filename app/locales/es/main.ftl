# Spanish (es): translation of locales/en/main.ftl, the reference language. Keep the same
# keys as English (a test checks that this file has no keys English lacks).

## The frame
skip-to-content = Saltar al contenido
home-link = Inicio
nav-main = Principal
menu-open = Menú
menu-close = Cerrar el menú
nav-directory = Organizaciones
sign-in = Iniciar sesión
sign-up = Unirse
sign-out = Cerrar sesión
language = Idioma
language-apply = Cambiar
footer-about = CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion. Cinco clústeres de moda y textil de España, Bulgaria, Francia, Rumanía y Dinamarca, cofinanciados por el programa COSME de la UE.
loading = Cargando…
back-home = Volver a la página de inicio
not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección, o solo es visible para los miembros.

## Home
home-title = El ecosistema europeo de la moda y el textil
home-heading = Una imagen real del ecosistema europeo de la moda y el textil
home-intro = Encuentre socios en otros países, aprenda de la práctica de los demás y participe en intercambios transfronterizos entre clústeres, pymes y las organizaciones que los apoyan.
home-browse = Explorar organizaciones
home-join = Unirse a la plataforma
home-stats = La alianza en cifras
home-stat-organisations = { $count ->
    [one] organización
   *[other] organizaciones
}
home-stat-smes = { $count ->
    [one] pyme
   *[other] pymes
}
home-stat-clusters = { $count ->
    [one] clúster
   *[other] clústeres
}
home-stat-countries = { $count ->
    [one] país
   *[other] países
}
home-clusters = Los clústeres de la alianza
home-cluster-members = Ver sus miembros

## Directory
directory-title = Organizaciones
directory-intro = Pymes, clústeres, organizaciones de apoyo, empresas, organismos públicos y centros de investigación de toda Europa.
directory-search = Buscar
directory-search-placeholder = Nombre, ciudad o palabra clave
directory-count = { $count ->
    [0] Ninguna organización coincide
    [one] 1 organización
   *[other] { $count } organizaciones
}
directory-empty = Nada coincide con estos filtros. Pruebe a quitar alguno.
directory-members-only-hint = Algunas organizaciones solo son visibles para los miembros.
filter-any = Cualquiera
filter-apply = Aplicar filtros
filter-clear = Borrar todo
pagination-label = Páginas
pagination-previous = Anterior
pagination-next = Siguiente
pagination-status = Página { $page } de { $pages }

## Profile
profile-edit = Editar perfil
profile-about = Acerca de
profile-no-description = Todavía no hay descripción.
profile-offers = Ofrece
profile-needs = Busca
profile-facts = Datos clave
profile-joined = Miembro desde
profile-clusters = Miembro de
profile-member-count = { $count ->
    [one] 1 miembro
   *[other] { $count } miembros
}
profile-saved = Se han guardado los cambios.

## Editing an organisation
edit-title = Editar organización
edit-welcome = ¡Le damos la bienvenida! Su cuenta ya está lista. Complete el perfil de su organización para que los socios puedan encontrarla; solo será visible para los miembros hasta que lo haga público.
edit-section-identity = Quiénes son
edit-section-location = Dónde están
edit-section-work = A qué se dedican
save = Guardar cambios
saving = Guardando…
cancel = Cancelar
choose-one = Seleccione…
choose-none = Sin especificar
hint-website = Por ejemplo, www.example.eu
hint-description = Qué hacen, para quién y qué los diferencia. Hasta 4000 caracteres; una línea en blanco empieza un nuevo párrafo.
hint-region = Código NUTS 2, por ejemplo ES51 para Cataluña.
hint-certifications = Una por línea, por ejemplo GOTS.
hint-password = Al menos 10 caracteres.

## Accounts
sign-in-no-account = ¿Aún no tiene cuenta?
sign-up-title = Unirse a la plataforma
sign-up-intro = Cree su cuenta y registre la organización en la que trabaja. Después podrá completar su perfil.
sign-up-you = Sobre usted
sign-up-organisation = Su organización
sign-up-have-account = ¿Ya tiene una cuenta?

## Fields
field-name = Nombre
field-person-name = Su nombre
field-org-name = Nombre de la organización
field-email = Correo electrónico
field-password = Contraseña
field-kind = Tipo de organización
field-country = País
field-region = Región
field-city = Ciudad
field-latitude = Latitud
field-longitude = Longitud
field-value-chain = Cadena de valor
field-value-chains = Cadenas de valor
field-topic = Tema
field-topics-offered = Capacidades que ofrece
field-topics-needed = Qué busca
field-cluster = Clúster
field-size-band = Tamaño
field-languages = Idiomas de trabajo
field-certifications = Certificaciones
field-website = Sitio web
field-description = Descripción
field-visibility = Quién puede ver este perfil

## Errors
error-required = Este campo es obligatorio.
error-too-long = El texto es demasiado largo.
error-too-many = Demasiadas opciones seleccionadas.
error-unknown-choice = Elija una de las opciones disponibles.
error-pick-at-least-one = Elija al menos una.
error-not-a-number = Introduzca un número, por ejemplo 41.3874.
error-out-of-range = Este número está fuera del rango permitido.
error-coordinates-pair = Indique la latitud y la longitud, o ninguna de las dos.
error-region-format = Un código NUTS 2 consta de dos letras seguidas de otras dos letras o cifras, por ejemplo ES51.
error-region-country = Esta región no pertenece al país elegido.
error-website = Introduzca una dirección web como www.example.eu.
error-email = Introduzca una dirección de correo electrónico como name@example.eu.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión.
error-password-short = Use al menos 10 caracteres.
error-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas.
error-check-form = Corrija los campos resaltados.
error-unauthenticated = Inicie sesión para continuar.
error-not-found = Esta página no existe o solo es visible para los miembros.
error-forbidden = No tiene permiso para realizar esta acción.
error-rate-limited = Demasiados intentos. Espere un momento y vuelva a intentarlo.
error-rate-limited-wait = Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
error-internal = Algo ha fallado por nuestra parte. Vuelva a intentarlo.
error-reference = Referencia:
error-transport = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-bad-request = El servidor no pudo leer lo enviado. Vuelva a cargar la página e inténtelo de nuevo.


## Kinds of organisation

kind-sme = Pyme
kind-cluster = Organización de clúster
kind-scaleup-support = Organización de apoyo a scale-ups
kind-large-company = Gran empresa
kind-public-body = Organismo público
kind-research-education = Investigación o educación

## Value chains

value-chain-fashion-textile = Moda y textil
value-chain-circular-economy = Economía circular
value-chain-creative-industries = Industrias creativas
value-chain-digital = Digital

## Size bands

size-micro = Micro (menos de 10 personas)
size-small = Pequeña (10–49 personas)
size-medium = Mediana (50–249 personas)
size-large = Grande (250 personas o más)

## Visibility

visibility-public = Público
visibility-members = Solo miembros

## Roles

role-member = Miembro
role-cluster-manager = Responsable de clúster
role-organiser = Organizador del programa
role-admin = Administrador

## Topics

topic-sustainable-materials = Materiales sostenibles
topic-natural-dyeing = Teñido natural
topic-knitting = Tejido de punto
topic-weaving = Tejeduría
topic-pattern-making = Patronaje
topic-garment-manufacturing = Confección de prendas
topic-technical-textiles = Textiles técnicos
topic-footwear-leather = Calzado y piel
topic-fashion-design = Diseño de moda
topic-quality-certification = Calidad y certificación
topic-recycling = Reciclaje textil
topic-upcycling = Suprarreciclaje
topic-repair-services = Servicios de reparación
topic-waste-sorting = Clasificación de residuos textiles
topic-eco-design = Ecodiseño
topic-life-cycle-assessment = Análisis del ciclo de vida
topic-extended-producer-responsibility = Responsabilidad ampliada del productor
topic-rental-resale = Modelos de alquiler y reventa
topic-brand-storytelling = Narrativa de marca
topic-content-production = Producción fotográfica y de contenidos
topic-craft-heritage = Patrimonio artesanal
topic-retail-experience = Experiencia de compra
topic-trend-forecasting = Previsión de tendencias
topic-ecommerce = Comercio electrónico
topic-digital-product-passport = Pasaporte digital de producto
topic-3d-design = Diseño 3D y muestras virtuales
topic-traceability = Trazabilidad de la cadena de suministro
topic-data-analytics = Análisis de datos
topic-automation = Automatización y robótica
topic-digital-marketing = Marketing digital
topic-export-markets = Exportación y nuevos mercados
topic-access-to-finance = Acceso a la financiación
topic-energy-efficiency = Eficiencia energética
topic-skills-training = Competencias y formación

## Languages

language-en = inglés
language-es = español
language-ca = catalán
language-bg = búlgaro
language-ro = rumano
language-da = danés
language-fr = francés
language-de = alemán
language-it = italiano
language-pt = portugués
language-nl = neerlandés
language-pl = polaco
language-cs = checo
language-sk = eslovaco
language-sl = esloveno
language-hr = croata
language-hu = húngaro
language-el = griego
language-fi = finés
language-sv = sueco
language-et = estonio
language-lv = letón
language-lt = lituano
language-mt = maltés
language-ga = irlandés
language-no = noruego
language-tr = turco
language-sr = serbio
language-uk = ucraniano

## Countries

country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-HR = Croacia
country-CY = Chipre
country-CZ = Chequia
country-DK = Dinamarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Alemania
country-GR = Grecia
country-HU = Hungría
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburgo
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SK = Eslovaquia
country-SI = Eslovenia
country-ES = España
country-SE = Suecia
country-NO = Noruega
country-IS = Islandia
country-CH = Suiza
country-GB = Reino Unido
country-RS = Serbia
country-MK = Macedonia del Norte
country-AL = Albania
country-BA = Bosnia y Herzegovina
country-ME = Montenegro
country-MD = Moldavia
country-UA = Ucrania
country-TR = Turquía

## Ecosystem map
nav-map = Mapa
map-title = Mapa del ecosistema
map-intro = Quién está dónde en Europa, y qué ofrece y qué necesita todavía cada país. Haga clic en un país para filtrar por él.
map-label = Mapa de Europa. Las teclas de flecha desplazan el mapa, más y menos cambian el zoom y 0 muestra toda Europa.
map-keys = Arrastre o use las teclas de flecha para desplazarse; use la rueda, pellizque o pulse + y − para hacer zoom; 0 restablece la vista.
map-keys-no-script = Use los botones + y − para acercar o alejar; elija un país para verlo con sus organizaciones.
map-skip = Saltar el mapa
map-filters = Filtros
map-zoom-in = Acercar
map-zoom-out = Alejar
map-zoom-reset = Mostrar toda Europa
map-views = Vistas
map-tab-map = Mapa
map-tab-table = Tabla
map-metric = Colorear los países según
map-metric-show = Mostrar
metric-organisations = Organizaciones
metric-smes = Pymes
metric-cluster-members = Miembros de clústeres
metric-topics-offered = Temas ofrecidos
metric-unmet-needs = Necesidades sin cubrir
map-legend-none = Ninguna
map-showing = { $count ->
    [one] { $count } organización coincide
   *[other] { $count } organizaciones coinciden
}
map-unplaced = { $count ->
    [one] ({ $count } aún no tiene ubicación y no aparece en el mapa.)
   *[other] ({ $count } aún no tienen ubicación y no aparecen en el mapa.)
}
map-organisations = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
map-cluster-label = { $count ->
    [one] { $count } organización cerca; acerque el mapa
   *[other] { $count } organizaciones cerca; acerque el mapa
}
map-panel-close = Cerrar
map-panel-open-profile = Abrir el perfil completo
map-panel-all-in-directory = Verlas todas en el directorio
map-list-all = Verlas todas en el directorio
map-table-countries = Por país
map-table-places = Por localidad
map-table-organisations = Organizaciones
map-table-kinds = Tipos
filter-as-of = A fecha de
filter-as-of-hint = Muestra el ecosistema tal como estaba en esta fecha.
map-download = Descargar esta vista:
map-download-csv = CSV
map-download-geojson = GeoJSON
map-download-api = API JSON
footer-open-data = API de datos abiertos
embed-open-in-cloth = Abrir este mapa en CLOTH
map-tab-network = Red
network-label = Red de clústeres, sus miembros y los temas que ofrecen. Cada nodo es un enlace que centra la vista en él.
network-shown = { $count ->
    [one] { $count } organización mostrada
   *[other] { $count } organizaciones mostradas
}
network-matching = { $count ->
    [one] de { $count } que coincide.
   *[other] de { $count } que coinciden.
}
network-neighbours = { $count ->
    [one] { $count } conexión:
   *[other] { $count } conexiones:
}
network-open = Abrir su página
network-clear-focus = Mostrar toda la red
network-legend-cluster = Clúster
network-legend-organisation = Organización
network-legend-topic = Tema ofrecido
region-kicker = Región
region-on-map = Ver en el mapa
region-in-directory = Ver la lista de sus organizaciones
region-by-kind = Quién hay
region-by-chain = Cadenas de valor
region-offered = Temas que se ofrecen aquí
region-needed = Temas que se buscan aquí
region-unmet = Necesidades sin cubrir aquí
region-unmet-intro = Temas que necesitan las organizaciones de aquí y que ninguna organización de aquí ofrece, y los países donde más organizaciones los ofrecen.
region-unmet-none = Todas las necesidades de aquí las cubre alguna organización de aquí.
region-needed-by = { $count ->
    [one] buscado por { $count } organización
   *[other] buscado por { $count } organizaciones
}
region-offered-in = Se ofrece en:
region-offered-nowhere = todavía no se ofrece en ningún lugar de la plataforma.
region-regions = Regiones
map-region-page = Sobre { $region }: quién hay y qué se necesita
error-rating-range = Elija una valoración del 1 (no es un problema) al 5 (un obstáculo grave).
error-challenge-unknown = Este reto ya no forma parte de la encuesta.
error-survey-closed = Esta ronda de la encuesta está cerrada; ya no se pueden cambiar las respuestas.
error-closes-before-opens = La fecha de cierre debe ser igual o posterior a la fecha de apertura.
nav-survey = Encuesta
survey-title = Tendencias y retos
survey-intro = Qué dificultad plantea cada reto a las organizaciones de toda la alianza, país por país, y quién puede ayudar a afrontarlo.
survey-saved = Gracias: se han guardado las respuestas de su organización. Puede cambiarlas hasta que se cierre la ronda.
survey-no-round = Todavía no se ha abierto ninguna ronda de la encuesta.
survey-open = abierta a respuestas
survey-closed = cerrada
survey-answer = Responder en nombre de su organización
survey-answer-intro = Valore cada reto del 1 (no es un problema para nosotros) al 5 (un obstáculo grave). Deje sin responder los que no pueda valorar. Puede cambiar sus respuestas hasta que se cierre la ronda.
survey-save = Guardar respuestas
survey-no-answer = Sin respuesta
survey-heat-title = ¿Qué dificultad plantea cada reto?
survey-heat-intro = Valoración media por país, del 1 (no es un problema) al 5 (un obstáculo grave).
survey-respondents = { $count ->
    [one] Ha respondido { $count } organización.
   *[other] Han respondido { $count } organizaciones.
}
survey-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
survey-challenge = Reto
survey-who-helps = Quién puede ayudar:
survey-scale = Escala:
challenge-sustainable-materials = Materiales sostenibles
challenge-energy-costs = Costes energéticos
challenge-digital-skills = Competencias digitales
challenge-eu-textile-regulation = Normativa textil de la UE y pasaporte digital de producto
challenge-extended-producer-responsibility = Responsabilidad ampliada del productor
challenge-finance = Financiación
challenge-skills = Competencias
challenge-market-access = Acceso a los mercados
region-survey-all = Ver todos los países
region-survey-none = Aquí nadie ha respondido todavía a la ronda actual de la encuesta.
challenges-title = Retos de la encuesta
challenges-intro = Los retos que los miembros valoran en cada ronda de la encuesta y, para cada uno, los temas cuyas organizaciones pueden ayudar a afrontarlo. Los retos retirados salen de la encuesta, pero conservan sus respuestas.
challenges-saved = Se ha guardado el reto.
challenges-status = Estado
challenges-active = En la encuesta
challenges-retired = Retirado
challenges-edit = Editar
challenges-add = Añadir un reto
challenges-topics = Temas cuyas organizaciones pueden ayudar
challenges-on-survey = En la encuesta
challenges-save = Guardar reto
challenges-cancel = Cancelar
survey-edit-challenges = Editar los retos
challenges-name = Reto
map-as-of = El ecosistema a fecha de
map-as-of-today = hoy
rounds-open-title = Abrir una nueva ronda de la encuesta
rounds-open-intro = Los miembros responden a la ronda abierta más reciente y pueden cambiar sus respuestas hasta que se cierre.
rounds-title = Título
rounds-opens = Primer día
rounds-closes = Último día
rounds-open = Abrir la ronda
error-date = Introduzca una fecha con el formato YYYY-MM-DD.
rounds-opened = La nueva ronda está abierta.

## Fashion ClusterXchange: form errors
error-whole-number = Introduzca un número entero, por ejemplo 5.
error-control-characters = Elimine los caracteres de control (saltos de línea, tabulaciones o códigos invisibles) de este campo.
error-ends-before-starts = La fecha final debe ser igual o posterior a la inicial.
error-exchanges-before-call = Los intercambios no pueden empezar antes de abrir las solicitudes.
error-quota-total = Al menos un tipo de participante necesita una cuota mayor que cero.
error-stay-order = La estancia más larga debe ser al menos igual a la más corta.
error-own-country = Los intercambios cruzan fronteras: elija países distintos del suyo.
error-outside-exchange-window = Esta fecha está fuera del periodo de intercambios de la convocatoria.
error-stay-longer-than-window = La estancia es más larga que las fechas en que está disponible.
error-window-too-short = Este periodo es más corto que la estancia mínima.
error-windows-overlap = Este periodo se solapa con otro.
error-no-organisation = Debe actuar en nombre de una organización para participar.
error-no-visitor-quota = Las organizaciones de investigación y educación participan en este programa como anfitrionas.
error-not-submitted = No hay ninguna solicitud enviada que retirar.
error-cohort-closed = Esta convocatoria está cerrada: ya no se pueden cambiar las solicitudes.
error-already-submitted = Esta solicitud está enviada: cámbiela enviándola de nuevo o retírela.
error-lock-same-country = No se puede emparejar a un visitante y un anfitrión del mismo país.
error-lock-host-full = Este anfitrión no tiene plaza para otro visitante fijado.
error-lock-quota-full = La cuota de este tipo de visitante ya está cubierta por parejas fijadas.

## Fashion ClusterXchange: the matching board
board-title = Panel de emparejamiento
board-applications = { $count } solicitudes
board-offers = { $count } ofertas
board-pairs = { $count ->
    [one] una pareja
   *[other] { $count } parejas
}
board-total-score = puntuación total { $score }
board-live-hint = Se actualiza solo cuando algo cambia.
board-quotas = Cuotas
board-matched = Parejas emparejadas
board-unmatched = Visitantes sin anfitrión
board-idle = Plazas de anfitrión sin cubrir
board-places = Plazas
board-quota-full = Cuota alcanzada: no se empareja a más visitantes de este tipo.
board-visitor = Visitante
board-host = Anfitrión
board-score = Puntuación
board-why = Por qué
board-overlap-days = { $days ->
    [one] un día en común
   *[other] { $days } días en común
}
board-locked = Fijada
board-preferred-country = País preferido
participant-sme = Pymes
participant-cluster = Organizaciones clúster
participant-scaleup = Organizaciones de apoyo a scale-ups
participant-large = Grandes empresas
participant-public = Organismos públicos
unmatched-no-host-abroad-with-dates = Ningún anfitrión en el extranjero tiene fechas compatibles.
unmatched-no-good-enough-host = Ningún anfitrión comparte lo bastante de lo que quieren aprender.
unmatched-all-fits-forbidden = Las parejas compatibles están prohibidas.
unmatched-hosts-full = Todos los anfitriones compatibles están completos.
unmatched-quota-reached = Se ha alcanzado la cuota de su tipo.
unmatched-others-gain-more = Sus anfitriones fueron a visitantes que ganan más.
board-decide = Decidir
board-lock = Fijar
board-forbid = Prohibir
board-unlock = Liberar

## Fashion ClusterXchange: cohorts, entries and proposals
nav-exchange = ClusterXchange
exchange-title = Fashion ClusterXchange
exchange-intro = Intercambios transfronterizos breves entre los miembros de la alianza: un visitante pasa entre tres días laborables y un mes con un anfitrión en el extranjero. Solicite una visita, ofrézcase como anfitrión y responda al emparejamiento que le propongan los organizadores.
exchange-no-cohorts = Todavía no hay ninguna convocatoria abierta.
cohort-new = Abrir una convocatoria
cohort-new-hint = Los miembros pueden presentar solicitudes y ofrecer plazas desde el día en que se abren las solicitudes. Por defecto, las cuotas son los objetivos de la alianza: 75 pymes, 10 clústeres, 5 organizaciones de apoyo a scale-ups, 5 grandes empresas y 5 organismos públicos.
cohort-edit = Editar la convocatoria
cohort-open = Abierta a solicitudes
cohort-closed = Cerrada a solicitudes
cohort-quotas = Cuotas
cohort-take-part = Su participación
cohort-facts = Solicitudes del { $open } al { $close } · intercambios del { $start } al { $end } · estancias de { $min } a { $max } días.
field-cohort-name = Nombre de la convocatoria
field-applications-open = Apertura de solicitudes
field-applications-close = Cierre de solicitudes
field-exchanges-start = Inicio de los intercambios
field-exchanges-end = Fin de los intercambios
field-stay-min = Estancia mínima (días)
field-stay-max = Estancia máxima (días)
field-mode = Modo de emparejamiento
field-quota = Cuota: { $type }
matching-mode-best-total = Mejor puntuación total (dentro de las cuotas y capacidades)
matching-mode-stable = Estable (aceptación diferida, proponen los visitantes)
exchange-status-draft = Borrador
exchange-status-submitted = Enviada
exchange-status-withdrawn = Retirada
entry-not-started = Sin empezar
entry-status = Estado
entry-start = Empezar
entry-change = Modificar
entry-continue = Continuar el borrador
entry-withdraw = Retirar
entry-submit = Enviar
entry-save-draft = Guardar borrador
entry-submitted-hint = Las solicitudes enviadas participan en el emparejamiento. Si vuelve a enviarla, sustituye a lo enviado anteriormente.
exchange-your-application = Su solicitud de visita
exchange-application-hint = Qué quiere aprender su organización, y adónde y cuándo puede viajar.
exchange-hosts-only = Las organizaciones de investigación y educación participan como anfitrionas.
exchange-your-offer = Su oferta de acogida
exchange-offer-hint = Qué muestra una visita a su organización, cuántos visitantes acoge y cuándo.
exchange-proposals-visit = Anfitriones propuestos para su visita
exchange-proposals-host = Visitantes que se le proponen
exchange-no-proposal-visit = Todavía no se ha propuesto ningún anfitrión. Las propuestas aparecerán aquí en cuanto los organizadores las publiquen.
exchange-no-proposal-host = Todavía no se le ha propuesto ningún visitante.
exchange-saved-application = Se ha guardado su solicitud.
exchange-saved-offer = Se ha guardado su oferta.
exchange-saved-withdrawn = Retirada: ya no participa en el emparejamiento.
exchange-saved-accept = Se ha registrado su aceptación.
exchange-saved-decline = Se ha registrado su rechazo. El panel de los organizadores busca otro emparejamiento.
application-section-learn = Qué quiere aprender
application-section-travel = Dónde y cuándo
field-topics-wanted = Temas sobre los que quiere aprender
field-preferred-countries = Países que preferiría (opcional)
field-available-from = Disponible desde
field-available-to = Disponible hasta
field-stay-days = Duración de la estancia (días)
hint-stay-days = Entre { $min } y { $max } días.
field-motivation = Motivación
hint-motivation = Por qué este intercambio y qué hará su organización con lo que aprenda.
offer-section-visit = Qué muestra una visita
offer-section-when = Cuántos y cuándo
field-topics-shown = Temas que muestra una visita
field-topics-brought = Temas que le gustaría que aportaran los visitantes (opcional)
field-includes = Qué incluye una visita
hint-includes = Una visita guiada, un taller, reuniones con su equipo, tiempo en la planta de producción…
field-capacity = Visitantes que puede acoger en esta convocatoria
hint-capacity = De 1 a 50.
hint-windows = Cuándo puede recibir visitantes: hasta tres periodos dentro del periodo de intercambios.
field-window-from = Periodo { $n }: desde
field-window-to = Periodo { $n }: hasta
proposal-your-host = Anfitrión propuesto
proposal-your-visitor = Visitante propuesto
proposal-why = Por qué este emparejamiento
proposal-answer-by = Plazo de respuesta
proposal-you = Su respuesta
proposal-them = Respuesta de la otra parte
proposal-commitment = Nos comprometemos a un intercambio de calidad: prepararemos la visita, respetaremos las fechas y el programa acordados y compartiremos lo aprendido con nuestro clúster.
proposal-confirmed-note = Confirmada: ambas partes han aceptado y se han comprometido con la calidad.
proposal-expired = Caducada
proposal-state-open = Esperando respuestas
proposal-state-confirmed = Confirmada
proposal-state-declined = Rechazada
proposal-state-cancelled = Cancelada
answer-waiting = Aún sin respuesta
answer-accept = Aceptar
answer-decline = Rechazar
answer-given-accept = Aceptada
answer-given-decline = Rechazada
reason-brings = Aporta
board-publish = { $count ->
    [0] Ninguna pareja nueva que proponer
    [one] Proponer una pareja nueva a sus miembros
   *[other] Proponer { $count } parejas nuevas a sus miembros
}
board-publish-hint = Los miembros ven sus propuestas en la página de la convocatoria y responden en un plazo de 7 días. Las parejas propuestas se mantienen tal cual mientras los miembros responden.
board-publish-warning = { $count ->
    [one] Se propone una pareja y se avisa por mensaje a su visitante y a su anfitrión. Responden en 7 días.
   *[other] Se proponen { $count } parejas y se avisa por mensaje a cada visitante y anfitrión ({ $count } visitantes y sus anfitriones). Responden en 7 días.
}
board-publish-confirm = Proponer y avisarles
entry-withdraw-warning = Al retirarla, su inscripción sale de la cohorte, se cancelan sus propuestas y se avisa a las organizaciones propuestas.
entry-withdraw-confirm = Sí, retirar
error-confirm-first = Confirme primero esta acción: envía mensajes o cancela algo a otras personas.
board-published = { $count ->
    [0] Ninguna pareja nueva que proponer.
    [one] Se ha propuesto una pareja a sus miembros.
   *[other] Se han propuesto { $count } parejas a sus miembros.
}
board-filter-type = Tipo de visitante
board-filter-show = Situación
board-filter-name = El nombre contiene
board-show-all = Todos
board-show-unproposed = Aún sin proponer
board-show-proposed = Esperando respuestas
board-show-confirmed = Confirmadas
board-show-locked = Fijadas
error-proposal-answered = Ya se ha respondido a esta propuesta.
error-proposal-expired = Ha vencido el plazo para responder a esta propuesta.
error-commitment-required = Marque el compromiso de calidad para aceptar.
error-pair-proposed = El emparejamiento de este visitante ya se ha propuesto a los miembros: espere su respuesta.
board-unmatched-more = { $count ->
    [one] Mostrar uno más
   *[other] Mostrar { $count } más
}
