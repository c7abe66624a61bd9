"""The words press-office pages use for their furniture, in English, Spanish, Portuguese and
French: kind labels, section headings, end marks, share rows and the rest of a site's junk.

Each list is what a reader would recognise at a glance; the reader (`reader.py`) weighs them
with a line's position, length and neighbours, so a word here is evidence, never a verdict.
"""

from __future__ import annotations

import re
import unicodedata

from mediakit.model import StoryKind


def folded(text: str) -> str:
    """Lower case, accents off, punctuation to spaces, spaces collapsed: how lines are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w%]+", " ", plain).split())


# A line that is only one of these (folded) names the document's kind.
KIND_LABELS: dict[str, StoryKind] = {
    **dict.fromkeys(
        (
            "press release", "news release", "joint press release", "joint news release",
            "for immediate release", "nota de prensa", "comunicado de prensa", "comunicado",
            "comunicado conjunto", "nota de prensa conjunta", "nota a la prensa",
            "nota a los medios", "nota a medios", "nota a imprensa", "nota de imprensa",
            "nota para a imprensa", "comunicado a imprensa", "comunicado de imprensa",
            "release", "communique de presse", "communique", "communique conjoint",
            "communique de presse conjoint", "press releases", "notas de prensa",
            "note de presse", "note d information", "nota informativa", "nota de imprensa",
            "comunicados a imprensa", "comunicados de imprensa", "notas a imprensa",
            "notas de imprensa", "notas a la prensa",
            "comunicados de prensa", "communiques de presse", "news and press releases",
        ),
        StoryKind.PRESS_RELEASE,
    ),
    **dict.fromkeys(
        (
            "statement", "joint statement", "press statement", "declaracion",
            "declaracion conjunta", "declaracao", "declaracao conjunta", "declaration",
            "declaration conjointe", "comunicado oficial", "briefing note", "briefing notes",
            "notes d information", "note d information", "notas informativas",
            "notas de informacao", "nota de informacao", "nota informativa", "pronunciamiento", "statements",
            "declaraciones", "declaracoes", "declarations", "pronunciamientos", "notas publicas",
            "pronunciamentos", "posicionamentos",
            "posicionamiento", "posicionamento", "nota oficial", "nota publica",
            "comunicado a la opinion publica", "comunicado a la comunidad",
            "comunicado a opiniao publica", "communique a l opinion publique",
            "prise de position", "position statement", "position", "media statement",
            "declaracion institucional", "declaracao institucional", "declaration institutionnelle",
            "ministerial statement",
            "press briefing", "nota informativa", "press briefing notes", "press briefing note",
            "declaracion del portavoz", "declaration du porte parole",
            # how UNHCR's French pages file their Geneva briefing notes
            "point de presse", "points de presse",
            # a speech, kept as a statement
            "speech", "speeches", "remarks", "discurso", "discursos", "discours", "allocution",
            "allocutions",
        ),
        StoryKind.STATEMENT,
    ),
    **dict.fromkeys(
        (
            "media advisory", "note to correspondents", "advisory", "aviso a los medios",
            "aviso a medios", "aviso de prensa", "aviso para medios", "convocatoria de prensa",
            "convocatoria", "aviso de pauta", "convite a imprensa", "aviso a imprensa",
            "avis aux medias", "avis aux journalistes", "invitation presse", "media advisories",
            "media invitation", "press invitation", "invitation to the media", "photo call",
            "photocall", "invitacion a medios", "invitacion a los medios",
            "convite aos jornalistas", "convite para a imprensa", "invitation aux medias",
            "avisos a los medios", "avis aux medias et aux journalistes",
            "convocatoria a medios", "convocatoria de medios", "convocatoria a los medios",
            "pauta para a imprensa", "pauta para imprensa", "pauta", "invitation aux medias",
            "invitation aux journalistes", "note aux medias", "aviso a la prensa",
            "note aux correspondants", "press advisory", "press briefing advisory",
            "briefing advisory", "media alert", "press alert", "photo advisory",
            "event advisory", "alerta de prensa", "alerta a medios",
            "invitation to the press", "invitation a la presse", "invitacion a la prensa",
            "convite a imprensa",
        ),
        StoryKind.MEDIA_ADVISORY,
    ),
    **dict.fromkeys(
        (
            "fact sheet", "factsheet", "hoja informativa", "ficha informativa",
            "hoja de datos", "ficha tecnica", "fiche d information", "fiche technique",
            "fiche pays", "informativo", "folha informativa", "ficha de dados",
            "results brief", "resena de resultados", "resumo de resultados", "note de resultats",
            "ficha do programa", "ficha del programa", "programme sheet", "fiche programme",
        ),
        StoryKind.FACT_SHEET,
    ),
    **dict.fromkeys(
        (
            "situation report", "sitrep", "flash update", "flash appeal update",
            "informe de situacion", "reporte de situacion", "reporte complementario", "informe de situacao",
            "boletim de situacao", "informe situacional", "actualizacion de situacion",
            "actualizacion rapida", "relatorio de situacao", "atualizacao de situacao",
            "atualizacao rapida", "rapport de situation", "mise a jour flash",
            "note d information humanitaire", "external update", "operational update",
            "actualizacion operativa", "atualizacao operacional", "mise a jour operationnelle",
            "point de situation", "point de situation humanitaire", "punto de situacion",
            "ponto de situacao", "situation update", "actualizacion de la situacion",
            "informe sobre la situacion", "report on the situation", "rapport sur la situation",
            "dref operation update", "mise a jour de l operation dref", "dref update",
            "actualizacion de la operacion dref", "atualizacao da operacao dref",
            "relatorio sobre a situacao",
            "reporte preliminar de afectaciones", "reporte de afectaciones",
            "informe de afectaciones", "informe preliminar de afectaciones",
            "boletin de afectaciones",
            "resumen de situacion", "resumen de la situacion", "situation summary",
            "information bulletin", "boletin informativo", "bulletin d information",
            "dref operation update", "operation update", "emergency appeal operation update",
            "resume de la situation", "resumo da situacao", "resumo de situacao",
        ),
        StoryKind.SITUATION_REPORT,
    ),
    **dict.fromkeys(
        (
            "photo story", "photo essay", "in pictures", "photostory", "fotorreportaje",
            "galeria de fotos", "fotorreportagem", "ensaio fotografico", "reportage photo",
            "en images", "en imagenes", "em imagens", "photo gallery", "fotohistoria",
            "foto historia", "historia fotografica", "fotohistorias", "photo essays",
            "fotogaleria", "fotogalerie", "galerie photo", "galerie photos", "galeria fotografica",
            "galeria de imagens", "galeria de imagenes",
        ),
        StoryKind.PHOTO_STORY,
    ),
    **dict.fromkeys(
        (
            "feature", "story", "stories", "feature story", "news story", "human interest",
            "reportaje", "historia", "historias", "cronica", "reportagem", "historia de vida",
            "reportage", "recit", "temoignage", "article", "news", "noticias", "noticia",
            "noticias y reportajes", "noticias e historias", "noticias y historias",
            "noticias e reportagens", "noticia e historias", "actualites", "nouvelles",
            "historia humana", "blog", "news and stories", "our stories",
            "entrevista", "entrevistas", "interview", "interviews", "entretien", "entretiens",
            "opinion", "opiniao", "op ed", "tribune", "tribuna", "columna", "coluna",
        ),
        StoryKind.FEATURE,
    ),
}  # fmt: skip

# Labels that say "news" or "story" in general: a page section, weak evidence of a feature.
GENERIC_LABELS = frozenset(
    {"news", "noticias", "noticia", "actualites", "nouvelles", "article", "story", "stories",
     "blog", "news and stories", "our stories", "historias", "release", "press releases",
     "notas de prensa", "comunicados de prensa", "communiques de presse",
     "news and press releases", "noticias y reportajes", "noticias e historias",
     "noticias y historias", "noticias e reportagens", "noticia e historias",
     # a site's sections, as often a menu's item as the page's own label
     "speeches", "discursos", "allocutions", "entrevistas", "interviews", "entretiens",
     "opinion", "opiniao", "columna", "coluna", "tribuna"}
)  # fmt: skip

END_MARKS = re.compile(
    r"^\s*(?:[-–—*#\s]*(?:ends?|fin|fim|end of (?:release|statement)|fin del comunicado"
    r"|fim do comunicado|fin du communique)[-–—*#\s.]*|#{3,}|#\s#\s#|-\s*30\s*-|\*\s*\*\s*\*"
    r"|-*\s*o{2}0?o{3}\s*-*|-*\s*ooooo\s*-*"
    r"|[A-Z][\w]{1,12}\s?/\s?(?:fim|fin|end)"  # "Lusa/Fim", "EFE/Fin": the wire's end mark
    r"|\(\s*(?:fin|fim)\s*/\s*[^()/]{2,60}\))\s*$",  # "(Fin/Andrea Socha-UACP)": with its writer
    re.IGNORECASE,
)

NOTES_HEADINGS = re.compile(
    r"^(?:notes?|notas?) (?:to|for|para|aos?|a las?|a los|aux?) (?:the )?"
    r"(?:editors?|editores|redacoes|redacciones|redaction|redactions|medios)$"
    r"|^(?:notas?|notes?) (?:para|pour|a|aos|aux|for) (?:los |las |os |as |les )?(?:editores|editeurs"
    r"|redacciones|redacoes|redactions|editors)$"
    r"|^(?:note aux redactions|nota ao editor|nota del editor)$"
)

ABOUT_HEADING = re.compile(
    r"^(?:about|acerca de|sobre|a proposito de|a propos de|a propos du|a propos des|a propos d)"
    r"\s+(?:the |la |el |los |las "
    r"|a |o |os |as |l |le |les |la )?\S.{0,60}$"
)

RELATED_HEADINGS = re.compile(
    r"^(?:les plus lus|most read|most popular|mas leidas|mas leidos|lo mas leido|mais lidas"
    r"|articles les plus lus|articulos mas leidos|noticias mas leidas|artigos mais lidos"
    r"|noticias mais lidas|materias mais lidas|les articles les plus lus|most read stories"
    r"|mais lidos|les plus populaires|reference documents|documentos de referencia"
    r"|documents de reference|related documents|documentos relacionados"
    r"|you may also be interested in|liens connexes|histoires connexes|enlaces relacionados|links relacionados"
    r"|articulos relacionados|historias conexas|ressources connexes|related|more|latest|other|recent|see also|you may also like|read also|also read"
    r"|lea tambien|leia tambem|lire aussi|a lire aussi|voir aussi|ver tambem|ver tambien"
    r"|sigue leyendo|te recomendamos|recomendados|ressources|resources|recursos"
    r"|veja tambem|veja mais|vea tambien|videos mais assistidos(?: d[oa] .{1,20})?"
    r"|videos mas vistos(?: de .{1,20})?|videos les plus vus"
    r"|mas|mais|plus|autres|otras|outras|ultimas|últimas|noticias relacionadas"
    r"|noticias recientes|mas noticias|historias relacionadas|materias relacionadas"
    r"|conteudo relacionado|contenido relacionado|articles connexes|sur le meme sujet"
    r"|dans la meme rubrique|a lire egalement|related content|related news|related stories"
    r"|related articles|related links|related resources|in the news|contenus associes"
    r"|contenidos relacionados|conteudos relacionados|contenidos asociados"
    r"|(?:tambien )?(?:le|te) puede interesar|puede interesarte|(?:voce )?(?:tambem )?pode (?:se )?interessar"
    r"|you (?:may|might) (?:also )?(?:like|be interested)|vous aimerez aussi|a lire egalement"
    r"|pour aller plus loin|para saber mas|para saber mais|to learn more|learn more|go further"
    r"|trending(?: now| nationally| locally| stories)?|in case you missed it|icymi|most viewed"
    r"|lo mas visto|mais vistas|mais vistos|les plus vus"
    r"|ouca tambem|escuche tambien|escucha tambien|ecoutez aussi|listen also|also listen"
    # "Notas relacionadas", "Entradas relacionadas", "Posts relacionados", "Articles similaires"
    r"|(?:notas|entradas|posts|publicaciones|publicacoes|materias|reportagens|videos|fotos)"
    r" relacionad[oa]s|articles similaires|related posts"
    # "More on this story", "Verifique também", "Related topics"
    r"|more on this (?:story|topic)|related topics|verifique tambem|confira tambem|confira"
    r"|similar (?:news|stories|articles)|noticias similares|noticias semelhantes|articles similaires"
    r"|contenu connexe|contenus connexes|contenido relacionado|conteudo relacionado|related content"
    r"|mais sobre (?:o|este) (?:tema|assunto)|mas sobre (?:el|este) tema|plus sur ce (?:sujet|theme))"
    r"(?:\s(?:news|stories|articles|content|links|resources|noticias|historias|articulos"
    r"|noticias relacionadas|articles|actualites|sur ce sujet|from \w+|en \w+"
    # "Autres communiqués", "Otros comunicados", "More statements": the office's other papers
    r"|communiques|comunicados|press releases|news releases|releases|statements|declarations"
    r"|declaraciones|declaracoes|notas|notas de prensa|notas a imprensa|notes de presse"
    r"|publications|publicaciones|publicacoes|reportages|reportajes|reportagens))?$"
)

CONTACTS_HEADING = re.compile(
    r"^(?:for (?:additional|more|further) (?:information|details)(?: (?:please )?(?:contact|call|e mail|email))?"
    r"|for (?:more )?information and rsvp|information and rsvp|rsvp and (?:more )?information"
    r"|informations complementaires|informacion adicional|informacoes adicionais"
    r"|further information|additional information"
    r"|for (?:media|press) (?:enquiries|inquiries|information|queries)(?: (?:please )?contact)?"
    r"|(?:media|press) (?:contacts?|enquiries|inquiries|queries|relations)"
    r"|contacts?|contact us|contact information|contact details|press office|media office"
    r"|para (?:mas|mayor|obtener mas) informacion(?:,? (?:por favor )?(?:contacte|contactar|comunicarse) (?:a|con))?"
    r"|(?:contactos?|contacto) (?:de|para) (?:prensa|medios)(?: de comunicacion)?|contactos?"
    r"|informacion para (?:medios|prensa)|para entrevistas(?:,? contacte a)?"
    r"|para mais informacoes(?:,? (?:favor )?(?:contatar|contate|entre em contato com))?"
    r"|(?:mais|mas|mayor) informac(?:oes|ion)|more information|plus d informations?"
    r"|(?:contatos?|contato) (?:para|de) (?:imprensa|a imprensa|midia)|contatos?"
    r"|informacoes para a imprensa|assessoria de imprensa"
    r"|pour plus d informations?(?:,? (?:veuillez )?contacter)?|pour (?:toute|de plus amples) informations?"
    r"|contacts? (?:presse|medias|media)|contact pour les medias|relations (?:presse|medias)"
    r"|contacts? for (?:the )?(?:media|press)|pour les demandes des medias|get in touch"
    r"|renseignements|pour renseignements|renseignements aux medias|informations aux medias"
    r"|(?:(?:for|para|pour) )?(?:acreditacion(?:es)?|acreditacoes|acreditacao|credenciamento"
    r"|accreditations?)(?: (?:y|e|and|et) (?:consultas|pedidos|enquiries|inquiries|demandes"
    r"|entrevistas|interviews|entretiens|informations?|informacion|informacoes)\b.{0,60})?"
    r"|personnes? ressources?|personne a contacter"
    # "Más información y entrevistas:", "Informações à imprensa:", "Point focal :"
    r"|(?:mas|mais|plus d) informac(?:ion|oes|ions?) (?:y|e|et|and) (?:entrevistas|interviews"
    r"|entretiens)|informacoes (?:a|para a) imprensa|point focal|ponto focal|punto focal"
    r"|focal point|(?:media|journalists|press) wishing to attend (?:are asked to|should|must"
    r"|please) contact\b.{0,40}"
    r"|contactos para (?:a )?imprensa|contactos de imprensa|contactos para os media"
    r"|contactos? para (?:os )?orgaos de comunicacao social|contactos? para a comunicacao social"
    r"|personas de contacto|pessoas de contato|contatos para a imprensa"
    # an advisory's reply-to: "RSVP and media contact", "Inscripciones y contacto de prensa"
    r"|(?:rsvp|rsvps|confirmations?|confirmaciones|confirmacoes|inscriptions?|inscripciones"
    r"|inscricoes|accreditation|acreditacion|credenciamento)"
    r" (?:and|y|e|et|&) (?:media |press |de prensa |de imprensa |presse )?contacts?"
    r"(?: (?:media|medias|presse|de prensa|de imprensa|para (?:medios|imprensa)))?"
    r"|(?:pour|for|para) (?:toute|any|cualquier|qualquer|more|plus d|mas|mais)\b.{0,60}"
    r"\b(?:contact|contactez|contacter|contacte|contactar|contatar|entre em contato com"
    r"|please contact|ecrire a|write to)(?: (?:a|con|com|nous|us))?)$"
)

# Headings of a situation report, a fact sheet's figures, a media advisory's items.
HIGHLIGHTS = re.compile(
    r"^(?:key )?highlights$|^puntos (?:destacados|clave)$|^destaques$|^aspectos destacados$"
    r"|^faits saillants$|^points (?:cles|saillants)$|^lo mas destacado$|^resumen$|^key messages$"
    r"|^faits marquants$|^points marquants$|^principales novedades$|^principais destaques$"
    r"|^destacados$|^lo destacado$|^en breve$"
)
SITREP_HEADINGS = re.compile(
    r"^(?:situation overview|situation update|humanitarian situation|response|humanitarian response"
    r"|needs and response|needs and responses|necesidades y respuesta|necessidades e resposta"
    r"|besoins et reponse|besoins et reponses"
    r"|funding|funding (?:status|update|overview)|needs|gaps and challenges|operational context"
    r"|panorama de la situacion|resumen de la situacion|respuesta|respuesta humanitaria"
    r"|financiamiento|financiacion|necesidades|brechas y desafios|contexto operativo"
    r"|panorama da situacao|visao geral da situacao|resposta|resposta humanitaria|financiamento"
    r"|necessidades|lacunas e desafios|contexto operacional|apercu de la situation"
    r"|aperçu de la situation|reponse|reponse humanitaire|financement|besoins|lacunes et defis"
    r"|contexte operationnel|apercu de la situation"
    # "SITUAÇÃO GERAL", "Situación general", "Situation générale", "General situation"
    r"|situacao geral|situacion general|situation generale|general situation|situacao atual"
    r"|situacion actual|current situation|situation actuelle)$"
)
FIGURES_HEADINGS = re.compile(
    r"^(?:key findings|principales conclusiones|principais conclusoes|principaux resultats)$|"
    r"^(?:quelques chiffres(?: et donnees cles)?|chiffres et donnees cles|donnees cles|some figures"
    r"|algunas cifras|alguns numeros|key facts and figures)$|"
    r"^(?:numeros|cifras|chiffres|figures|key figures|datos|dados|donnees|numbers)"
    r" (?:do|del|de la|for the|of the|da|de|du|de l) (?:periodo|period|periode|semana|week|mes"
    r"|month|mois|ano|year|annee|trimestre|quarter|informe|report|rapport|relatorio|evento|event"
    r"|evenement|desastre|disaster|catastrophe|emergencia|emergency|urgence|surto|brote|outbreak"
    r"|epidemie)$"
    r"|^(?:(?:our |the )?(?:work|response|programme|program|year|operation|impact)\s)?"
    r"(?:at a glance|in numbers|in figures)$"
    r"|^(?:faits en bref|quick facts|datos breves|fatos rapidos|en bref|in brief|em resumo"
    r"|en resumen)$"
    r"|^(?:key (?:figures|facts|numbers|data)|in numbers|figures|facts and figures|at a glance"
    r"|cifras clave|cifras|datos clave|en cifras|numeros clave|principales cifras"
    r"|numeros|numeros chave|dados principais|em numeros|principais numeros|dados"
    r"|chiffres cles|en chiffres|chiffres|donnees cles|le point en chiffres|datos principales"
    r"|principales datos|nuestros numeros|nossos numeros|nos chiffres|our numbers|our figures"
    r"|main figures|cifras principales|principais dados|nuestras cifras|datos consolidados"
    r"|dados consolidados|donnees consolidees|consolidated figures)$"
)
# "Mayor Schedules Press Conference on …", "Prefeitura convoca coletiva de imprensa …": an
# invitation to the press to come, in its headline or its first paragraph (folded text)
PRESS_EVENT_AHEAD = re.compile(
    r"\b(?:schedules?|will (?:hold|host|give|brief|address|speak)|to (?:hold|host|brief)|invites?"
    r"|convoca|convocan|convida|convidam|invita|invitan|ofrecera|realizara|brindara|concedera"
    r"|dara|tiendra|tiendront|donnera|organisera|invite|convie)\b"
    r".{0,80}\b(?:press conference|news conference|press briefing|media briefing|media availability"
    r"|rueda de prensa|conferencia de prensa|coletiva de imprensa|entrevista coletiva"
    r"|conference de presse|point presse|point de presse)\b"
    # "Accréditation des médias à la cérémonie de lancement …": the press told how to come
    r"|^(?:accreditation|acreditacion|acreditacao|credenciamento) (?:des |of (?:the )?|de (?:los |la )?"
    r"|da |dos )?(?:medias|media|journalistes|journalists|periodistas|medios|prensa|imprensa"
    r"|jornalistas)\b"
)

# "Media representatives may attend on presentation of …", "Los periodistas interesados en
# asistir deben acreditarse …": the press asked to come (folded text)
MEDIA_INVITED = re.compile(
    r"\b(?:media representatives|members of the media|journalists|reporters|media|press)"
    r" (?:who wish to |wishing to |are invited to |may |can |should register to |who plan to "
    r"|planning to |who would like to |interested in )attend(?:ing)?\b"
    r"|\b(?:periodistas|medios de comunicacion|profissionais de imprensa|jornalistas|journalistes"
    r"|medias) (?:interesad[oa]s en asistir|que deseen asistir|interessad[oa]s em (?:participar|cobrir)"
    r"|souhaitant (?:assister|couvrir)|sont invites a)\b"
)

ADVISORY_LABEL = re.compile(
    r"^\s*(?P<label>what|when|where|who|why|how|rsvp|accreditation|que|quoi|o que|o que e"
    r"|cuando|quand|quando|donde|ou|onde|quien|quienes|qui|quem|por que|pourquoi|por que"
    r"|acreditacion|acreditacao|accreditation|contacto|contato)\s*[:?]",
    re.IGNORECASE,
)

STATEMENT_OPENING = re.compile(
    r"^(?:statement (?:attributable|by|from|of)|joint statement|the following is attributable"
    r"|this is a summary of what was said|le texte qui suit resume|ce qui suit est un resume"
    # "This is a near-verbatim transcript of remarks by …": a briefing's words, as said
    r"|this is an? (?:near verbatim |edited |full )?transcript|(?:esta es una|esta e uma)"
    r" (?:transcripcion|transcricao)|(?:ceci est une|voici la) transcription"
    r"|ceci est un resume des propos"
    r"|pronunciamiento|posicionamiento|posicionamento|nota (?:oficial|publica)|prise de position"
    r"|este es un resumen de lo (?:dicho|expresado)|lo siguiente es un resumen"
    r"|(?:o texto a seguir|este e um) resum"
    r"|declaracion (?:atribuible|de|del|conjunta)|declaracao (?:atribuivel|de|do|da|conjunta)"
    r"|declaration (?:attribuable|de|du|conjointe))\b"
)

# Site furniture, anywhere in the text: each is (folded pattern, why).
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    "|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
    "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)

# a chat app's export or copy: "[07:41, 05/12/2026] Chikondi MRCS Comms: …" (WhatsApp)
CHAT_PREFIX = re.compile(
    # "[07:41, 05/12/2026] Name: …" (a copied WhatsApp message), "[06/12/26, 14:31:52] Name: …"
    r"^\[(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?,\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?)\]"
    r"\s+[^:\n]{1,60}?:\s"
    # "07/12/2026, 10:04 - Name: …" (an exported chat), its own notices without a name
    r"|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?\s[-–]\s",
    re.MULTILINE,
)
CHAT_MESSAGE = "a chat message around the forwarded text"


# the reason a draft's note is left out (the kind reader looks for it)
DRAFT_NOTE = "a draft's note"
COVERING_NOTE = "the sender's note handing the release on"
EXPORT_NOTE = "a note of the export (its date is not the story's)"

NEWSROOM_SOURCE = "the newsroom's source, not the story"
AGAINST_DELIVERY = "a speech's 'check against delivery'"
# "In this issue", "Nesta edição", "Dans ce numéro": a newsletter's contents (folded)
IN_THIS_ISSUE = (
    r"in this (?:issue|edition|newsletter)|en esta edicion|en este numero|nesta edicao"
    r"|neste numero|dans ce numero|dans cette edition"
)
JUNK_PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), why)
    for pattern, why in (
        (r"^(?:share|compartir|compartilhe|compartilhar|partilhar|partilhe|partager|partagez)\b.{0,60}$",
         "share row"),
        (r"^(?:share (?:this|on)|tweet|email this|print this|imprimir|imprimer|print|e mail|email"
         r"|facebook|twitter|x|linkedin|whatsapp|telegram|copy link|copiar enlace|copiar link"
         r"|copier le lien|enviar por correo|envoyer)(?: (?:on|en|no|sur|this|page|article|esta pagina"
         r"|facebook|twitter|x|linkedin|whatsapp|email|e mail|by email|por e mail|par e mail|story))*$",
         "share row"),
        # a distribution wire's notices: "WebWireID 338214", "This news content may be integrated
        # into …", "News Release Distribution … Services Provided by WebWire"
        (r"^[a-z]{0,12} ?id \d{4,}$|^this (?:news )?content may be (?:integrated|reproduced|republished)"
         r"|\b(?:press|news) release distribution\b", "a distribution wire's notice"),
        # a repository's filing of the page and its attachments box
        (r"^(?:news and press release|attachments?|pieces jointes|anexos|adjuntos|ficheiros anexos)$",
         "a repository's filing and attachments box"),
        # "ReliefWeb is a service provided by OCHA": the site saying whose it is
        (r"^(?:\S+ ){0,2}(?:is a (?:service|website|site|project|platform)|es un (?:servicio|sitio|portal"
         r"|proyecto)|est un (?:service|site|projet)|e um (?:servico|site|portal|projeto))"
         r" (?:provided |run |managed |operated |ofrecido |gere )?(?:by|of|de|da|do|du|par|por)\b.{0,160}$",
         "the site saying whose it is (its footer)"),
        # "Texte intégral", "Full text": the label over a speech's text
        (r"^(?:texte integral|texto integral|texto completo|full text|version integrale"
         r"|read the full text|lire le texte integral|leia a integra|integra)$"
         # "A continuación presentamos el texto completo del comunicado:"
         r"|^(?:a continuacion|a seguir|ci dessous|voici|below|here is|the following is|leia|lea)\b.{0,60}"
         r"\b(?:texto (?:completo|integro|integral)|full text|texte integral|texto na integra"
         r"|a integra|la integra|el texto|o texto|le texte)\b.{0,40}$", "the label over the full text"),
        # "vie-publique.fr est un site de la Direction …": the site saying whose it is
        (r"^[\w-]+(?: [\w-]+)? (?:fr|org|com|gov|gouv fr|gob|gov br|net|int)"
         r" (?:est un site|is a (?:web ?)?site|es un (?:sitio|portal)|e um (?:site|portal))\b.{0,160}$",
         "the site saying whose it is (its footer)"),
        # "Whatsapp: abre ventana nueva", "LinkedIn (opens in a new window)": a link's note
        (r"^(?:\S+ ){0,3}(?:abre|abrir|opens?|abre se|s ouvre)(?: en| em| in| dans)?(?: una| uma| a| une)?"
         r" (?:ventana nueva|nueva ventana|nova janela|janela nova|new (?:window|tab)"
         r"|nouvelle fenetre|nouvel onglet|nueva pestana|nova aba)$", "a link's note that it opens a new window"),
        (r"^(?:download|descargar|baixar|telecharger|descarga|download the)\b.{0,40}"
         r"(?:pdf|docx?|kb|mb|report|informe|relatorio|rapport|version|file|archivo|arquivo|fichier"
         r"|document|documento)"
         r"(?: \d[\d.,]* ?(?:kb|mb|ko|mo))?$", "download link"),
        (r"^(?:read more|read the full|leia mais|leia a materia|lire la suite|lire plus|ver mas"
         r"|leer mas|saiba mais|en savoir plus|learn more|see more|see all|view all|ver todas?"
         r"|ver todos|voir tout|voir toutes|voir plus|mas informacion aqui|more news|all news"
         r"|todas las noticias|todas as noticias|toutes les actualites|continue reading"
         r"|view the release|ver el comunicado|ver o comunicado|voir le communique"
         r"|decouvrir|descubrir|descubre|descobrir|descubra|discover|conheca"
         r"|view (?:the )?(?:pdf|report|document)|back to (?:top|news)|volver|voltar|retour)\b.{0,40}$",
         "read-more link"),
        (r"\bcookies?\b", "cookie banner"),
        (r"^(?:media )?rsvp$", "a label left alone"),
        (r"^(?=(?:\S+ ){0,25}\S+$).*\b(?:faire un don|donate now|donate today|dona ahora|donar ahora"
         r"|haz (?:un|tu) donativo|doe agora|faca uma doacao|je donne|hazte socio|hazte socia"
         r"|hagase socio|torne se socio|seja socio|devenez membre|become a member|join us today"
         r"|adhiere|adherez)$", "a donation call"),
        (r"^(?:could|can|will|would) you (?:help|give|donate|support)\b.{0,60}$"
         r"|^(?:puedes|podes|pode|voce pode|quieres|queres) (?:ayudar|ajudar|donar|doar|apoyar|apoiar)\b.{0,60}$"
         r"|^(?:pouvez vous|voulez vous) (?:aider|donner|soutenir)\b.{0,60}$", "a donation call"),
        # "Want to help families like Emmanuel's? Become a volunteer …", "¿Quieres ayudar? Hazte
        # padrino …", "¡Quiero apadrinar!", "Apoie as famílias afetadas aqui."
        # "Donate to the Red Cross disaster fund – your gift helps us respond within hours."
        (r"^(?=(?:\S+ ){0,30}\S+$)(?:donate|give|dona|done|doe|doa|donnez|faites un don|haz un"
         r" donativo) (?:to|now|today|al|a la|ao|a|au|a l|aujourd hui|ahora|agora)\b.{0,200}$",
         "a donation call"),
        (r"^(?:want to help|quieres ayudar|queres ajudar|quer ajudar|voulez vous aider"
         r"|vous voulez aider)"
         r"\b.{0,160}$|^(?:quiero|quero|je veux) (?:apadrinar|doar|donar|ayudar|ajudar|aider"
         r"|donner)\b.{0,40}$|^apoie (?:as|os|a|o|este|esta)\b.{0,60}\baqui$", "a donation call"),
        # the site's word to its reader under the story
        (r"^(?:obrigad[oa] por (?:ter lido|ler)|gracias por leer|thanks? (?:you )?for reading"
         r"|merci (?:de|d avoir) (?:lu|votre lecture)|te ha gustado (?:este|esta) (?:articulo|nota)"
         r"|gostou (?:deste|desta) (?:artigo|materia|noticia)|did you (?:like|enjoy) this (?:article"
         r"|story)|notou alguma informacao incorreta|viu algum erro|encontrou (?:um|algum) erro"
         r"|spotted (?:an|a) (?:error|mistake)|vous avez (?:repere|remarque) une erreur)\b.{0,240}$",
         "the site's word to its reader"),
        # "Olá, Rita!", "Obrigado por subscrever a nossa newsletter.": a mailing to a subscriber
        (r"^(?:ola|hola|hello|hi|hey|bonjour|salut|oi) [a-z]{2,20}$", "a mailing's greeting"),
        (r"^(?:obrigad[oa]|gracias|thank you|thanks|merci) (?:por|for|de|pela|d) (?:subscrever|assinar"
         r"|se inscrever|suscribirte|suscribirse|tu suscripcion|sua inscricao|a sua subscricao"
         r"|subscribing|signing up|votre inscription|vous etre inscrit|votre abonnement)\b.{0,200}$",
         "a mailing's greeting"),
        # "Detailed district-wise tables are available in the PDF version": the file's other form
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:(?:are|is) available in the (?:pdf|full|printable) version"
         r"|disponibles? en la version (?:pdf|completa)|disponive(?:l|is) na versao (?:pdf|completa)"
         r"|disponibles? dans la version (?:pdf|complete))\b.{0,80}$", "a pointer to the PDF version"),
        # "Ampliations : – PM/SG ; – MINAT ; …": the copies a ministry's letter went to
        (r"^(?:ampliations?|copies? (?:a|pour)|distribution list|copia a|copias a)\b.{0,300}$",
         "the letter's copy list"),
        # "*Names have been changed to protect identities."
        (r"^(?:some |all )?(?:names? (?:have|has) been changed|(?:los|algunos) nombres (?:han sido"
         r"|fueron) (?:cambiados|modificados)|(?:os |alguns )?nomes foram (?:alterados|mudados"
         r"|trocados)|(?:les|certains) (?:noms|prenoms) ont ete (?:modifies|changes))\b.{0,80}$",
         "a note on names changed"),
        (r"^(?:you are here|usted esta aqui|voce esta aqui|vous etes ici|estas en)\b.{0,160}$",
         "breadcrumbs"),
        (r"^(?:chiffres|figures|data|datos|cifras|dados|donnees|numbers)\s(?:au|as of|as at|al|a|em"
         r"|ate|up to|hasta el)\s\d.{0,80}$", "the figures' as-of date"),
        (r"^(?:published|publicado|publicada|publie|publiee|punto focal|focal point|point focal"
         r"|ponto focal|point of contact|punto de contacto|format|formato|url|descargado el"
         r"|downloaded on|telecharge le|baixado em|topics|temas"
         r"|sujets|from|de|par|por|feed post number \d+|sources?|fuentes|fontes|references?"
         r"|referencias|bibliography|bibliografia)\s*:?$", "a field's label left alone"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:rua|calle|rue|avenida|carrera|cra|boulevard|av)\s"
         r"[\w .]{2,40}\s\d{1,5}\b.*\b(?:centro|centre|downtown|bairro|barrio|zona|horario|cep|c p"
         r"|tel|telefono|telefone)\b", "an address (the page's footer)"),
        # who the newsroom took it from: "Con información de VTV", "Com informações da Agência Brasil"
        (r"^(?:con (?:informacion|informaciones) de|com informacoes d[aeo]s?|com informacao d[aeo]"
         r"|with (?:information|reporting) from|avec (?:des )?informations? d[eu]s?)\s\S.{0,60}$"
         # "Fonte: Assessoria de Comunicação – Prefeitura …": the office the post came from
         r"|^(?:fonte|fuente|source|sources?) (?:assessoria de (?:comunicacao|imprensa)|ascom"
         r"|oficina de (?:prensa|comunicacion(?:es)?)|direccion de comunicacion(?:es)?"
         r"|service (?:de presse|communication|de communication)|press office)\b.{0,80}$",
         NEWSROOM_SOURCE),
        # a comment form under the story (WordPress and its kin)
        (r"^(?:leave a (?:reply|comment)|deja (?:un comentario|una respuesta)|dejar un comentario"
         r"|deixe (?:um comentario|uma resposta)|deixe o seu comentario|deixe seu comentario"
         r"|deja tu comentario|laissez un commentaire|laisser un commentaire"
         # "Comentários são de inteira responsabilidade do leitor …": the comments' disclaimer
         r"|(?:os )?comentarios (?:sao|son) (?:de )?(?:inteira |exclusiva )?responsabilidad\w*"
         r"|(?:los )?comentarios (?:son|publicados son) responsabilidad\w*"
         r"|laisser une reponse|your email address will not be published"
         r"|(?:tu|su) (?:direccion de )?correo(?: electronico)? no sera publicad[oa]"
         r"|o seu (?:endereco de )?e ?mail nao sera publicado"
         r"|votre adresse (?:e ?mail|de messagerie) ne sera pas publiee"
         r"|(?:required fields are marked|los campos obligatorios estan marcados"
         r"|os campos obrigatorios estao marcados|les champs obligatoires sont indiques))\b.{0,80}$",
         "the comment form under the story"),
        # a page's feedback box and reporting links (GOV.UK and others)
        (r"^(?:is this page useful|yes this page is useful|no this page is not useful|maybe"
         r"|report a problem with this page|esta pagina le resulto util|sim|nao|oui|non|yes|no"
         r"|was this helpful|help us improve (?:gov uk|this (?:page|site)))$", "the page's feedback box"),
        # blogging and social platforms' chrome (Medium, LinkedIn, Substack)
        (r"^(?:follow|following|seguir|suivre|like|comment|repost|send|reply|responder|comentar"
         r"|curtir|j aime|commenter|add a comment|most relevant|no responses yet|what are your thoughts"
         r"|agrega un comentario|agregar un comentario|anade un comentario|escribe un comentario"
         r"|deixe (?:seu|um|o seu) comentario|escreva um comentario|ajouter un commentaire"
         r"|ecrire un commentaire|(?:ordenar|sort|trier|classer) (?:por|by|par)(?: \w+){0,3}"
         r"|write a response|listen|share|clap|subscribe|see more|ver mas|voir plus|activate to view"
         r"(?: larger image)?|open in app|sign in|sign up|get started|member only story)$",
         "a platform's buttons"),
        (r"^(?:published in|publicado en|publicado em|publie dans|editor for|writer for)\s\S.{0,60}$",
         "a platform's byline furniture"),
        (r"^\d[\d.,]*\s?[km]?\s(?:followers|seguidores|abonnes|reposts?|comments?|comentarios"
         r"|reactions|reacciones|likes|shares|claps|responses)$"
         r"|^\w[\w ]{1,40} and \d[\d,]* others$"
         r"|^\d+ ?[dhwm] (?:edited )?(?:visible to anyone|visible para|visivel para)\b.*$"
         r"|^(?:\d+ ?[dhwm] )?(?:edited|editado|modifie)(?: visible to anyone on or off linkedin)?$",
         "a social platform's counts"),
        (r"^(?:click here|haga clic aqui|haz clic aqui|clique aqui|cliquez ici|pulse aqui)\b.{0,160}$",
         "a link (click here)"),
        (r"^(?:click|tap) (?:here )?to (?:learn|read|see|find out) more$|^(?:haga|haz) clic para"
         r" (?:saber|leer|ver) mas$|^clique para (?:saber|ler|ver) mais$", "a link (click here)"),
        # "Recevez les actualités de votre commune : téléchargez illiwap, c'est gratuit"
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:telechargez (?:l application|illiwap|notre application)"
         r"|download (?:the|our) (?:free )?app|descarga (?:la|nuestra) app(?:licacion)?"
         r"|baixe (?:o|nosso) (?:app|aplicativo))\b", "an app's promotion"),
        (r"^(?:escuchalo|escuchala|escucha la noticia|ouca|oucao|ecoutez|listen) (?:en|em|in) audio$",
         "audio player"),
        (r"^(?:elaborado por|prepared by|produced by|compiled by|elabore par|realise par"
         r"|produzido por|elaborado pela|elaborado pelo)\s*\S.{0,100}$", "the report's production note"),
        (r"^(?:correo de notificaciones|correo para notificaciones)\b.{0,160}$"
         r"|\bnotificaciones judiciales\b", "the office's lines (the page's footer)"),
        (r"^(?:ouvir (?:a |esta )?noticia|ouca (?:a|esta) noticia|escuchar (?:la |esta )?noticia"
         r"|ecouter (?:l|cet) article|listen to (?:the |this )?(?:article|story|news)"
         r"|escuchar (?:el |este )?articulo|escucha esta noticia)$", "audio player"),
        # "In this issue: Drill season in Honiara · Meet our new trainers · …": a newsletter's
        # contents on one line
        (rf"^(?:{IN_THIS_ISSUE})\s\S.{{0,200}}$", "the newsletter's contents"),
        # "Para não receber mais nossos comunicados, responda com REMOVER."
        (r"^(?:para (?:nao|no) (?:receber|recibir) mais|para (?:dejar|deixar) de (?:recibir|receber)"
         r"|to (?:stop receiving|unsubscribe)|pour ne plus recevoir|si vous ne souhaitez plus recevoir"
         r"|if you (?:no longer wish|do not wish) to receive)\b.{0,200}$", "a mailing's footer"),
        # "Photos disponibles", "High-resolution photos available on request"
        (r"^(?:(?:high resolution |hi res |hd )?photos?|fotos?|fotografias|images) (?:en haute"
         r" definition |de alta resolucion |em alta resolucao |in high resolution )?(?:are )?"
         r"(?:disponibles?|available|disponiveis|disponivel|sur demande|on request|a pedido"
         r"|bajo pedido)\b.{0,80}$", "a note that photos are available"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:cep \d{5} \d{3}|c p \d{5}|codigo postal \d{4,5}"
         r"|code postal \d{4,5}|zip(?: code)? \d{5})\b", "an address (the page's footer)"),
        (r"^(?:an official (?:website|site) of|un sitio (?:web )?oficial de|um site oficial d"
         r"|un site officiel d)\b.{0,80}$", "the site's official-site banner"),
        (r"^(?:format|formato|content (?:format|type)|tipo de contenido|type de contenu"
         r"|tipo de conteudo|document type|tipo de documento|type de document)\s+\S.{0,60}$",
         "the repository's field (format)"),
        (r"^(?:quote s|quotes|page contents|contenido de la pagina"
         r"|sommaire de la page|print friendly pdf|related media|medios relacionados)$",
         "a label of the page's furniture"),
        (r"^(?=(?:\S+ ){0,16}\S+$)(?:.*\b(?:compartir|share|partager|compartilhar|compartilhe)\b){2}",
         "share row"),
        (r"^(?:news provided by|provided by|distributed by|noticias (?:proporcionadas|distribuidas)"
         r" por|fourni par|distribue par|distribuido por|conteudo fornecido por)$", "a wire's furniture"),
        (r"^(?=(?:\S+ ){0,40}\S+$).*\b(?:all rights reserved|todos los derechos reservados"
         r"|todos os direitos reservados|tous droits reserves|registered charity|charity (?:no|number)"
         r"|501 c 3|company limited by guarantee|association loi 1901|reconocida de utilidad publica"
         r"|reconnue d utilite publique)\b",
         "footer"),
        # a share row however long its words: the share word, then the networks it offers
        (r"^(?:share|compartir|comparte|compartilhe|compartilhar|partilhar|partager|partagez)\b"
         r".{0,160}\b(?:facebook|twitter|whatsapp|linkedin|telegram|bluesky)\b.{0,80}$", "share row"),
        (r"^(?:(?:copier le lien|copy link|copiar (?:el )?enlace|copiar (?:o )?link|imprimir|imprimer"
         r"|print|partager|share|compartir|compartilhar|compartilhe|email|e mail|courriel|facebook"
         r"|twitter|x|linkedin|whatsapp|telegram|enviar|envoyer|send)(?: |$)){2,}$", "share row"),
        (r"^.{0,80}\b(?:licen[cs]ed?|licencia|licenca|licence|publicado sob|publie sous"
         r"|bajo (?:una |la )?licencia)\b.{0,60}\bcreative commons\b.{0,80}$", "the site's licence notice"),
        (r"^(?:reportar (?:erro|un error)|report an? (?:error|problem|issue)|signaler une erreur"
         r"|informar un error|comunicar erro)$", "page furniture"),
        (r"\b(?:pdf|docx?|xlsx?|pptx?|odt) \d[\d ]*(?:kb|mb|ko|mo)$", "download link"),
        (r"^(?:download|descargar|descarga|descargas|baixar|baixe|telecharger|telechargement"
         r"|embed|integrer|incorporar|incorporer|inserir"
         r"|copy embed code|copiar codigo)$", "a player's buttons"),
        (r"^(?:audio credit|credit audio|credito (?:del? )?audio|duree audio|audio duration"
         r"|duracion (?:del )?audio|duracao (?:do )?audio|duree|duration|duracion|duracao)\b.{0,80}$",
         "audio player"),
        (r"\b(?:your inbox|votre boite (?:mail|de reception)|dans votre boite|tu bandeja de entrada"
         r"|su bandeja de entrada|sua caixa de entrada|seu e mail|sign up for our|suscribete a nuestro"
         r"|inscrivez vous ici|inscreva se (?:aqui|na nossa|no nosso)|abonnez vous a notre)\b",
         "newsletter box"),
        (r"^(?:stay (?:informed|in touch|connected|up to date)|mantente informad[oa]"
         r"|mantengase informad[oa]|fique (?:por dentro|informad[oa])|restez informe(?:e|s)?"
         r"|get (?:our|the) latest)$", "newsletter box"),
        (r"^.{0,120}\b(?:app|application|aplicacion|aplicativo|appli)\b.{0,60}\b(?:ios|android"
         r"|app store|google play)\b.{0,40}$", "an app download link"),
        (r"^(?:powered by|con la tecnologia de|tecnologia do|fourni par|propulse par|desarrollado"
         r" (?:con|por)|com tecnologia) (?:blogger|wordpress|drupal|wix|squarespace|medium)\b",
         "a blog platform's furniture"),
        (r"^(?:subscribe|subscrever|subscreva|sign up|suscribete|suscribase|inscreva se|assine"
         r"|abonnez vous|inscrivez vous"
         r"|newsletter|get (?:our|the) (?:latest|newsletter)"
         # "Boletín", "Boletim semanal"; not a bulletin's headline ("BOLETIM DA CASVE: 134 …")
         r"|(?=(?:\S+ ){0,7}\S+$)(?!.*\d)"
         r"(?:boletin|boletim)(?! (?:de situacion|de situacao|informativo n|epidemiologico|n o|no|n)\b))\b",
         "newsletter box"),
        (r"^(?:topics?|tags?|temas?|etiquetas|topicos|assuntos|sujets?|themes?|mots cles"
         r"|keywords|palabras clave|palavras chave|categor(?:y|ies|ia|ias|ie|ies))\s*:?\s+\S.{0,150}$",
         "tag list"),
        (r"^(?:(?:skip|jump|go) to (?:the )?(?:main )?content|(?:ir|saltar|pasar|passer|aller)"
         r" (?:al|para o|ao|au|a) (?:contenido|conteudo|contenu)(?: principal)?"
         r"|contact us|contactenos|contactanos|contacte nos|fale conosco|contactez nous"
         r"|menu|main menu|search|buscar|pesquisar|rechercher|donate|donar|doe|faire un don"
         r"|home|inicio|inicial|accueil|pagina inicial|close|cerrar|fechar|fermer|toggle navigation"
         r"|you are here|usted esta aqui|voce esta aqui|vous etes ici|print page|imprimir pagina"
         r"|follow us|siguenos|siga nos|suivez nous|social media|redes sociales|redes sociais"
         r"|reseaux sociaux|photo|foto|video|audio|image|imagem|imagen|listen|escuchar|ouvir"
         r"|ecouter|top|back|next|previous|siguiente|anterior|proximo|suivant|precedent"
         r"|all rights reserved|todos los derechos reservados|todos os direitos reservados"
         r"|tous droits reserves|privacy policy|terms of use|politica de privacidad"
         r"|politica de privacidade|mentions legales|accept|reject|aceptar|rechazar|aceitar"
         r"|recusar|accepter|refuser)$", "page furniture"),
        (r"(?:^|\s)(?:privacy|privacidad|privacidade|confidentialite|terms|terminos|termos"
         r"|conditions|mentions legales|sitemap|mapa del sitio|mapa do site|plan du site)\b.{0,40}"
         r"(?:terms|terminos|termos|conditions|contact|contacto|contato|sitemap|accessibility"
         r"|accesibilidad|acessibilidade|accessibilite|cookies|use|uso|utilisation)", "footer links"),
        (r"^(?:last )?(?:updated|modified|actualizado|actualizada|atualizado|atualizada|modificada"
         r"|mis a jour|mise a jour|modifie|modifiee)\b.{0,40}$",
         "update stamp"),
        (r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|email|e mail|correo"
         r"|correo electronico|courriel|print|imprimir|imprimer|copy link|bluesky|threads|reddit"
         r"|flickr|tiktok|vimeo|soundcloud|pinterest|mastodon|rss|spotify)"
         r"(?: (?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|email|e mail"
         r"|correo|electronico|courriel|print|imprimir|imprimer|copy|link|bluesky|threads|reddit"
         r"|flickr|tiktok|vimeo|soundcloud|pinterest|mastodon|rss|spotify))+$",
         "share row"),
        (r"\b(?:page|pagina|pag) \d{1,3} ?(?:of|de|sur|/) ?\d{1,3}\b", "page footer"),
        (r"^\w[\w ]{1,40} \d+ more$", "tag list"),
        (r"\bicon\b|\bsearch form\b", "page furniture"),
        (r"^(?:search|buscar|busque|pesquisar|pesquise|rechercher)\b.{0,40}"
         r"\b(?:site|sitio|website|pagina|page|document|documento|documents)\b", "page furniture"),
        (r"^(?:read (?:it )?in|leer en|ler em|lire en|leia em|version en|versión en|versao em)"
         r" (?:english|spanish|french|portuguese|espanol|ingles|frances|portugues|anglais"
         r"|espagnol|portugais|frances|ingles|castellano)\b", "a link to another language"),
        (r"^(?:see also|vea tambien|veja tambem|lee tambien|lea tambien|leia tambem|voir aussi|lire aussi"
         r"|a lire aussi|a lire egalement|verifique tambem|confira tambem"
         r"|read also|also read|related|relacionad[oa]s?|te puede interesar|pode interessar"
         r"|(?:historias|noticias|materias|artigos|articulos|reportagens) relacionad[oa]s)\s*\S",
         "a link to another story"),
        (r"^(?:listen to this (?:article|story)|escucha (?:este|esta) (?:articulo|nota|historia)"
         r"|ouca (?:este|esta) (?:artigo|materia|reportagem)|ecoutez cet article|ecouter l article"
         r"|play audio|reproducir audio)\b", "audio player"),
        (r"^\d{1,2}:\d{2}(?::\d{2})?$", "a time alone (a player's clock)"),
        (r"^\d[\d ]* (?:views|visualizacoes|visualizaciones|vistas|vues|lecturas|leituras|reads"
         r"|visitas|lectures)(?: \d[\d ]* (?:comments?|comentarios?|commentaires?|likes?"
         r"|curtidas?|me gusta|j aime))*$", "a page's view count"),
        (r"^(?:a las |as |at |a |des |from )?\d{1,2} \d{2}(?:h|hs)?(?: (?:h|hs|a m|p m|am|pm|hrs))?$",
         "a time alone (the hour it was published)"),
        (rf"^(?:de |from |du )?(?:{_MONTHS}) (?:a |al |to |au |hasta |ate )?(?:{_MONTHS})"
         r"(?: de| of| del)? (?:19|20)\d\d$", "the report's period (months)"),
        (r"^(?:(?:ouvir|ouca|escuchar|escucha|ecouter|listen|play|reproducir|baixar|descargar"
         r"|telecharger|download|pausar|pause)(?: (?:o |el |l )?(?:audio|mp3|podcast|episodio))? ?){2,}$",
         "a player's buttons"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:rua|rue|calle|avenida|av|street|road|carrera|travessa"
         r"|largo|praca|plaza)\b [\w ]{2,40} \d{1,5}\b.{0,40}\b\d{4,5} \d{3}\b",
         "an address (the page's footer)"),
        (r"^(?:boite postale|b p|p o box|po box|apartado postal|apartado aereo|caixa postal"
         r"|casilla(?: postal)?|case postale)\s*\d{1,6}\b.{0,80}$", "a postal address (the letterhead)"),
        (r"^#?\s?(?:paratodosverem|pracegover|para todos verem|pra cego ver|descricao da imagem"
         r"|descripcion de la imagen|image description|description de l image|texto alternativo)\b",
         "an image description for screen readers (#PraCegoVer)"),
        (r"^format\b.{0,200}\b(?:source|posted|origin|originally published)\b",
         "the repository's fields (format, source, posted)"),
        (r"^(?:escrito por|posted by|publicado por|publie par|postado por|written by|por|by|par)$",
         "a byline's label without its name"),
        (r"^\S+(?: \S+){0,3} (?:dijo|said|disse|a dit|escribio|wrote|escreveu|a ecrit)\W*$",
         "a reader's comment"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*(?:\b(?:bp|cs) \d{3,5}\b.{0,40}\bcedex\b|\b\d{5} [a-z]+(?: [a-z]+)? cedex\b)",
         "an address (the page's footer)"),
        (r"^(?=(?:\S+ ){0,25}\S+$).*\b(?:street|road|avenue|lane|square|centre|center|house)\b.{0,60}"
         r"\b[a-z]{1,2}\d{1,2}[a-z]? \d[a-z]{2}$", "an address (the page's footer)"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:anterior|previous|precedent|precedente)\b.{0,120}"
         r"\b(?:proxima|proximo|siguiente|next|suivant|suivante)\b", "a pager (previous / next)"),
        (r"^we acknowledge the traditional (?:custodians|owners)\b", "the site's acknowledgement of country"),
        (r"^(?:previous|earlier|anterior|precedent|precedente) (?:information bulletin|bulletin"
         r"|report|update|situation report|informe|boletin|boletim|relatorio|rapport)s?$",
         "a link to the previous report"),
        (r"^(?:emergency appeal|dref operation|appeal|operation)\b.{0,30}\bmdr[a-z]{0,2}\d{3,6}$",
         "the appeal's code (a link)"),
        (r"^(?:tipografia|tamanho da fonte|tamano de (?:la )?(?:letra|fuente)|font size|text size"
         r"|taille du texte|taille de police)\b.{0,60}$|^a a a$", "the page's text-size buttons"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:rua|praca|avenida|largo|travessa|alameda)\b [\w ]{2,40}"
         r" \d{4} \d{3} [a-z]", "an address (the page's footer)"),
        (r"\b(?:cnpj|siret|siren|rcs|ruc|rut|nit|abn|ein|cif|nif)\b \d{2,3}[\d ]{4,}",
         "the organisation's registration number (the page's footer)"),
        (r"^(?:ha|hace|il y a)\s+\d{1,2}\s+(?:minutos?|horas?|dias?|minutes?|heures?|jours?)\b.{0,40}$"
         r"|^\d{1,2}\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago\b.{0,40}$", "a relative time stamp"),
        (r"^(?:transcricao|transcripcion|transcription|transcript|transcrito|audio transcript)$",
         "a player's label"),
        (r"^(?=(?:\S+ ){0,24}\S+$).*\b(?:reproducao (?:e )?(?:permitida|autorizada|livre)"
         r"|(?:reproducao|reproduccion|reproduction)\b.{0,40}\b(?:e|es|est) (?:autorizada|permitida"
         r"|autorisee|permise|libre|livre)"
         r"|reproduccion (?:permitida|autorizada|libre)|reproduction (?:autorisee|permise|libre)"
         r"|(?:may be|can be) (?:reproduced|republished)|cite a fonte|citando la fuente"
         r"|citacao da fonte|citando a fonte|en citant la source|mencionando la fuente"
         r"|(?:pode|podem) ser reproduzid[oa]s? desde que|pueden? ser reproducid[oa]s? siempre que"
         r"|peu(?:ven)?t etre reproduit(?:e|s|es)? (?:a condition|sous reserve)"
         r"|para reproduzir|para reproducir|pour reproduire)\b", "the site's reproduction notice"),
        # "💛 Tu donativo sostiene una cama … Dona ahora": the site's appeal for gifts
        (r"^(?=(?:\S+ ){0,40}\S+$).*\b(?:dona ahora|donar ahora|dona hoy|donate now|donate today"
         r"|give now|give today|doe agora|doe ja|faites un don|je fais un don|haz tu donativo"
         r"|haz un donativo|make a donation|faca uma doacao|haga su donativo"
         r"|signez (?:notre|la|cette) (?:appel|petition)|sign (?:our|the) petition"
         r"|firma (?:nuestra|la) peticion|assine (?:a|nossa) peticao)\b", "an appeal for gifts or signatures"),
        # "Galerias Boa Vista": the gallery section's name and its place tag
        (r"^(?:galerias|galeria|galleries|gallery|galeries|galerie)(?: \w+){0,3}$", "a gallery's section tag"),
        # "À l'intention des organes d'information. Document non officiel.": the UN's notice
        (r"^(?:a l intention des organes d information|for (?:use of the )?information media"
         r"|para (?:uso de )?los medios de informacion)\b.{0,80}$", "a notice that the text is not official"),
        # "Articles étiquetés « communiqué de presse »", "Posts tagged …": a blog's tag page
        (r"^(?:articles? (?:etiquetes|tagues|classes)|posts? tagged|entradas etiquetadas|artigos marcados"
         r"|archives? (?:du|de la) (?:tag|categorie|mot cle)|category archives?|tag archives?)\b.{0,80}$",
         "a blog's tag or category page header"),
        # "To volunteer with a welcome team in your area, click here to sign up."
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:click here|haga clic aqui|haz clic aqui|clique aqui|cliquez ici)\b",
         "a call to click"),
        # "Hours: Monday - Friday, 8 a.m. - 4:30 p.m.", "Atendimento: segunda a sexta, das 8h às 17h30"
        (r"^(?:hours|opening hours|office hours|horario|horario de atencion|horario de atendimento"
         r"|atendimento|heures d ouverture|horaires) (?:monday|mon|lunes|segunda|lundi|de lunes|de segunda"
         r"|du lundi)\b.{0,100}$", "the office's opening hours"),
        # "Besoin d'aide?", "Need help?": the site's help box
        (r"^(?:besoin d aide|vous avez besoin d aide|need help|necesitas ayuda|necesita ayuda"
         r"|precisa de ajuda|tem duvidas|vous cherchez de l aide)$", "the site's help box"),
        # a repository's field labels alone: "Title", "Body"
        (r"^(?:title|body|titulo|cuerpo|corpo|corps du texte)$", "a repository's field label"),
        # "Confira a lista de convidados para a audiência": a link to more
        (r"^confira (?:a|o|os|as) (?:lista|galeria|integra|programacao|agenda|video|fotos|cobertura)\b.{0,80}$",
         "a link to more (a list, a video, a gallery)"),
        (r"^(?:continuando|continua|continue|continued|continua na proxima pagina|suite|la suite|sigue"
         r"|continued on next page|suite page suivante)$", "a continuation mark"),
        # "Os dados desta ficha referem-se a 31 de outubro de 2026, salvo indicação em contrário."
        (r"^(?:os dados|los datos|les donnees|the data|data|the figures|figures|as cifras|las cifras"
         r"|les chiffres) (?:desta|de esta|de cette|in this|on this|de este|deste) (?:ficha|hoja|fiche"
         r"|sheet|page|pagina|documento|document|informe|relatorio|rapport|report)\b.{0,160}$",
         "a note on when the figures date from"),
        # "Sans-titre-1", "Untitled-2", "IMG_2041.jpg": an image's file name where its alt text was
        (r"^(?:sans titre|untitled|sin titulo|sem titulo)(?: \d{1,3})?$"
         r"|^(?:img|dsc|dscn|dscf|pxl|photo|foto|image|imagen|imagem)[ _-]?\d{3,}(?: (?:jpe?g|png|webp|gif))?$",
         "an image's file name"),
        (r"^(?:tire (?:de|du|des)|extrait (?:de|du|des)|extraido (?:de|del)|originally published"
         r"|first published|publicado originalmente|originalmente publicado|initialement publie"
         r"|publie initialement|republished from|reproduzido d[eo]|reproducido de)\b.{0,100}$",
         "where the text was first published"),
        (r"^(?=(?:\S+ ){0,40}\S+$)(?=.*\b(?:calle|carrera|rua|avenida|rue|street|tel|telefono"
         r"|telefone|phone|parque|praca|plaza)\b).*\b(?:horario de atencion|horario de atendimento"
         r"|horario de funcionamento|opening hours|office hours|heures d ouverture"
         r"|horaires d ouverture|horaires d accueil)\b", "the office's hours (the page's footer)"),
        # "17 route des Morillons, CH-1211 Geneva 19": a letterhead's street and postcode
        (r"^\d{1,4} (?:rue|route|avenue|chemin|place|quai|street|road) [\w ]{2,40}? (?:[a-z]{1,2} )?"
         r"\d{4,5} [a-z]{3,}(?: \d{1,2})?$", "an address (the page's footer)"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b\d{1,4} (?:bis )?(?:rue|avenue|boulevard|bd|place|quai"
         r"|chemin|allee|impasse) [\w ]{2,40} \d{5} [a-z]", "an address (the page's footer)"),
        (r"^(?:more news|mas noticias|mais noticias|plus d actualites|other news|otras noticias"
         r"|outras noticias|autres actualites|sur le meme theme|dans le meme theme"
         r"|sobre el mismo tema|sobre o mesmo tema|on the same (?:topic|theme|subject))\b.{1,240}$",
         "a link to another story"),
        (r"(?:^|\s)(?:www\.|https?\s?//)\S+", "a web address"),
        (r"^(?:draft|borrador|rascunho|brouillon|projet|minuta)\b.{0,100}"
         r"(?:publish|publica|publier|review|revision|revisao|relecture|validation|validacion"
         r"|validacao)",
         DRAFT_NOTE),
        # "Texto para la web – sección «La campaña» – v3 (revisar con Misiones antes de publicar)",
        # "… – projet de déclaration – V3 (relu par …, en attente de validation Présidence)"
        (r"^(?=(?:\S+ ){0,25}\S+$).*\bv ?\d{1,2} (?:\S+ ){0,2}(?:revisar|review|relire|relu|revisao"
         r"|revisada|validar|valider|validation|validacion|validacao|confirmar|check|aprobar|aprovar"
         r"|approve|approval)\b", DRAFT_NOTE),
        # "… aguardando validação dos números …", "en attente de validation", "pending approval"
        (r"^(?=(?:\S+ ){0,25}\S+$).*\b(?:aguardando (?:validacao|aprovacao|revisao)|en attente de"
         r" (?:validation|relecture)|pending (?:approval|sign off|review)|pendiente de (?:validacion"
         r"|aprobacion|revision))\b", DRAFT_NOTE),
        # "PRESS RELEASE – DRAFT 2 – not for circulation until signed off", "… – BORRADOR 3"
        (r"^(?=(?:\S+ ){0,25}\S+$).*\b(?:draft|borrador|rascunho|brouillon)\b.{0,30}\bv ?\d{1,2}\b"
         r"|^(?=(?:\S+ ){0,25}\S+$).*\b(?:draft|borrador|rascunho|brouillon) (?:v ?)?\d{1,2}\b"
         r"|^(?=(?:\S+ ){0,25}\S+$).*\b(?:not for circulation|no difundir|nao divulgar|ne pas diffuser"
         r"|(?:versao|version) (?:para|pour|for) (?:aprovacao|aprobacion|validation|approval)"
         r"|nao enviar antes|no enviar antes|do not send before|ne pas envoyer avant)\b",
         DRAFT_NOTE),
        # "Projet d'article pour le site … – version du 4/12", "Borrador de comunicado – versión 2"
        (r"^(?=(?:\S+ ){0,25}\S+$)(?:draft|borrador|rascunho|brouillon|projet)\b.{0,100}"
         r"\b(?:version|versao|v)\s?(?:\d|du|de|del|da|soumise|submitted|final|revisee|revisada)",
         DRAFT_NOTE),
        # "Assessoria de Comunicação Social – rascunho para o site (não publicar antes da revisão)"
        (r"^(?=(?:\S+ ){0,25}\S+$).*\b(?:draft|borrador|rascunho|brouillon)\b.{0,80}"
         r"\b(?:nao publicar|no publicar|do not publish|not for publication|ne pas publier"
         r"|antes de publicar|before publishing|avant publication)\b", DRAFT_NOTE),
        # "Version du 06/12 – relue par le coordonnateur, reste à valider par le Secrétaire général"
        (r"^(?=(?:\S+ ){0,30}\S+$)(?:version|versao|v)\s?(?:du|de|del|da|\d).{0,120}\b(?:reste a valider"
         r"|a valider par|pendiente de (?:validar|aprobacion|revision)|por validar|a validar por"
         r"|aguarda (?:validacao|aprovacao)|to be (?:approved|validated|cleared) by)\b", DRAFT_NOTE),
        # "Rascunho – Boletim 7. Carla, confere os números …", "Version de travail – à valider par
        # le chef de bureau", "Borrador para enviar a las emisoras … – revisar cifras": the note
        # of whoever wrote the draft to whoever checks it (never a line of a story in the corpus)
        (r"^(?=(?:\S+ ){0,40}\S+$)(?:rascunho|borrador|brouillon|version de travail"
         r"|version de trabajo|versao de trabalho)\b(?=.*\b(?:revis\w*|rever|valid\w*|confer\w*"
         r"|aprob\w*|aprov\w*|publicar|publier|enviar|envoyer|subir|difundir|diffuser|transferer"
         r"|circular|site|web|portal|boletim|boletin|emisoras|medios)\b)", DRAFT_NOTE),
        (r"^(?=(?:\S+ ){0,40}\S+$).*\b(?:merci de ne pas (?:transferer|diffuser|faire suivre)"
         r"|no reenviar|nao (?:encaminhar|repassar)|(?:please )?do not forward)\b", DRAFT_NOTE),
        # "Buenas tardes, compartimos la nota de hoy.", "Segue a declaração do Senhor Ministro,
        # para divulgação.", "Veuillez trouver ci-dessous l'avis aux médias": how a sender hands
        # the release on, above it
        (r"^(?=(?:\S+ ){0,40}\S+$)(?:(?:buenas tardes|buenos dias|buenas noches|bom dia|boa tarde"
         r"|boa noite|bonjour|bonsoir|hola|ola|hello|hi|good morning|good afternoon|estimad[oa]s"
         r"|queridos|caros|prezados|dear|chers)(?: (?:as|os|a|o))?"  # "Prezados(as)"
         r"(?: (?:colleagues|colegas|all|everyone|team|equipo"
         r"|equipe|todos|todas|a todos|tous|a tous|friends|amigos|periodistas|jornalistas"
         r"|journalistes|journalists))? )?"
         r"(?:segue|seguem|encaminho|encaminhamos|compartimos|compartilhamos|les compartimos"
         r"|les comparto|adjunto|adjuntamos|les enviamos|please find|find attached|ci joint"
         r"|veuillez trouver|nous vous transmettons|je vous transmets|vous trouverez)\b"
         r"(?=(?:\s\S+){0,8}\s(?:nota|notas|release|comunicado|declaracao|declaracion|texto|material"
         r"|boletim|boletin|informe|communique|note|avis|statement|advisory|invitation|convite"
         r"|posicao|posicion|posicionamento|posicionamiento|position"
         r"|invitacion|pauta|details|fotos|photos)\b)", COVERING_NOTE),
        (r"^(?=(?:\S+ ){0,40}\S+$).*\b(?:ficamos|restamos|quedamos|seguimos) (?:a|a sua|a vossa|a su"
         r"|a vuestra) (?:inteira |entera )?disposicao para entrevistas\b", COVERING_NOTE),
        # "Tu ayuda llega. Dona a la cuenta BCP …", "Consignar 1% do IRS à Helpo … NIPC …",
        # "💛 Sua doação mantém a Casa do Migrante aberta. Quero doar": the appeal for gifts
        (r"^(?=(?:\S+ ){0,40}\S+$)(?=.*\d{3}).*\b(?:dona|doa|doe|donate|give|donnez|faites un don|donaciones"
         r"|donacion|doacoes|doacao|donativos?|consignar)\b.*\b(?:cuenta|conta|account|iban|nib|nipc"
         r"|yape|pix|bizum|plin|banco|bank|transferencia|virement|sort code)\b", "an appeal for gifts"),
        (r"^(?=(?:\S+ ){0,30}\S+$).*\b(?:quero doar|quiero donar|dona ahora|dona hoy|donate now"
         r"|donate today|je donne|faites un don|doe agora|doe ja)$", "an appeal for gifts"),
        # "À l'usage des médias – document non officiel": how the UN marks its press summaries
        (r"^(?=(?:\S+ ){0,20}\S+$).*\b(?:document non officiel|not an official (?:record|document)"
         r"|no es un documento oficial|nao e um documento oficial|n est pas un document officiel)\b",
         "the press office's 'not an official record'"),
        # "CAUTION: This email originated from outside of the organization. Do not click links …"
        (r"^(?:caution|external email|external|warning|attention|aviso|atencao|precaucion|externo)\b"
         r".{0,40}\b(?:originated from outside|outside (?:of )?(?:the|your) organi[sz]ation"
         r"|fuera de (?:la|su) organizacion|fora da (?:sua )?organizacao|exterieur a (?:l|votre) organisation)"
         # "[External sender] Be careful with links and attachments."
         r"|^(?:external sender|external email|remitente externo|remetente externo|expediteur externe)"
         r" .{0,20}\b(?:careful|cuidado|prudence|vigilant)\b.{0,80}$",
         "an e-mail's security banner"),
        # a mail's footers: "Antes de imprimir este email pense bem …", "Vous recevez ce message
        # car vous êtes inscrit(e) à la liste presse …"
        (r"^(?=(?:\S+ ){0,30}\S+$)(?:.{0,120}\b)?(?:antes de imprimir|before printing|please"
         r" consider the environment|think before you print|avant d imprimer)\b",
         "a mailing's footer"),
        (r"^(?:vous recevez ce (?:message|courriel|mail)|you are receiving this (?:because|as)"
         r"|you received this (?:e mail |email |newsletter )?because"
         r"|(?:recibe|recibes|recibiste|recebe|recebeu|recebes) este (?:correo|mensaje|boletin"
         r"|email|e mail|correio|boletim|newsletter|informativo) (?:porque|por)"
         r"|vous recevez cette (?:lettre|newsletter) (?:car|parce))\b", "a mailing's footer"),
        # "Si ce message ne s'affiche pas correctement, consultez la version en ligne."
        (r"^(?=(?:\S+ ){0,24}\S+$)(?:(?:cet|ce) (?:e mail|email|courriel|message|mail) ne s affiche"
         r" pas|no (?:ves|se ve) bien este (?:correo|mensaje|email|e mail)|si ce (?:message|courriel|mail) ne s affiche pas"
         r"|if (?:you (?:cannot|can t|are unable to) (?:see|view|read)|this (?:email|e mail|message)"
         r" (?:does not|doesn t) display)|si no (?:puede|puedes|logra) ver (?:este|esta|bien)"
         r"|(?:caso|se) nao (?:consiga|conseguir) (?:ver|visualizar))\b",
         "a mailing's link to its web copy"),
        # "Esta página se ve mejor en la app. Descárgala aquí": the site's app advertised
        (r"^(?=(?:\S+ ){0,20}\S+$)(?:.{0,60}\b)?(?:se ve mejor en la app|descarga(?:la)? (?:nuestra|la)"
         r" app|download (?:our|the) app|baixe (?:o nosso|o) (?:app|aplicativo)|telechargez"
         r" (?:notre|l) application|get the app|get our app)\b", "the site's app advertised"),
        # the site's comment policy and its licence note, under a story
        (r"^(?:please read our comment(?:ing)? (?:policy|guidelines)|all content is in the public"
         r" domain|lea nuestras? (?:politica|normas) de comentarios|leia (?:a nossa|nossa) politica"
         r" de comentarios)\b.{0,120}$", "footer (the site's rules)"),
        # "Não consegue ver esta mensagem? Abra no navegador.", "View this email in your browser"
        (r"^(?=(?:\S+ ){0,16}\S+$)(?:.{0,60}\b)?(?:view (?:this|it) (?:email |e mail |message )?in"
         r" (?:your|a) (?:web )?browser|abra no (?:seu )?navegador|abrir no navegador|abrelo en"
         r" (?:tu|su|el) navegador|ver en (?:el|tu|su) navegador|ver no navegador|voir (?:la version"
         r" )?(?:en ligne|dans (?:votre|le) navigateur)|afficher dans (?:votre|le) navigateur)\b",
         "a mailing's link to its web copy"),
        # "Este conteúdo foi exportado automaticamente do WordPress em 09/12/2026."
        (r"^(?=(?:\S+ ){0,20}\S+$)(?:este conteudo foi exportado|este contenido fue exportado"
         r"|this (?:content|post|page) was exported|ce contenu a ete exporte|exported from"
         r"|exportado (?:de|do|desde))\b", EXPORT_NOTE),
        # "Visualizado 412 vezes", "Viewed 1,204 times", "Vu 87 fois": the page's view count
        (r"^(?:visualizad[oa]|visto|vista|viewed|vu|lu|lido|leido) \d[\d .,]* (?:vezes|veces|times"
         r"|fois)$", "a page's view count"),
        # "Got a news tip? Email news@…", "Obrigado pelo seu interesse … Assine o …": a
        # newspaper's asks
        (r"^(?=(?:\S+ ){0,30}\S+$)(?:got a (?:news )?tip|have a (?:news )?tip|tem uma (?:sugestao"
         r"|denuncia)|tienes una (?:denuncia|sugerencia)|vous avez une info)\b", "the newspaper's ask"),
        (r"^(?=(?:\S+ ){0,40}\S+$)(?:obrigado pelo (?:seu )?interesse|thank you for reading"
         r"|thanks for reading|gracias por (?:leer|tu interes)|merci de (?:votre lecture|nous lire))"
         r"\b.*\b(?:assine|subscribe|suscribete|abonnez|assinatura|suscripcion|abonnement)\b",
         "the newspaper's ask"),
        # "Back to Media Releases | Print | Subscribe to Council news"
        (r"^(?:back to|volver a|voltar (?:para|a)|retour (?:a|aux?))\s(?:the |la |las |los |as |os "
         r"|les |l )?(?:news|media|press|list|all|stories|blog|home|top|noticias|sala|lista|inicio"
         r"|actualites|communiques|comunicados|releases|accueil|articles)\b.{0,80}$",
         "a link back to the list"),
        # "… acknowledges the Widjabul Wia-bal people …, Traditional Custodians of the land …"
        (r"\btraditional (?:custodians|owners)\b.{0,120}\b(?:land|lands|country|waters)\b",
         "an acknowledgement of country"),
        # "Escucha el audio a continuación", "Listen to the audio below"
        (r"^(?:escucha|escuche|listen to|ouca|ecoutez) (?:el |the |o |l )?(?:audio|podcast|entrevista"
         r"|interview)\b.{0,40}$", "audio player"),
        # "Exmos. Senhores Jornalistas,", "Estimados periodistas:": a mail to the press, greeting
        (r"^(?:exmos?|exmas?|excelentissimos?|caros|caras|estimados|estimadas|prezados|prezadas"
         r"|queridos|chers|cheres|dear)(?: (?:senhores|senores|sres|srs|amigos|amigas|colegas))?"
         r" (?:jornalistas|periodistas|journalistes|journalists|colegas|colleagues|collegues"
         r"|editores|redatores|redactores|media|medios)\b[\w ]{0,30}$",
         "an e-mail's greeting or closing"),
        (r"^(?:note|nota|editor s note|nota del editor|nota do editor|note de la redaction)\s"
         r".{0,160}(?:updated|corrected|actualizad|atualizad|mis a jour|corrig)", "an editor's note"),
        (r"^(?:(?:photo|foto|image|imagen|imagem|video|vídeo)s?\s*)?\d+\s*(?:of|de|sur|/)\s*\d+$",
         "gallery counter"),
        (r"^(?:publicidad|publicidade|advertisement|publicite|anuncio|sponsored|patrocinado)(?: \w{1,12})?$"
         r"|^pub$",
         "advertisement"),
        (r"^\d{1,2} (?:of |de |sur )?\d{1,2}$", "gallery counter"),
        (r"^(?:dear|estimad[oa]s?|prezad[oa]s?|cher|chere|chers|cheres|querid[oa]s?|hola|hello|hi"
         r"|bonjour|buenos dias|buenas tardes|bom dia|boa tarde|boa noite|saludos cordiales"
         r"|saludos|best regards|kind regards|regards|cordialement|atenciosamente|abracos"
         r"|un saludo|bien a vous|bien cordialement|atentamente|sinceramente|sincerely|yours sincerely"
         r"|yours faithfully|respectueusement|com os melhores cumprimentos|cumprimentos"
         # a letter's formulas: "De nuestra mayor consideración:", "Sin otro particular, lo saludamos …"
         r"|de (?:nuestra|mi) (?:mayor|mas distinguida|consideracion)(?: consideracion)?"
         r"|sin otro particular|nos despedimos|lo saludamos|la saludamos|les saludamos)\b[\w ]{0,60}$",
         "an e-mail's greeting or closing"),
        (r"^(?:you are receiving this (?:e ?mail|message)|our mailing address is|want to change how you"
         r"|unsubscribe|update your preferences|darse de baja|cancelar (?:la )?suscripcion"
         r"|to stop receiving|if you no longer wish to receive|para dejar de recibir"
         r"|pour ne plus recevoir|para deixar de receber|si ya no desea recibir"
         r"|se desinscrire|se desabonner|descadastrar|view this email in your browser"
         r"|ver este correo en tu navegador|voir ce courriel dans votre navigateur)\b", "a mailing's footer"),
        (r"^(?:espace presse|sala de prensa|sala de imprensa|press room|newsroom|media centre"
         r"|media center|centro de prensa|centro de imprensa|centre de presse|salle de presse"
         r"|media corner|press corner|media hub|press centre|press center|espace medias"
         r"|centro de medios|sala de medios|espaco imprensa|area de imprensa)$",
         "site or section name"),
        (r"^(?:read|lire|leer|ler|ver|voir|view|see|download|telecharger|descargar|baixar)\b.{0,60}"
         r"\b(?:pdf|format pdf|formato pdf|en pdf|em pdf)\b.{0,20}$", "download link"),
        (r"\b\d[\d.,]* (?:followers|seguidores|abonnes|abonne)\b", "a profile's follower count"),
        (r"\b(?:descargar|download|telecharger|baixar) (?:en |em |in )?(?:pdf|doc|docx|word)\b",
         "download link"),
        (r"^(?:follow us|siguenos|siga nos|suivez nous|conecta con nosotros|connect with us)"
         r"(?: (?:en|on|no|sur|nas|em))?(?: (?:facebook|twitter|x|linkedin|instagram|youtube|rss"
         r"|tiktok|flickr|whatsapp|threads|bluesky))*$", "follow-us row"),
        (r"^(?:calle|carrera|cra|avenida|av|avenue|ave|rue|rua|street|st|boulevard|blvd|praca|plaza"
         r"|edificio|building|immeuble|km)\b.{0,120}\d|\b(?:calle|rua|rue|avenida|avenue|street)"
         r" [\w .]{1,40}\d{1,5}\b.{0,80}(?:\b(?:tel|telefono|telefone|linea|phone|cep|cp|po box"
         r"|apartado|bp)\b|\d{3}[ .-]?\d{4})", "an address (the page's footer)"),
        (r"^(?:(?:this|the) (?:report|document|update|flash update) (?:is|was|has been) "
         r"(?:produced|prepared|issued)|este (?:informe|documento|reporte) (?:es|fue|e|foi) "
         r"(?:elaborado|producido|preparado|produzido|preparado)|ce (?:rapport|document) "
         r"(?:est|a ete) (?:produit|prepare|elabore))\b", "the report's production note"),
        (r"^.{0,80}\b(?:next|proximo|proxima|prochain|prochaine|siguiente) (?:flash |situation )?"
         r"(?:report|informe|reporte|sitrep|relatorio|boletin"
         r"|boletim|bulletin"
         r"|rapport|update|actualizacion|atualizacao|mise a jour|edition|edicion)\b.{0,40}$",
         "the report's period and next issue"),
        (r"^(?:periodo|period|periode|reporting period)\s+(?:de |del |du |from |do |da )?\d{1,2}\b.{0,60}$",
         "the report's period or cut-off date"),
        (r"^(?:send|email|e mail|enviar|envoyer|mandar)(?: (?:this|esta|este|la|a|cette|cet))?"
         r" (?:page|pagina|article|articulo|artigo|story|noticia|nota)"
         r"(?: (?:to a friend|a un amigo|a un ami|a um amigo|por e mail|by e mail|par e mail))?$",
         "share row"),
        (r"^(?:upload(?:ed)?(?: by)?|views?|downloads?)\s+\S+(?: (?:views?|downloads?) \d+)*$"
         r"|^(?:embed size px|citation preview|recommended|transcript|report this document"
         r"|documents similaires|documentos relacionados|similar documents)$",
         "a document-sharing site's wrapper"),
        (r"^(?:page|pagina|pag|p) \d{1,3}(?: \S+){0,10}$", "a page marker"),
        (r"^(?:day|dia|día|jour) \d{1,4} (?:of|de|du|da|do) (?:the |la |el |a |o |l )?\w+$",
         "a report's day counter"),
        (r"^(?:ir direto para|ir para o|pular para|saltar a|skip to|aller au|aller a la)"
         r" (?:o |a |la |le )?(?:menu|conteudo|rodape|busca|navigation|footer|pied de page|recherche)\b"
         r"|^(?:inicio|fim|fin|debut|start|end) (?:do|del|du|of) (?:conteudo|contenido|contenu|content)"
         r"(?: da pagina| de la pagina| de la page| of the page)?$"
         r"|^(?:portal do governo brasileiro|menu de acessibilidade|acessibilidade|alto contraste"
         r"|mapa do site|high contrast|accessibility)$", "the page's accessibility furniture"),
        (r"^(?:load more|cargar mas|ver mas resultados|carregar mais|charger plus|afficher plus"
         r"|show more|mostrar mas|mostrar mais)$", "a listing's load-more button"),
        (r"^(?:no comments|no hay comentarios|sem comentarios|aucun commentaire|nenhum comentario"
         r"|ningun comentario|postar um comentario|post a comment|publicar un comentario"
         r"|publier un commentaire|\d+ comments?"
         r"|\d+ comentarios?|\d+ commentaires?|(?:comments|comentarios|commentaires) \d{1,4})$"
         r"|^(?:posted by|publicado por|publie par|postado por) .{1,60}\b(?:at|a las|en|as|a) \d"
         r"|^(?:newer post|older post|entrada mas reciente|entrada antigua|postagem mais recente"
         r"|postagem mais antiga|article plus recent|article plus ancien|home|pagina principal)"
         r"(?: (?:newer post|older post|entrada mas reciente|entrada antigua|postagem mais antiga"
         r"|pagina principal|home|accueil|pagina inicial))*$"
         r"|^(?:subscribe to|suscribirse a|assinar|s abonner a)\b.{0,20}\b(?:atom|rss)\b",
         "a blog platform's furniture"),
        (r"^tag and share\b|^(?:etiquete|comparte|partage) y? ?(?:y comparte|et partage)\b",
         "share row"),
        (r"^(?:spokespe(?:ople|rsons?)|portavoces|porta vozes|porte paroles?|voceros|experts?"
         r"|especialistas)(?: (?:are|estan|estao|sont|is))? (?:available|disponibles?|disponiveis)\b"
         r"|^(?:broadcast quality|hi res|high resolution|b roll|alta resolucion|alta resolucao"
         r"|haute resolution)\b.{0,80}\b(?:available|disponibles?|disponiveis)\b",
         "an offer to the media (spokespeople, pictures)"),
        (r"^(?:fecha de corte|data de corte|date de coupure|date d arret|cut ?off date|periodo cubierto"
         r"|periodo abrangido|periodo coberto|periode couverte|period covered|reporting period|periodo del informe"
         r"|periodo de reporte)\b"
         r"|^(?:datos|dados|donnees|data|figures|cifras|chiffres) (?:de la |del |de |da |do |des |de l |as of |al |au )?"
         r"(?:semana|semaine|week|ejercicio|exercice|exercicio|periodo|period|mes|month|mois"
         r"|ano|annee|year|fiscal)\b.{0,160}$", "the report's period or cut-off date"),
        (r"^(?:kit de (?:medios|prensa|imprensa|presse)|press kit|media kit|dossier de presse"
         r"|sala de prensa|espace presse)$", "a link to the press kit"),
        (r"^(?:archived (?:page|content|article|story)|this (?:page|content|article) (?:is|has been)"
         r" archived|(?:pagina|contenido|articulo) archivad[oa]|page archivee|contenu archive"
         r"|(?:pagina|conteudo) arquivad[oa])\b", "an archive notice"),
        (r"^(?:publicado|publicada|published|posted|publie|publiee|postado|postada)\b(?!.*\d)"
         r"(?: (?:en|el|em|on|in|le|por|by|par|the|dans|no|na|a))*(?: \S+){0,6}"
         r" (?:por|by|par|en|em|in|dans)$", "a meta line whose date and author came out empty"),
        (r"^(?:edicao|edicion|edited by|editing by|edite par|edition|revisao|revision|reporting by"
         r"|redaccion|redacao|with reporting by)\s+(?:de |by |par |por )?"
         r"[a-z]+(?: [a-z]+){1,3}$", "the editor's line (the wire's staff, not the story)"),
        (r"^(?:de sua opiniao|para registrar sua opiniao|denuncia reclamacao elogio"
         r"|was this (?:page|article|information|content|story) (?:helpful|useful)"
         r"|(?:esta|la) (?:pagina|informacion|nota) (?:le |te )?(?:fue|resulto|ha sido) util"
         r"|(?:le|te|les) (?:fue|resulto|ha sido) util (?:esta|la) (?:pagina|informacion|nota)"
         r"|esta (?:pagina|informacao|materia) (?:foi|e) util|cette page (?:vous )?a t elle ete utile"
         r"|rate this (?:page|article)|califica (?:esta|este) (?:pagina|articulo|nota)"
         r"|avalie (?:esta|este) (?:pagina|conteudo|materia))\b", "the page's feedback box"),
        (r"^(?:text size|font size|tamanho da fonte|tamanho do texto|tamano (?:de (?:la )?)?"
         r"(?:letra|fuente|texto)|taille (?:du texte|de la police|des caracteres)"
         r"|tamano del texto|(?:increase|decrease|aumentar|diminuir|disminuir|reducir|augmenter|diminuer)"
         r" (?:the )?(?:text|font|fonte|letra|fuente|texte|police|tamanho|tamano)\b).{0,40}$",
         "text-size buttons"),
        (r"^(?:(?:this|an? (?:earlier |shorter |edited )?version of this) (?:article|op ed"
         r"|opinion piece|piece|story|column|blog post|blog) (?:was )?"
         r"(?:first|originally) (?:appeared|published|ran)|(?:first|originally) (?:appeared|published)"
         r"(?: (?:in|by|on)\b.{0,80})?$"
         r"|este articulo (?:fue publicado originalmente|se publico (?:originalmente|por primera vez))"
         r"|(?:publicado|publicada) originalmente (?:en|em|por)|este artigo foi (?:publicado )?"
         r"(?:originalmente|inicialmente) publicado|cet article a (?:d abord|initialement|originellement)"
         r" ete publie|(?:article )?(?:initialement|originellement) publie (?:dans|par|sur)"
         # "Cette tribune a été initialement publiée dans …"
         r"|cette (?:tribune|chronique|analyse) a ete (?:d abord |initialement |originellement )?"
         r"publiee|esta (?:columna|tribuna) (?:fue|se) publico|(?:este|esta) (?:artigo|coluna)"
         r" foi (?:originalmente |inicialmente )?publicad[oa])\b",
         "a note where the piece first appeared"),
        (r"^(?:no|n|nr|num|numero)\s?\d{1,4}$", "an issue number alone"),
        (r"^(?:check(?:ed)? against delivery|please check against delivery|seul (?:le texte )?(?:le )?prononce fait foi"
         r"|solo (?:vale|cuenta|es valido) (?:lo|el discurso) pronunciado|cotejar con (?:el )?discurso"
         r"|so vale o (?:que for |texto )?(?:dito|lido|pronunciado)|a confirmar com a leitura"
         # "(Tal como fue pronunciado)", "As delivered", "Tel que prononcé"
         r"|as delivered|tal (?:y )?como fue pronunciado|tal como foi (?:pronunciado|proferido)"
         r"|tel que prononce|texte prononce|discurso pronunciado)$",
         AGAINST_DELIVERY),
        (r"^(?:cita sugerida|suggested citation|citation suggeree|citacao sugerida|como citar"
         r"|how to cite|pour citer|please cite (?:as|this))\b", "a suggested citation"),
        (r"^(?:(?:reading time|tiempo de lectura|tempo de leitura|temps de lecture|lectura)\s*\d+"
         r"\s*min(?:utos?|utes?|s)?|min read|\d+ min(?:ute)?s? read|lectura de \d+ min|leitura de \d+ min"
         r"|\d+ minutos? de lectura|\d+ minutos? de leitura|temps de lecture.*"
         r"|lectura de \d+ minutos?|leitura de \d+ minutos?|\d+ min de (?:lecture|leitura|lectura))$", "reading time"),
    )
)  # fmt: skip

LANGUAGE_NAMES = frozenset(
    [
        "english",
        "espanol",
        "español",
        "spanish",
        "francais",
        "français",
        "french",
        "portugues",
        "português",
        "portuguese",
        "arabic",
        "العربية",
        "deutsch",
        "russian",
        "русский",
        "chinese",
        "中文",
        "italiano",
        "en",
        "es",
        "pt",
        "fr",
        "ar",
        "ru",
        "zh",
    ]
)

SITE_NAMES = re.compile(
    r"\b(?:reliefweb|unhcr|acnur|hcr|iom|oim|unicef|wfp|pam|ocha|r4v|who|oms|ops|paho|undp|pnud|onu"
    r"|unfpa|un women|onu mujeres|ifrc|icrc|cicr|msf|nrc|care|save the children|united nations"
    r"|naciones unidas|nacoes unidas|nations unies|un news|noticias onu|onu news|onu info"
    r"|news centre|newsroom|sala de prensa|sala de imprensa|salle de presse|press room"
    r"|media centre|centro de prensa|centro de medios|centre de presse|portal)\b"
)

# Words of a site's menus and sections: a title that starts with a run of these had its menu
# glued to it ("Notícias Histórias Brasil amplia abrigos em Roraima").
MENU_WORDS = frozenset(
    (
        "home inicio inicial accueil news noticias noticia actualites nouvelles stories historias "
        "reportagens reportajes press releases comunicados communiques media medios multimedia "
        "publications publicaciones publicacoes resources recursos ressources donate donar search "
        "buscar menu"
    ).split()
)

WEEKDAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "feira",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
]

# A title that says the page is a sheet of facts and figures.
FACT_TITLE = re.compile(
    r"^(?:the )?(?:facts|key facts|quick facts)$|"
    # "Catastro Nacional de Campamentos 2026: los datos clave"
    r"\b(?:los |the |os |les )?(?:datos clave|dados chave|chiffres cles|donnees cles|key data"
    r"|key facts|key figures|cifras clave|numeros chave)$|"
    r"\b(?:at a glance|in numbers|in figures|facts and figures|facts figures|en un coup d oeil"
    r"|en chiffres|datos y cifras|dados e numeros|faits et chiffres"
    r"|en cifras|em numeros|de un vistazo|en bref|in brief|em resumo|en resumen"
    r"|en un coup d (?:oe|œ)il"
    # "Cátedra … na UFRR: números de 2026", "Our work: figures for 2025"
    r"|(?:numeros|cifras|chiffres|numbers|figures|dados|datos) (?:de|do|da|for|of|en|em) (?:19|20)\d\d)\b"
)

# A title that says the page is about the organisation itself.
ABOUT_TITLE = re.compile(
    r"^(?:about|who we are|about us|our work|what we do|quienes somos|quem somos|qui sommes nous"
    r"|a propos|sobre nosotros|sobre nos|acerca de|nuestro trabajo|o que fazemos|notre mission"
    r"|our mission|nuestra mision|nossa missao|sobre (?:a|o|la|el)\s"
    r"|lo que hacemos|que hacemos|ce que nous faisons|nuestra historia|our history"
    r"|nossa historia|notre histoire|our values|nuestros valores|nossos valores|nos valeurs)\b"
    # "Misión", "Mission and vision", "Misión y visión" on their own; not "Visão Mundial leva …"
    # (World Vision's name) nor "Mission accomplished …"
    r"|^(?:mision|mission|missao|vision|visao)(?: (?:y|e|and|et|&) (?:vision|visao|mision|mission"
    r"|missao|valores|values|valeurs))?$"
)


_TITLE_KINDS = [
    (label, kind)
    for label, kind in sorted(KIND_LABELS.items(), key=lambda item: -len(item[0]))
    if label not in GENERIC_LABELS
    and kind not in (StoryKind.PRESS_RELEASE, StoryKind.FEATURE)
    and (len(label.split()) >= 2 or label in ("sitrep", "factsheet", "pronunciamiento"))
]


def kind_in_title(title: str) -> StoryKind | None:
    """'… – Flash Update No. 3', 'Informe de situación No. 04', '… Fact Sheet #2': the kind a
    headline names."""
    key = folded(title)
    for label, kind in _TITLE_KINDS:
        if re.search(rf"\b{re.escape(label)}\b", key):
            return kind
    if NUMBERED_BULLETIN.search(key):
        return StoryKind.SITUATION_REPORT
    return None


# "BOLETIM DAS CHUVAS Nº 7", "Boletim informativo nº 48", "ACTUALIZAÇÃO RÁPIDA N.º 4",
# "Bulletin d'information n° 12": a numbered issue of a bulletin, a situation's account (not
# "BOLETÍN DE PRENSA N.° 087", a release's number)
NUMBERED_BULLETIN = re.compile(
    r"\b(?:boletim|boletin|bulletin|actualizacao|atualizacao|actualizacion|sitrep|update|mise a jour"
    r"|rapport|relatorio|reporte|informe)(?! (?:de |da |do )?(?:prensa|imprensa|presse|press)\b)"
    r"(?: (?!no\b|n\b|nr\b)[a-z]+){0,3} (?:no|n o|n|nr|numero)"
    r" ?\d{1,3}\b"
)


# The words of a site's top bar and menus (more than MENU_WORDS: never stripped from a title).
NAV_WORDS = MENU_WORDS | frozenset(
    (
        "servicos servicios services transparencia transparency ouvidoria contacto contato contact "
        "contactez legislacao legislacion participe acesso informacao sobre about quem somos "
        "qui sommes nous actualidad eventos events empleo emploi carreiras careers "
        "trabaje trabalhe join blog prensa imprensa presse faq ayuda ajuda aide help login "
        "connexion portal portail governo gobierno gouvernement orgaos organos"
    ).split()
)


# An institution at the head of a headline: "MINSA refuerza …", "Prefeitura inaugura …",
# "Le Gouvernement lance …", "Ministry of Health opens …" — how a press office titles its news.
INSTITUTIONS = frozenset(
    (
        "ministry ministerio ministere ministro minister ministra ministre government gobierno "
        "gouvernement governo prefeitura alcaldia municipalidad municipio mairie ayuntamiento "
        "prefecture governorate gobernacion governadoria secretaria secretariat secretaria "
        "defensoria procuraduria fiscalia embassy embajada ambassade embaixada consulate "
        "consulado consulat agency agencia agence council consejo conseil conselho commission "
        "comision comissao committee comite service servicio servico institute instituto institut "
        "police policia congress congreso congresso senate senado parliament parlement court "
        "tribunal mayor alcalde prefeito maire governor gobernador governador gouverneur "
        "president presidente presidencia presidence cancilleria itamaraty migracion migracao "
        "migration office oficina escritorio bureau department departamento departement "
        "directorate direccion direcao direction unit unidad unidade estado state etat city "
        "ciudad cidade ville region provincia province hospital university universidad universidade "
        "universite camara asamblea assembleia assemblee coordenadoria coordinacion coordenacao "
        "viceministerio subsecretaria proteccion protecao defensa defesa bomberos bombeiros"
    ).split()
)
_CONNECTORS = frozenset(
    "de del da do dos das des du of the and y e et la le los las les el".split()
)
_NOT_VERBS = frozenset(
    "a al ao au aux en em in on at for para pour por with con com sur sobre no na".split()
)


def institution_headline(title: str, known: frozenset[str] = frozenset()) -> bool:
    """'COMAR aclara …', 'Estado abre centro …', 'Le Gouvernement lance …': an institution (a
    public body's name, an acronym, or an organisation the document names as its own, `known`,
    folded) and then what it does — a press office's news, not a feature's scene ('En Pamplona,
    una olla …', 'Seven days at the bridge')."""
    words = re.sub(r"^[^:]{2,40}?\s?:\s+", "", title.strip()).split()
    if title.isupper() and words:  # "ALCALDÍA HABILITA PUNTO DE ATENCIÓN …": read in sentence case
        words = [words[0], *(w if w in known_acronyms(title) else w.lower() for w in words[1:])]
    key_title = folded(" ".join(words))
    if any(key_title.startswith(name + " ") for name in known if len(name) >= 3):
        return True  # "Catholic Relief Services Expands …" (its own name, in a title-case head)
    articled = bool(words) and folded(words[0]) in (
        "le",
        "la",
        "les",
        "the",
        "el",
        "los",
        "las",
        "o",
        "os",
    )
    if articled:
        words = words[1:]  # "le Gouvernement et ses partenaires lancent …"
    elif (
        len(words) >= 4
        and words[1][:1].isupper()
        and re.fullmatch(r"[a-zà-ÿ]{3,}(?:a|e|an|en)", folded(words[0]))
        and folded(words[0]) not in _NOT_VERBS
        and any(folded(w.strip(",")) in INSTITUTIONS for w in words[1:4])
    ):  # "Abre Protección Civil seis albergues …": the verb first, as Mexican offices write it
        return True
    actor: list[str] = []
    for word in words[:8]:
        bare = word.strip("«»“”\"'‘’(),")
        if not bare:
            return False
        key = folded(bare)
        if word.endswith(","):
            return False  # "À Port-au-Prince, des marchandes …": a scene's place, then its people
        if not actor and articled and key in _BODIES:  # "Le conseil municipal vote …"
            actor.append(bare)
            continue
        if bare[:1].isupper() or (actor and key in _CONNECTORS):
            actor.append(bare)
            continue
        named = [w for w in actor if folded(w) not in _CONNECTORS]
        institutional = any(
            folded(w) in INSTITUTIONS
            or folded(w) in known
            or (len(w) >= 2 and w.isupper() and w.isalpha())
            for w in named
        )
        return (
            bool(named)
            and institutional
            and key not in _NOT_VERBS
            and key.isalpha()
            and len(key) > 1
        )
    return False


# The bodies a headline may name in lower case after its article ("Le conseil municipal vote …",
# "La prefeitura abre …", "El ayuntamiento aprueba …")
_BODIES = frozenset(
    "conseil council consejo conselho prefeitura mairie ayuntamiento alcaldia municipalidad "
    "municipio gouvernement gobierno governo government ministere ministerio ministry".split()
)


def institution_named(text: str) -> bool:
    """'Ministério Público Federal em Roraima', 'Alcaldía de Necoclí': a public body's name."""
    words = [folded(w) for w in text.split()]
    return bool(words) and any(w in INSTITUTIONS for w in words[:3])


def known_acronyms(title: str) -> frozenset[str]:
    """In a headline set in capitals, the short words that stay capitals (ACNUR, OIM, ONU)."""
    return frozenset(w for w in title.split() if 2 <= len(w) <= 5 and folded(w) in _ACRONYMS)


_ACRONYMS = frozenset(
    "onu oim iom acnur unhcr unicef pma wfp ops paho oms who ue eu oea oas bid idb cicr icrc ficr"
    " ifrc msf nrc ocha pnud undp r4v dane dnm comar conare".split()
)


# A street address as a footer gives it ("Universidad del Rosario · Calle 12C n.º 6-25, Bogotá ·
# …", "Refugees International · 1800 M Street NW, Suite 405N · Washington, DC 20036"), folded;
# alone, an advisory's "Where" gives one too, so only a line of the page's parts (· or |) counts
FOOTER_ADDRESS = re.compile(
    # a post-office box: "B.P. 1106 Yaoundé", "P.O. Box 3470", "Caixa Postal 52", "Apartado 0816"
    r"\b(?:b p|bp|p o box|po box|boite postale|caixa postal|apartado postal|apartado|casilla)"
    r" \d{1,6}\b|"
    r"\b(?:calle|carrera|cra|avenida|diagonal|transversal) \d{1,3}[a-z]? (?:n o |no |n )?\d{1,3}"
    r"[a-z]? \d{1,3}\b"
    r"|^(?=(?:\S+ ){0,30}\S+$).*\b\d{1,5} [\w ]{1,30} (?:street|st|avenue|ave|road|rd|boulevard"
    r"|blvd)\b.{0,80}\b[a-z]{2} \d{5}\b"
)


# Countries a headline makes the actor ("Portugal acolhe 48 migrantes …", "Colombia y Panamá
# acuerdan …"): the government speaking through its press office. Folded, in four languages.
COUNTRIES = frozenset(
    (
        "argentina aruba bahamas barbados belice belize bolivia brasil brazil bresil canada chile"
        " chili colombia colombie costa rica cuba curacao ecuador equateur salvador espana"
        " spain espagne espanha estados unidos united states etats unis eua france francia franca"
        " guatemala guyana guyane haiti honduras jamaica jamaique mexico mexique nicaragua panama"
        " paraguay peru perou portugal republica dominicana dominican republic trinidad tobago"
        " uruguay venezuela italia italy italie alemania germany allemagne alemanha"
    ).split()
)
