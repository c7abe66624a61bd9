"""Numbered schema migrations: MIGRATIONS[n] takes a catalog from version n to n + 1."""

from __future__ import annotations

V1 = """
CREATE TABLE org (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    boilerplate TEXT NOT NULL DEFAULT '[]',
    website TEXT NOT NULL DEFAULT '',
    logo_hash TEXT NOT NULL DEFAULT '',
    brand_color TEXT NOT NULL DEFAULT '#0033A0',
    accent_color TEXT NOT NULL DEFAULT '#5B8DEF',
    theme TEXT NOT NULL DEFAULT 'default'
);
CREATE TABLE media (
    hash TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL
);
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL DEFAULT '',
    dateline_place TEXT NOT NULL DEFAULT '',
    dateline_date TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    sdgs TEXT NOT NULL DEFAULT '[]',
    footnotes TEXT NOT NULL DEFAULT '[]',
    embargo TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    translation_of INTEGER REFERENCES stories(id) ON DELETE SET NULL
);
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    caption TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    media_hash TEXT REFERENCES media(hash),
    original_name TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    alt_text TEXT NOT NULL DEFAULT '',
    consent_level TEXT NOT NULL DEFAULT 'none',
    consent_scope TEXT NOT NULL DEFAULT 'all',
    consent_expires TEXT NOT NULL DEFAULT '',
    consent_note TEXT NOT NULL DEFAULT '',
    at_risk INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phones TEXT NOT NULL DEFAULT '[]',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL DEFAULT '',
    series TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE kits (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    subtitle TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    cover_photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL,
    edition TEXT NOT NULL DEFAULT 'press',
    paper TEXT NOT NULL DEFAULT 'a4',
    grayscale INTEGER NOT NULL DEFAULT 0,
    print_ready INTEGER NOT NULL DEFAULT 0,
    watermark TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL DEFAULT '[]'
);
"""

V2 = """
ALTER TABLE photos ADD COLUMN blur_regions TEXT NOT NULL DEFAULT '[]'
"""

# Full-text search over the library (FTS5), kept up to date by triggers.
V3 = (
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, item_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');",
    "CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN INSERT INTO search (kind, item_id, text) VALUES ('story', new.id, new.title || ' ' || new.standfirst || ' ' || new.byline || ' ' || new.dateline_place || ' ' || new.body || ' ' || new.tags); END;",
    "CREATE TRIGGER stories_search_delete AFTER DELETE ON stories BEGIN DELETE FROM search WHERE kind = 'story' AND item_id = old.id; END;",
    "CREATE TRIGGER stories_search_update AFTER UPDATE ON stories BEGIN DELETE FROM search WHERE kind = 'story' AND item_id = old.id; INSERT INTO search (kind, item_id, text) VALUES ('story', new.id, new.title || ' ' || new.standfirst || ' ' || new.byline || ' ' || new.dateline_place || ' ' || new.body || ' ' || new.tags); END;",
    "INSERT INTO search (kind, item_id, text) SELECT 'story', id, title || ' ' || standfirst || ' ' || byline || ' ' || dateline_place || ' ' || body || ' ' || tags FROM stories;",
    "CREATE TRIGGER photos_search_insert AFTER INSERT ON photos BEGIN INSERT INTO search (kind, item_id, text) VALUES ('photo', new.id, new.caption || ' ' || new.credit || ' ' || new.place || ' ' || new.alt_text || ' ' || new.original_name); END;",
    "CREATE TRIGGER photos_search_delete AFTER DELETE ON photos BEGIN DELETE FROM search WHERE kind = 'photo' AND item_id = old.id; END;",
    "CREATE TRIGGER photos_search_update AFTER UPDATE ON photos BEGIN DELETE FROM search WHERE kind = 'photo' AND item_id = old.id; INSERT INTO search (kind, item_id, text) VALUES ('photo', new.id, new.caption || ' ' || new.credit || ' ' || new.place || ' ' || new.alt_text || ' ' || new.original_name); END;",
    "INSERT INTO search (kind, item_id, text) SELECT 'photo', id, caption || ' ' || credit || ' ' || place || ' ' || alt_text || ' ' || original_name FROM photos;",
    "CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN INSERT INTO search (kind, item_id, text) VALUES ('contact', new.id, new.name || ' ' || new.role || ' ' || new.organisation || ' ' || new.email || ' ' || new.city || ' ' || new.country); END;",
    "CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN DELETE FROM search WHERE kind = 'contact' AND item_id = old.id; END;",
    "CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts BEGIN DELETE FROM search WHERE kind = 'contact' AND item_id = old.id; INSERT INTO search (kind, item_id, text) VALUES ('contact', new.id, new.name || ' ' || new.role || ' ' || new.organisation || ' ' || new.email || ' ' || new.city || ' ' || new.country); END;",
    "INSERT INTO search (kind, item_id, text) SELECT 'contact', id, name || ' ' || role || ' ' || organisation || ' ' || email || ' ' || city || ' ' || country FROM contacts;",
    "CREATE TRIGGER figures_search_insert AFTER INSERT ON figures BEGIN INSERT INTO search (kind, item_id, text) VALUES ('figure', new.id, new.value || ' ' || new.label || ' ' || new.source); END;",
    "CREATE TRIGGER figures_search_delete AFTER DELETE ON figures BEGIN DELETE FROM search WHERE kind = 'figure' AND item_id = old.id; END;",
    "CREATE TRIGGER figures_search_update AFTER UPDATE ON figures BEGIN DELETE FROM search WHERE kind = 'figure' AND item_id = old.id; INSERT INTO search (kind, item_id, text) VALUES ('figure', new.id, new.value || ' ' || new.label || ' ' || new.source); END;",
    "INSERT INTO search (kind, item_id, text) SELECT 'figure', id, value || ' ' || label || ' ' || source FROM figures;",
)

