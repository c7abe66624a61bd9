"""Files a press officer sends on: the kit's PDF, its photo pack and its bundle, each made
by one export operation (export.export) for the command line and the app alike.

May import: model, imaging, library, layout, preflight, fsutil, paths, tuning, mediakit
(its version).
"""
