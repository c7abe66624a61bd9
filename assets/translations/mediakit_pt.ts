<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>&amp;Kit</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Abrir biblioteca &amp;recente</translation>
    </message>
    <message>
        <source>Recent &amp;kits</source>
        <translation>&amp;Kits recentes</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nova biblioteca…</translation>
    </message>
    <message>
        <source>Start a new, empty library in a folder of your choice</source>
        <translation>Criar uma biblioteca nova e vazia na pasta que você escolher</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Open the library kept in another folder</source>
        <translation>Abrir a biblioteca guardada em outra pasta</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>Add documents, photos, vCards, CSV files or kit bundles to the library</source>
        <translation>Adicionar à biblioteca documentos, fotos, vCards, arquivos CSV ou pacotes de kit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the kit as a PDF, a photo pack or a bundle</source>
        <translation>Exportar o kit como PDF, pacote de fotos ou pacote completo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Choose the language of mediakit</source>
        <translation>Escolher o idioma do mediakit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Fazer a alteração de novo</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>Adicionar ao &amp;kit</translation>
    </message>
    <message>
        <source>Put the item selected in the library into the kit</source>
        <translation>Colocar no kit o item selecionado na biblioteca</translation>
    </message>
    <message>
        <source>Re&amp;view import…</source>
        <translation>Re&amp;visar importação…</translation>
    </message>
    <message>
        <source>See how the selected story was read from its document, and correct it</source>
        <translation>Ver como a matéria selecionada foi lida do documento, e corrigi-la</translation>
    </message>
    <message>
        <source>Re&amp;move section</source>
        <translation>Re&amp;mover seção</translation>
    </message>
    <message>
        <source>Take the selected section out of the kit</source>
        <translation>Tirar do kit a seção selecionada</translation>
    </message>
    <message>
        <source>&amp;Kit settings</source>
        <translation>&amp;Configurações do kit</translation>
    </message>
    <message>
        <source>Title, language, edition, paper and cover of the kit</source>
        <translation>Título, idioma, edição, papel e capa do kit</translation>
    </message>
    <message>
        <source>&amp;Organisation profile</source>
        <translation>Perfil da &amp;organização</translation>
    </message>
    <message>
        <source>Logo, colours and boilerplate of your organisation</source>
        <translation>Logotipo, cores e texto institucional da sua organização</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar na biblioteca</translation>
    </message>
    <message>
        <source>Search stories, photos, contacts and key figures</source>
        <translation>Buscar matérias, fotos, contatos e dados-chave</translation>
    </message>
    <message>
        <source>Refresh &amp;preview</source>
        <translation>Atualizar &amp;pré-visualização</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Gerar a pré-visualização de novo</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Ir para a &amp;biblioteca</translation>
    </message>
    <message>
        <source>Go to &amp;kit</source>
        <translation>Ir para o &amp;kit</translation>
    </message>
    <message>
        <source>Go to &amp;editor</source>
        <translation>Ir para o &amp;editor</translation>
    </message>
    <message>
        <source>Go to pre&amp;flight</source>
        <translation>Ir para a veri&amp;ficação</translation>
    </message>
    <message>
        <source>Go to pre&amp;view</source>
        <translation>Ir para a pré-&amp;visualização</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Boas-vindas</translation>
    </message>
    <message>
        <source>What the demo kit is, and how to start your own</source>
        <translation>O que é o kit de demonstração e como começar o seu</translation>
    </message>
    <message>
        <source>&amp;About mediakit</source>
        <translation>&amp;Sobre o mediakit</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Novo kit…</translation>
    </message>
    <message>
        <source>Start another kit from the same library</source>
        <translation>Começar outro kit com a mesma biblioteca</translation>
    </message>
    <message>
        <source>New kit from &amp;selection…</source>
        <translation>Novo kit com a &amp;seleção…</translation>
    </message>
    <message>
        <source>A new kit holding the stories and photos selected in the library</source>
        <translation>Um kit novo com as matérias e fotos selecionadas na biblioteca</translation>
    </message>
    <message>
        <source>&amp;Duplicate kit</source>
        <translation>&amp;Duplicar kit</translation>
    </message>
    <message>
        <source>A copy of this kit, to change on its own</source>
        <translation>Uma cópia deste kit, para alterar separadamente</translation>
    </message>
    <message>
        <source>&amp;Rename kit…</source>
        <translation>&amp;Renomear kit…</translation>
    </message>
    <message>
        <source>Give this kit another name</source>
        <translation>Dar outro nome a este kit</translation>
    </message>
    <message>
        <source>De&amp;lete kit</source>
        <translation>E&amp;xcluir kit</translation>
    </message>
    <message>
        <source>Take this kit out of the library (its stories stay; Undo brings it back)</source>
        <translation>Tirar este kit da biblioteca (as matérias ficam; Desfazer o traz de volta)</translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation>Mover seção para &amp;cima</translation>
    </message>
    <message>
        <source>Move the selected section one place earlier</source>
        <translation>Subir uma posição a seção selecionada</translation>
    </message>
    <message>
        <source>Move section do&amp;wn</source>
        <translation>Mover seção para &amp;baixo</translation>
    </message>
    <message>
        <source>Move the selected section one place later</source>
        <translation>Descer uma posição a seção selecionada</translation>
    </message>
    <message>
        <source>New s&amp;tory</source>
        <translation>Nova &amp;matéria</translation>
    </message>
    <message>
        <source>A new story to type in the editor</source>
        <translation>Uma matéria nova para digitar no editor</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Novo &amp;contato</translation>
    </message>
    <message>
        <source>A new press contact to fill in</source>
        <translation>Um contato de imprensa novo para preencher</translation>
    </message>
    <message>
        <source>New key &amp;figure</source>
        <translation>Novo &amp;dado-chave</translation>
    </message>
    <message>
        <source>A new key figure, dated today: type its value, label and source</source>
        <translation>Um dado-chave novo, com a data de hoje: digite o valor, a descrição e a fonte</translation>
    </message>
    <message>
        <source>&amp;Insert photo…</source>
        <translation>&amp;Inserir foto…</translation>
    </message>
    <message>
        <source>Place a library photo in the story being edited, after the paragraph the cursor is in</source>
        <translation>Colocar uma foto da biblioteca na matéria em edição, depois do parágrafo onde está o cursor</translation>
    </message>
    <message>
        <source>Move photo &amp;into story…</source>
        <translation>Mover &amp;foto para uma matéria…</translation>
    </message>
    <message>
        <source>Take a photo out of the kit&apos;s gallery and put it at the end of a story</source>
        <translation>Tirar uma foto da galeria do kit e colocá-la no fim de uma matéria</translation>
    </message>
    <message>
        <source>&amp;Paste as new story</source>
        <translation>Co&amp;lar como nova matéria</translation>
    </message>
    <message>
        <source>Import what was copied (a web page&apos;s text, any text or an image) as a new item</source>
        <translation>Importar o que foi copiado (o texto de uma página da web, qualquer texto ou uma imagem) como um item novo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Não é possível abrir a biblioteca</translation>
    </message>
    <message>
        <source>The library&apos;s catalog is lost or damaged</source>
        <translation>O catálogo da biblioteca foi perdido ou está danificado</translation>
    </message>
    <message>
        <source>{problem}

