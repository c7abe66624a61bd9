"""The words the HTML twin says that the PDF never prints (table headers, a photo's fallback
description), in the kit's languages; anything else comes from the layout's own words
(`layout.kit_language`), so the two say the same thing."""

from __future__ import annotations

from mediakit.layout import kit_language

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "figure": "Figure",
        "what": "What it counts",
        "figures_caption": "Key figures, with their source and date",
        "period": "Period",
        "value": "Value",
        "name": "Name",
        "role": "Role",
        "email": "E-mail",
        "phone": "Phone",
        "place": "Place",
        "contacts_caption": "Press contacts",
        "photo": "Photo",
        "kit_photos": "{kit}: photos",
    },
    "es": {
        "figure": "Cifra",
        "what": "Qué cuenta",
        "figures_caption": "Cifras clave, con su fuente y fecha",
        "period": "Período",
        "value": "Valor",
        "name": "Nombre",
        "role": "Cargo",
        "email": "Correo electrónico",
        "phone": "Teléfono",
        "place": "Lugar",
        "contacts_caption": "Contactos de prensa",
        "photo": "Foto",
        "kit_photos": "{kit}: fotos",
    },
    "pt": {
        "figure": "Número",
        "what": "O que conta",
        "figures_caption": "Números-chave, com a sua fonte e data",
        "period": "Período",
        "value": "Valor",
        "name": "Nome",
        "role": "Função",
        "email": "E-mail",
        "phone": "Telefone",
        "place": "Local",
        "contacts_caption": "Contatos de imprensa",
        "photo": "Foto",
        "kit_photos": "{kit}: fotos",
    },
    "fr": {
        "figure": "Chiffre",
        "what": "Ce qu'il compte",
        "figures_caption": "Chiffres clés, avec leur source et leur date",
        "period": "Période",
        "value": "Valeur",
        "name": "Nom",
        "role": "Fonction",
        "email": "Courriel",
        "phone": "Téléphone",
        "place": "Lieu",
        "contacts_caption": "Contacts presse",
        "photo": "Photo",
        "kit_photos": "{kit} : photos",
    },
}


def word(language: str, key: str, **values: object) -> str:
    """The HTML twin's word for `key` in `language`, else the layout's, else English."""
    own = WORDS.get(language, WORDS["en"]).get(key) or WORDS["en"].get(key)
    if own is None:
        return kit_language.label(language, key, **values)
    return own.format(**values) if values else own
