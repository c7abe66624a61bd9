"""One module per source: parse -> model objects + notes; importers never write.

May import: model, imaging (and each format's own library; never ReportLab, never Qt).
"""

from mediakit.importers.files import PARSERS, parse_file
from mediakit.importers.similarity import same_story
from mediakit.importers.structure import Hint, Para, ParsedDocument, ParsedImage
from mediakit.importers.text import parse_text, parse_text_file

__all__ = [
    "PARSERS",
    "Hint",
    "Para",
    "ParsedDocument",
    "ParsedImage",
    "parse_file",
    "parse_text",
    "parse_text_file",
    "same_story",
]