Put back the last good backup, {backup}? The catalog as it is now is kept aside, not deleted.</source>
        <translation>{problem}

Restaurar o último backup bom, {backup}? O catálogo como está agora é guardado à parte, não excluído.</translation>
    </message>
    <message>
        <source>mediakit ran into a problem it did not expect. A report was written to {path}; please send it to whoever looks after mediakit for you.</source>
        <translation>O mediakit encontrou um problema inesperado. Um relatório foi gravado em {path}; envie-o a quem cuida do mediakit para você.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>the kit holds no story</source>
        <translation>o kit não tem nenhuma matéria</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is still “{name}”</source>
        <translation>o nome da organização ainda é “{name}”</translation>
    </message>
    <message>
        <source>the organisation has no logo</source>
        <translation>a organização não tem logotipo</translation>
    </message>
    <message>
        <source>the story is in {story}, the kit in {kit}</source>
        <translation>a matéria está em {story} e o kit em {kit}</translation>
    </message>
    <message>
        <source>the story is under embargo until {moment}</source>
        <translation>a matéria está sob embargo até {moment}</translation>
    </message>
    <message>
        <source>the key figure has no source</source>
        <translation>o dado-chave não tem fonte</translation>
    </message>
    <message>
        <source>the key figure has no as-of date</source>
        <translation>o dado-chave não tem data de referência</translation>
    </message>
    <message>
        <source>the key figure is {age} months old (as of {date})</source>
        <translation>o dado-chave tem {age} meses (data do dado: {date})</translation>
    </message>
    <message>
        <source>the contact has neither e-mail nor phone</source>
        <translation>o contato não tem e-mail nem telefone</translation>
    </message>
    <message>
        <source>the brand colour {colour} has a contrast of {ratio}:1 on white, below 4.5:1 for text</source>
        <translation>a cor da marca {colour} tem contraste de {ratio}:1 sobre branco, abaixo de 4,5:1 para texto</translation>
    </message>
    <message>
        <source>the {kind} contains {typed} that the kit&apos;s font cannot print; {shown}</source>
        <translation>{kind}: contém {typed}, que a fonte do kit não consegue imprimir; {shown}</translation>
    </message>
    <message>
        <source>it prints as {printed}</source>
        <translation>sai impresso como {printed}</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>fica de fora</translation>
    </message>
    <message>
        <source>{char} prints as {printed}</source>
        <translation>{char} sai impresso como {printed}</translation>
    </message>
    <message>
        <source>{char} is left out</source>
        <translation>{char} fica de fora</translation>
    </message>
    <message>
        <source>the photo slot has no image yet; it prints as a framed placeholder</source>
        <translation>o espaço para foto ainda não tem imagem; sai impresso como um quadro vazio</translation>
    </message>
    <message>
        <source>the photo has no caption</source>
        <translation>a foto não tem legenda</translation>
    </message>
    <message>
        <source>the photo has no credit</source>
        <translation>a foto não tem crédito</translation>
    </message>
    <message>
        <source>the photo has no alternative text</source>
        <translation>a foto não tem texto alternativo</translation>
    </message>
    <message>
        <source>the photo prints at {ppi} ppi, below the {needed} ppi this edition needs</source>
        <translation>a foto sai impressa a {ppi} ppp, abaixo dos {needed} ppp de que esta edição precisa</translation>
    </message>
    <message>
        <source>the photo shows a minor or a person at risk and has no written consent</source>
        <translation>a foto mostra um menor de idade ou uma pessoa em risco e não tem consentimento por escrito</translation>
    </message>
    <message>
        <source>no consent is recorded for this photo</source>
        <translation>nenhum consentimento registrado para esta foto</translation>
    </message>
    <message>
        <source>the consent covers {scope} use only, and this kit is for {use}</source>
        <translation>o consentimento só cobre o uso {scope}, e este kit é para uso {use}</translation>
    </message>
    <message>
        <source>the consent expired on {date}</source>
        <translation>o consentimento expirou em {date}</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its title and first paragraph, and may have {most}: shorten {parts}.</source>
        <translation>O folheto precisa de {pages} páginas mesmo só com o título e o primeiro parágrafo, e pode ter {most}: encurte {parts}.</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its fixed parts, and may have {most}: shorten {parts}.</source>
        <translation>O folheto precisa de {pages} páginas mesmo só com as partes fixas, e pode ter {most}: encurte {parts}.</translation>
    </message>
    <message>
        <source>the title of “{title}”</source>
        <translation>o título de “{title}”</translation>
    </message>
    <message>
        <source>the standfirst of “{title}”</source>
        <translation>a linha fina de “{title}”</translation>
    </message>
    <message>
        <source>the photo’s caption</source>
        <translation>a legenda da foto</translation>
    </message>
    <message>
        <source>the key figure “{value}”</source>
        <translation>o dado-chave “{value}”</translation>
    </message>
    <message>
        <source>the contact details of {name}</source>
        <translation>os dados de contato de {name}</translation>
    </message>
    <message>
        <source>add a story from the library or import a press release</source>
        <translation>adicione uma matéria da biblioteca ou importe um comunicado à imprensa</translation>
    </message>
    <message>
        <source>type your organisation&apos;s name in the organisation profile</source>
        <translation>digite o nome da sua organização no perfil da organização</translation>
    </message>
    <message>
        <source>add your logo in the organisation profile</source>
        <translation>adicione seu logotipo no perfil da organização</translation>
    </message>
    <message>
        <source>add its translation or change the kit&apos;s language</source>
        <translation>adicione a tradução ou mude o idioma do kit</translation>
    </message>
    <message>
        <source>export with the EMBARGOED watermark, or wait until the embargo lifts</source>
        <translation>exporte com a marca d’água SOB EMBARGO, ou espere o fim do embargo</translation>
    </message>
    <message>
        <source>add where the number comes from</source>
        <translation>informe de onde vem o número</translation>
    </message>
    <message>
        <source>add the date the number refers to</source>
        <translation>adicione a data a que o número se refere</translation>
    </message>
    <message>
        <source>check for a newer number or keep it knowingly</source>
        <translation>procure um número mais recente ou mantenha-o sabendo disso</translation>
    </message>
    <message>
        <source>add an e-mail address or a phone number</source>
        <translation>adicione um e-mail ou um número de telefone</translation>
    </message>
    <message>
        <source>cut the opening, the figures or the contact block</source>
        <translation>corte a abertura, os dados ou o bloco de contato</translation>
    </message>
    <message>
        <source>choose a darker brand colour for text</source>
        <translation>escolha uma cor da marca mais escura para o texto</translation>
    </message>
    <message>
        <source>type it in words or with characters the font has, or keep it knowingly</source>
        <translation>escreva por extenso ou com caracteres que a fonte tem, ou mantenha sabendo disso</translation>
    </message>
    <message>
        <source>attach the image when it arrives</source>
        <translation>anexe a imagem quando ela chegar</translation>
    </message>
    <message>
        <source>write a caption</source>
        <translation>escreva uma legenda</translation>
    </message>
    <message>
        <source>add the photographer&apos;s credit</source>
        <translation>adicione o crédito do fotógrafo</translation>
    </message>
    <message>
        <source>describe the image for readers who cannot see it (its alt text)</source>
        <translation>descreva a imagem para quem não pode vê-la (o texto alternativo)</translation>
    </message>
    <message>
        <source>use a larger original, or place it smaller</source>
        <translation>use um original maior, ou coloque-a menor</translation>
    </message>
    <message>
        <source>record written consent, blur the faces, or take the photo out</source>
        <translation>registre um consentimento por escrito, desfoque os rostos ou tire a foto</translation>
    </message>
    <message>
        <source>record the consent you have (verbal or written)</source>
        <translation>registre o consentimento que você tem (verbal ou por escrito)</translation>
    </message>
    <message>
        <source>ask for wider consent or take the photo out</source>
        <translation>peça um consentimento mais amplo ou tire a foto</translation>
    </message>
    <message>
        <source>renew the consent or take the photo out</source>
        <translation>renove o consentimento ou tire a foto</translation>
    </message>
    <message>
        <source>print</source>
        <translation>impresso</translation>
    </message>
    <message>
        <source>web</source>
        <translation>na web</translation>
    </message>
    <message>
        <source>story</source>
        <translation>matéria</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>dado</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>org</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>recusado: {reason}</translation>
    </message>
    <message>
        <source>{what}; nothing was added</source>
        <translation>{what}; nada foi adicionado</translation>
    </message>
    <message>
        <source>already in the library as photo {id} (“{title}”)</source>
        <translation>já está na biblioteca como foto {id} (“{title}”)</translation>
    </message>
    <message>
        <source>already in the library as photo {id}</source>
        <translation>já está na biblioteca como foto {id}</translation>
    </message>
    <message>
        <source>same as story “{title}”</source>
        <translation>igual à matéria “{title}”</translation>
    </message>
    <message>
        <source>same as story {id}</source>
        <translation>igual à matéria {id}</translation>
    </message>
    <message>
        <source>added {what}; {translation}</source>
        <translation>adicionado: {what}; {translation}</translation>
    </message>
    <message>
        <source>updated {what}; {translation}</source>
        <translation>atualizado: {what}; {translation}</translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>adicionado: {what}</translation>
    </message>
    <message>
        <source>updated {what}</source>
        <translation>atualizado: {what}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>story “{title}”</source>
        <translation>matéria “{title}”</translation>
    </message>
    <message>
        <source>story {id}</source>
        <translation>matéria {id}</translation>
    </message>
    <message>
        <source>kit {id}</source>
        <translation>kit {id}</translation>
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
        <translation>1 contato</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contatos</translation>
    </message>
    <message>
        <source>1 key figure</source>
        <translation>1 dado-chave</translation>
    </message>
    <message>
        <source>{count} key figures</source>
        <translation>{count} dados-chave</translation>
    </message>
    <message>
        <source>linked as the {language} translation of “{title}”</source>
        <translation>vinculada como tradução em {language} de “{title}”</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>photo “{name}” has no caption yet; add one</source>
        <translation>a foto “{name}” ainda não tem legenda; adicione uma</translation>
    </message>
    <message>
        <source>filled the empty photo slot {id} (“{caption}”)</source>
        <translation>o espaço vazio para foto {id} foi preenchido (“{caption}”)</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was saved</source>
        <translation>a exportação foi cancelada; nada foi salvo</translation>
    </message>
    <message>
        <source>the kit has no photos with an image yet; nothing to pack</source>
        <translation>o kit ainda não tem fotos com imagem; não há nada para empacotar</translation>
    </message>
