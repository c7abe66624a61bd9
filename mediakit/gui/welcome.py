"""The first-run welcome: a panel above the panes, not a dialog, saying that the kit shown is a
demo and how to start one's own ("Start your own kit", "Import your files"). Shown by itself once,
the first time a library is given the demo kit; again at any time from Help ▸ Welcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mediakit.gui.i18n import Translatable
from mediakit.gui.settings import Settings


class WelcomePanel(Translatable, QFrame):
    """What the demo is, with the two ways out of it and a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setStyleSheet(
            "#welcomePanel { background: #eef4fd; border: 1px solid #b3cdf2; border-radius: 4px; }"
            "#welcomePanel QLabel { color: #10305f; }"
        )
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.start_kit = QPushButton(self)
        self.import_files = QPushButton(self)
        self.close_button = QPushButton(self)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.words)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(text, 1)
        for button in (self.start_kit, self.import_files, self.close_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to mediakit"))
        self.words.setText(
            self.tr(
                "This library holds a demo press kit: sample stories with their key figures "
                "and contacts, and empty photo slots where your pictures would go. "
                "Look around, change anything (Ctrl+Z undoes it), then start your own kit "
                "or import your press releases, photos and contact lists."
            )
        )
        self.start_kit.setText(self.tr("Start your own kit"))
        self.start_kit.setToolTip(self.tr("A new, empty kit in this library (Kit ▸ New kit)"))
        self.import_files.setText(self.tr("Import your files"))
        self.import_files.setToolTip(
            self.tr("Press releases, photos and contacts from your computer (File ▸ Import files)")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Hide this welcome; Help ▸ Welcome shows it again"))
        self.setAccessibleName(self.tr("Welcome"))


class Welcome:
    """Puts the welcome panel above the panes when asked, and takes it away; gives the focus
    back to `focus_after()` when it goes, so the keyboard is never left nowhere."""

    def __init__(
        self,
        *,
        settings: Settings,
        place: Callable[[QWidget], None],
        start_kit: Callable[[], None],
        import_files: Callable[[], None],
        focus_after: Callable[[], QWidget | None],
    ) -> None:
        self._settings = settings
        self._place = place
        self._start_kit = start_kit
        self._import_files = import_files
        self._focus_after = focus_after
        self.panel: WelcomePanel | None = None

    def offer(self, demo_created: bool) -> None:
        """Show the welcome if this library was just given the demo kit and it was never shown."""
        if demo_created and not self._settings.welcome_shown:
            self.show()

    def show(self) -> None:
        if self.panel is None:
            self.panel = WelcomePanel()
            self.panel.start_kit.clicked.connect(lambda: self._leave(self._start_kit))
            self.panel.import_files.clicked.connect(lambda: self._leave(self._import_files))
            self.panel.close_button.clicked.connect(lambda: self._leave(None))
            self._place(self.panel)
        self._settings.welcome_shown = True
        self.panel.show()

    def is_shown(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def _leave(self, then: Callable[[], None] | None) -> None:
        if self.panel is not None:
            self.panel.hide()
        target = self._focus_after()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        if then is not None:
            then()
