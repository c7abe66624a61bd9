"""The main window's panes. Each gets its services through its constructor."""
