"""What a kit bundle holds once read: plain model objects, not yet in any library."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.model.content import Story
from mediakit.model.kit import Kit
from mediakit.model.media import Photo
from mediakit.model.offices import Office
from mediakit.model.people import Contact, KeyFigure, OrgProfile

BUNDLE_FORMAT = "mediakit-bundle"
BUNDLE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Bundle:
    """Ids are the sender's; importing maps them to the receiving library's. `offices` are the
    sender's field offices (their contacts among `contacts`), so that a country office that
    imports the bundle builds its own edition; a bundle from before offices has none."""

    kit: Kit
    org: OrgProfile
    stories: tuple[Story, ...]
    photos: tuple[Photo, ...]
    contacts: tuple[Contact, ...]
    figures: tuple[KeyFigure, ...]
    offices: tuple[Office, ...] = ()
