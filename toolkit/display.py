"""HTML views for notebooks: the document card and the text with actors and claims marked.

Document text, titles and URLs are data, never markup: every piece is escaped, and a link is
shown as text, never made clickable.
"""

from __future__ import annotations

from html import escape

from IPython.display import HTML

from toolkit.plots import KIND_COLORS
from toolkit.records import Annotation

_STYLE = """
<style>
.tk-card dt {font-weight: bold; float: left; clear: left; width: 7em;}
.tk-card dd {margin-left: 8em;}
.tk-text {white-space: pre-wrap; line-height: 1.9; max-width: 52em; font-family: Georgia, serif;}
.tk-claim {background: #fff6d5; border-bottom: 2px solid #e0b000;}
.tk-speaker {font: bold 0.75em sans-serif; color: #fff; background: #a07800; border-radius: 3px;
  padding: 0 4px; margin-right: 3px;}
.tk-mention {border-radius: 3px; padding: 0 1px;}
.tk-legend span {margin-right: 1em; padding: 0 4px; border-radius: 3px;}
table.tk-table td, table.tk-table th,
.jp-RenderedHTMLCommon table.tk-table td, .jp-RenderedHTMLCommon table.tk-table th
  {text-align: left; vertical-align: top;}
.jp-RenderedHTMLCommon table.tk-table td.tk-nowrap, table.tk-table td.tk-nowrap {white-space: nowrap;}
</style>
"""


def document_card(annotation: Annotation) -> HTML:
    """Title, source, date, link (as text) and word count of a document.

    Example:
        >>> document_card(annotation)  # doctest: +SKIP
    """
    rows = [
        ("Title", annotation.title or "(no title)"),
        ("Source", annotation.source or "(unknown)"),
        ("Published", annotation.published or "(unknown)"),
        ("Link", annotation.url or "(none)"),
        ("Words", f"{len(annotation.text.split()):,}"),
        ("Document", annotation.id),
    ]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    return HTML(f'{_STYLE}<dl class="tk-card">{items}</dl>')


def annotated_text(annotation: Annotation) -> HTML:
    """The document text with actor mentions coloured by kind and each claim marked with its speaker.

    Example:
        >>> annotated_text(annotation)  # doctest: +SKIP
    """
    return HTML(_STYLE + _legend() + f'<div class="tk-text">{annotated_html(annotation)}</div>')


def annotated_html(annotation: Annotation) -> str:
    """The marked-up text as an HTML fragment (escaped text, nested <span> tags)."""
    text = annotation.text
    names = {a.id: a.name for a in annotation.actors}
    claim_at: list[int | None] = [None] * len(text)
    for index, claim in enumerate(annotation.claims):
        for i in range(*claim.content):
            if claim_at[i] is None:
                claim_at[i] = index
    mention_at: list[tuple | None] = [None] * len(text)
    for actor in annotation.actors:
        for m in actor.mentions:
            for i in range(m.start, m.end):
                mention_at[i] = (actor.id, actor.name, actor.kind, m.via, m.start)
    pieces: list[str] = []
    state = (None, None)
    for i, char in enumerate(text + "\0"):
        new = (claim_at[i], mention_at[i]) if i < len(text) else (None, None)
        if new != state:
            if state[1] is not None:
                pieces.append("</span>")
            if state[0] is not None and new[0] != state[0]:
                pieces.append("</span>")
            if new[0] is not None and new[0] != state[0]:
                claim = annotation.claims[new[0]]
                speaker = names.get(claim.speaker, "unknown source") if claim.speaker else "unknown source"
                label = f"{speaker} · {claim.quote} · {claim.type}"
                pieces.append(
                    f'<span class="tk-claim" title="{escape(label)}">'
                    f'<span class="tk-speaker">{escape(speaker)}</span>'
                )
            if new[1] is not None:
                _, name, kind, via, _ = new[1]
                color = KIND_COLORS.get(kind, "#999999")
                pieces.append(
                    f'<span class="tk-mention" style="background:{color}33;'
                    f' border-bottom:2px solid {color}" title="{escape(name)} ({escape(kind)}, {escape(via)})">'
                )
            state = new
        if i < len(text):
            pieces.append(escape(char))
    return "".join(pieces)


def _legend() -> str:
    """Colour key of actor kinds and of claims."""
    kinds = "".join(
        f'<span style="background:{color}33; border-bottom:2px solid {color}">{kind}</span>'
        for kind, color in KIND_COLORS.items()
    )
    return f'<p class="tk-legend">{kinds}<span class="tk-claim">claim content</span></p>'


def table(frame, *, columns: list[str] | None = None) -> HTML:
    """A DataFrame as an HTML table with every cell escaped and no index column.

    Example:
        >>> table(claims_frame(annotation), columns=["speaker", "content"])  # doctest: +SKIP
    """
    if columns is not None:
        frame = frame[columns]
    return HTML(_STYLE + frame.to_html(index=False, escape=True, border=0, na_rep="", classes="tk-table"))


def documents_table(annotations, *, reports: str | None = None) -> HTML:
    """Every document with its counts; titles link to `<reports>/<id>.html` when `reports` is set.

    Example:
        >>> documents_table(annotations, reports=".")  # doctest: +SKIP
    """
    from urllib.parse import quote

    rows = []
    for a in annotations:
        title = escape(a.title or a.id)
        if reports:
            href = escape(f"{reports.rstrip('/')}/{quote(a.id)}.html")
            title = f'<a href="{href}">{title}</a>'
        rows.append(
            f"<tr><td>{title}</td><td class=\"tk-nowrap\">{escape(a.published or '')}</td><td>{escape(a.source or '')}</td>"
            f"<td>{len(a.text.split()):,}</td><td>{len(a.actors)}</td>"
            f"<td>{sum(len(x.mentions) for x in a.actors)}</td><td>{len(a.claims)}</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("document", "published", "source", "words", "actors", "mentions", "claims"))
    return HTML(f'{_STYLE}<table class="dataframe tk-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