</context>
<context>
    <name>EachGroup</name>
    <message>
        <source>One PDF for each</source>
        <translation>Um PDF para cada</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Language (English, Spanish, Portuguese, French)</source>
        <translation>Idioma (inglês, espanhol, português, francês)</translation>
    </message>
    <message>
        <source>Paper (A4, US Letter)</source>
        <translation>Papel (A4, Carta americana)</translation>
    </message>
    <message>
        <source>Edition (press kit, handout, booklet)</source>
        <translation>Edição (kit de imprensa, folheto, livreto)</translation>
    </message>
    <message>
        <source>Export each</source>
        <translation>Exportar cada um</translation>
    </message>
    <message>
        <source>The PDFs go into the folder of “Save as”, each named for what it is</source>
        <translation>Os PDFs vão para a pasta de “Salvar como”, cada um com o nome do que é</translation>
    </message>
    <message>
        <source>Export for this office</source>
        <translation>Exportar para este escritório</translation>
    </message>
    <message>
        <source>Its contacts first, its city on the cover, its language and paper</source>
        <translation>Seus contatos primeiro, sua cidade na capa, seu idioma e seu papel</translation>
    </message>
    <message>
        <source>Tick what to make one PDF for each of.</source>
        <translation>Marque aquilo para o qual fazer um PDF para cada.</translation>
    </message>
    <message>
        <source>Add an office first: Kit ▸ Offices…</source>
        <translation>Adicione primeiro um escritório: Kit ▸ Escritórios…</translation>
    </message>
    <message>
        <source>Building the PDFs…</source>
        <translation>Gerando os PDFs…</translation>
    </message>
    <message>
        <source>Cancelled: the PDFs written before stay, each whole.</source>
        <translation>Cancelado: os PDFs já gravados ficam, cada um inteiro.</translation>
    </message>
    <message>
        <source>Wrote {written} of 1 PDF.</source>
        <translation>{written} de 1 PDF gravado.</translation>
    </message>
    <message>
        <source>Wrote {written} of {count} PDFs.</source>
        <translation>{written} de {count} PDFs gravados.</translation>
    </message>
    <message>
        <source>Preflight stopped {names}: see the preflight list.</source>
        <translation>A verificação barrou {names}: veja a lista de verificação.</translation>
    </message>
    <message>
        <source>No offices yet (Kit ▸ Offices…)</source>
        <translation>Nenhum escritório ainda (Kit ▸ Escritórios…)</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Story</source>
        <translation>Matéria</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Dado-chave</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Configurações do kit</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Perfil da organização</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Select a story, photo, contact or key figure to edit it here.</source>
        <translation>Selecione uma matéria, foto, contato ou dado-chave para editá-lo aqui.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Definir logotipo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The PDF builder is missing from this installation of mediakit.</source>
        <translation>Falta o gerador de PDF nesta instalação do mediakit.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Algo deu errado ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “{kit}”</source>
        <translation>Exportar “{kit}”</translation>
    </message>
    <message>
        <source>Choose where to save the web page.</source>
        <translation>Escolha onde salvar a página web.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Escolha onde salvar o PDF.</translation>
    </message>
    <message>
        <source>Writing the web page…</source>
        <translation>Gravando a página web…</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Gerando o PDF…</translation>
    </message>
    <message>
        <source>Packing the photos…</source>
        <translation>Empacotando as fotos…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Save the web page as</source>
        <translation>Salvar a página web como</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Salvar o PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: nada foi salvo.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <source>The web page was not saved: one problem must be fixed first ({first}).</source>
        <translation>A página web não foi salva: um problema precisa ser corrigido antes ({first}).</translation>
    </message>
    <message>
        <source>The web page was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>A página web não foi salva: {count} problemas precisam ser corrigidos antes ({first}).</translation>
    </message>
    <message>
        <source>The PDF was not saved: one problem must be fixed first ({first}).</source>
        <translation>O PDF não foi salvo: antes é preciso corrigir um problema ({first}).</translation>
    </message>
    <message>
        <source>The PDF was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>O PDF não foi salvo: antes é preciso corrigir {count} problemas ({first}).</translation>
    </message>
    <message>
        <source>See the preflight list.</source>
        <translation>Veja a lista da verificação.</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Abrir a página web</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Grayscale (for black-and-white printers)</source>
        <translation>Tons de cinza (para impressoras em preto e branco)</translation>
    </message>
    <message>
        <source>For the printer (photos at 300 ppi)</source>
        <translation>Para a gráfica (fotos a 300 ppp)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>RASCUNHO</translation>
    </message>
    <message>
        <source>EMBARGOED until the latest embargo</source>
        <translation>SOB EMBARGO até o último embargo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
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
        <translation>Exportar marcado como RASCUNHO</translation>
    </message>
    <message>
        <source>Photo pack…</source>
        <translation>Pacote de fotos…</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Pacote completo…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>Idioma do kit</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca d’água</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edição:</translation>
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
        <translation>Marca d’água:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
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
        <translation>Página web (HTML acessível)</translation>
    </message>
    <message>
        <source>Export web page</source>
        <translation>Exportar a página web</translation>
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
        <translation>Espaço para foto {id}</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Intertítulo</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Editar nome</translation>
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
        <translation>Assessora de imprensa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Edit e-mail</source>
        <translation>Editar e-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>Editar telefones</translation>
    </message>
    <message>
        <source>+51 1 234 5678, +51 987 654 321</source>
        <translation>+55 95 3623 4567, +55 95 99123 4567</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Editar cidade</translation>
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
        <translation>pt, es</translation>
    </message>
    <message>
        <source>Choose a colour…</source>
        <translation>Escolher uma cor…</translation>
    </message>
    <message>
        <source>A colour is written as # and six hex digits, like #0033A0.</source>
        <translation>Uma cor se escreve com # e seis dígitos hexadecimais, como #0033A0.</translation>
    </message>
    <message>
        <source>Write the date as year and month, like 2024-06.</source>
        <translation>Escreva a data como ano e mês, como 2024-06.</translation>
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
        <translation>6,1 milhões</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Editar descrição</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Editar fonte</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data do dado</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Editar data</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Edit series</source>
        <translation>Editar série</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Renomear kit</translation>
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
        <translation>Idioma do kit</translation>
    </message>
    <message>
        <source>Change kit language</source>
        <translation>Alterar idioma do kit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Edit kit date</source>
        <translation>Editar data do kit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Edit kit place</source>
        <translation>Editar local do kit</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>Foto de capa</translation>
    </message>
    <message>
        <source>Change cover photo</source>
        <translation>Alterar foto de capa</translation>
    </message>
    <message>
        <source>Edition and paper</source>
        <translation>Edição e papel</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Change edition</source>
        <translation>Alterar edição</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Alterar papel</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Tons de cinza</translation>
    </message>
    <message>
        <source>Change grayscale</source>
        <translation>Alterar tons de cinza</translation>
    </message>
    <message>
        <source>Print-ready (300 ppi photos)</source>
        <translation>Pronto para a gráfica (fotos a 300 ppp)</translation>
    </message>
    <message>
        <source>Change print-ready</source>
        <translation>Alterar pronto para a gráfica</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca d’água</translation>
    </message>
    <message>
        <source>Change watermark</source>
        <translation>Alterar marca d’água</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>RASCUNHO</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
    </message>
    <message>
        <source>Clear blurred regions</source>
        <translation>Remover áreas desfocadas</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar legenda</translation>
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
        <translation>OIM/Maria Silva</translation>
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
        <translation>Data da foto</translation>
    </message>
    <message>
        <source>Edit photo date</source>
        <translation>Editar data da foto</translation>
    </message>
    <message>
        <source>Edit photo place</source>
        <translation>Editar local da foto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Alterar consentimento</translation>
    </message>
    <message>
        <source>For use in</source>
        <translation>Para uso em</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Shows a minor or a person at risk</source>
        <translation>Mostra um menor de idade ou uma pessoa em risco</translation>
    </message>
    <message>
        <source>Change at-risk flag</source>
        <translation>Alterar marca de risco</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Anexar imagem…</translation>
    </message>
    <message>
        <source>Drag a box over a face to blur it in every PDF, photo pack and bundle.</source>
        <translation>Arraste um retângulo sobre um rosto para desfocá-lo em todo PDF, pacote de fotos e pacote completo.</translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation>Substituir imagem…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando a pré-visualização…</translation>
    </message>
    <message>
        <source>No image yet. Drop the photo file here, or use Attach image.</source>
        <translation>Ainda sem imagem. Solte aqui o arquivo da foto ou use Anexar imagem.</translation>
    </message>
    <message>
        <source>Blur a region</source>
        <translation>Desfocar uma área</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Anexar imagem</translation>
    </message>
    <message>
        <source>Edit organisation name</source>
        <translation>Editar nome da organização</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Edit short name</source>
        <translation>Editar sigla</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Edit website</source>
        <translation>Editar site</translation>
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
        <translation>Identidade visual</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Cor da marca</translation>
    </message>
    <message>
        <source>Change brand colour</source>
        <translation>Alterar cor da marca</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Cor de destaque</translation>
    </message>
    <message>
        <source>Change accent colour</source>
        <translation>Alterar cor de destaque</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Alterar tema</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Escolher logotipo…</translation>
    </message>
    <message>
        <source>No logo yet. Drop the image file here.</source>
        <translation>Ainda sem logotipo. Solte aqui o arquivo de imagem.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Escolher logotipo</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” não é um número.</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Adicionar um ponto</translation>
    </message>
    <message>
        <source>Remove the selected point</source>
        <translation>Remover o ponto selecionado</translation>
    </message>
    <message>
        <source>Write the embargo as a date and time with its zone, like 2025-03-01T09:00+01:00.</source>
        <translation>Escreva o embargo como data e hora com o fuso, como 2025-03-01T09:00-03:00.</translation>
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
        <translation>Alterar tipo da matéria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Change story language</source>
        <translation>Alterar idioma da matéria</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Linha fina</translation>
    </message>
    <message>
        <source>Edit standfirst</source>
        <translation>Editar linha fina</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Local da abertura</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Editar local e data</translation>
    </message>
    <message>
        <source>Lima, Peru</source>
        <translation>Boa Vista, Roraima</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Data da abertura</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Editar assinatura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Edit story text</source>
        <translation>Editar texto da matéria</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editar marcadores</translation>
    </message>
    <message>
        <source>health, migration</source>
        <translation>saúde, migração</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo até</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>Editar embargo</translation>
    </message>
    <message>
        <source>e.g. 2025-03-01T09:00+01:00</source>
        <translation>ex.: 2025-03-01T09:00-03:00</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Photos in this story</source>
        <translation>Fotos desta matéria</translation>
    </message>
    <message>
        <source>Insert photo… (Ctrl+Alt+P) places a library photo after the paragraph the cursor is in; you can also drop a photo from the library on a paragraph.</source>
        <translation>Inserir foto… (Ctrl+Alt+P) coloca uma foto da biblioteca depois do parágrafo onde está o cursor; você também pode soltar uma foto da biblioteca sobre um parágrafo.</translation>
    </message>
    <message>
        <source>Move to gallery</source>
        <translation>Mover para a galeria</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Tirar da matéria</translation>
    </message>
    <message>
        <source>Take the photo out of the story</source>
        <translation>Tirar a foto da matéria</translation>
    </message>
    <message>
        <source>No photos in this story yet.</source>
        <translation>Esta matéria ainda não tem fotos.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Shown on the cover of its edition</source>
        <translation>Mostrada na capa da sua edição</translation>
    </message>
    <message>
        <source>Language of its kits</source>
        <translation>Idioma dos seus kits</translation>
    </message>
    <message>
        <source>Change the office&apos;s language</source>
        <translation>Mudar o idioma do escritório</translation>
    </message>
    <message>
        <source>Change the office&apos;s paper</source>
        <translation>Mudar o papel do escritório</translation>
    </message>
    <message>
        <source>Contacts (first to call first)</source>
        <translation>Contatos (o primeiro a ligar primeiro)</translation>
    </message>
    <message>
        <source>Change the office&apos;s contacts</source>
        <translation>Mudar os contatos do escritório</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Move section</source>
        <translation>Mover seção</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Anexar imagem</translation>
    </message>
    <message>
        <source>Edit kit</source>
        <translation>Editar kit</translation>
    </message>
    <message>
        <source>Edit organisation profile</source>
        <translation>Editar perfil da organização</translation>
    </message>
    <message>
        <source>Correct import</source>
        <translation>Corrigir importação</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>Inserir foto</translation>
    </message>
    <message>
        <source>Move photo to gallery</source>
        <translation>Mover foto para a galeria</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Mover foto para uma matéria</translation>
    </message>
    <message>
        <source>Remove photo from story</source>
        <translation>Tirar foto da matéria</translation>
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
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Arquivos importados</translation>
    </message>
    <message>
        <source>Review import…</source>
        <translation>Revisar importação…</translation>
    </message>
    <message>
        <source>See each line of the document with the role it was given</source>
        <translation>Ver cada linha do documento com o papel que recebeu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the item in the library and the editor</source>
        <translation>Mostrar o item na biblioteca e no editor</translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation>1 arquivo importado</translation>
    </message>
    <message>
        <source>{count} files imported</source>
        <translation>{count} arquivos importados</translation>
    </message>
    <message>
        <source>1 already in the library</source>
        <translation>1 já estava na biblioteca</translation>
    </message>
    <message>
        <source>{count} already in the library</source>
        <translation>{count} já estavam na biblioteca</translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation>1 recusado</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} recusados</translation>
    </message>
    <message>
        <source>1 not imported (cancelled)</source>
        <translation>1 não importado (cancelado)</translation>
    </message>
    <message>
        <source>{count} not imported (cancelled)</source>
        <translation>{count} não importados (cancelados)</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Review import</source>
        <translation>Revisar importação</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Line of the document</source>
        <translation>Linha do documento</translation>
    </message>
    <message>
        <source>Lines of the document</source>
        <translation>Linhas do documento</translation>
    </message>
    <message>
        <source>The story as these lines make it</source>
        <translation>A matéria como estas linhas a formam</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lendo o documento…</translation>
    </message>
    <message>
        <source>This story is no longer in the library, or was not imported from a document.</source>
        <translation>Esta matéria não está mais na biblioteca, ou não foi importada de um documento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — each line with the role it was given. Right-click a line, or press its key (J junk, T title, B body, S subhead, C caption, K contact, F key figure…), to give it another role; the story on the right follows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — cada linha com o papel que recebeu. Clique com o botão direito em uma linha, ou pressione a tecla do papel (J descarte, T título, B corpo, S intertítulo, C legenda, K contato, F dado-chave…), para dar outro papel a ela; a matéria à direita acompanha.</translation>
    </message>
    <message>
        <source>Line {number}: {role} — {reason}</source>
        <translation>Linha {number}: {role} — {reason}</translation>
    </message>
    <message>
        <source>you gave it this role</source>
        <translation>você deu este papel</translation>
    </message>
    <message>
        <source>Embargoed until {moment}</source>
        <translation>Sob embargo até {moment}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo slot (no image yet)</source>
        <translation>Espaço para foto (ainda sem imagem)</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contatos encontrados</translation>
    </message>
    <message>
        <source>Key figures found</source>
        <translation>Dados-chave encontrados</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>Sobre (texto institucional)</translation>
    </message>
