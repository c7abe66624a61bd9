"""One module per source: parse -> model objects + notes; importers never write."""

from mediakit.importers.similarity import same_story
from mediakit.importers.text import ParsedDocument, parse_text, parse_text_file

__all__ = ["ParsedDocument", "parse_text", "parse_text_file", "same_story"]
