<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Abrir biblioteca &amp;reciente</translation>
    </message>
    <message>
        <source>Recent &amp;kits</source>
        <translation>Dossiers &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>Start a new, empty library in a folder of your choice</source>
        <translation>Empezar una biblioteca nueva y vacía en la carpeta que elija</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Open the library kept in another folder</source>
        <translation>Abrir la biblioteca guardada en otra carpeta</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Add documents, photos, vCards, CSV files or kit bundles to the library</source>
        <translation>Añadir documentos, fotos, vCards, archivos CSV o paquetes de dossier a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the kit as a PDF, a photo pack or a bundle</source>
        <translation>Exportar el dossier como PDF, paquete de fotos o paquete completo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Choose the language of mediakit</source>
        <translation>Elegir el idioma de mediakit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Volver a hacer el cambio</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>&amp;Añadir al dossier</translation>
    </message>
    <message>
        <source>Put the item selected in the library into the kit</source>
        <translation>Poner en el dossier el elemento seleccionado en la biblioteca</translation>
    </message>
    <message>
        <source>Re&amp;view import…</source>
        <translation>Re&amp;visar importación…</translation>
    </message>
    <message>
        <source>See how the selected story was read from its document, and correct it</source>
        <translation>Ver cómo se leyó del documento la historia seleccionada, y corregirlo</translation>
    </message>
    <message>
        <source>Re&amp;move section</source>
        <translation>&amp;Quitar sección</translation>
    </message>
    <message>
        <source>Take the selected section out of the kit</source>
        <translation>Quitar del dossier la sección seleccionada</translation>
    </message>
    <message>
        <source>&amp;Kit settings</source>
        <translation>A&amp;justes del dossier</translation>
    </message>
    <message>
        <source>Title, language, edition, paper and cover of the kit</source>
        <translation>Título, idioma, edición, papel y portada del dossier</translation>
    </message>
    <message>
        <source>&amp;Organisation profile</source>
        <translation>Perfil de la &amp;organización</translation>
    </message>
    <message>
        <source>Logo, colours and boilerplate of your organisation</source>
        <translation>Logotipo, colores y texto institucional de su organización</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search stories, photos, contacts and key figures</source>
        <translation>Buscar historias, fotos, contactos y cifras clave</translation>
    </message>
    <message>
        <source>Refresh &amp;preview</source>
        <translation>Actualizar &amp;vista previa</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Volver a generar la vista previa</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Ir a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Go to &amp;kit</source>
        <translation>Ir al &amp;dossier</translation>
    </message>
    <message>
        <source>Go to &amp;editor</source>
        <translation>Ir al &amp;editor</translation>
    </message>
    <message>
        <source>Go to pre&amp;flight</source>
        <translation>Ir a la &amp;comprobación</translation>
    </message>
    <message>
        <source>Go to pre&amp;view</source>
        <translation>Ir a la vista &amp;previa</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>What the demo kit is, and how to start your own</source>
        <translation>Qué es el dossier de demostración y cómo empezar el suyo</translation>
    </message>
    <message>
        <source>&amp;About mediakit</source>
        <translation>&amp;Acerca de mediakit</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Nuevo dossier…</translation>
    </message>
    <message>
        <source>Start another kit from the same library</source>
        <translation>Empezar otro dossier con la misma biblioteca</translation>
    </message>
    <message>
        <source>New kit from &amp;selection…</source>
        <translation>Nuevo dossier con la &amp;selección…</translation>
    </message>
    <message>
        <source>A new kit holding the stories and photos selected in the library</source>
        <translation>Un dossier nuevo con las noticias y fotos seleccionadas en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Duplicate kit</source>
        <translation>Du&amp;plicar dossier</translation>
    </message>
    <message>
        <source>A copy of this kit, to change on its own</source>
        <translation>Una copia de este dossier, para cambiarla por separado</translation>
    </message>
    <message>
        <source>&amp;Rename kit…</source>
        <translation>Cambiar el n&amp;ombre…</translation>
    </message>
    <message>
        <source>Give this kit another name</source>
        <translation>Dar otro nombre a este dossier</translation>
    </message>
    <message>
        <source>De&amp;lete kit</source>
        <translation>&amp;Eliminar dossier</translation>
    </message>
    <message>
        <source>Take this kit out of the library (its stories stay; Undo brings it back)</source>
        <translation>Quitar este dossier de la biblioteca (sus noticias se quedan; Deshacer lo devuelve)</translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation>S&amp;ubir la sección</translation>
    </message>
    <message>
        <source>Move the selected section one place earlier</source>
        <translation>Subir un puesto la sección seleccionada</translation>
    </message>
    <message>
        <source>Move section do&amp;wn</source>
        <translation>&amp;Bajar la sección</translation>
    </message>
    <message>
        <source>Move the selected section one place later</source>
        <translation>Bajar un puesto la sección seleccionada</translation>
    </message>
    <message>
        <source>New s&amp;tory</source>
        <translation>Nueva no&amp;ticia</translation>
    </message>
    <message>
        <source>A new story to type in the editor</source>
        <translation>Una noticia nueva para escribir en el editor</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nuevo &amp;contacto</translation>
    </message>
    <message>
        <source>A new press contact to fill in</source>
        <translation>Un contacto de prensa nuevo para rellenar</translation>
    </message>
    <message>
        <source>New key &amp;figure</source>
        <translation>Nueva ci&amp;fra clave</translation>
    </message>
    <message>
        <source>A new key figure, dated today: type its value, label and source</source>
        <translation>Una cifra clave nueva, con fecha de hoy: escriba su valor, su etiqueta y su fuente</translation>
    </message>
    <message>
        <source>&amp;Insert photo…</source>
        <translation>&amp;Insertar foto…</translation>
    </message>
    <message>
        <source>Place a library photo in the story being edited, after the paragraph the cursor is in</source>
        <translation>Colocar una foto de la biblioteca en la noticia que se edita, después del párrafo donde está el cursor</translation>
    </message>
    <message>
        <source>Move photo &amp;into story…</source>
        <translation>Mover foto a una no&amp;ticia…</translation>
    </message>
    <message>
        <source>Take a photo out of the kit&apos;s gallery and put it at the end of a story</source>
        <translation>Sacar una foto de la galería del dossier y ponerla al final de una noticia</translation>
    </message>
    <message>
        <source>&amp;Paste as new story</source>
        <translation>&amp;Pegar como noticia nueva</translation>
    </message>
    <message>
        <source>Import what was copied (a web page&apos;s text, any text or an image) as a new item</source>
        <translation>Importar lo copiado (el texto de una página web, cualquier texto o una imagen) como un elemento nuevo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>The library&apos;s catalog is lost or damaged</source>
        <translation>El catálogo de la biblioteca se ha perdido o está dañado</translation>
    </message>
    <message>
        <source>{problem}

