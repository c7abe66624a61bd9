"""The pieces of the import review: each role's name, key and colours, the coloured role tag,
and the story as the document's lines make it, in HTML for the pane beside them."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mediakit.gui import display_text
from mediakit.importers import ParsedDocument
from mediakit.importers.lines import Role
from mediakit.model import BlockKind

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class RoleLook:
    name: str  # marked for translation in the "Roles" context
    key: str  # the shortcut in the review, "" for none
    fill: str
    ink: str


_DROPPED = ("#E6E7EA", "#5F6368")
_META = ("#DCE6F7", "#0B2F6B")
_TEXT = ("#EEEEEE", "#333333")
_PHOTO = ("#EDE1F5", "#5B2C83")
_PEOPLE = ("#D9F0E6", "#17684B")
_FIGURE = ("#FCE8CF", "#8A4B00")
_END = ("#F4EDD0", "#665600")

ROLES: dict[Role, RoleLook] = {
    Role.JUNK: RoleLook(QT_TRANSLATE_NOOP("Roles", "Junk"), "J", *_DROPPED),
    Role.KIND_LABEL: RoleLook(QT_TRANSLATE_NOOP("Roles", "Kind label"), "", *_DROPPED),
    Role.TITLE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Title"), "T", "#0033A0", "#FFFFFF"),
    Role.STANDFIRST: RoleLook(QT_TRANSLATE_NOOP("Roles", "Standfirst"), "D", *_META),
    Role.DATELINE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Dateline"), "L", *_META),
    Role.DATE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Date"), "", *_META),
    Role.EMBARGO: RoleLook(QT_TRANSLATE_NOOP("Roles", "Embargo"), "", "#F9D9D6", "#8C1D18"),
    Role.BYLINE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Byline"), "", *_META),
    Role.BODY: RoleLook(QT_TRANSLATE_NOOP("Roles", "Body"), "B", *_TEXT),
    Role.SUBHEAD: RoleLook(QT_TRANSLATE_NOOP("Roles", "Subhead"), "S", *_TEXT),
    Role.QUOTE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Quote"), "Q", *_TEXT),
    Role.BULLET: RoleLook(QT_TRANSLATE_NOOP("Roles", "Bullet"), "", *_TEXT),
    Role.PICTURE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Picture"), "", *_PHOTO),
    Role.CAPTION: RoleLook(QT_TRANSLATE_NOOP("Roles", "Caption"), "C", *_PHOTO),
    Role.CREDIT: RoleLook(QT_TRANSLATE_NOOP("Roles", "Credit"), "", *_PHOTO),
    Role.CONTACTS_HEADING: RoleLook(QT_TRANSLATE_NOOP("Roles", "Contacts heading"), "", *_PEOPLE),
    Role.CONTACT: RoleLook(QT_TRANSLATE_NOOP("Roles", "Contact"), "K", *_PEOPLE),
    Role.FIGURE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Key figure"), "F", *_FIGURE),
    Role.FIGURE_SOURCE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Figure source"), "", *_FIGURE),
    Role.FOOTNOTE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Footnote"), "", *_TEXT),
    Role.NOTES: RoleLook(QT_TRANSLATE_NOOP("Roles", "Notes to editors"), "", *_END),
    Role.END_MARK: RoleLook(QT_TRANSLATE_NOOP("Roles", "End mark"), "", *_DROPPED),
    Role.BOILERPLATE: RoleLook(QT_TRANSLATE_NOOP("Roles", "Boilerplate"), "", *_END),
    Role.RELATED: RoleLook(QT_TRANSLATE_NOOP("Roles", "Related story"), "", *_DROPPED),
    Role.TAGS: RoleLook(QT_TRANSLATE_NOOP("Roles", "Tags"), "", *_END),
}

# The menu's groups, in the order a story reads.
GROUPS: tuple[tuple[Role, ...], ...] = (
    (Role.TITLE, Role.STANDFIRST, Role.DATELINE, Role.DATE, Role.BYLINE, Role.EMBARGO),
    (Role.BODY, Role.SUBHEAD, Role.QUOTE, Role.BULLET, Role.FOOTNOTE),
    (Role.PICTURE, Role.CAPTION, Role.CREDIT),
    (Role.CONTACTS_HEADING, Role.CONTACT, Role.FIGURE, Role.FIGURE_SOURCE),
    (Role.NOTES, Role.BOILERPLATE, Role.TAGS),
    (Role.JUNK, Role.KIND_LABEL, Role.END_MARK, Role.RELATED),
)


def role_name(role: Role) -> str:
    return translate("Roles", ROLES[role].name)


def reason_text(reason: str) -> str:
    """The reader's reasons are the core's words (English); the user's own is translated."""
    if reason == "you gave it this role":
        return translate("ImportReview", "you gave it this role")
    return reason


