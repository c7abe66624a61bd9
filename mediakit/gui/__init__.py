"""The desktop app: the only package that imports PySide6. Start it with `mediakit.gui.app.run`.

A thin layer over the core: widgets, panes and dialogs show what the core returns and send the
user's actions to it as operations (`gui/operations`); no business logic in widgets.

May import: every room of mediakit but cli.
"""