</context>
<context>
    <name>KitList</name>
    <message>
        <source>Kits of the library</source>
        <translation>Kits da biblioteca</translation>
    </message>
    <message>
        <source>The kit shown; the Kit menu makes, renames and deletes kits</source>
        <translation>O kit exibido; o menu Kit cria, renomeia e exclui kits</translation>
    </message>
    <message>
        <source>Name of the new kit:</source>
        <translation>Nome do novo kit:</translation>
    </message>
    <message>
        <source>Name of the new kit with {stories} stories and {photos} photos:</source>
        <translation>Nome do novo kit com {stories} matérias e {photos} fotos:</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>Novo kit</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Renomear kit</translation>
    </message>
    <message>
        <source>New name of the kit:</source>
        <translation>Novo nome do kit:</translation>
    </message>
    <message>
        <source>No other kits yet</source>
        <translation>Ainda não há outros kits</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <source>This library has no kit yet.</source>
        <translation>Esta biblioteca ainda não tem kit.</translation>
    </message>
    <message>
        <source>Add {noun} to the kit</source>
        <translation>Adicionar {noun} ao kit</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Configurações do kit</translation>
    </message>
    <message>
        <source>Sections of the kit</source>
        <translation>Seções do kit</translation>
    </message>
    <message>
        <source>Drag sections to change their order; drop stories, photos, figures or contacts from the library to add them; Delete takes a section out.</source>
        <translation>Arraste as seções para mudar a ordem; solte matérias, fotos, dados ou contatos da biblioteca para adicioná-los; Delete tira uma seção.</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message>
        <source>This kit has no sections. Double-click a story in the library to add one.</source>
        <translation>Este kit não tem seções. Clique duas vezes em uma matéria da biblioteca para adicioná-la.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cover</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Matéria</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>Galeria de fotos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dados-chave</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>Contracapa</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Comunicado à imprensa</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>Aviso de pauta</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Reportagem</translation>
    </message>
    <message>
        <source>Photo story</source>
        <translation>Fotorreportagem</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Ficha informativa</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Relatório de situação</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Quem somos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Kit de imprensa</translation>
    </message>
    <message>
        <source>Handout (two pages)</source>
        <translation>Folheto (duas páginas)</translation>
    </message>
    <message>
        <source>Booklet (folded A5)</source>
        <translation>Livreto (A5 dobrado)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Print and web</source>
        <translation>Impresso e web</translation>
    </message>
    <message>
        <source>Print only</source>
        <translation>Só impresso</translation>
    </message>
    <message>
        <source>Web only</source>
        <translation>Só web</translation>
    </message>
    <message>
        <source>No city given</source>
        <translation>Sem cidade</translation>
    </message>
    <message>
        <source>{name}: (missing from the library)</source>
        <translation>{name}: (não está na biblioteca)</translation>
    </message>
    <message>
        <source>{name}: {titles}</source>
        <translation>{name}: {titles}</translation>
    </message>
    <message>
        <source>About {org}</source>
        <translation>Sobre {org}</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Matéria sem título</translation>
    </message>
    <message>
        <source>Translation of: “{title}”</source>
        <translation>Tradução de: “{title}”</translation>
    </message>
    <message>
        <source>Translations: {languages}</source>
        <translation>Traduções: {languages}</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Ainda sem legenda</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <source>No image yet: drop the file here or use Attach image</source>
        <translation>Ainda sem imagem: solte o arquivo aqui ou use Anexar imagem</translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation>Crédito: {credit}</translation>
    </message>
    <message>
        <source>{noun} “{label}”</source>
        <translation>{noun} “{label}”</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Dado-chave</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>With an image</source>
        <translation>Com imagem</translation>
    </message>
    <message>
        <source>Still without an image</source>
        <translation>Ainda sem imagem</translation>
    </message>
    <message>
        <source>No cover photo</source>
        <translation>Sem foto de capa</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
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
        <translation>Escolha uma pasta vazia para a nova biblioteca</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <source>Documents, photos, contacts and bundles ({patterns});;All files (*)</source>
        <translation>Documentos, fotos, contatos e pacotes ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Nenhuma biblioteca recente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Abrir biblioteca &amp;recente</translation>
    </message>