Put back the last good backup, {backup}? The catalog as it is now is kept aside, not deleted.</source>
        <translation>{problem}

¿Restaurar la última copia de seguridad buena, {backup}? El catálogo tal como está ahora se guarda aparte, no se borra.</translation>
    </message>
    <message>
        <source>mediakit ran into a problem it did not expect. A report was written to {path}; please send it to whoever looks after mediakit for you.</source>
        <translation>mediakit encontró un problema inesperado. Se escribió un informe en {path}; envíelo a quien se ocupe de mediakit en su oficina.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>the kit holds no story</source>
        <translation>el dossier no contiene ninguna historia</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is still “{name}”</source>
        <translation>el nombre de la organización sigue siendo «{name}»</translation>
    </message>
    <message>
        <source>the organisation has no logo</source>
        <translation>la organización no tiene logotipo</translation>
    </message>
    <message>
        <source>the story is in {story}, the kit in {kit}</source>
        <translation>la historia está en {story} y el dossier en {kit}</translation>
    </message>
    <message>
        <source>the story is under embargo until {moment}</source>
        <translation>la historia está bajo embargo hasta {moment}</translation>
    </message>
    <message>
        <source>the key figure has no source</source>
        <translation>la cifra clave no tiene fuente</translation>
    </message>
    <message>
        <source>the key figure has no as-of date</source>
        <translation>la cifra clave no tiene fecha de referencia</translation>
    </message>
    <message>
        <source>the key figure is {age} months old (as of {date})</source>
        <translation>la cifra clave tiene {age} meses (fecha del dato: {date})</translation>
    </message>
    <message>
        <source>the contact has neither e-mail nor phone</source>
        <translation>el contacto no tiene ni correo electrónico ni teléfono</translation>
    </message>
    <message>
        <source>the brand colour {colour} has a contrast of {ratio}:1 on white, below 4.5:1 for text</source>
        <translation>el color de marca {colour} tiene un contraste de {ratio}:1 sobre blanco, por debajo de 4,5:1 para texto</translation>
    </message>
    <message>
        <source>the {kind} contains {typed} that the kit&apos;s font cannot print; {shown}</source>
        <translation>{kind}: contiene {typed}, que la fuente del dossier no puede imprimir; {shown}</translation>
    </message>
    <message>
        <source>it prints as {printed}</source>
        <translation>se imprime como {printed}</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>se omite</translation>
    </message>
    <message>
        <source>{char} prints as {printed}</source>
        <translation>{char} se imprime como {printed}</translation>
    </message>
    <message>
        <source>{char} is left out</source>
        <translation>{char} se omite</translation>
    </message>
    <message>
        <source>the photo slot has no image yet; it prints as a framed placeholder</source>
        <translation>el hueco de foto todavía no tiene imagen; se imprime como un recuadro vacío</translation>
    </message>
    <message>
        <source>the photo has no caption</source>
        <translation>la foto no tiene pie</translation>
    </message>
    <message>
        <source>the photo has no credit</source>
        <translation>la foto no tiene crédito</translation>
    </message>
    <message>
        <source>the photo has no alternative text</source>
        <translation>la foto no tiene texto alternativo</translation>
    </message>
    <message>
        <source>the photo prints at {ppi} ppi, below the {needed} ppi this edition needs</source>
        <translation>la foto se imprime a {ppi} ppp, por debajo de los {needed} ppp que necesita esta edición</translation>
    </message>
    <message>
        <source>the photo shows a minor or a person at risk and has no written consent</source>
        <translation>la foto muestra a un menor o a una persona en riesgo y no tiene consentimiento escrito</translation>
    </message>
    <message>
        <source>no consent is recorded for this photo</source>
        <translation>no hay consentimiento registrado para esta foto</translation>
    </message>
    <message>
        <source>the consent covers {scope} use only, and this kit is for {use}</source>
        <translation>el consentimiento solo cubre el uso en {scope}, y este dossier es para {use}</translation>
    </message>
    <message>
        <source>the consent expired on {date}</source>
        <translation>el consentimiento caducó el {date}</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its title and first paragraph, and may have {most}: shorten {parts}.</source>
        <translation>La hoja de mano necesita {pages} páginas aun con solo su título y primer párrafo, y puede tener {most}: acorte {parts}.</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its fixed parts, and may have {most}: shorten {parts}.</source>
        <translation>La hoja de mano necesita {pages} páginas aun con solo sus partes fijas, y puede tener {most}: acorte {parts}.</translation>
    </message>
    <message>
        <source>the title of “{title}”</source>
        <translation>el título de «{title}»</translation>
    </message>
    <message>
        <source>the standfirst of “{title}”</source>
        <translation>la entradilla de «{title}»</translation>
    </message>
    <message>
        <source>the photo’s caption</source>
        <translation>el pie de foto</translation>
    </message>
    <message>
        <source>the key figure “{value}”</source>
        <translation>la cifra clave «{value}»</translation>
    </message>
    <message>
        <source>the contact details of {name}</source>
        <translation>los datos de contacto de {name}</translation>
    </message>
    <message>
        <source>add a story from the library or import a press release</source>
        <translation>añada una historia de la biblioteca o importe una nota de prensa</translation>
    </message>
    <message>
        <source>type your organisation&apos;s name in the organisation profile</source>
        <translation>escriba el nombre de su organización en el perfil de la organización</translation>
    </message>
    <message>
        <source>add your logo in the organisation profile</source>
        <translation>añada su logotipo en el perfil de la organización</translation>
    </message>
    <message>
        <source>add its translation or change the kit&apos;s language</source>
        <translation>añada su traducción o cambie el idioma del dossier</translation>
    </message>
    <message>
        <source>export with the EMBARGOED watermark, or wait until the embargo lifts</source>
        <translation>exporte con la marca de agua EMBARGADO, o espere a que termine el embargo</translation>
    </message>
    <message>
        <source>add where the number comes from</source>
        <translation>indique de dónde viene la cifra</translation>
    </message>
    <message>
        <source>add the date the number refers to</source>
        <translation>añada la fecha a la que se refiere la cifra</translation>
    </message>
    <message>
        <source>check for a newer number or keep it knowingly</source>
        <translation>busque una cifra más reciente o manténgala a sabiendas</translation>
    </message>
    <message>
        <source>add an e-mail address or a phone number</source>
        <translation>añada un correo electrónico o un número de teléfono</translation>
    </message>
    <message>
        <source>cut the opening, the figures or the contact block</source>
        <translation>recorte la apertura, las cifras o el bloque de contacto</translation>
    </message>
    <message>
        <source>choose a darker brand colour for text</source>
        <translation>elija un color de marca más oscuro para el texto</translation>
    </message>
    <message>
        <source>type it in words or with characters the font has, or keep it knowingly</source>
        <translation>escríbalo con palabras o con caracteres que la fuente tenga, o manténgalo a sabiendas</translation>
    </message>
    <message>
        <source>attach the image when it arrives</source>
        <translation>adjunte la imagen cuando llegue</translation>
    </message>
    <message>
        <source>write a caption</source>
        <translation>escriba un pie de foto</translation>
    </message>
    <message>
        <source>add the photographer&apos;s credit</source>
        <translation>añada el crédito del fotógrafo</translation>
    </message>
    <message>
        <source>describe the image for readers who cannot see it (its alt text)</source>
        <translation>describa la imagen para quien no puede verla (su texto alternativo)</translation>
    </message>
    <message>
        <source>use a larger original, or place it smaller</source>
        <translation>use un original más grande, o colóquela más pequeña</translation>
    </message>
    <message>
        <source>record written consent, blur the faces, or take the photo out</source>
        <translation>registre un consentimiento escrito, difumine las caras o quite la foto</translation>
    </message>
    <message>
        <source>record the consent you have (verbal or written)</source>
        <translation>registre el consentimiento que tiene (verbal o escrito)</translation>
    </message>
    <message>
        <source>ask for wider consent or take the photo out</source>
        <translation>pida un consentimiento más amplio o quite la foto</translation>
    </message>
    <message>
        <source>renew the consent or take the photo out</source>
        <translation>renueve el consentimiento o quite la foto</translation>
    </message>
    <message>
        <source>print</source>
        <translation>impresión</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>org</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <source>{what}; nothing was added</source>
        <translation>{what}; no se añadió nada</translation>
    </message>
    <message>
        <source>already in the library as photo {id} (“{title}”)</source>
        <translation>ya está en la biblioteca como foto {id} («{title}»)</translation>
    </message>
    <message>
        <source>already in the library as photo {id}</source>
        <translation>ya está en la biblioteca como foto {id}</translation>
    </message>
    <message>
        <source>same as story “{title}”</source>
        <translation>igual que la historia «{title}»</translation>
    </message>
    <message>
        <source>same as story {id}</source>
        <translation>igual que la historia {id}</translation>
    </message>
    <message>
        <source>added {what}; {translation}</source>
        <translation>añadido: {what}; {translation}</translation>
    </message>
    <message>
        <source>updated {what}; {translation}</source>
        <translation>actualizado: {what}; {translation}</translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>añadido: {what}</translation>
    </message>
    <message>
        <source>updated {what}</source>
        <translation>actualizado: {what}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>story “{title}”</source>
        <translation>historia «{title}»</translation>
    </message>
    <message>
        <source>story {id}</source>
        <translation>historia {id}</translation>
    </message>
    <message>
        <source>kit {id}</source>
        <translation>dossier {id}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotos</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>1 key figure</source>
        <translation>1 cifra clave</translation>
    </message>
    <message>
        <source>{count} key figures</source>
        <translation>{count} cifras clave</translation>
    </message>
    <message>
        <source>linked as the {language} translation of “{title}”</source>
        <translation>vinculada como traducción al {language} de «{title}»</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>photo “{name}” has no caption yet; add one</source>
        <translation>la foto «{name}» todavía no tiene pie; añádale uno</translation>
    </message>
    <message>
        <source>filled the empty photo slot {id} (“{caption}”)</source>
        <translation>se llenó el hueco de foto vacío {id} («{caption}»)</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was saved</source>
        <translation>se canceló la exportación; no se guardó nada</translation>
    </message>
    <message>
        <source>the kit has no photos with an image yet; nothing to pack</source>
        <translation>el dossier todavía no tiene fotos con imagen; no hay nada que empaquetar</translation>
    </message>
