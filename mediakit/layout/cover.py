"""The front and back covers."""

from __future__ import annotations

from reportlab.platypus import Flowable, FrameBreak, Spacer, TopPadder

from mediakit.layout.context import Context
from mediakit.layout.document import OutlineEntry, mark
from mediakit.layout.pages import back_band_height, cover_layout
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.photos import caption_markup, hero_picture, photo_picture
from mediakit.layout.pieces import Stack, grid
from mediakit.layout.qr import link_url, qr_cell
from mediakit.layout.text import escape_text, link_markup, safe_href, text_markup
from mediakit.layout.theme import derived_style
from mediakit.model import KitContent, Photo, Section, SectionKind, Story


def hero_photo(ctx: Context) -> Photo | None:
    """The kit's cover photo, if it has its image (an empty slot never goes on a cover)."""
    photo_id = ctx.content.kit.cover_photo_id
    photo = ctx.content.photos.get(photo_id) if photo_id is not None else None
    return photo if photo is not None and photo.has_image else None


def cover_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """Band with organisation, label and title; the hero photo; subtitle, date and place."""
    hero = hero_photo(ctx)
    flow = [*_band(ctx, key, hero is not None), FrameBreak()]
    if hero is not None:
        layout = cover_layout(ctx.theme, ctx.geometry, True)
        width = ctx.geometry.width + 2 * ctx.geometry.bleed
        flow += [hero_picture(hero, ctx, width, layout.hero_height), FrameBreak()]
    return flow + _below_band(ctx, hero)


def back_cover_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """QR codes to the stories online (or to the organisation's website) on white, and the
    organisation, its website and logo on a band at the foot."""
    heading_text, codes = _back_codes(ctx)
    heading = Paragraph(escape_text(heading_text), ctx.style("back_heading"))
    block: list[Flowable] = [heading, *codes]
    # The codes sit just above the band, unless there are more than the page can hold.
    stack = Stack(block)
    _, height = stack.wrap(ctx.geometry.frame_width, 1e9)
    if height <= ctx.geometry.frame_height - back_band_height(ctx):
        block = [TopPadder(stack)]
    entry = OutlineEntry(ctx.label("back_cover"), key, toc=False)
    return [mark(Spacer(1, 0.1), entry), *block, FrameBreak(), *_back_band(ctx)]


def _back_codes(ctx: Context) -> tuple[str, list[Flowable]]:
    stories = [(s, link_url(s.source_url)) for s in kit_stories(ctx.content)]
    linked = [(story, url) for story, url in stories if url]
    if linked:
        columns = ctx.theme.count("qr", "per_row")
        width = ctx.geometry.split(columns)
        cells = [qr_cell(url, ctx, title=story.title) for story, url in linked]
        table = grid(cells, columns, width, ctx, ctx.theme.length("qr", "row_gap"))
        return ctx.label("read_online"), [table]
    website = link_url(ctx.content.org.website)
    if website is None:
        return "", []
    size = ctx.theme.length("qr", "large")
    return ctx.label("more_online"), qr_cell(website, ctx, size=size, style="qr_caption_large")


def _back_band(ctx: Context) -> list[Flowable]:
    org = ctx.content.org
    parts: list[Flowable] = [Paragraph(text_markup(org.name), ctx.style("back_org"))]
    if org.website.strip():
        parts.append(
            Paragraph(website_markup(org.website, ctx, "on_band"), ctx.style("back_detail"))
        )
    if org.logo_hash:
        height = ctx.theme.length("cover", "logo_height")
        logo = Photo(id=None, media_hash=org.logo_hash)
        parts += [Spacer(1, height / 2), photo_picture(logo, ctx, height * 4, height)]
    return parts


def kit_stories(content: KitContent) -> list[Story]:
    """The kit's stories in kit order, each once."""
    ids = dict.fromkeys(content.kit.ids_of(SectionKind.STORY))
    return [content.stories[i] for i in ids if i in content.stories]


def _band(ctx: Context, key: str, with_hero: bool) -> list[Flowable]:
    kit, org = ctx.content.kit, ctx.content.org
    _, _, width, height = cover_layout(ctx.theme, ctx.geometry, with_hero).band_frame
    organisation = Paragraph(text_markup(org.name), ctx.style("cover_org"))
    label = Paragraph(escape_text(ctx.label("press_kit")), ctx.style("cover_label"))
    room = height - _height(organisation, width) - _height(label, width) - label.getSpaceAfter()
    room *= ctx.theme.number("cover", "title_room")
    minimum = ctx.theme.number("cover", "title_min_size")
    title = fitted_paragraph(text_markup(kit.name), ctx, "cover_title", width, room, minimum)
    entry = OutlineEntry(kit.name or org.name, key, toc=False)
    return [mark(organisation, entry), TopPadder(Stack([label, title]))]


def _below_band(ctx: Context, hero: Photo | None) -> list[Flowable]:
    kit = ctx.content.kit
    flow: list[Flowable] = []
    if kit.subtitle.strip():
        _, _, width, height = cover_layout(ctx.theme, ctx.geometry, hero is not None).rest_frame
        minimum = ctx.theme.number("cover", "subtitle_min_size")
        markup = text_markup(kit.subtitle)
        flow.append(fitted_paragraph(markup, ctx, "cover_subtitle", width, height / 2, minimum))
    when_where = [ctx.date(kit.date) if kit.date.strip() else "", kit.place.strip()]
    meta = " · ".join(text_markup(p) for p in when_where if p)
    if meta:
        flow.append(Paragraph(meta, ctx.style("cover_meta")))
    foot = _cover_foot(ctx, hero)
    if foot:
        flow.append(TopPadder(Stack(foot)))
    return flow


def _cover_foot(ctx: Context, hero: Photo | None) -> list[Flowable]:
    """The organisation's logo and the cover photo's caption and credit, at the foot."""
    parts: list[Flowable] = []
    org = ctx.content.org
    if org.logo_hash:
        height = ctx.theme.length("cover", "logo_height")
        logo = Photo(id=None, media_hash=org.logo_hash)
        parts += [photo_picture(logo, ctx, height * 4, height), Spacer(1, height / 2)]
    if hero is not None:
        markup = caption_markup(hero, ctx)
        if markup:
            lead = ctx.inline(escape_text(ctx.label("cover_photo")), "credit")
            parts.append(Paragraph(f"{lead} {markup}", ctx.style("cover_credit")))
    return parts


def fitted_paragraph(
    markup: str, ctx: Context, style_name: str, width: float, height: float, minimum: float
) -> Paragraph:
    """A paragraph in the style, its size stepped down (not below `minimum`) to fit the box."""
    style = ctx.style(style_name)
    ratio = style.leading / style.fontSize
    size = style.fontSize
    paragraph = Paragraph(markup, style)
    while _height(paragraph, width) > height and size > minimum:
        size -= 1
        fitted = derived_style(style, fontSize=size, leading=size * ratio)
        paragraph = Paragraph(markup, fitted)
    return paragraph


def website_markup(website: str, ctx: Context, color: str = "brand") -> str:
    url = website.strip()
    href = url if safe_href(url) else safe_href(f"https://{url}")
    shown = escape_text(url.removeprefix("https://").removeprefix("http://").rstrip("/"))
    return link_markup(shown, href, ctx.theme.text_color(color))


def _height(flowable: Flowable, width: float) -> float:
    return flowable.wrap(width, 1e6)[1]
