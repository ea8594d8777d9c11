"""HTML views: document text and metadata are escaped, never markup."""

from __future__ import annotations

from toolkit.display import annotated_html, document_card, documents_table, table
from toolkit.records import Actor, Annotation, Claim, Mention
from toolkit.tables import claims_frame

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)>"


def _hostile() -> Annotation:
    text = f"{HOSTILE}\n\nEvil Person said {HOSTILE}."
    start = text.index("Evil")
    content = text.index("said") + 5
    return Annotation(
        id="x<y",
        title=HOSTILE,
        url="javascript:alert(1)",
        source=None,
        published=None,
        text=text,
        actors=(Actor("evil-person", "Evil <b>Person</b>", "person", mentions=(Mention(start, start + 11, "Evil Person", "name"),)),),
        claims=(Claim("evil-person", (start, start + 11), (start + 12, start + 16), (content, len(text) - 1), "indirect", "assertive"),),
    )


def test_annotated_text_escapes_everything():
    html = annotated_html(_hostile())
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('class="tk-claim"') == 1


def test_annotated_text_keeps_every_character():
    import re
    from html import unescape

    annotation = _hostile()
    shown = unescape(re.sub(r"<span class=\"tk-speaker\">.*?</span>|<[^>]+>", "", annotated_html(annotation)))
    assert shown == annotation.text


def test_card_shows_link_as_text_only():
    html = document_card(_hostile()).data
    assert "javascript:alert(1)" in html and "href" not in html and "<script" not in html.split("</style>")[1]


def test_tables_escape_cells():
    annotation = _hostile()
    assert "<script" not in table(claims_frame(annotation)).data
    assert "<script" not in documents_table([annotation], reports=".").data
    assert 'href="./x%3Cy.html"' in documents_table([annotation], reports=".").data