# What each story's import read (the import review), and the lines marked as junk per web site.
V4 = """
CREATE TABLE import_traces (
    story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    lines TEXT NOT NULL DEFAULT '[]',
    images TEXT NOT NULL DEFAULT '[]',
    photo_ids TEXT NOT NULL DEFAULT '[]',
    contact_ids TEXT NOT NULL DEFAULT '[]',
    figure_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE site_junk (
    site TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (site, text)
)
"""

# Imports that cost the same at any size: photos found by content hash, empty slots, contacts by
# e-mail, key figures, translations (and the stories an undone import's delete must unlink)
# found by index, not by a scan; each story's MinHash signatures (text, marks) and their LSH band keys, so that a new
# story is compared with its candidates only. Signatures are made in Python: a story added or
# changed (or each story of an older catalog) is listed as stale by these triggers, and its
# signatures are made again before the next comparison.
V5 = (
    "CREATE INDEX photos_by_hash ON photos (media_hash);",
    "CREATE INDEX photos_empty_slots ON photos (id) WHERE media_hash IS NULL OR media_hash = '';",
    "CREATE INDEX contacts_by_email ON contacts (lower(email));",
    "CREATE INDEX figures_by_value ON figures (value, label);",
    "CREATE INDEX stories_by_original ON stories (translation_of);",
    "CREATE TABLE story_signatures (story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE, text_sig BLOB NOT NULL, marks_sig BLOB NOT NULL);",
    "CREATE TABLE story_bands (band_key INTEGER NOT NULL, story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, PRIMARY KEY (band_key, story_id)) WITHOUT ROWID;",
    "CREATE INDEX story_bands_by_story ON story_bands (story_id);",
    "CREATE TABLE stale_signatures (story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE);",
    "CREATE TRIGGER stories_signature_insert AFTER INSERT ON stories BEGIN INSERT OR IGNORE INTO stale_signatures (story_id) VALUES (new.id); END;",
    "CREATE TRIGGER stories_signature_update AFTER UPDATE ON stories BEGIN INSERT OR IGNORE INTO stale_signatures (story_id) VALUES (new.id); END;",
    "CREATE TRIGGER traces_signature_insert AFTER INSERT ON import_traces BEGIN INSERT OR IGNORE INTO stale_signatures (story_id) SELECT new.story_id WHERE EXISTS (SELECT 1 FROM stories WHERE id = new.story_id); END;",
    "CREATE TRIGGER traces_signature_delete AFTER DELETE ON import_traces BEGIN INSERT OR IGNORE INTO stale_signatures (story_id) SELECT old.story_id WHERE EXISTS (SELECT 1 FROM stories WHERE id = old.story_id); END;",
    "INSERT INTO stale_signatures (story_id) SELECT id FROM stories;",
)

# A revision per kit and item: every write checks the row is still at the revision its writer
# read and bumps it, so the app and the command line never write over each other's changes.
V6 = """
ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE photos ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kits ADD COLUMN revision INTEGER NOT NULL DEFAULT 0
"""

# The search index is kept by the store (library/store.py), not by triggers: a trigger may write to
# an FTS5 table only with `trusted_schema` on, and the catalog is read with it off (a catalog is
# untrusted input; a planted trigger or view must never run with trust).
V7 = tuple(
    f"DROP TRIGGER IF EXISTS {kind}_search_{event};"
    for kind in ("stories", "photos", "contacts", "figures")
    for event in ("insert", "delete", "update")
)

# Field offices: each prints its own edition of a kit (its contacts first, its city on the
# cover, its language and paper); `contacts` is a JSON list of contact ids, in the office's order.
V8 = """
CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    paper TEXT NOT NULL DEFAULT 'a4',
    contacts TEXT NOT NULL DEFAULT '[]',
    revision INTEGER NOT NULL DEFAULT 0
)
"""

MIGRATIONS: tuple[str | tuple[str, ...], ...] = (V1, V2, V3, V4, V5, V6, V7, V8)
LATEST = len(MIGRATIONS)