</context>
<context>
    <name>EachGroup</name>
    <message>
        <source>One PDF for each</source>
        <translation>Un PDF para cada</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Language (English, Spanish, Portuguese, French)</source>
        <translation>Idioma (inglés, español, portugués, francés)</translation>
    </message>
    <message>
        <source>Paper (A4, US Letter)</source>
        <translation>Papel (A4, carta)</translation>
    </message>
    <message>
        <source>Edition (press kit, handout, booklet)</source>
        <translation>Edición (kit de prensa, hoja informativa, folleto)</translation>
    </message>
    <message>
        <source>Export each</source>
        <translation>Exportar cada uno</translation>
    </message>
    <message>
        <source>The PDFs go into the folder of “Save as”, each named for what it is</source>
        <translation>Los PDF van a la carpeta de «Guardar como», cada uno con un nombre que dice qué es</translation>
    </message>
    <message>
        <source>Export for this office</source>
        <translation>Exportar para esta oficina</translation>
    </message>
    <message>
        <source>Its contacts first, its city on the cover, its language and paper</source>
        <translation>Sus contactos primero, su ciudad en la portada, su idioma y su papel</translation>
    </message>
    <message>
        <source>Tick what to make one PDF for each of.</source>
        <translation>Marque de qué hacer un PDF para cada uno.</translation>
    </message>
    <message>
        <source>Add an office first: Kit ▸ Offices…</source>
        <translation>Añada primero una oficina: Kit ▸ Oficinas…</translation>
    </message>
    <message>
        <source>Building the PDFs…</source>
        <translation>Generando los PDF…</translation>
    </message>
    <message>
        <source>Cancelled: the PDFs written before stay, each whole.</source>
        <translation>Cancelado: los PDF ya escritos se quedan, cada uno completo.</translation>
    </message>
    <message>
        <source>Wrote {written} of 1 PDF.</source>
        <translation>Se escribieron {written} de 1 PDF.</translation>
    </message>
    <message>
        <source>Wrote {written} of {count} PDFs.</source>
        <translation>Se escribieron {written} de {count} PDF.</translation>
    </message>
    <message>
        <source>Preflight stopped {names}: see the preflight list.</source>
        <translation>La verificación detuvo {names}: vea la lista de verificación.</translation>
    </message>
    <message>
        <source>No offices yet (Kit ▸ Offices…)</source>
        <translation>Aún no hay oficinas (Kit ▸ Oficinas…)</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Ajustes del dossier</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Select a story, photo, contact or key figure to edit it here.</source>
        <translation>Seleccione una historia, foto, contacto o cifra clave para editarla aquí.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Cambiar logotipo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The PDF builder is missing from this installation of mediakit.</source>
        <translation>A esta instalación de mediakit le falta el generador de PDF.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Algo salió mal ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “{kit}”</source>
        <translation>Exportar «{kit}»</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
    <message>
        <source>Packing the photos…</source>
        <translation>Empaquetando las fotos…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>The PDF was not saved: one problem must be fixed first ({first}).</source>
        <translation>No se guardó el PDF: antes hay que corregir un problema ({first}).</translation>
    </message>
    <message>
        <source>The PDF was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>No se guardó el PDF: antes hay que corregir {count} problemas ({first}).</translation>
    </message>
    <message>
        <source>See the preflight list.</source>
        <translation>Vea la lista de comprobación.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
    <message>
        <source>Choose where to save the web page.</source>
        <translation>Elija dónde guardar la página web.</translation>
    </message>
    <message>
        <source>Writing the web page…</source>
        <translation>Escribiendo la página web…</translation>
    </message>
    <message>
        <source>Save the web page as</source>
        <translation>Guardar la página web como</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>The web page was not saved: one problem must be fixed first ({first}).</source>
        <translation>No se guardó la página web: antes hay que corregir un problema ({first}).</translation>
    </message>
    <message>
        <source>The web page was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>No se guardó la página web: antes hay que corregir {count} problemas ({first}).</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Abrir la página web</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Grayscale (for black-and-white printers)</source>
        <translation>Escala de grises (para impresoras en blanco y negro)</translation>
    </message>
    <message>
        <source>For the printer (photos at 300 ppi)</source>
        <translation>Para la imprenta (fotos a 300 ppp)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>EMBARGOED until the latest embargo</source>
        <translation>EMBARGADO hasta el último embargo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export marked DRAFT</source>
        <translation>Exportar marcado como BORRADOR</translation>
    </message>
    <message>
        <source>Photo pack…</source>
        <translation>Paquete de fotos…</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Paquete completo…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>Idioma del dossier</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edición:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Watermark:</source>
        <translation>Marca de agua:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
