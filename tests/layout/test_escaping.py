"""User text is only ever text: markup in it prints literally, links only where allowed."""

from __future__ import annotations

from dataclasses import replace

from mediakit.layout.text import safe_href, spans_markup, tel_href, tie_figure, typeset
from mediakit.model import Block, BlockKind, Span

from .pdfcheck import link_uris, page_texts, reader, squeeze
from .sample import sample_content

PAYLOADS = [
    "<b>not bold</b>",
    "Tom & Jerry",
    '<img src="/etc/passwd"/>',
    '<font color="[[[x]]]">red</font>',
]


def hostile_content():
    content = sample_content()
    story = content.stories[1]
    story = replace(
        story,
        title=f"Title {PAYLOADS[3]} and {PAYLOADS[1]}",
        body=(
            Block(
                BlockKind.PARAGRAPH,
                (
                    Span(f"Body {PAYLOADS[0]} then "),
                    Span(PAYLOADS[2], italic=True),
                    Span(" a script link", href="javascript:alert(1)"),
                    Span(" and a real one", href='https://example.org/?q="x"&y=<z>'),
                ),
            ),
            *story.body,
        ),
    )
    photo = replace(content.photos[1], caption=f"Caption {PAYLOADS[2]}", credit="IOM/<i>X</i>")
    contact = replace(content.contacts[1], name=f"Gema {PAYLOADS[0]} & co")
    return replace(
        content,
        stories={**content.stories, 1: story},
        photos={**content.photos, 1: photo},
        contacts={**content.contacts, 1: contact},
    )


def test_payloads_print_literally(build):
    pdf = build(hostile_content())
    text = squeeze("".join(page_texts(pdf)))
    for payload in PAYLOADS:
        assert squeeze(payload) in text
    assert squeeze('Caption <img src="/etc/passwd"/>') in text
    assert squeeze("Photo: IOM/<i>X</i>") in text
    assert squeeze("Gema <b>not bold</b> & co") in text


def test_payloads_do_not_change_styling(build):
    pdf = reader(build(hostile_content()))
    runs: list[tuple[str, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            runs.append((text, str(font["/BaseFont"])))

    for page in pdf.pages[2:4]:
        page.extract_text(visitor_text=visit)
    body_runs = [font for text, font in runs if "not bold" in text]
    assert body_runs and all(font.endswith("NotoSans-Regular") for font in body_runs)


def test_only_safe_links_become_annotations(build):
    uris = link_uris(build(hostile_content()))
    assert not any(u.startswith("javascript") for u in uris)
    assert 'https://example.org/?q="x"&y=<z>' in uris


def test_href_rules():
    assert safe_href("https://iom.int/x") == "https://iom.int/x"
    assert safe_href("mailto:a@b.org") == "mailto:a@b.org"
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "",
        None,
        "https://a b",
        "JaVaScRiPt:x",
    ):
        assert safe_href(bad) is None
    assert tel_href("+ 54 911 50472248") == "tel:+5491150472248"
    assert tel_href("+506 7203 6536.") == "tel:+50672036536"
    assert tel_href("n/a") is None


def test_markup_is_built_only_from_the_model():
    markup = spans_markup((Span("<a href='x'>", bold=True), Span("&", href="ftp://x")), "#0033A0")
    assert markup == "<b>&lt;a href='x'&gt;</b>&amp;"


def test_typeset_keeps_length_and_leaves_markup_alone():
    for text in PAYLOADS + ['"Quoted," he said', "Lima's 6.1 million - 80 per cent"]:
        assert len(typeset(text)) == len(text)
    assert typeset('"Quoted," he said') == "“Quoted,” he said"
    assert typeset(PAYLOADS[3]) == PAYLOADS[3]
    assert typeset("6.1 million") == "6.1\u00a0million"


def test_figures_never_break_after_the_number():
    assert tie_figure("6.1 million") == "6.1\u00a0million"
    assert tie_figure("More than 5 million") == "More than 5\u00a0million"
