"""The kit as one accessible HTML file: the press kit's content for a website or an e-mail.

The same content the press-kit edition prints, in the same order, checked by the same
preflight (its errors stop the export, or with `force` it goes out marked DRAFT). One
self-contained HTML5 file: `lang` on the page and on every story in another language, the
kit's title as <h1>, each story an <article> under its <h2>, subheads <h3>, quotes
<blockquote>, the key figures and contacts tables with a caption and header cells, each photo a
<figure> with its alternative text and caption. Photos are the clean screen-size renditions of
the library's cache (no metadata; blurred regions blurred); empty slots are left out. A small
inline style in the theme's colours; no script, nothing fetched. The same kit always gives the
same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from mediakit.exporters.html_parts import Writer, attr, text
from mediakit.exporters.renditions import source_for
from mediakit.exporters.watermark import DRAFT, with_watermark
from mediakit.imaging import RenditionSpec
from mediakit.layout import PhotoSource
from mediakit.layout.text import safe_href
from mediakit.library.cache import RenditionCache
from mediakit.model import Edition, Finding, KitContent, Photo, SectionKind
from mediakit.preflight import has_errors, run_preflight

# A screen-size rendition (a 1200-pixel box: sharp on a laptop, never the original).
SCREEN_BOX = 1200
CONTENTS = "<!--contents-->"  # where the contents go (typed text, escaped, never holds it)
LOGO_BOX = (480, 160)


@dataclass(frozen=True)
class CheckedPage:
    """The HTML twin and what preflight found; `html` is None when errors stopped it."""

    html: bytes | None
    findings: list[Finding]

    @property
    def stopped(self) -> bool:
        return self.html is None


def as_web_page(content: KitContent) -> KitContent:
    """The kit as the HTML twin shows it: the press kit's content, used on the web (so
    preflight checks consent for web use); paper, colour and print choices do not apply."""
    options = replace(
        content.kit.options, edition=Edition.PRESS, print_ready=False, grayscale=False
    )
    return replace(content, kit=replace(content.kit, options=options))


def build_checked_html(
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> CheckedPage:
    """Preflight the kit as a web page, then write it — or, with `force` despite errors, write
    it marked DRAFT; nothing when errors stop it."""
    content = as_web_page(content)
    findings = run_preflight(content)
    if has_errors(findings):
        if not force:
            return CheckedPage(None, findings)
        content = with_watermark(content, DRAFT)
    return CheckedPage(kit_html(content, photos=photos, progress=progress), findings)


def kit_html(
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The HTML twin's bytes (no preflight: `build_checked_html` runs it)."""
    with source_for(photos) as source:
        source.prepare(content)
        pictures = _Pictures(source, progress, len(content.photos_in_order()) + 1)
        page = _Page(content, pictures)
        return page.html().encode("utf-8")


class _Pictures:
    """Each photo's screen rendition (its blur regions blurred), made once, with progress."""

    def __init__(
        self, source: PhotoSource, progress: Callable[[int, int], None] | None, total: int
    ) -> None:
        self.source, self.progress, self.total = source, progress, total
        self.made: dict[tuple[str, RenditionSpec], tuple[bytes, int, int]] = {}

    def photo(self, photo: Photo) -> tuple[bytes, int, int] | None:
        blur = tuple(tuple(region) for region in photo.blur_regions)
        spec = RenditionSpec(SCREEN_BOX, SCREEN_BOX, blur=blur)
        return self.get(photo.media_hash, spec) if photo.has_image else None

    def get(self, media_hash: str, spec: RenditionSpec) -> tuple[bytes, int, int]:
        key = (media_hash, spec)
        if key not in self.made:
            from mediakit.imaging import image_info

            data = self.source(media_hash, spec)
            _, width, height = image_info(data, name=media_hash)
            self.made[key] = (data, width, height)
            if self.progress is not None:
                self.progress(min(len(self.made), self.total), self.total)
        return self.made[key]