</context>
<context>
    <name>FormatChoice</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (accessible HTML)</source>
        <translation>Página web (HTML accesible)</translation>
    </message>
    <message>
        <source>Export web page</source>
        <translation>Exportar página web</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Photo slot {id}</source>
        <translation>Hueco de foto {id}</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Choose a colour…</source>
        <translation>Elegir un color…</translation>
    </message>
    <message>
        <source>A colour is written as # and six hex digits, like #0033A0.</source>
        <translation>Un color se escribe con # y seis dígitos hexadecimales, como #0033A0.</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
    </message>
    <message>
        <source>Write the embargo as a date and time with its zone, like 2025-03-01T09:00+01:00.</source>
        <translation>Escriba el embargo como fecha y hora con su zona, como 2025-03-01T09:00+01:00.</translation>
    </message>
    <message>
        <source>Write the date as year and month, like 2024-06.</source>
        <translation>Escriba la fecha como año y mes, como 2024-06.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Change story kind</source>
        <translation>Cambiar tipo de historia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Change story language</source>
        <translation>Cambiar idioma de la historia</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Edit standfirst</source>
        <translation>Editar entradilla</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lugar de la data</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Editar data</translation>
    </message>
    <message>
        <source>Lima, Peru</source>
        <translation>Lima, Perú</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Fecha de la data</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Editar firma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Edit story text</source>
        <translation>Editar texto de la historia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>health, migration</source>
        <translation>salud, migración</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo hasta</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>Editar embargo</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Photos in this story</source>
        <translation>Fotos de esta noticia</translation>
    </message>
    <message>
        <source>Insert photo… (Ctrl+Alt+P) places a library photo after the paragraph the cursor is in; you can also drop a photo from the library on a paragraph.</source>
        <translation>Insertar foto… (Ctrl+Alt+P) coloca una foto de la biblioteca después del párrafo donde está el cursor; también puede soltar una foto de la biblioteca sobre un párrafo.</translation>
    </message>
    <message>
        <source>Move to gallery</source>
        <translation>Mover a la galería</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Quitar de la noticia</translation>
    </message>
    <message>
        <source>Take the photo out of the story</source>
        <translation>Sacar la foto de la noticia</translation>
    </message>
    <message>
        <source>No photos in this story yet.</source>
        <translation>Esta noticia aún no tiene fotos.</translation>
    </message>
    <message>
        <source>Clear blurred regions</source>
        <translation>Quitar zonas difuminadas</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar pie de foto</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>Editar crédito</translation>
    </message>
    <message>
        <source>IOM/Jane Doe</source>
        <translation>OIM/Ana Pérez</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>Editar texto alternativo</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Fecha de la foto</translation>
    </message>
    <message>
        <source>Edit photo date</source>
        <translation>Editar fecha de la foto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Edit photo place</source>
        <translation>Editar lugar de la foto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Cambiar consentimiento</translation>
    </message>
    <message>
        <source>For use in</source>
        <translation>Para uso en</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Shows a minor or a person at risk</source>
        <translation>Muestra a un menor o a una persona en riesgo</translation>
    </message>
    <message>
        <source>Change at-risk flag</source>
        <translation>Cambiar marca de riesgo</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Adjuntar imagen…</translation>
    </message>
    <message>
        <source>Drag a box over a face to blur it in every PDF, photo pack and bundle.</source>
        <translation>Arrastre un recuadro sobre una cara para difuminarla en cada PDF, paquete de fotos y paquete completo.</translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation>Reemplazar imagen…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>No image yet. Drop the photo file here, or use Attach image.</source>
        <translation>Todavía sin imagen. Suelte aquí el archivo de la foto o use Adjuntar imagen.</translation>
    </message>
    <message>
        <source>Blur a region</source>
        <translation>Difuminar una zona</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Adjuntar imagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. 2025-03-01T09:00+01:00</source>
        <translation>p. ej. 2025-03-01T09:00+01:00</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Editar nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Editar cargo</translation>
    </message>
    <message>
        <source>Media officer</source>
        <translation>Oficial de prensa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Edit e-mail</source>
        <translation>Editar correo electrónico</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>Editar teléfonos</translation>
    </message>
    <message>
        <source>+51 1 234 5678, +51 987 654 321</source>
        <translation>+51 1 234 5678, +51 987 654 321</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Editar ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Edit country</source>
        <translation>Editar país</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>Editar idiomas</translation>
    </message>
    <message>
        <source>en, es</source>
        <translation>es, en</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <source>6.1 million</source>
        <translation>6,1 millones</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Editar etiqueta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha del dato</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Editar fecha</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Edit series</source>
        <translation>Editar serie</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Renombrar dossier</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Editar subtítulo</translation>
    </message>
    <message>
        <source>Kit language</source>
        <translation>Idioma del dossier</translation>
    </message>
    <message>
        <source>Change kit language</source>
        <translation>Cambiar idioma del dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Edit kit date</source>
        <translation>Editar fecha del dossier</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Edit kit place</source>
        <translation>Editar lugar del dossier</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>Foto de portada</translation>
    </message>
    <message>
        <source>Change cover photo</source>
        <translation>Cambiar foto de portada</translation>
    </message>
    <message>
        <source>Edition and paper</source>
        <translation>Edición y papel</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Change edition</source>
        <translation>Cambiar edición</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Cambiar papel</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <source>Change grayscale</source>
        <translation>Cambiar escala de grises</translation>
    </message>
    <message>
        <source>Print-ready (300 ppi photos)</source>
        <translation>Listo para imprenta (fotos a 300 ppp)</translation>
    </message>
    <message>
        <source>Change print-ready</source>
        <translation>Cambiar listo para imprenta</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>Change watermark</source>
        <translation>Cambiar marca de agua</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Edit organisation name</source>
        <translation>Editar nombre de la organización</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Edit short name</source>
        <translation>Editar nombre corto</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Edit website</source>
        <translation>Editar sitio web</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texto institucional</translation>
    </message>
    <message>
        <source>Edit boilerplate</source>
        <translation>Editar texto institucional</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Color de marca</translation>
    </message>
    <message>
        <source>Change brand colour</source>
        <translation>Cambiar color de marca</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Change accent colour</source>
        <translation>Cambiar color de acento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Cambiar tema</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>No logo yet. Drop the image file here.</source>
        <translation>Todavía sin logotipo. Suelte aquí el archivo de imagen.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Añadir un punto</translation>
    </message>
    <message>
        <source>Remove the selected point</source>
        <translation>Quitar el punto seleccionado</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Shown on the cover of its edition</source>
        <translation>Se muestra en la portada de su edición</translation>
    </message>
    <message>
        <source>Language of its kits</source>
        <translation>Idioma de sus kits</translation>
    </message>
    <message>
        <source>Change the office&apos;s language</source>
        <translation>Cambiar el idioma de la oficina</translation>
    </message>
    <message>
        <source>Change the office&apos;s paper</source>
        <translation>Cambiar el papel de la oficina</translation>
    </message>
    <message>
        <source>Contacts (first to call first)</source>
        <translation>Contactos (el primero a llamar, primero)</translation>
    </message>
    <message>
        <source>Change the office&apos;s contacts</source>
        <translation>Cambiar los contactos de la oficina</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Move section</source>
        <translation>Mover sección</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Adjuntar imagen</translation>
    </message>
    <message>
        <source>Edit kit</source>
        <translation>Editar dossier</translation>
    </message>
    <message>
        <source>Edit organisation profile</source>
        <translation>Editar perfil de la organización</translation>
    </message>
    <message>
        <source>Correct import</source>
        <translation>Corregir importación</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>Insertar foto</translation>
    </message>
    <message>
        <source>Move photo to gallery</source>
        <translation>Mover foto a la galería</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Mover foto a una noticia</translation>
    </message>
    <message>
        <source>Remove photo from story</source>
        <translation>Quitar foto de la noticia</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Review import…</source>
        <translation>Revisar importación…</translation>
    </message>
    <message>
        <source>See each line of the document with the role it was given</source>
        <translation>Ver cada línea del documento con el papel que se le dio</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the item in the library and the editor</source>
        <translation>Mostrar el elemento en la biblioteca y en el editor</translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation>1 archivo importado</translation>
    </message>
    <message>
        <source>{count} files imported</source>
        <translation>{count} archivos importados</translation>
    </message>
    <message>
        <source>1 already in the library</source>
        <translation>1 ya estaba en la biblioteca</translation>
    </message>
    <message>
        <source>{count} already in the library</source>
        <translation>{count} ya estaban en la biblioteca</translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation>1 rechazado</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} rechazados</translation>
    </message>
    <message>
        <source>1 not imported (cancelled)</source>
        <translation>1 sin importar (cancelado)</translation>
    </message>
    <message>
        <source>{count} not imported (cancelled)</source>
        <translation>{count} sin importar (cancelados)</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Review import</source>
        <translation>Revisar importación</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Line of the document</source>
        <translation>Línea del documento</translation>
    </message>
    <message>
        <source>Lines of the document</source>
        <translation>Líneas del documento</translation>
    </message>
    <message>
        <source>The story as these lines make it</source>
        <translation>La historia tal como la forman estas líneas</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>This story is no longer in the library, or was not imported from a document.</source>
        <translation>Esta historia ya no está en la biblioteca, o no se importó de un documento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — each line with the role it was given. Right-click a line, or press its key (J junk, T title, B body, S subhead, C caption, K contact, F key figure…), to give it another role; the story on the right follows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — cada línea con el papel que se le dio. Haga clic derecho en una línea, o pulse su tecla (J basura, T título, B cuerpo, S subtítulo, C pie de foto, K contacto, F cifra clave…), para darle otro papel; la historia de la derecha lo sigue.</translation>
    </message>
    <message>
        <source>Line {number}: {role} — {reason}</source>
        <translation>Línea {number}: {role} — {reason}</translation>
    </message>
    <message>
        <source>you gave it this role</source>
        <translation>usted le dio este papel</translation>
    </message>
    <message>
        <source>Embargoed until {moment}</source>
        <translation>Bajo embargo hasta {moment}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo slot (no image yet)</source>
        <translation>Hueco de foto (aún sin imagen)</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contactos encontrados</translation>
    </message>
    <message>
        <source>Key figures found</source>
        <translation>Cifras clave encontradas</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>Acerca de (texto institucional)</translation>
    </message>
