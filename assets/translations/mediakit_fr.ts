<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>&amp;Kit</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <source>Recent &amp;kits</source>
        <translation>&amp;Kits récents</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Start a new, empty library in a folder of your choice</source>
        <translation>Créer une bibliothèque vide dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open the library kept in another folder</source>
        <translation>Ouvrir la bibliothèque conservée dans un autre dossier</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Add documents, photos, vCards, CSV files or kit bundles to the library</source>
        <translation>Ajouter à la bibliothèque des documents, des photos, des vCards, des fichiers CSV ou des paquets de kit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the kit as a PDF, a photo pack or a bundle</source>
        <translation>Exporter le kit en PDF, en lot de photos ou en paquet complet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose the language of mediakit</source>
        <translation>Choisir la langue de mediakit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Refaire la modification</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>Ajouter au &amp;kit</translation>
    </message>
    <message>
        <source>Put the item selected in the library into the kit</source>
        <translation>Mettre dans le kit l’élément sélectionné dans la bibliothèque</translation>
    </message>
    <message>
        <source>Re&amp;view import…</source>
        <translation>Re&amp;voir l’importation…</translation>
    </message>
    <message>
        <source>See how the selected story was read from its document, and correct it</source>
        <translation>Voir comment l’article sélectionné a été lu dans son document, et le corriger</translation>
    </message>
    <message>
        <source>Re&amp;move section</source>
        <translation>Re&amp;tirer la section</translation>
    </message>
    <message>
        <source>Take the selected section out of the kit</source>
        <translation>Retirer du kit la section sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Kit settings</source>
        <translation>Para&amp;mètres du kit</translation>
    </message>
    <message>
        <source>Title, language, edition, paper and cover of the kit</source>
        <translation>Titre, langue, édition, papier et couverture du kit</translation>
    </message>
    <message>
        <source>&amp;Organisation profile</source>
        <translation>Profil de l’&amp;organisation</translation>
    </message>
    <message>
        <source>Logo, colours and boilerplate of your organisation</source>
        <translation>Logo, couleurs et texte de présentation de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>Rec&amp;hercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search stories, photos, contacts and key figures</source>
        <translation>Rechercher des articles, des photos, des contacts et des chiffres clés</translation>
    </message>
    <message>
        <source>Refresh &amp;preview</source>
        <translation>Actualiser l’&amp;aperçu</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Refaire l’aperçu</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Go to &amp;kit</source>
        <translation>Aller au &amp;kit</translation>
    </message>
    <message>
        <source>Go to &amp;editor</source>
        <translation>Aller à l’é&amp;diteur</translation>
    </message>
    <message>
        <source>Go to pre&amp;flight</source>
        <translation>Aller à la &amp;vérification</translation>
    </message>
    <message>
        <source>Go to pre&amp;view</source>
        <translation>Aller à l’a&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>What the demo kit is, and how to start your own</source>
        <translation>Ce qu’est le kit de démonstration, et comment créer le vôtre</translation>
    </message>
    <message>
        <source>&amp;About mediakit</source>
        <translation>À &amp;propos de mediakit</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Nouveau kit…</translation>
    </message>
    <message>
        <source>Start another kit from the same library</source>
        <translation>Créer un autre kit à partir de la même bibliothèque</translation>
    </message>
    <message>
        <source>New kit from &amp;selection…</source>
        <translation>Nouveau kit avec la &amp;sélection…</translation>
    </message>
    <message>
        <source>A new kit holding the stories and photos selected in the library</source>
        <translation>Un nouveau kit avec les articles et les photos sélectionnés dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Duplicate kit</source>
        <translation>&amp;Dupliquer le kit</translation>
    </message>
    <message>
        <source>A copy of this kit, to change on its own</source>
        <translation>Une copie de ce kit, à modifier séparément</translation>
    </message>
    <message>
        <source>&amp;Rename kit…</source>
        <translation>&amp;Renommer le kit…</translation>
    </message>
    <message>
        <source>Give this kit another name</source>
        <translation>Donner un autre nom à ce kit</translation>
    </message>
    <message>
        <source>De&amp;lete kit</source>
        <translation>Su&amp;pprimer le kit</translation>
    </message>
    <message>
        <source>Take this kit out of the library (its stories stay; Undo brings it back)</source>
        <translation>Retirer ce kit de la bibliothèque (ses articles restent&#xa0;; Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation>&amp;Monter la section</translation>
    </message>
    <message>
        <source>Move the selected section one place earlier</source>
        <translation>Monter d’un rang la section sélectionnée</translation>
    </message>
    <message>
        <source>Move section do&amp;wn</source>
        <translation>D&amp;escendre la section</translation>
    </message>
    <message>
        <source>Move the selected section one place later</source>
        <translation>Descendre d’un rang la section sélectionnée</translation>
    </message>
    <message>
        <source>New s&amp;tory</source>
        <translation>Nouvel &amp;article</translation>
    </message>
    <message>
        <source>A new story to type in the editor</source>
        <translation>Un nouvel article à saisir dans l’éditeur</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nouveau &amp;contact</translation>
    </message>
    <message>
        <source>A new press contact to fill in</source>
        <translation>Un nouveau contact presse à remplir</translation>
    </message>
    <message>
        <source>New key &amp;figure</source>
        <translation>Nouveau c&amp;hiffre clé</translation>
    </message>
    <message>
        <source>A new key figure, dated today: type its value, label and source</source>
        <translation>Un nouveau chiffre clé, daté d’aujourd’hui&#xa0;: saisissez sa valeur, son libellé et sa source</translation>
    </message>
    <message>
        <source>&amp;Insert photo…</source>
        <translation>&amp;Insérer une photo…</translation>
    </message>
    <message>
        <source>Place a library photo in the story being edited, after the paragraph the cursor is in</source>
        <translation>Placer une photo de la bibliothèque dans l’article en cours d’édition, après le paragraphe où se trouve le curseur</translation>
    </message>
    <message>
        <source>Move photo &amp;into story…</source>
        <translation>Déplacer la photo dans un &amp;article…</translation>
    </message>
    <message>
        <source>Take a photo out of the kit&apos;s gallery and put it at the end of a story</source>
        <translation>Retirer une photo de la galerie du kit et la mettre à la fin d’un article</translation>
    </message>
    <message>
        <source>&amp;Paste as new story</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <source>Import what was copied (a web page&apos;s text, any text or an image) as a new item</source>
        <translation>Importer ce qui a été copié (le texte d’une page web, un texte quelconque ou une image) comme nouvel élément</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The library&apos;s catalog is lost or damaged</source>
        <translation>Le catalogue de la bibliothèque est perdu ou endommagé</translation>
    </message>
    <message>
        <source>{problem}

Put back the last good backup, {backup}? The catalog as it is now is kept aside, not deleted.</source>
        <translation>{problem}

Restaurer la dernière bonne sauvegarde, {backup}&#xa0;? Le catalogue dans son état actuel est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>mediakit ran into a problem it did not expect. A report was written to {path}; please send it to whoever looks after mediakit for you.</source>
        <translation>mediakit a rencontré un problème inattendu. Un rapport a été enregistré dans {path}&#xa0;; veuillez l’envoyer à la personne qui s’occupe de mediakit pour vous.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>the kit holds no story</source>
        <translation>le kit ne contient aucun article</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is still “{name}”</source>
        <translation>le nom de l’organisation est toujours «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the organisation has no logo</source>
        <translation>l’organisation n’a pas de logo</translation>
    </message>
    <message>
        <source>the story is in {story}, the kit in {kit}</source>
        <translation>l’article est en {story}, le kit en {kit}</translation>
    </message>
    <message>
        <source>the story is under embargo until {moment}</source>
        <translation>l’article est sous embargo jusqu’au {moment}</translation>
    </message>
    <message>
        <source>the key figure has no source</source>
        <translation>le chiffre clé n’a pas de source</translation>
    </message>
    <message>
        <source>the key figure has no as-of date</source>
        <translation>le chiffre clé n’a pas de date de référence</translation>
    </message>
    <message>
        <source>the key figure is {age} months old (as of {date})</source>
        <translation>le chiffre clé date de {age} mois (au {date})</translation>
    </message>
    <message>
        <source>the contact has neither e-mail nor phone</source>
        <translation>le contact n’a ni courriel ni téléphone</translation>
    </message>
    <message>
        <source>the brand colour {colour} has a contrast of {ratio}:1 on white, below 4.5:1 for text</source>
        <translation>la couleur principale {colour} a un contraste de {ratio}:1 sur blanc, en dessous de 4,5:1 pour du texte</translation>
    </message>
    <message>
        <source>the {kind} contains {typed} that the kit&apos;s font cannot print; {shown}</source>
        <translation>{kind}&#xa0;: contient {typed}, que la police du kit ne peut pas imprimer&#xa0;; {shown}</translation>
    </message>
    <message>
        <source>it prints as {printed}</source>
        <translation>il s’imprime comme {printed}</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>il est omis</translation>
    </message>
    <message>
        <source>{char} prints as {printed}</source>
        <translation>{char} s’imprime comme {printed}</translation>
    </message>
    <message>
        <source>{char} is left out</source>
        <translation>{char} est omis</translation>
    </message>
    <message>
        <source>the photo slot has no image yet; it prints as a framed placeholder</source>
        <translation>l’emplacement photo n’a pas encore d’image&#xa0;; il s’imprime comme un cadre vide</translation>
    </message>
    <message>
        <source>the photo has no caption</source>
        <translation>la photo n’a pas de légende</translation>
    </message>
    <message>
        <source>the photo has no credit</source>
        <translation>la photo n’a pas de crédit</translation>
    </message>
    <message>
        <source>the photo has no alternative text</source>
        <translation>la photo n’a pas de texte alternatif</translation>
    </message>
    <message>
        <source>the photo prints at {ppi} ppi, below the {needed} ppi this edition needs</source>
        <translation>la photo s’imprime à {ppi} ppp, en dessous des {needed} ppp qu’exige cette édition</translation>
    </message>
    <message>
        <source>the photo shows a minor or a person at risk and has no written consent</source>
        <translation>la photo montre un mineur ou une personne à risque et n’a pas de consentement écrit</translation>
    </message>
    <message>
        <source>no consent is recorded for this photo</source>
        <translation>aucun consentement n’est enregistré pour cette photo</translation>
    </message>
    <message>
        <source>the consent covers {scope} use only, and this kit is for {use}</source>
        <translation>le consentement ne couvre que l’usage {scope}, et ce kit est destiné à l’usage {use}</translation>
    </message>
    <message>
        <source>the consent expired on {date}</source>
        <translation>le consentement a expiré le {date}</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its title and first paragraph, and may have {most}: shorten {parts}.</source>
        <translation>La fiche demande {pages} pages même avec seulement son titre et son premier paragraphe, et ne peut en avoir que {most}&#xa0;: raccourcissez {parts}.</translation>
    </message>
    <message>
        <source>The handout needs {pages} pages even with only its fixed parts, and may have {most}: shorten {parts}.</source>
        <translation>La fiche demande {pages} pages même avec seulement ses parties fixes, et ne peut en avoir que {most}&#xa0;: raccourcissez {parts}.</translation>
    </message>
    <message>
        <source>the title of “{title}”</source>
        <translation>le titre de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>the standfirst of “{title}”</source>
        <translation>le chapô de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>the photo’s caption</source>
        <translation>la légende de la photo</translation>
    </message>
    <message>
        <source>the key figure “{value}”</source>
        <translation>le chiffre clé «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>the contact details of {name}</source>
        <translation>les coordonnées de {name}</translation>
    </message>
    <message>
        <source>add a story from the library or import a press release</source>
        <translation>ajoutez un article de la bibliothèque ou importez un communiqué de presse</translation>
    </message>
    <message>
        <source>type your organisation&apos;s name in the organisation profile</source>
        <translation>saisissez le nom de votre organisation dans le profil de l’organisation</translation>
    </message>
    <message>
        <source>add your logo in the organisation profile</source>
        <translation>ajoutez votre logo dans le profil de l’organisation</translation>
    </message>
    <message>
        <source>add its translation or change the kit&apos;s language</source>
        <translation>ajoutez sa traduction ou changez la langue du kit</translation>
    </message>
    <message>
        <source>export with the EMBARGOED watermark, or wait until the embargo lifts</source>
        <translation>exportez avec le filigrane SOUS EMBARGO, ou attendez la levée de l’embargo</translation>
    </message>
    <message>
        <source>add where the number comes from</source>
        <translation>indiquez d’où vient le chiffre</translation>
    </message>
    <message>
        <source>add the date the number refers to</source>
        <translation>ajoutez la date à laquelle le chiffre se rapporte</translation>
    </message>
    <message>
        <source>check for a newer number or keep it knowingly</source>
        <translation>cherchez un chiffre plus récent ou gardez-le en connaissance de cause</translation>
    </message>
    <message>
        <source>add an e-mail address or a phone number</source>
        <translation>ajoutez une adresse de courriel ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>cut the opening, the figures or the contact block</source>
        <translation>coupez l’ouverture, les chiffres ou le bloc de contact</translation>
    </message>
    <message>
        <source>choose a darker brand colour for text</source>
        <translation>choisissez une couleur principale plus foncée pour le texte</translation>
    </message>
    <message>
        <source>type it in words or with characters the font has, or keep it knowingly</source>
        <translation>écrivez-le en toutes lettres ou avec des caractères de la police, ou gardez-le en connaissance de cause</translation>
    </message>
    <message>
        <source>attach the image when it arrives</source>
        <translation>joignez l’image quand elle arrivera</translation>
    </message>
    <message>
        <source>write a caption</source>
        <translation>écrivez une légende</translation>
    </message>
    <message>
        <source>add the photographer&apos;s credit</source>
        <translation>ajoutez le crédit du photographe</translation>
    </message>
    <message>
        <source>describe the image for readers who cannot see it (its alt text)</source>
        <translation>décrivez l’image pour les personnes qui ne peuvent pas la voir (son texte alternatif)</translation>
    </message>
    <message>
        <source>use a larger original, or place it smaller</source>
        <translation>utilisez un original plus grand, ou placez-la plus petite</translation>
    </message>
    <message>
        <source>record written consent, blur the faces, or take the photo out</source>
        <translation>enregistrez un consentement écrit, floutez les visages ou retirez la photo</translation>
    </message>
    <message>
        <source>record the consent you have (verbal or written)</source>
        <translation>enregistrez le consentement que vous avez (oral ou écrit)</translation>
    </message>
    <message>
        <source>ask for wider consent or take the photo out</source>
        <translation>demandez un consentement plus large ou retirez la photo</translation>
    </message>
    <message>
        <source>renew the consent or take the photo out</source>
        <translation>renouvelez le consentement ou retirez la photo</translation>
    </message>
    <message>
        <source>print</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>story</source>
        <translation>article</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>org</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what}; nothing was added</source>
        <translation>{what}&#xa0;; rien n’a été ajouté</translation>
    </message>
    <message>
        <source>already in the library as photo {id} (“{title}”)</source>
        <translation>déjà dans la bibliothèque comme photo {id} («&#xa0;{title}&#xa0;»)</translation>
    </message>
    <message>
        <source>already in the library as photo {id}</source>
        <translation>déjà dans la bibliothèque comme photo {id}</translation>
    </message>
    <message>
        <source>same as story “{title}”</source>
        <translation>identique à l’article «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>same as story {id}</source>
        <translation>identique à l’article {id}</translation>
    </message>
    <message>
        <source>added {what}; {translation}</source>
        <translation>ajouté&#xa0;: {what}&#xa0;; {translation}</translation>
    </message>
    <message>
        <source>updated {what}; {translation}</source>
        <translation>mis à jour&#xa0;: {what}&#xa0;; {translation}</translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>ajouté&#xa0;: {what}</translation>
    </message>
    <message>
        <source>updated {what}</source>
        <translation>mis à jour&#xa0;: {what}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>story “{title}”</source>
        <translation>article «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>story {id}</source>
        <translation>article {id}</translation>
    </message>
    <message>
        <source>kit {id}</source>
        <translation>kit {id}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>1 key figure</source>
        <translation>1 chiffre clé</translation>
    </message>
    <message>
        <source>{count} key figures</source>
        <translation>{count} chiffres clés</translation>
    </message>
    <message>
        <source>linked as the {language} translation of “{title}”</source>
        <translation>liée comme traduction en {language} de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>photo “{name}” has no caption yet; add one</source>
        <translation>la photo «&#xa0;{name}&#xa0;» n’a pas encore de légende&#xa0;; ajoutez-en une</translation>
    </message>
    <message>
        <source>filled the empty photo slot {id} (“{caption}”)</source>
        <translation>l’emplacement photo vide {id} a été rempli («&#xa0;{caption}&#xa0;»)</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was saved</source>
        <translation>l’exportation a été annulée&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the kit has no photos with an image yet; nothing to pack</source>
        <translation>le kit n’a encore aucune photo avec une image&#xa0;; rien à regrouper</translation>
    </message>
</context>
<context>
    <name>EachGroup</name>
    <message>
        <source>One PDF for each</source>
        <translation>Un PDF pour chaque</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Language (English, Spanish, Portuguese, French)</source>
        <translation>Langue (anglais, espagnol, portugais, français)</translation>
    </message>
    <message>
        <source>Paper (A4, US Letter)</source>
        <translation>Papier (A4, Lettre US)</translation>
    </message>
    <message>
        <source>Edition (press kit, handout, booklet)</source>
        <translation>Édition (kit de presse, feuillet, livret)</translation>
    </message>
    <message>
        <source>Export each</source>
        <translation>Exporter chacun</translation>
    </message>
    <message>
        <source>The PDFs go into the folder of “Save as”, each named for what it is</source>
        <translation>Les PDF vont dans le dossier de « Enregistrer sous », chacun nommé d’après ce qu’il est</translation>
    </message>
    <message>
        <source>Export for this office</source>
        <translation>Exporter pour ce bureau</translation>
    </message>
    <message>
        <source>Its contacts first, its city on the cover, its language and paper</source>
        <translation>Ses contacts d’abord, sa ville en couverture, sa langue et son papier</translation>
    </message>
    <message>
        <source>Tick what to make one PDF for each of.</source>
        <translation>Cochez ce pour quoi faire un PDF chacun.</translation>
    </message>
    <message>
        <source>Add an office first: Kit ▸ Offices…</source>
        <translation>Ajoutez d’abord un bureau : Kit ▸ Bureaux…</translation>
    </message>
    <message>
        <source>Building the PDFs…</source>
        <translation>Création des PDF…</translation>
    </message>
    <message>
        <source>Cancelled: the PDFs written before stay, each whole.</source>
        <translation>Annulé : les PDF déjà écrits restent, chacun complet.</translation>
    </message>
    <message>
        <source>Wrote {written} of 1 PDF.</source>
        <translation>{written} PDF écrit sur 1.</translation>
    </message>
    <message>
        <source>Wrote {written} of {count} PDFs.</source>
        <translation>{written} PDF écrits sur {count}.</translation>
    </message>
    <message>
        <source>Preflight stopped {names}: see the preflight list.</source>
        <translation>La vérification a arrêté {names} : voir la liste de vérification.</translation>
    </message>
    <message>
        <source>No offices yet (Kit ▸ Offices…)</source>
        <translation>Aucun bureau pour l’instant (Kit ▸ Bureaux…)</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Story</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Paramètres du kit</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Select a story, photo, contact or key figure to edit it here.</source>
        <translation>Sélectionnez un article, une photo, un contact ou un chiffre clé pour le modifier ici.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Définir le logo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The PDF builder is missing from this installation of mediakit.</source>
        <translation>Le générateur de PDF manque dans cette installation de mediakit.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Une erreur s’est produite ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “{kit}”</source>
        <translation>Exporter «&#xa0;{kit}&#xa0;»</translation>
    </message>
    <message>
        <source>Choose where to save the web page.</source>
        <translation>Choisissez où enregistrer la page web.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <source>Writing the web page…</source>
        <translation>Écriture de la page web…</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Packing the photos…</source>
        <translation>Regroupement des photos…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save the web page as</source>
        <translation>Enregistrer la page web sous</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>The web page was not saved: one problem must be fixed first ({first}).</source>
        <translation>La page web n’a pas été enregistrée : un problème doit d’abord être corrigé ({first}).</translation>
    </message>
    <message>
        <source>The web page was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>La page web n’a pas été enregistrée : {count} problèmes doivent d’abord être corrigés ({first}).</translation>
    </message>
    <message>
        <source>The PDF was not saved: one problem must be fixed first ({first}).</source>
        <translation>Le PDF n’a pas été enregistré&#xa0;: un problème doit d’abord être corrigé ({first}).</translation>
    </message>
    <message>
        <source>The PDF was not saved: {count} problems must be fixed first ({first}).</source>
        <translation>Le PDF n’a pas été enregistré&#xa0;: {count} problèmes doivent d’abord être corrigés ({first}).</translation>
    </message>
    <message>
        <source>See the preflight list.</source>
        <translation>Voir la liste de vérification.</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Ouvrir la page web</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Grayscale (for black-and-white printers)</source>
        <translation>Niveaux de gris (pour les imprimantes noir et blanc)</translation>
    </message>
    <message>
        <source>For the printer (photos at 300 ppi)</source>
        <translation>Pour l’imprimeur (photos à 300 ppp)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>EMBARGOED until the latest embargo</source>
        <translation>SOUS EMBARGO jusqu’au dernier embargo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export marked DRAFT</source>
        <translation>Exporter avec la mention BROUILLON</translation>
    </message>
    <message>
        <source>Photo pack…</source>
        <translation>Lot de photos…</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Paquet complet…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>Langue du kit</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Watermark:</source>
        <translation>Filigrane&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
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
        <translation>Page web (HTML accessible)</translation>
    </message>
    <message>
        <source>Export web page</source>
        <translation>Exporter la page web</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Photo slot {id}</source>
        <translation>Emplacement photo {id}</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <source>Media officer</source>
        <translation>Chargée de communication</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l’organisme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Edit e-mail</source>
        <translation>Modifier le courriel</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>Modifier les téléphones</translation>
    </message>
    <message>
        <source>+51 1 234 5678, +51 987 654 321</source>
        <translation>+509 2811 1234, +509 3701 2345</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Modifier la ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Edit country</source>
        <translation>Modifier le pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>Modifier les langues</translation>
    </message>
    <message>
        <source>en, es</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
    <message>
        <source>A colour is written as # and six hex digits, like #0033A0.</source>
        <translation>Une couleur s’écrit avec # et six chiffres hexadécimaux, par exemple #0033A0.</translation>
    </message>
    <message>
        <source>Write the date as year and month, like 2024-06.</source>
        <translation>Écrivez la date sous forme d’année et de mois, par exemple 2024-06.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>6.1 million</source>
        <translation>6,1 millions</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date du chiffre</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Modifier la date</translation>
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
        <translation>Modifier la série</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Renommer le kit</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Modifier le sous-titre</translation>
    </message>
    <message>
        <source>Kit language</source>
        <translation>Langue du kit</translation>
    </message>
    <message>
        <source>Change kit language</source>
        <translation>Changer la langue du kit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Edit kit date</source>
        <translation>Modifier la date du kit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Edit kit place</source>
        <translation>Modifier le lieu du kit</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>Photo de couverture</translation>
    </message>
    <message>
        <source>Change cover photo</source>
        <translation>Changer la photo de couverture</translation>
    </message>
    <message>
        <source>Edition and paper</source>
        <translation>Édition et papier</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Change edition</source>
        <translation>Changer l’édition</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Changer le papier</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Change grayscale</source>
        <translation>Changer les niveaux de gris</translation>
    </message>
    <message>
        <source>Print-ready (300 ppi photos)</source>
        <translation>Prêt pour l’imprimeur (photos à 300 ppp)</translation>
    </message>
    <message>
        <source>Change print-ready</source>
        <translation>Changer «&#xa0;prêt pour l’imprimeur&#xa0;»</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>Change watermark</source>
        <translation>Changer le filigrane</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
    </message>
    <message>
        <source>Clear blurred regions</source>
        <translation>Retirer les zones floutées</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>Modifier le crédit</translation>
    </message>
    <message>
        <source>IOM/Jane Doe</source>
        <translation>OIM/Marie Dupont</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>Modifier le texte alternatif</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>Edit photo date</source>
        <translation>Modifier la date de la photo</translation>
    </message>
    <message>
        <source>Edit photo place</source>
        <translation>Modifier le lieu de la photo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Changer le consentement</translation>
    </message>
    <message>
        <source>For use in</source>
        <translation>Utilisable pour</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Shows a minor or a person at risk</source>
        <translation>Montre un mineur ou une personne à risque</translation>
    </message>
    <message>
        <source>Change at-risk flag</source>
        <translation>Changer la mention «&#xa0;à risque&#xa0;»</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <source>Drag a box over a face to blur it in every PDF, photo pack and bundle.</source>
        <translation>Tracez un cadre sur un visage pour le flouter dans chaque PDF, lot de photos et paquet complet.</translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation>Remplacer l’image…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>No image yet. Drop the photo file here, or use Attach image.</source>
        <translation>Pas encore d’image. Déposez ici le fichier de la photo, ou utilisez Joindre une image.</translation>
    </message>
    <message>
        <source>Blur a region</source>
        <translation>Flouter une zone</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Edit organisation name</source>
        <translation>Modifier le nom de l’organisation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Edit short name</source>
        <translation>Modifier le sigle</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Edit website</source>
        <translation>Modifier le site web</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texte de présentation</translation>
    </message>
    <message>
        <source>Edit boilerplate</source>
        <translation>Modifier le texte de présentation</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Change brand colour</source>
        <translation>Changer la couleur principale</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>Change accent colour</source>
        <translation>Changer la couleur d’accent</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Changer le thème</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>No logo yet. Drop the image file here.</source>
        <translation>Pas encore de logo. Déposez ici le fichier image.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove the selected point</source>
        <translation>Retirer le point sélectionné</translation>
    </message>
    <message>
        <source>Write the embargo as a date and time with its zone, like 2025-03-01T09:00+01:00.</source>
        <translation>Écrivez l’embargo sous forme de date et d’heure avec le fuseau, par exemple 2025-03-01T09:00-05:00.</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change story kind</source>
        <translation>Changer le type d’article</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Change story language</source>
        <translation>Changer la langue de l’article</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Edit standfirst</source>
        <translation>Modifier le chapô</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lieu de l’article</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Modifier le lieu et la date</translation>
    </message>
    <message>
        <source>Lima, Peru</source>
        <translation>Port-au-Prince, Haïti</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Date de l’article</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Edit story text</source>
        <translation>Modifier le texte de l’article</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>health, migration</source>
        <translation>santé, migrations</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>Modifier l’embargo</translation>
    </message>
    <message>
        <source>e.g. 2025-03-01T09:00+01:00</source>
        <translation>ex.&#xa0;: 2025-03-01T09:00-05:00</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos&#xa0;:</translation>
    </message>
    <message>
        <source>Photos in this story</source>
        <translation>Photos de cet article</translation>
    </message>
    <message>
        <source>Insert photo… (Ctrl+Alt+P) places a library photo after the paragraph the cursor is in; you can also drop a photo from the library on a paragraph.</source>
        <translation>Insérer une photo… (Ctrl+Alt+P) place une photo de la bibliothèque après le paragraphe où se trouve le curseur&#xa0;; vous pouvez aussi déposer une photo de la bibliothèque sur un paragraphe.</translation>
    </message>
    <message>
        <source>Move to gallery</source>
        <translation>Déplacer vers la galerie</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Retirer de l’article</translation>
    </message>
    <message>
        <source>Take the photo out of the story</source>
        <translation>Retirer la photo de l’article</translation>
    </message>
    <message>
        <source>No photos in this story yet.</source>
        <translation>Cet article n’a pas encore de photo.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Shown on the cover of its edition</source>
        <translation>Affichée sur la couverture de son édition</translation>
    </message>
    <message>
        <source>Language of its kits</source>
        <translation>Langue de ses kits</translation>
    </message>
    <message>
        <source>Change the office&apos;s language</source>
        <translation>Changer la langue du bureau</translation>
    </message>
    <message>
        <source>Change the office&apos;s paper</source>
        <translation>Changer le papier du bureau</translation>
    </message>
    <message>
        <source>Contacts (first to call first)</source>
        <translation>Contacts (le premier à appeler en premier)</translation>
    </message>
    <message>
        <source>Change the office&apos;s contacts</source>
        <translation>Changer les contacts du bureau</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Edit kit</source>
        <translation>Modifier le kit</translation>
    </message>
    <message>
        <source>Edit organisation profile</source>
        <translation>Modifier le profil de l’organisation</translation>
    </message>
    <message>
        <source>Correct import</source>
        <translation>Corriger l’importation</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>Insérer une photo</translation>
    </message>
    <message>
        <source>Move photo to gallery</source>
        <translation>Déplacer la photo vers la galerie</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Déplacer la photo dans un article</translation>
    </message>
    <message>
        <source>Remove photo from story</source>
        <translation>Retirer la photo de l’article</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Review import…</source>
        <translation>Revoir l’importation…</translation>
    </message>
    <message>
        <source>See each line of the document with the role it was given</source>
        <translation>Voir chaque ligne du document avec le rôle qui lui a été donné</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the item in the library and the editor</source>
        <translation>Afficher l’élément dans la bibliothèque et dans l’éditeur</translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation>1 fichier importé</translation>
    </message>
    <message>
        <source>{count} files imported</source>
        <translation>{count} fichiers importés</translation>
    </message>
    <message>
        <source>1 already in the library</source>
        <translation>1 déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>{count} already in the library</source>
        <translation>{count} déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation>1 refusé</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} refusés</translation>
    </message>
    <message>
        <source>1 not imported (cancelled)</source>
        <translation>1 non importé (annulé)</translation>
    </message>
    <message>
        <source>{count} not imported (cancelled)</source>
        <translation>{count} non importés (annulés)</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Review import</source>
        <translation>Revoir l’importation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Line of the document</source>
        <translation>Ligne du document</translation>
    </message>
    <message>
        <source>Lines of the document</source>
        <translation>Lignes du document</translation>
    </message>
    <message>
        <source>The story as these lines make it</source>
        <translation>L’article tel que ces lignes le composent</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lecture du document…</translation>
    </message>
    <message>
        <source>This story is no longer in the library, or was not imported from a document.</source>
        <translation>Cet article n’est plus dans la bibliothèque, ou n’a pas été importé d’un document.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — each line with the role it was given. Right-click a line, or press its key (J junk, T title, B body, S subhead, C caption, K contact, F key figure…), to give it another role; the story on the right follows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chaque ligne avec le rôle qui lui a été donné. Faites un clic droit sur une ligne, ou appuyez sur sa touche (J rebut, T titre, B corps, S intertitre, C légende, K contact, F chiffre clé…), pour lui donner un autre rôle&#xa0;; l’article à droite suit.</translation>
    </message>
    <message>
        <source>Line {number}: {role} — {reason}</source>
        <translation>Ligne {number}&#xa0;: {role} — {reason}</translation>
    </message>
    <message>
        <source>you gave it this role</source>
        <translation>vous lui avez donné ce rôle</translation>
    </message>
    <message>
        <source>Embargoed until {moment}</source>
        <translation>Sous embargo jusqu’au {moment}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Photo slot (no image yet)</source>
        <translation>Emplacement photo (pas encore d’image)</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contacts trouvés</translation>
    </message>
    <message>
        <source>Key figures found</source>
        <translation>Chiffres clés trouvés</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>À propos (texte de présentation)</translation>
    </message>
</context>
<context>
    <name>KitList</name>
    <message>
        <source>Kits of the library</source>
        <translation>Kits de la bibliothèque</translation>
    </message>
    <message>
        <source>The kit shown; the Kit menu makes, renames and deletes kits</source>
        <translation>Le kit affiché&#xa0;; le menu Kit crée, renomme et supprime les kits</translation>
    </message>
    <message>
        <source>Name of the new kit:</source>
        <translation>Nom du nouveau kit&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new kit with {stories} stories and {photos} photos:</source>
        <translation>Nom du nouveau kit avec {stories} articles et {photos} photos&#xa0;:</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>Nouveau kit</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>Renommer le kit</translation>
    </message>
    <message>
        <source>New name of the kit:</source>
        <translation>Nouveau nom du kit&#xa0;:</translation>
    </message>
    <message>
        <source>No other kits yet</source>
        <translation>Pas encore d’autres kits</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <source>This library has no kit yet.</source>
        <translation>Cette bibliothèque n’a pas encore de kit.</translation>
    </message>
    <message>
        <source>Add {noun} to the kit</source>
        <translation>Ajouter au kit ({noun})</translation>
    </message>
    <message>
        <source>Kit settings</source>
        <translation>Paramètres du kit</translation>
    </message>
    <message>
        <source>Sections of the kit</source>
        <translation>Sections du kit</translation>
    </message>
    <message>
        <source>Drag sections to change their order; drop stories, photos, figures or contacts from the library to add them; Delete takes a section out.</source>
        <translation>Faites glisser les sections pour changer leur ordre&#xa0;; déposez des articles, des photos, des chiffres ou des contacts de la bibliothèque pour les ajouter&#xa0;; Suppr retire une section.</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>This kit has no sections. Double-click a story in the library to add one.</source>
        <translation>Ce kit n’a aucune section. Double-cliquez sur un article de la bibliothèque pour l’ajouter.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>Galerie de photos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>Quatrième de couverture</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>Avis aux médias</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Reportage</translation>
    </message>
    <message>
        <source>Photo story</source>
        <translation>Reportage photo</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Fiche d’information</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Rapport de situation</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Qui sommes-nous</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Kit de presse</translation>
    </message>
    <message>
        <source>Handout (two pages)</source>
        <translation>Fiche (deux pages)</translation>
    </message>
    <message>
        <source>Booklet (folded A5)</source>
        <translation>Livret (A5 plié)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Print and web</source>
        <translation>Imprimé et web</translation>
    </message>
    <message>
        <source>Print only</source>
        <translation>Imprimé uniquement</translation>
    </message>
    <message>
        <source>Web only</source>
        <translation>Web uniquement</translation>
    </message>
    <message>
        <source>No city given</source>
        <translation>Ville non indiquée</translation>
    </message>
    <message>
        <source>{name}: (missing from the library)</source>
        <translation>{name}&#xa0;: (absent de la bibliothèque)</translation>
    </message>
    <message>
        <source>{name}: {titles}</source>
        <translation>{name}&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>About {org}</source>
        <translation>À propos de {org}</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Translation of: “{title}”</source>
        <translation>Traduction de&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Translations: {languages}</source>
        <translation>Traductions&#xa0;: {languages}</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Pas encore de légende</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <source>No image yet: drop the file here or use Attach image</source>
        <translation>Pas encore d’image&#xa0;: déposez le fichier ici ou utilisez Joindre une image</translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation>Crédit&#xa0;: {credit}</translation>
    </message>
    <message>
        <source>{noun} “{label}”</source>
        <translation>{noun} «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translation>{item}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>With an image</source>
        <translation>Avec une image</translation>
    </message>
    <message>
        <source>Still without an image</source>
        <translation>Encore sans image</translation>
    </message>
    <message>
        <source>No cover photo</source>
        <translation>Pas de photo de couverture</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new library</source>
        <translation>Choisissez un dossier vide pour la nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Documents, photos, contacts and bundles ({patterns});;All files (*)</source>
        <translation>Documents, photos, contacts et paquets ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Aucune bibliothèque récente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Open &amp;recent library</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
</context>
<context>
    <name>LibraryFilter</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kind of story</source>
        <translation>Type d’article</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show only some stories and photos</source>
        <translation>N’afficher que certains articles et photos</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>No stories yet. Drop documents here, or use File ▸ Import.</source>
        <translation>Pas encore d’articles. Déposez des documents ici, ou utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use File ▸ Import.</source>
        <translation>Pas encore de photos. Déposez des photos ici, ou utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet. Drop vCards or a CSV file here, or use File ▸ Import.</source>
        <translation>Pas encore de contacts. Déposez des vCards ou un fichier CSV ici, ou utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>No key figures yet. Imported fact sheets bring their figures.</source>
        <translation>Pas encore de chiffres clés. Les fiches d’information importées apportent les leurs.</translation>
    </message>
    <message>
        <source>{name}: {count} listed</source>
        <translation>{name}&#xa0;: {count} dans la liste</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Nothing here matches the search or the filters.</source>
        <translation>Rien ne correspond à la recherche ou aux filtres.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no kit to export yet.</source>
        <translation>Il n’y a pas encore de kit à exporter.</translation>
    </message>
    <message>
        <source>Select a story in the library to review its import.</source>
        <translation>Sélectionnez un article dans la bibliothèque pour revoir son importation.</translation>
    </message>
    <message>
        <source>About mediakit</source>
        <translation>À propos de mediakit</translation>
    </message>
    <message>
        <source>mediakit {version}: press kits, handouts and booklets from your library of stories, photos, contacts and key figures.</source>
        <translation>mediakit {version}&#xa0;: kits de presse, fiches et livrets à partir de votre bibliothèque d’articles, de photos, de contacts et de chiffres clés.</translation>
    </message>
    <message>
        <source>Opening the library in {path}…</source>
        <translation>Ouverture de la bibliothèque dans {path}…</translation>
    </message>
    <message>
        <source>Press kit</source>
        <translation>Kit de presse</translation>
    </message>
    <message>
        <source>Importing {count} files…</source>
        <translation>Importation de {count} fichiers…</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or image to import.</source>
        <translation>Le presse-papiers ne contient ni texte, ni page web, ni image à importer.</translation>
    </message>
    <message>
        <source>Importing what was pasted…</source>
        <translation>Importation de ce qui a été collé…</translation>
    </message>
    <message>
        <source>Updated with changes made by another program.</source>
        <translation>Mis à jour avec les modifications faites par un autre programme.</translation>
    </message>
    <message>
        <source> (with the demo kit)</source>
        <translation> (avec le kit de démonstration)</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Bibliothèque&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>The preview could not be built. {reason}</source>
        <translation>Impossible de créer l’aperçu. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>OfficesCommand</name>
    <message>
        <source>&amp;Offices…</source>
        <translation>B&amp;ureaux…</translation>
    </message>
    <message>
        <source>The field offices each kit can be built for</source>
        <translation>Les bureaux de terrain pour lesquels chaque kit peut être créé</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Each office gets its own edition of a kit: its contacts first, its city on the cover, in its language and on its paper (File ▸ Export…).</source>
        <translation>Chaque bureau reçoit sa propre édition d’un kit : ses contacts d’abord, sa ville en couverture, dans sa langue et sur son papier (Fichier ▸ Exporter…).</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Supprimer le bureau</translation>
    </message>
    <message>
        <source>Offices of the library</source>
        <translation>Bureaux de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>Outside</name>
    <message>
        <source>process {pid}</source>
        <translation>processus {pid}</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>processus {pid} sur {host}</translation>
    </message>
    <message>
        <source>This library is also open in another mediakit window ({where}). What is changed there shows here within a second; a change made here to something changed there is refused and reloaded, never lost.</source>
        <translation>Cette bibliothèque est aussi ouverte dans une autre fenêtre de mediakit ({where}). Ce qui y est modifié apparaît ici en moins d’une seconde&#xa0;; une modification faite ici sur un élément modifié là-bas est refusée et rechargée, jamais perdue.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Type to find a photo by its caption or file name</source>
        <translation>Tapez pour trouver une photo par sa légende ou son nom de fichier</translation>
    </message>
    <message>
        <source>Find a photo</source>
        <translation>Trouver une photo</translation>
    </message>
    <message>
        <source>Photos of the library</source>
        <translation>Photos de la bibliothèque</translation>
    </message>
    <message>
        <source>No photo matches what you typed.</source>
        <translation>Aucune photo ne correspond à ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>Into the story:</source>
        <translation>Dans l’article&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Placing</name>
    <message>
        <source>Open a story in the editor to place a photo in it.</source>
        <translation>Ouvrez un article dans l’éditeur pour y placer une photo.</translation>
    </message>
    <message>
        <source>Insert photo in “{story}”</source>
        <translation>Insérer une photo dans «&#xa0;{story}&#xa0;»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>There is no kit with a gallery to move the photo to.</source>
        <translation>Aucun kit n’a de galerie où déplacer la photo.</translation>
    </message>
    <message>
        <source>Select the kit&apos;s gallery to move one of its photos into a story.</source>
        <translation>Sélectionnez la galerie du kit pour déplacer une de ses photos dans un article.</translation>
    </message>
    <message>
        <source>This kit has no story to move the photo into.</source>
        <translation>Ce kit n’a aucun article où déplacer la photo.</translation>
    </message>
    <message>
        <source>Move photo into story</source>
        <translation>Déplacer la photo dans un article</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; it changes as soon as you press OK. Each kit keeps its own language, set in the kit&apos;s settings.</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages&#xa0;; elle change dès que vous cliquez sur OK. Chaque kit garde sa propre langue, définie dans les paramètres du kit.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreflightPane</name>
    <message>
        <source>Preflight</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>Preflight runs with each preview build.</source>
        <translation>La vérification se fait à chaque aperçu.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>Nothing to fix: the kit is ready.</source>
        <translation>Rien à corriger&#xa0;: le kit est prêt.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Building…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Building… {percent} %</source>
        <translation>Création… {percent} %</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Pas encore créé</translation>
    </message>
    <message>
        <source>There is no kit to preview yet.</source>
        <translation>Il n’y a pas encore de kit à prévisualiser.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the kit</source>
        <translation>Aperçu du kit</translation>
    </message>
    <message>
        <source>The preview of the kit appears here.</source>
        <translation>L’aperçu du kit s’affiche ici.</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>Impossible d’afficher le PDF.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Junk</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <source>Kind label</source>
        <translation>Mention du type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Contacts heading</source>
        <translation>Titre des contacts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Figure source</source>
        <translation>Source du chiffre</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notes aux rédactions</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>Marque de fin</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texte de présentation</translation>
    </message>
    <message>
        <source>Related story</source>
        <translation>Article lié</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to mediakit</source>
        <translation>Bienvenue dans mediakit</translation>
    </message>
    <message>
        <source>This library holds a demo press kit: sample stories with their key figures and contacts, and empty photo slots where your pictures would go. Look around, change anything (Ctrl+Z undoes it), then start your own kit or import your press releases, photos and contact lists.</source>
        <translation>Cette bibliothèque contient un kit de presse de démonstration&#xa0;: des articles d’exemple avec leurs chiffres clés et leurs contacts, et des emplacements photo vides où iraient vos images. Explorez, modifiez ce que vous voulez (Ctrl+Z l’annule), puis créez votre propre kit ou importez vos communiqués, photos et listes de contacts.</translation>
    </message>
    <message>
        <source>Start your own kit</source>
        <translation>Créer votre kit</translation>
    </message>
    <message>
        <source>A new, empty kit in this library (Kit ▸ New kit)</source>
        <translation>Un nouveau kit vide dans cette bibliothèque (Kit ▸ Nouveau kit)</translation>
    </message>
    <message>
        <source>Import your files</source>
        <translation>Importer vos fichiers</translation>
    </message>
    <message>
        <source>Press releases, photos and contacts from your computer (File ▸ Import files)</source>
        <translation>Communiqués, photos et contacts de votre ordinateur (Fichier ▸ Importer des fichiers)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this welcome; Help ▸ Welcome shows it again</source>
        <translation>Masquer cet accueil&#xa0;; Aide ▸ Bienvenue l’affiche à nouveau</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
</TS>