class _Page:
    """One kit's page: the header band, the sections in the kit's order, the footer."""

    def __init__(self, content: KitContent, pictures: _Pictures) -> None:
        self.content = content
        self.lang = content.kit.language.value
        self.pictures = pictures
        ids = content.kit.ids_of(SectionKind.FIGURES)
        figures = [content.figures[i] for i in ids if i in content.figures]
        first = figures[: _theme(content).count("situation", "max_figures")]
        self.writer = Writer(self.lang, pictures.photo, content.photos, first)
        self.listed: list[tuple[str, str]] = []  # (anchor, heading) for the contents
        self.shown: set[int] = set()  # stories already on the page
        self.contents_anchor = "contents"

    def html(self) -> str:
        kit, org = self.content.kit, self.content.org
        title = " — ".join(t for t in (kit.name.strip(), org.name.strip()) if t) or "Press kit"
        main = "\n".join(p for p in self.sections() if p)
        main = main.replace(CONTENTS, self.contents_list(), 1)
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="mediakit">\n<title>{text(title)}</title>\n'
            f"<style>\n{page_style(self.content)}</style>\n</head>\n<body>\n"
            f"{self.header()}\n<main>\n{main}\n</main>\n{self.footer()}\n</body>\n</html>\n"
        )

    def header(self) -> str:
        kit, org = self.content.kit, self.content.org
        parts = []
        if org.logo_hash:
            logo = self.pictures.get(org.logo_hash, RenditionSpec(*LOGO_BOX))
            parts.append(self.writer.decorative(*logo, css="logo"))
        if org.name.strip():
            parts.append(f'<p class="org">{text(org.name)}</p>')
        parts.append(f'<p class="label">{text(self.writer.label("press_kit"))}</p>')
        parts.append(f"<h1>{text(kit.name or org.name or self.writer.label('press_kit'))}</h1>")
        if kit.subtitle.strip():
            parts.append(f'<p class="subtitle">{text(kit.subtitle)}</p>')
        meta = [p for p in (self._date(kit.date), kit.place.strip()) if p]
        if meta:
            parts.append(f'<p class="meta">{" · ".join(text(m) for m in meta)}</p>')
        mark = kit.options.watermark.strip()
        if mark:
            parts.append(f'<p class="watermark" role="note">{text(mark)}</p>')
        return '<header class="band">\n' + "\n".join(parts) + "\n</header>"

    def _date(self, value: str) -> str:
        from mediakit.layout.kit_language import format_date

        return format_date(self.lang, value) if value.strip() else ""

    def sections(self) -> list[str]:
        builders = {
            SectionKind.COVER: self.cover,
            SectionKind.CONTENTS: self.contents,
            SectionKind.STORY: self.stories,
            SectionKind.GALLERY: self.gallery,
            SectionKind.FIGURES: self.figures,
            SectionKind.CONTACTS: self.contacts,
            SectionKind.ABOUT: self.about,
            SectionKind.BACK_COVER: self.online,
        }
        return [builders[s.kind](s.ids, index) for index, s in enumerate(self.content.kit.sections)]

    def cover(self, ids: tuple[int, ...], index: int) -> str:
        photo_id = self.content.kit.cover_photo_id
        photo = self.content.photos.get(photo_id) if photo_id is not None else None
        return self.writer.figure(photo, lead=self.writer.label("cover_photo"), css="cover")

    def contents(self, ids: tuple[int, ...], index: int) -> str:
        """A mark where the contents go once every section is written (as in the PDF)."""
        self.contents_anchor = f"s{index}"
        return CONTENTS

    def contents_list(self) -> str:
        """Every titled section and story, linked; '' when there is none."""
        if not self.listed:
            return ""
        items = "".join(f'<li><a href="#{a}">{text(title)}</a></li>' for a, title in self.listed)
        anchor = self.contents_anchor
        heading = f'<h2 id="{anchor}">{text(self.writer.label("contents"))}</h2>'
        return f'<nav aria-labelledby="{anchor}">{heading}<ol>{items}</ol></nav>'

    def stories(self, ids: tuple[int, ...], index: int) -> str:
        """Each story once (a story in two sections is shown where it first comes)."""
        articles = []
        for story_id in ids:
            story = self.content.stories.get(story_id)
            if story is None or story_id in self.shown:
                continue
            self.shown.add(story_id)
            self.listed.append((f"story-{story_id}", story.title))
            articles.append(self.writer.article(story, f"story-{story_id}", self.lang))
        return "\n".join(articles)

    def _stories(self):
        ids = dict.fromkeys(self.content.kit.ids_of(SectionKind.STORY))
        return [(f"story-{i}", self.content.stories[i]) for i in ids if i in self.content.stories]

    def gallery(self, ids: tuple[int, ...], index: int) -> str:
        photos = [self.content.photos[i] for i in ids if i in self.content.photos]
        figures = [self.writer.figure(p) for p in photos]
        if not any(figures):
            return ""
        note = f'<p class="intro">{text(self.writer.label("gallery_note"))}</p>'
        grid = '<div class="gallery">' + "".join(figures) + "</div>"
        return self._section(index, self.writer.label("photos"), note + grid)

    def figures(self, ids: tuple[int, ...], index: int) -> str:
        figures = [self.content.figures[i] for i in ids if i in self.content.figures]
        if not figures:
            return ""
        return self._section(
            index, self.writer.label("key_figures"), self.writer.figures_table(figures)
        )

    def contacts(self, ids: tuple[int, ...], index: int) -> str:
        contacts = [self.content.contacts[i] for i in ids if i in self.content.contacts]
        if not contacts:
            return ""
        intro = f'<p class="intro">{text(self.writer.label("contacts_intro"))}</p>'
        table = self.writer.contacts_table(contacts)
        return self._section(index, self.writer.label("contacts"), intro + table)

    def about(self, ids: tuple[int, ...], index: int) -> str:
        org = self.content.org
        body = [f"<p>{text(p)}</p>" for p in org.boilerplate if p.strip()]
        website = _web(org.website)
        if website:
            body.append(f"<p>{text(self.writer.label('website'))}: {website}</p>")
        heading = self.writer.label("about", org=org.short_name or org.name)
        return self._section(index, heading, "".join(body)) if body else ""

    def online(self, ids: tuple[int, ...], index: int) -> str:
        """The back cover's QR codes as links: each story online, or the website."""
        links = [(s.title, _web(s.source_url, s.title)) for _, s in self._stories()]
        listed = "".join(f"<li>{href}</li>" for _, href in links if href)
        if listed:
            heading = self.writer.label("read_online")
            return self._section(index, heading, f"<ul>{listed}</ul>", listed=False)
        return ""

    def _section(self, index: int, heading: str, body: str, *, listed: bool = True) -> str:
        if listed:
            self.listed.append((f"s{index}", heading))
        return (
            f'<section aria-labelledby="s{index}">\n<h2 id="s{index}">{text(heading)}</h2>\n'
            f"{body}\n</section>"
        )

    def footer(self) -> str:
        org = self.content.org
        parts = [text(org.name)] if org.name.strip() else []
        website = _web(org.website)
        if website:
            parts.append(website)
        return f"<footer><p>{' · '.join(parts)}</p></footer>" if parts else "<footer></footer>"


