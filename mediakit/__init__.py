"""mediakit: press kits from a library of stories, photos, contacts and key figures."""

__version__ = "0.1.0"
