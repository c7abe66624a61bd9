"""The app's dialogs: export, import report, preferences."""
