"""What an edit says it changed: the items it knows it touched (so a pane updates those rows
only), or a whole kind when it cannot say which (an import)."""

from __future__ import annotations

from PIL import Image

from mediakit.edits import Changes, History, ImportDocument, attach_image, set_photo_text
from mediakit.importers import parse_text
from mediakit.library import queries
from mediakit.model import ItemKind, Photo


def test_a_caption_edit_and_its_undo_name_the_one_photo(demo_library):
    history = History(demo_library.catalog)
    photo = queries.all_of(demo_library.db, Photo)[0]
    changes = set_photo_text(history, photo=photo, caption="Nurses at the border")
    assert changes.ids_of(ItemKind.PHOTO) == {photo.id}
    assert changes.ids_of(ItemKind.STORY) == frozenset()
    assert history.undo().ids_of(ItemKind.PHOTO) == {photo.id}
    assert history.redo().ids_of(ItemKind.PHOTO) == {photo.id}


def test_attaching_an_image_says_which_photo_changed(demo_library, tmp_path):
    history = History(demo_library.catalog)
    slot = next(p for p in queries.all_of(demo_library.db, Photo) if not p.has_image)
    picture = tmp_path / "clinic.jpg"
    Image.new("RGB", (900, 600), "#3a7bd5").save(picture, "JPEG")
    changes = attach_image(history, media=demo_library.media, photo=slot, path=picture)
    assert changes.ids_of(ItemKind.PHOTO) == {slot.id}
    assert queries.one_of(demo_library.db, Photo, slot.id).width == 900
    assert history.undo().ids_of(ItemKind.PHOTO) == {slot.id}


def test_an_import_touches_whole_kinds(empty_library):
    history = History(empty_library.catalog)
    document = parse_text("A clinic opens\n\nCúcuta, Colombia – It opened.\n", name="c.txt")
    changes = history.do(ImportDocument(document))
    assert changes.touches(ItemKind.STORY)
    assert changes.ids_of(ItemKind.STORY) is None  # read them all again


def test_a_whole_kind_stays_whole_when_joined_with_named_items():
    joined = Changes.of(ItemKind.STORY, 3) | Changes.of(ItemKind.STORY)
    assert joined.ids_of(ItemKind.STORY) is None
    named = Changes.of(ItemKind.STORY, 3) | Changes.of(ItemKind.PHOTO, 4)
    assert named.ids_of(ItemKind.STORY) == {3} and named.ids_of(ItemKind.PHOTO) == {4}
    assert not Changes() and Changes().ids_of(ItemKind.KIT) == frozenset()