</context>
<context>
    <name>LibraryFilter</name>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Kind of story</source>
        <translation>Tipo de matéria</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show only some stories and photos</source>
        <translation>Mostrar só algumas matérias e fotos</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Stories</source>
        <translation>Matérias</translation>
    </message>
    <message>
        <source>No stories yet. Drop documents here, or use File ▸ Import.</source>
        <translation>Ainda não há matérias. Solte documentos aqui ou use Arquivo ▸ Importar.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use File ▸ Import.</source>
        <translation>Ainda não há fotos. Solte fotos aqui ou use Arquivo ▸ Importar.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>No contacts yet. Drop vCards or a CSV file here, or use File ▸ Import.</source>
        <translation>Ainda não há contatos. Solte vCards ou um arquivo CSV aqui ou use Arquivo ▸ Importar.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>No key figures yet. Imported fact sheets bring their figures.</source>
        <translation>Ainda não há dados-chave. As fichas informativas importadas trazem os seus.</translation>
    </message>
    <message>
        <source>{name}: {count} listed</source>
        <translation>{name}: {count} na lista</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Buscar na biblioteca (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar na biblioteca</translation>
    </message>
    <message>
        <source>Nothing here matches the search or the filters.</source>
        <translation>Nada corresponde à busca ou aos filtros.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no kit to export yet.</source>
        <translation>Ainda não há kit para exportar.</translation>
    </message>
    <message>
        <source>Select a story in the library to review its import.</source>
        <translation>Selecione uma matéria na biblioteca para revisar a importação.</translation>
    </message>
    <message>
        <source>About mediakit</source>
        <translation>Sobre o mediakit</translation>
    </message>
    <message>
        <source>mediakit {version}: press kits, handouts and booklets from your library of stories, photos, contacts and key figures.</source>
        <translation>mediakit {version}: kits de imprensa, folhetos e livretos a partir da sua biblioteca de matérias, fotos, contatos e dados-chave.</translation>
    </message>
    <message>
        <source>Opening the library in {path}…</source>
        <translation>Abrindo a biblioteca em {path}…</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Kit de imprensa</translation>
    </message>
    <message>
        <source>Importing {count} files…</source>
        <translation>Importando {count} arquivos…</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or image to import.</source>
        <translation>A área de transferência não tem texto, página da web nem imagem para importar.</translation>
    </message>
    <message>
        <source>Importing what was pasted…</source>
        <translation>Importando o que foi colado…</translation>
    </message>
    <message>
        <source>Updated with changes made by another program.</source>
        <translation>Atualizado com alterações feitas por outro programa.</translation>
    </message>
    <message>
        <source> (with the demo kit)</source>
        <translation> (com o kit de demonstração)</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Biblioteca: {path}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>The preview could not be built. {reason}</source>
        <translation>Não foi possível gerar a pré-visualização. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>OfficesCommand</name>
    <message>
        <source>&amp;Offices…</source>
        <translation>Escri&amp;tórios…</translation>
    </message>
    <message>
        <source>The field offices each kit can be built for</source>
        <translation>Os escritórios de campo para os quais cada kit pode ser gerado</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <source>Offices</source>
        <translation>Escritórios</translation>
    </message>
    <message>
        <source>Each office gets its own edition of a kit: its contacts first, its city on the cover, in its language and on its paper (File ▸ Export…).</source>
        <translation>Cada escritório recebe sua própria edição de um kit: seus contatos primeiro, sua cidade na capa, no seu idioma e no seu papel (Arquivo ▸ Exportar…).</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Novo escritório</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Excluir escritório</translation>
    </message>
    <message>
        <source>Offices of the library</source>
        <translation>Escritórios da biblioteca</translation>
    </message>
</context>
<context>
    <name>Outside</name>
    <message>
        <source>process {pid}</source>
        <translation>processo {pid}</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>processo {pid} em {host}</translation>
    </message>
    <message>
        <source>This library is also open in another mediakit window ({where}). What is changed there shows here within a second; a change made here to something changed there is refused and reloaded, never lost.</source>
        <translation>Esta biblioteca também está aberta em outra janela do mediakit ({where}). O que for alterado lá aparece aqui em até um segundo; uma alteração feita aqui em algo alterado lá é recusada e recarregada, nunca perdida.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Type to find a photo by its caption or file name</source>
        <translation>Digite para encontrar uma foto pela legenda ou pelo nome do arquivo</translation>
    </message>
    <message>
        <source>Find a photo</source>
        <translation>Encontrar uma foto</translation>
    </message>
    <message>
        <source>Photos of the library</source>
        <translation>Fotos da biblioteca</translation>
    </message>
    <message>
        <source>No photo matches what you typed.</source>
        <translation>Nenhuma foto corresponde ao que você digitou.</translation>
    </message>
    <message>
        <source>Into the story:</source>
        <translation>Na matéria:</translation>
    </message>
</context>
<context>
    <name>Placing</name>
    <message>
        <source>Open a story in the editor to place a photo in it.</source>
        <translation>Abra uma matéria no editor para colocar uma foto nela.</translation>
    </message>
    <message>
        <source>Insert photo in “{story}”</source>
        <translation>Inserir foto em “{story}”</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserir</translation>
    </message>
    <message>
        <source>There is no kit with a gallery to move the photo to.</source>
        <translation>Não há nenhum kit com galeria para onde mover a foto.</translation>
    </message>
    <message>
        <source>Select the kit&apos;s gallery to move one of its photos into a story.</source>
        <translation>Selecione a galeria do kit para mover uma das fotos dela para uma matéria.</translation>
    </message>
    <message>
        <source>This kit has no story to move the photo into.</source>
        <translation>Este kit não tem nenhuma matéria para onde mover a foto.</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Mover foto para uma matéria</translation>
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
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>O mesmo do sistema ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; it changes as soon as you press OK. Each kit keeps its own language, set in the kit&apos;s settings.</source>
        <translation>O idioma dos menus, das caixas de diálogo e das mensagens; muda assim que você clica em OK. Cada kit mantém o próprio idioma, definido nas configurações do kit.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma da interface:</translation>
    </message>
</context>
<context>
    <name>PreflightPane</name>
    <message>
        <source>Preflight</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>Preflight runs with each preview build.</source>
        <translation>A verificação roda a cada pré-visualização.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erro</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erros</translation>
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
        <translation>Nada a corrigir: o kit está pronto.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Building…</source>
        <translation>Gerando…</translation>
    </message>
    <message>
        <source>Building… {percent} %</source>
        <translation>Gerando… {percent}%</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Não gerado</translation>
    </message>
    <message>
        <source>There is no kit to preview yet.</source>
        <translation>Ainda não há kit para pré-visualizar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Preview of the kit</source>
        <translation>Pré-visualização do kit</translation>
    </message>
    <message>
        <source>The preview of the kit appears here.</source>
        <translation>A pré-visualização do kit aparece aqui.</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>Não foi possível mostrar o PDF.</translation>
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
        <translation>Descarte</translation>
    </message>
    <message>
        <source>Kind label</source>
        <translation>Rótulo de tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Linha fina</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Local e data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Intertítulo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Contacts heading</source>
        <translation>Título dos contatos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Dado-chave</translation>
    </message>
    <message>
        <source>Figure source</source>
        <translation>Fonte do dado</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Nota de rodapé</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notas aos editores</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>Marca de fim</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texto institucional</translation>
    </message>
    <message>
        <source>Related story</source>
        <translation>Matéria relacionada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Marcadores</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to mediakit</source>
        <translation>Boas-vindas ao mediakit</translation>
    </message>
    <message>
        <source>This library holds a demo press kit: sample stories with their key figures and contacts, and empty photo slots where your pictures would go. Look around, change anything (Ctrl+Z undoes it), then start your own kit or import your press releases, photos and contact lists.</source>
        <translation>Esta biblioteca traz um kit de imprensa de demonstração: matérias de exemplo com seus dados-chave e contatos, e espaços vazios onde entrariam as suas fotos. Explore, altere o que quiser (Ctrl+Z desfaz) e depois comece o seu próprio kit ou importe seus comunicados, fotos e listas de contatos.</translation>
    </message>
    <message>
        <source>Start your own kit</source>
        <translation>Começar o seu kit</translation>
    </message>
    <message>
        <source>A new, empty kit in this library (Kit ▸ New kit)</source>
        <translation>Um kit novo e vazio nesta biblioteca (Kit ▸ Novo kit)</translation>
    </message>
    <message>
        <source>Import your files</source>
        <translation>Importar seus arquivos</translation>
    </message>
    <message>
        <source>Press releases, photos and contacts from your computer (File ▸ Import files)</source>
        <translation>Comunicados, fotos e contatos do seu computador (Arquivo ▸ Importar arquivos)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Hide this welcome; Help ▸ Welcome shows it again</source>
        <translation>Ocultar estas boas-vindas; Ajuda ▸ Boas-vindas mostra de novo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
</context>
</TS>
