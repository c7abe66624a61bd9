"""Property-based: arbitrary Unicode never breaks the story parser or the decoder."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mediakit.importers import parse_text
from mediakit.importers.decode import decode_text
from mediakit.model import BadInputError, BlockKind

lines = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(
            [
                "",
                "-",
                "- Menu",
                "SOBRE NOSOTROS",
                "Photo: IOM/X",
                "SDG 3 - Health",
                "[1] Source. July 2022",
                "For additional information:",
                "In Lima:",
                "Ana, IOM, a@b.org + 51 1",
                "“Quote.”",
                "Lima, Peru – text",
                "<b>x</b>",
                "&amp;",
                "WHO WE AREText",
            ]
        ),
    ),
    max_size=40,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(lines)
@example(parts=[":", "[0]", "a:²"])  # "²" is a digit int() refuses (a dateline's date)
def test_parser_never_raises_and_keeps_text_as_text(parts):
    text = "\n".join(parts)
    try:
        document = parse_text(text, name="x.txt")
    except BadInputError:
        assert not decode_text(text.encode()).strip()
        return
    story = document.story
    assert story.title
    for block in story.body:
        if block.kind is BlockKind.PHOTO:
            assert 0 <= block.photo_id < len(document.photos)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoder_never_raises_on_bytes(data):
    try:
        text = decode_text(data)
    except BadInputError:
        return
    assert "\x00" not in text and "\r" not in text
