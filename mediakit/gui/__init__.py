"""The desktop app: the only package that imports PySide6. Start it with `mediakit.gui.app.run`."""