ROLE_DATA = Qt.ItemDataRole.UserRole + 1


class RoleTagDelegate(QStyledItemDelegate):
    """Paints a line's role as a small coloured tag (its Role in ROLE_DATA)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        role = index.data(ROLE_DATA)
        if role is None:
            super().paint(painter, option, index)
            return
        look = ROLES[Role(role)]
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:  # selection and focus as the platform draws them
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        text = role_name(Role(role))
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 8)
        height = metrics.height() + 4
        top = option.rect.top() + 4
        tag = QRectF(option.rect.left() + 4, top, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.fill))
        painter.drawRoundedRect(tag, height / 2, height / 2)
        painter.setPen(QColor(look.ink))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 10)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(size.width(), max(size.height(), metrics.height() + 12))


def story_html(document: ParsedDocument) -> str:
    """The story the lines make: its words, photo slots, contacts and key figures found."""
    story = document.story
    if story is None:
        return ""
    kind = display_text.tr(display_text.STORY_KINDS.get(story.kind, str(story.kind)))
    parts = [f'<p style="color:#5F6368">{escape(kind)} · {escape(story.language.value)}</p>']
    if story.embargo:
        embargo = translate("ImportReview", "Embargoed until {moment}").format(moment=story.embargo)
        parts.append(f'<p style="color:#8C1D18"><b>{escape(embargo)}</b></p>')
    parts.append(f"<h2>{escape(story.title)}</h2>")
    if story.standfirst:
        parts.append(f"<p><i>{escape(story.standfirst)}</i></p>")
    if story.byline:
        parts.append(f'<p style="color:#5F6368">{escape(story.byline)}</p>')
    dateline = " ".join(p for p in (story.dateline.place.upper(), story.dateline.date) if p)
    first = True
    for block in story.body:
        parts.append(_block_html(block, document, dateline if first else ""))
        first = first and block.kind is not BlockKind.PARAGRAPH
    if dateline and first:
        parts.insert(2, f"<p><b>{escape(dateline)}</b></p>")
    parts += _found_html(document)
    return "\n".join(parts)


def _block_html(block, document: ParsedDocument, dateline: str) -> str:
    text = escape(block.text)
    match block.kind:
        case BlockKind.SUBHEAD:
            return f"<h4>{text}</h4>"
        case BlockKind.QUOTE:
            who = f" — {escape(block.attribution)}" if block.attribution else ""
            return f'<blockquote style="color:#333"><i>{text}</i>{who}</blockquote>'
        case BlockKind.BULLETS:
            items = "".join(f"<li>{escape(line)}</li>" for line in block.text.split("\n"))
            return f"<ul>{items}</ul>"
        case BlockKind.PHOTO:
            return _photo_html(document, block.photo_id)
    lead = f'<span style="color:#0033A0"><b>{escape(dateline)} –</b></span> ' if dateline else ""
    return f"<p>{lead}{text}</p>"


def _photo_html(document: ParsedDocument, index: int | None) -> str:
    if index is None or index >= len(document.photos):
        return ""
    photo = document.photos[index]
    has_image = index in document.images
    what = (
        translate("ImportReview", "Photo")
        if has_image
        else translate("ImportReview", "Photo slot (no image yet)")
    )
    caption = escape(photo.caption) or "—"
    credit = f' <span style="color:#5F6368">{escape(photo.credit)}</span>' if photo.credit else ""
    return (
        '<table width="100%" cellpadding="6" style="background:#EDE1F5"><tr><td>'
        f'<span style="color:#5B2C83"><b>{escape(what)}</b></span><br>{caption}{credit}'
        "</td></tr></table>"
    )


def _found_html(document: ParsedDocument) -> list[str]:
    parts = []
    contacts = translate("ImportReview", "Contacts found")
    figures = translate("ImportReview", "Key figures found")
    about = translate("ImportReview", "About (boilerplate)")
    if document.contacts:
        parts.append(f"<h3>{escape(contacts)}</h3>")
        for contact in document.contacts:
            details = [contact.role, contact.organisation, contact.email, *contact.phones]
            rest = escape(" · ".join(d for d in details if d))
            parts.append(f"<p><b>{escape(contact.name)}</b><br>{rest}</p>")
    if document.figures:
        parts.append(f"<h3>{escape(figures)}</h3>")
        for figure in document.figures:
            source = f' <span style="color:#5F6368">({escape(figure.source)})</span>'
            parts.append(
                f'<p><b style="color:#0033A0">{escape(figure.value)}</b> '
                f"{escape(figure.label)}{source if figure.source else ''}</p>"
            )
    if document.boilerplate:
        parts.append(f"<h3>{escape(about)}</h3>")
        parts += [f'<p style="color:#5F6368">{escape(text)}</p>' for text in document.boilerplate]
    return parts
