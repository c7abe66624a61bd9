"""The editor pane's forms: one per kind of item, built from fields declared as data."""
