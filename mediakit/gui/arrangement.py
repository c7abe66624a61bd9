"""Where the panes sit in the main window: the toolbar, the splitters with the widths they start
with, the tab order, and the layout the window keeps from one session to the next."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QToolBar, QWidget

from mediakit.gui import actions as registry
from mediakit.gui.actions import ActionId
from mediakit.gui.mainwindow import MainWindow
from mediakit.gui.panes.group import Panes
from mediakit.gui.settings import Settings

# Library · kit and preflight · editor · preview: widths to start with, and the least each keeps.
START_WIDTHS = (300, 280, 370, 410)
MIN_WIDTHS = (180, 180, 230, 160)


def arrange(
    window: MainWindow, panes: Panes, toolbar: QToolBar, actions: Mapping[ActionId, QAction]
) -> tuple[QSplitter, QSplitter]:
    """Put the toolbar and the panes side by side in `window`; the main and the side splitter."""
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    registry.fill_toolbar(toolbar, actions)
    window.addToolBar(toolbar)
    panes.kit_pane.sections.addAction(actions[ActionId.REMOVE_SECTION])
    side = QSplitter(Qt.Orientation.Vertical)
    side.setObjectName("kitAndPreflight")
    side.setChildrenCollapsible(False)
    side.addWidget(panes.kit_pane)
    side.addWidget(panes.preflight_pane)
    side.setSizes([520, 240])
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("panes")
    splitter.setChildrenCollapsible(False)
    columns = (panes.library_pane, side, panes.editor_pane, panes.preview_pane)
    for pane, minimum in zip(columns, MIN_WIDTHS, strict=True):
        pane.setMinimumWidth(minimum)
        splitter.addWidget(pane)
    splitter.setStretchFactor(3, 1)
    splitter.setSizes(list(START_WIDTHS))
    window.set_body(splitter)
    set_tab_order(panes)
    return splitter, side


def set_tab_order(panes: Panes) -> None:
    """Tab goes through the panes as they are laid out: left to right, top to bottom."""
    chain = (
        panes.library_pane.search,
        panes.library_pane.filters,
        panes.library_pane.tabs,
        panes.kit_pane.settings_button,
        panes.kit_pane.sections,
        panes.preflight_pane.findings,
        panes.editor_pane.stack,
        panes.preview_pane.view,
    )
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def restore_layout(
    window: MainWindow, settings: Settings, splitter: QSplitter, side: QSplitter
) -> None:
    """Put the toolbar and the splitters back as they were when the window last closed."""
    if settings.window_state:
        window.restoreState(QByteArray(settings.window_state))
    if settings.splitter_state:
        splitter.restoreState(QByteArray(settings.splitter_state))
    if settings.side_splitter:
        side.restoreState(QByteArray(settings.side_splitter))


def save_layout(
    window: MainWindow, settings: Settings, splitter: QSplitter, side: QSplitter
) -> None:
    """Keep the layout of the toolbar and the splitters for the next session."""
    settings.window_state = window.saveState().data()
    settings.splitter_state = splitter.saveState().data()
    settings.side_splitter = side.saveState().data()