def _web(url: str, shown: str = "") -> str:
    """A web address as a link whose text says where it goes ('' when it is not one)."""
    url = url.strip()
    if not url:
        return ""
    href = safe_href(url) if "://" in url else safe_href(f"https://{url}")
    if not href or not href.startswith(("http://", "https://")):
        return ""
    words = shown.strip() or url.removeprefix("https://").removeprefix("http://").rstrip("/")
    return f'<a href="{attr(href)}">{text(words)}</a>'


def _theme(content: KitContent):
    """The organisation's theme in its brand colour (as the PDF's, less the edition)."""
    from mediakit.layout.theme import load_theme

    return load_theme(content.org.theme).with_brand(content.org.brand_color)


def page_style(content: KitContent) -> str:
    """The inline style: the theme's colours (the organisation's brand), readable type."""
    theme = _theme(content)
    colours = {name: theme.color(name) for name in ("brand", "text", "muted", "quiet", "rule")}
    colours["tint"] = theme.color("tint")
    colours["on_brand"] = theme.color("on_brand")
    variables = "".join(f"--{k.replace('_', '-')}:{v};" for k, v in colours.items())
    return f":root{{{variables}}}\n{STYLE}"


STYLE = """\
*{box-sizing:border-box}
body{margin:0;color:var(--text);background:#fff;font:1.0625rem/1.6 "Noto Serif",Georgia,serif}
header.band{background:var(--brand);color:var(--on-brand);padding:2rem max(1.5rem,calc(50% - 22.5rem))}
header.band .org,header.band .label{font-family:"Noto Sans",Arial,sans-serif;margin:0}
header.band .label{text-transform:uppercase;letter-spacing:.08em;font-size:.85rem}
header.band h1{font:700 2.4rem/1.15 "Noto Sans",Arial,sans-serif;margin:.5rem 0}
header.band .logo{display:block;max-height:3rem;width:auto;margin-bottom:1rem;background:#fff;padding:.25rem}
.subtitle{font-size:1.25rem;margin:.25rem 0}
.meta{font-family:"Noto Sans",Arial,sans-serif;margin:.25rem 0}
.watermark{display:inline-block;border:2px solid currentColor;padding:.1rem .6rem;font:700 1rem "Noto Sans",Arial,sans-serif;letter-spacing:.1em}
main,footer{max-width:48rem;margin:0 auto;padding:0 1.5rem}
h2,h3,.kicker,.byline,.tags,.note,figcaption,table,nav{font-family:"Noto Sans",Arial,sans-serif}
h2{color:var(--brand);font-size:1.8rem;line-height:1.2;margin:2.5rem 0 .75rem}
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}
article,section,nav{border-top:1px solid var(--rule);margin-top:2.5rem}
.kicker{color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;margin:1.5rem 0 0}
article h2{margin-top:.25rem}
.standfirst,.attribution{font-size:1.2rem;color:var(--muted)}
.dateline{font-family:"Noto Sans",Arial,sans-serif;font-weight:700;font-size:.9rem;color:var(--muted)}
blockquote{margin:1.5rem 0;padding:.25rem 0 .25rem 1.25rem;border-left:4px solid var(--brand);font-size:1.2rem}
figure.quote{margin:0}figure.quote blockquote{margin-bottom:.25rem}
figure{margin:1.5rem 0}
img{max-width:100%;height:auto;display:block}
figcaption{font-size:.9rem;color:var(--muted);margin-top:.4rem}
.credit{color:var(--quiet)}.lead{font-weight:700}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.gallery figure{margin:0}
.highlights{background:var(--tint);border-top:4px solid var(--brand);padding:.25rem 1.25rem;margin:1.5rem 0}
.highlights h3{margin-top:1rem}
dl.advisory{display:grid;grid-template-columns:minmax(6rem,auto) 1fr;margin:1.5rem 0;border-top:2px solid var(--brand)}
dl.advisory dt,dl.advisory dd{margin:0;padding:.5rem .6rem .5rem 0;border-bottom:1px solid var(--rule)}
dl.advisory dt{font:700 .85rem/1.9 "Noto Sans",Arial,sans-serif;color:var(--brand);text-transform:uppercase}
dl.advisory dd p{margin:0 0 .4rem}
.byline,.note,.tags,.intro{font-size:.9rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}
caption{text-align:left;font-weight:700;padding-bottom:.5rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--rule)}
thead th{background:var(--tint)}
a{color:var(--brand)}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--rule);font:.9rem "Noto Sans",Arial,sans-serif;color:var(--muted)}
@media print{header.band{background:none;color:var(--text);border-bottom:3px solid var(--brand)}
figure,table,blockquote{break-inside:avoid}h2,h3{break-after:avoid}a{color:inherit}}
"""
