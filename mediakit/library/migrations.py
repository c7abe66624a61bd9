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

MIGRATIONS: tuple[str, ...] = (V1, V2)
LATEST = len(MIGRATIONS)