</context>
<context>
    <name>KitList</name>
    <message>
        <source>Kits of the library</source>
        <translation>Dossiers de la biblioteca</translation>
    </message>
    <message>
        <source>The kit shown; the Kit menu makes, renames and deletes kits</source>
        <translation>El dossier mostrado; el menú Dossier crea, renombra y elimina dossiers</translation>
    </message>
    <message>
        <source>Name of the new kit:</source>
        <translation>Nombre del dossier nuevo:</translation>
    </message>
    <message>
        <source>Name of the new kit with {stories} stories and {photos} photos:</source>
        <translation>Nombre del dossier nuevo con {stories} noticias y {photos} fotos:</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>Nuevo dossier</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Cambiar el nombre del dossier</translation>
    </message>
    <message>
        <source>New name of the kit:</source>
        <translation>Nuevo nombre del dossier:</translation>
    </message>
    <message>
        <source>No other kits yet</source>
        <translation>Aún no hay otros dossiers</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <source>This library has no kit yet.</source>
        <translation>Esta biblioteca todavía no tiene dossier.</translation>
    </message>
    <message>
        <source>Add {noun} to the kit</source>
        <translation>Añadir {noun} al dossier</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Ajustes del dossier</translation>
    </message>
    <message>
        <source>Sections of the kit</source>
        <translation>Secciones del dossier</translation>
    </message>
    <message>
        <source>Drag sections to change their order; drop stories, photos, figures or contacts from the library to add them; Delete takes a section out.</source>
        <translation>Arrastre las secciones para cambiar su orden; suelte historias, fotos, cifras o contactos de la biblioteca para añadirlos; Supr quita una sección.</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>This kit has no sections. Double-click a story in the library to add one.</source>
        <translation>Este dossier no tiene secciones. Haga doble clic en una historia de la biblioteca para añadirla.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>Galería de fotos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>Contraportada</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Reportaje</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Nota de prensa</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>Aviso a los medios</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Informe de situación</translation>
    </message>
    <message>
        <source>Photo story</source>
        <translation>Reportaje fotográfico</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Dossier de prensa</translation>
    </message>
    <message>
        <source>Handout (two pages)</source>
        <translation>Hoja de mano (dos páginas)</translation>
    </message>
    <message>
        <source>Booklet (folded A5)</source>
        <translation>Folleto (A5 plegado)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Print and web</source>
        <translation>Impresión y web</translation>
    </message>
    <message>
        <source>Print only</source>
        <translation>Solo impresión</translation>
    </message>
    <message>
        <source>Web only</source>
        <translation>Solo web</translation>
    </message>
    <message>
        <source>No city given</source>
        <translation>Sin ciudad</translation>
    </message>
    <message>
        <source>{name}: (missing from the library)</source>
        <translation>{name}: (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>{name}: {titles}</source>
        <translation>{name}: {titles}</translation>
    </message>
    <message>
        <source>About {org}</source>
        <translation>Acerca de {org}</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Translation of: “{title}”</source>
        <translation>Traducción de: «{title}»</translation>
    </message>
    <message>
        <source>Translations: {languages}</source>
        <translation>Traducciones: {languages}</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Todavía sin pie de foto</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <source>No image yet: drop the file here or use Attach image</source>
        <translation>Todavía sin imagen: suelte aquí el archivo o use Adjuntar imagen</translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation>Crédito: {credit}</translation>
    </message>
    <message>
        <source>{noun} “{label}”</source>
        <translation>{noun} «{label}»</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>With an image</source>
        <translation>Con imagen</translation>
    </message>
    <message>
        <source>Still without an image</source>
        <translation>Todavía sin imagen</translation>
    </message>
    <message>
        <source>No cover photo</source>
        <translation>Sin foto de portada</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new library</source>
        <translation>Elija una carpeta vacía para la nueva biblioteca</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Documents, photos, contacts and bundles ({patterns});;All files (*)</source>
        <translation>Documentos, fotos, contactos y paquetes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>No hay bibliotecas recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Abrir biblioteca &amp;reciente</translation>
    </message>
</context>
<context>
    <name>LibraryFilter</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Kind of story</source>
        <translation>Tipo de historia</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show only some stories and photos</source>
        <translation>Mostrar solo algunas historias y fotos</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>No stories yet. Drop documents here, or use File ▸ Import.</source>
        <translation>Todavía no hay historias. Suelte documentos aquí o use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use File ▸ Import.</source>
        <translation>Todavía no hay fotos. Suelte fotos aquí o use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>No contacts yet. Drop vCards or a CSV file here, or use File ▸ Import.</source>
        <translation>Todavía no hay contactos. Suelte vCards o un archivo CSV aquí o use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>No key figures yet. Imported fact sheets bring their figures.</source>
        <translation>Todavía no hay cifras clave. Las hojas informativas importadas traen las suyas.</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Buscar en la biblioteca (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Nothing here matches the search or the filters.</source>
        <translation>Nada coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>{name}: {count} listed</source>
        <translation>{name}: {count} en la lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the library in {path}…</source>
        <translation>Abriendo la biblioteca en {path}…</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Dossier de prensa</translation>
    </message>
    <message>
        <source>Importing {count} files…</source>
        <translation>Importando {count} archivos…</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or image to import.</source>
        <translation>El portapapeles no contiene texto, página web ni imagen que importar.</translation>
    </message>
    <message>
        <source>Importing what was pasted…</source>
        <translation>Importando lo pegado…</translation>
    </message>
    <message>
        <source>Updated with changes made by another program.</source>
        <translation>Actualizado con los cambios hechos por otro programa.</translation>
    </message>
    <message>
        <source>There is no kit to export yet.</source>
        <translation>Todavía no hay dossier que exportar.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>The preview could not be built. {reason}</source>
        <translation>No se pudo generar la vista previa. {reason}</translation>
    </message>
    <message>
        <source>Select a story in the library to review its import.</source>
        <translation>Seleccione una historia en la biblioteca para revisar su importación.</translation>
    </message>
    <message>
        <source>About mediakit</source>
        <translation>Acerca de mediakit</translation>
    </message>
    <message>
        <source>mediakit {version}: press kits, handouts and booklets from your library of stories, photos, contacts and key figures.</source>
        <translation>mediakit {version}: dossieres de prensa, hojas de mano y folletos a partir de su biblioteca de historias, fotos, contactos y cifras clave.</translation>
    </message>
    <message>
        <source> (with the demo kit)</source>
        <translation> (con el dossier de demostración)</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Biblioteca: {path}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>OfficesCommand</name>
    <message>
        <source>&amp;Offices…</source>
        <translation>Of&amp;icinas…</translation>
    </message>
    <message>
        <source>The field offices each kit can be built for</source>
        <translation>Las oficinas de terreno para las que se puede generar cada kit</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Each office gets its own edition of a kit: its contacts first, its city on the cover, in its language and on its paper (File ▸ Export…).</source>
        <translation>Cada oficina recibe su propia edición de un kit: sus contactos primero, su ciudad en la portada, en su idioma y en su papel (Archivo ▸ Exportar…).</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nueva oficina</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Eliminar oficina</translation>
    </message>
    <message>
        <source>Offices of the library</source>
        <translation>Oficinas de la biblioteca</translation>
    </message>
</context>
<context>
    <name>Outside</name>
    <message>
        <source>process {pid}</source>
        <translation>proceso {pid}</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>proceso {pid} en {host}</translation>
    </message>
    <message>
        <source>This library is also open in another mediakit window ({where}). What is changed there shows here within a second; a change made here to something changed there is refused and reloaded, never lost.</source>
        <translation>Esta biblioteca también está abierta en otra ventana de mediakit ({where}). Lo que se cambie allí se verá aquí en un segundo; un cambio hecho aquí a algo cambiado allí se rechaza y se vuelve a cargar, nunca se pierde.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Type to find a photo by its caption or file name</source>
        <translation>Escriba para buscar una foto por su pie o su nombre de archivo</translation>
    </message>
    <message>
        <source>Find a photo</source>
        <translation>Buscar una foto</translation>
    </message>
    <message>
        <source>Photos of the library</source>
        <translation>Fotos de la biblioteca</translation>
    </message>
    <message>
        <source>No photo matches what you typed.</source>
        <translation>Ninguna foto coincide con lo escrito.</translation>
    </message>
    <message>
        <source>Into the story:</source>
        <translation>En la noticia:</translation>
    </message>
</context>
<context>
    <name>Placing</name>
    <message>
        <source>Open a story in the editor to place a photo in it.</source>
        <translation>Abra una noticia en el editor para colocar una foto en ella.</translation>
    </message>
    <message>
        <source>Insert photo in “{story}”</source>
        <translation>Insertar foto en «{story}»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>There is no kit with a gallery to move the photo to.</source>
        <translation>No hay ningún dossier con galería al que mover la foto.</translation>
    </message>
    <message>
        <source>Select the kit&apos;s gallery to move one of its photos into a story.</source>
        <translation>Seleccione la galería del dossier para mover una de sus fotos a una noticia.</translation>
    </message>
    <message>
        <source>This kit has no story to move the photo into.</source>
        <translation>Este dossier no tiene ninguna noticia a la que mover la foto.</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Mover foto a una noticia</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Igual que el sistema ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; it changes as soon as you press OK. Each kit keeps its own language, set in the kit&apos;s settings.</source>
        <translation>El idioma de los menús, diálogos y mensajes; cambia en cuanto pulsa Aceptar. Cada dossier conserva su propio idioma, que se elige en los ajustes del dossier.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>PreflightPane</name>
    <message>
        <source>Preflight</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>Preflight runs with each preview build.</source>
        <translation>La comprobación se hace con cada vista previa.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>Nothing to fix: the kit is ready.</source>
        <translation>Nada que corregir: el dossier está listo.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Building…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Building… {percent} %</source>
        <translation>Generando… {percent} %</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Sin generar</translation>
    </message>
    <message>
        <source>There is no kit to preview yet.</source>
        <translation>Todavía no hay dossier que mostrar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview of the kit</source>
        <translation>Vista previa del dossier</translation>
    </message>
    <message>
        <source>The preview of the kit appears here.</source>
        <translation>Aquí aparece la vista previa del dossier.</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>No se pudo mostrar el PDF.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Junk</source>
        <translation>Basura</translation>
    </message>
    <message>
        <source>Kind label</source>
        <translation>Etiqueta de tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Contacts heading</source>
        <translation>Encabezado de contactos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <source>Figure source</source>
        <translation>Fuente de la cifra</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notas para editores</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>Marca de fin</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texto institucional</translation>
    </message>
    <message>
        <source>Related story</source>
        <translation>Historia relacionada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to mediakit</source>
        <translation>Bienvenido a mediakit</translation>
    </message>
    <message>
        <source>This library holds a demo press kit: sample stories with their key figures and contacts, and empty photo slots where your pictures would go. Look around, change anything (Ctrl+Z undoes it), then start your own kit or import your press releases, photos and contact lists.</source>
        <translation>Esta biblioteca contiene un dossier de prensa de demostración: historias de ejemplo con sus cifras clave y contactos, y huecos de foto vacíos donde irían sus imágenes. Explórelo, cambie lo que quiera (Ctrl+Z lo deshace) y luego empiece su propio dossier o importe sus comunicados, fotos y listas de contactos.</translation>
    </message>
    <message>
        <source>Start your own kit</source>
        <translation>Empezar su propio dossier</translation>
    </message>
    <message>
        <source>A new, empty kit in this library (Kit ▸ New kit)</source>
        <translation>Un dossier nuevo y vacío en esta biblioteca (Dossier ▸ Nuevo dossier)</translation>
    </message>
    <message>
        <source>Import your files</source>
        <translation>Importar sus archivos</translation>
    </message>
    <message>
        <source>Press releases, photos and contacts from your computer (File ▸ Import files)</source>
        <translation>Comunicados, fotos y contactos de su ordenador (Archivo ▸ Importar archivos)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide this welcome; Help ▸ Welcome shows it again</source>
        <translation>Ocultar esta bienvenida; Ayuda ▸ Bienvenida la vuelve a mostrar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
</TS>
