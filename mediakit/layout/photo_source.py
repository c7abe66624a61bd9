"""How a build asks for a photo: the one callable the layout is handed besides the kit.

Its own module, without ReportLab, so that the package's `__init__` and the layout's modules
can all name it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from mediakit.imaging import RenditionSpec

# (media_hash, spec) -> a clean JPEG of the photo, already free of metadata. A build asks for
# each photo's bytes when it draws it. A source may also have a `start(media_hash, spec)`
# method: the layout calls it as soon as it places the photo, so that the rendition can be
# made meanwhile (exporters.renditions.Renditions makes them on every core).
PhotoSource = Callable[[str, RenditionSpec], bytes]
