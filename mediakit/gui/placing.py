"""Photos placed in stories from the app: Edit › Insert photo… (Ctrl+Alt+P) in the story editor,
a photo dropped from the library on a paragraph, the story's photos moved to the kit's gallery or
out of the story, and Kit › Move photo into story… from the gallery. Each change is one edit run
on the catalog lane (see `operations.placing`), one step of Undo; the panes follow the change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.photo_chooser import PhotoChooser
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations import placing as ops
from mediakit.gui.panes.group import Panes
from mediakit.gui.runner import OpRunner
from mediakit.model import ItemKind, ItemRef, KitContent, SectionKind

translate = QCoreApplication.translate


class Placing(QObject):
    """Asks for photos to be placed, moved or taken out; `chooser` is the one open, if any."""

    def __init__(self, *, window: QWidget, runner: OpRunner, panes: Panes) -> None:
        super().__init__(window)
        self._window, self._runner, self._panes = window, runner, panes
        self.chooser: PhotoChooser | None = None
        self.form = form = panes.editor_pane.forms[ItemKind.STORY]
        form.photo_dropped.connect(self.place)
        form.to_gallery.connect(self.move_to_gallery)
        form.out_of_story.connect(self.remove)

    def handlers(self) -> dict[ActionId, Callable[[], object]]:
        return {
            ActionId.INSERT_PHOTO: self.ask_insert,
            ActionId.MOVE_INTO_STORY: self.ask_move_into_story,
        }

    def gallery_selected(self) -> bool:
        """Whether the section selected in the kit's outline is a gallery."""
        section = self._panes.kit_pane.selected_section()
        return section is not None and section.kind is SectionKind.GALLERY

    def ask_insert(self) -> None:
        """Open the chooser of the library's photos for the story in the editor."""
        story = self._story()
        if story is None:
            self._say(translate("Placing", "Open a story in the editor to place a photo in it."))
            return
        after = self.form.body.text.after_cursor()
        self.form.commit_all()  # the words typed a moment ago are saved before the photo goes in
        title = translate("Placing", "Insert photo in “{story}”").format(story=story.title)

        def choose(photos) -> None:
            offered = [photo for photo in photos if photo.id not in story.photo_ids]
            chooser = self._open(offered, title, translate("Placing", "Insert"))
            chooser.accepted.connect(lambda: self.place(chooser.chosen(), after))

        self._runner.run(ops.library_photos().success(choose))

    def place(self, photo_id: int, after: int) -> None:
        story = self._story()
        if story is not None:
            op = ops.place_photo(story_id=story.id, photo_id=photo_id, after=after)
            self.form.body.resume_after = after + 1  # the text reloads: resume after the photo
            self._runner.run(op.success(lambda _changes: self._back_to_text()))

    def move_to_gallery(self, photo_id: int) -> None:
        story, kit_id = self._story(), self._panes.kit_pane.kit_id
        if story is None:
            return
        if kit_id is None:
            self._say(translate("Placing", "There is no kit with a gallery to move the photo to."))
            return
        self._runner.run(ops.move_to_gallery(kit_id=kit_id, story_id=story.id, photo_id=photo_id))

    def remove(self, photo_id: int) -> None:
        story = self._story()
        if story is not None:
            self._runner.run(ops.remove_from_story(story_id=story.id, photo_id=photo_id))

    def ask_move_into_story(self) -> None:
        """Pick one of the selected gallery's photos and the kit's story it goes into."""
        pane = self._panes.kit_pane
        index = pane.selected_index()
        if pane.kit_id is None or not self.gallery_selected():
            self._say(
                translate(
                    "Placing", "Select the kit's gallery to move one of its photos into a story."
                )
            )
            return
        op = library_ops.kit_snapshot(kit_id=pane.kit_id)
        self._runner.run(op.success(lambda snapshot: self._choose_story(snapshot.content, index)))

    def _choose_story(self, content: KitContent, index: int) -> None:
        section = content.kit.sections[index] if index < len(content.kit.sections) else None
        if section is None or section.kind is not SectionKind.GALLERY:
            return  # the kit changed meanwhile; the outline shows it as it is now
        stories = [
            (story_id, content.stories[story_id].title)
            for story_id in content.kit.ids_of(SectionKind.STORY)
            if story_id in content.stories
        ]
        if not stories:
            self._say(translate("Placing", "This kit has no story to move the photo into."))
            return
        photos = [content.photos[i] for i in section.ids if i in content.photos]
        chooser = self._open(
            photos,
            translate("Placing", "Move photo into story"),
            translate("Placing", "Move"),
            stories=stories,
        )
        kit_id = content.kit.id

        def move() -> None:
            story_id = chooser.chosen_story()
            op = ops.move_into_story(kit_id=kit_id, story_id=story_id, photo_id=chooser.chosen())
            ref = ItemRef(ItemKind.STORY, story_id)
            self._runner.run(op.success(lambda _c: self._panes.editor_pane.show_ref(ref)))

        chooser.accepted.connect(move)

    def _open(self, photos, title: str, accept_text: str, **more) -> PhotoChooser:
        chooser = PhotoChooser(
            photos,
            self._panes.thumbnails,
            title=title,
            accept_text=accept_text,
            parent=self._window,
            **more,
        )
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.destroyed.connect(lambda: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()
        return chooser

    def _story(self):
        ref, form = self._panes.editor_pane.ref, self.form
        if ref is None or ref.kind is not ItemKind.STORY or form.item is None:
            return None
        return form.item if form.item.id == ref.id else None

    def _back_to_text(self) -> None:
        text = self.form.body.text
        QTimer.singleShot(0, text, lambda: text.setFocus(Qt.FocusReason.OtherFocusReason))

    def _say(self, sentence: str) -> None:
        self._runner.failed.emit(sentence)
