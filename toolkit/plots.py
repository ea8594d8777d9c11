"""matplotlib figures of actors and claims. Every figure is a pure function of its input."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from toolkit.records import Annotation
from toolkit.tables import corpus_actors_frame, speaker_frame

KIND_COLORS = {
    "person": "#4c72b0",
    "state": "#dd8452",
    "organization": "#55a868",
    "group": "#8172b3",
}


def mentions_plot(annotation: Annotation, *, top: int = 15) -> Figure:
    """Bar chart: how often each actor is mentioned in one document, coloured by kind.

    Args:
        annotation: One annotated document.
        top: Show at most this many actors (the most mentioned).

    Returns:
        The matplotlib Figure.

    Example:
        >>> mentions_plot(annotation).savefig("mentions.png")  # doctest: +SKIP
    """
    actors = sorted(annotation.actors, key=lambda a: (-len(a.mentions), a.name))[:top]
    fig, ax = plt.subplots(figsize=(7, 0.4 * max(len(actors), 2) + 1))
    names = [a.name for a in actors][::-1]
    counts = [len(a.mentions) for a in actors][::-1]
    colors = [KIND_COLORS.get(a.kind, "#999999") for a in actors][::-1]
    ax.barh(names, counts, color=colors)
    ax.set_xlabel("mentions (names, aliases, pronouns, descriptions)")
    ax.set_title("Mentions per actor")
    _kind_legend(ax, {a.kind for a in actors})
    _tidy(ax)
    fig.tight_layout()
    plt.close(fig)
    return fig


def speaks_about_plot(annotations: Annotation | Iterable[Annotation], *, top: int = 12) -> Figure:
    """Heat map: rows are speakers, columns the actors their claims mention, cells claim counts.

    Args:
        annotations: One annotated document or several.
        top: At most this many speakers and mentioned actors.

    Returns:
        The matplotlib Figure (a note in the axes when there are no attributed claims).

    Example:
        >>> speaks_about_plot(annotation).savefig("who-about-whom.png")  # doctest: +SKIP
    """
    annotations = [annotations] if isinstance(annotations, Annotation) else list(annotations)
    pairs: Counter = Counter()
    for a in annotations:
        names = {actor.id: actor.name for actor in a.actors}
        for c in a.claims:
            if c.speaker:
                for about in c.mentions or ("(no actor)",):
                    pairs[(names.get(c.speaker, c.speaker), names.get(about, about))] += 1
    speakers = sorted({s for (s, _) in pairs}, key=lambda s: (-sum(n for (x, _), n in pairs.items() if x == s), s))[:top]
    abouts = sorted({t for (_, t) in pairs}, key=lambda t: (-sum(n for (_, y), n in pairs.items() if y == t), t))[:top]
    fig, ax = plt.subplots(figsize=(max(5, 0.6 * len(abouts) + 3), max(2.5, 0.5 * len(speakers) + 1.5)))
    if not pairs:
        ax.text(0.5, 0.5, "no attributed claims", ha="center", va="center")
        ax.set_axis_off()
        plt.close(fig)
        return fig
    grid = [[pairs.get((s, t), 0) for t in abouts] for s in speakers]
    image = ax.imshow(grid, cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(len(abouts)), abouts, rotation=40, ha="right")
    ax.set_yticks(range(len(speakers)), speakers)
    for row, values in enumerate(grid):
        for col, value in enumerate(values):
            if value:
                ax.text(col, row, str(value), ha="center", va="center",
                        color="white" if value > max(map(max, grid)) / 2 else "black")
    ax.set_xlabel("actor mentioned in the claim")
    ax.set_ylabel("speaker")
    ax.set_title("Who speaks about whom (claims)")
    fig.colorbar(image, ax=ax, label="claims")
    fig.tight_layout()
    plt.close(fig)
    return fig


def corpus_actors_plot(annotations: Iterable[Annotation], *, top: int = 20) -> Figure:
    """Bars: the actors found in the most documents, and in how many of those they speak.

    Example:
        >>> corpus_actors_plot(annotations).savefig("actors.png")  # doctest: +SKIP
    """
    frame = corpus_actors_frame(annotations).head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(frame), 2) + 1.2))
    ax.barh(frame["name"], frame["documents"], color="#c6d4e8", label="mentioned in")
    ax.barh(frame["name"], frame["speaks_in"], color="#4c72b0", label="speaks in")
    ax.set_xlabel("documents")
    ax.set_title("Actors across the corpus")
    ax.legend(loc="lower right", frameon=False)
    _tidy(ax)
    fig.tight_layout()
    plt.close(fig)
    return fig


def claims_per_speaker_plot(annotations: Iterable[Annotation], *, top: int = 15) -> Figure:
    """Stacked bars: claims per speaker across a corpus, split by claim type.

    Example:
        >>> claims_per_speaker_plot(annotations).savefig("speakers.png")  # doctest: +SKIP
    """
    frame = speaker_frame(annotations).head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(frame), 2) + 1.2))
    left = None
    for kind in ("assertive", "normative", "evaluative", "intention", "prediction"):
        if kind in frame:
            ax.barh(frame["speaker"], frame[kind], left=left, label=kind)
            left = frame[kind] if left is None else left + frame[kind]
    ax.set_xlabel("claims")
    ax.set_title("Claims per speaker, by type")
    if left is not None:
        ax.legend(loc="lower right", frameon=False, fontsize="small")
    _tidy(ax)
    fig.tight_layout()
    plt.close(fig)
    return fig


def _kind_legend(ax, kinds: set[str]) -> None:
    """A legend of actor kinds present in the plot."""
    handles = [
        plt.Rectangle((0, 0), 1, 1, color=KIND_COLORS[k]) for k in KIND_COLORS if k in kinds
    ]
    ax.legend(handles, [k for k in KIND_COLORS if k in kinds], loc="lower right", frameon=False)


def _tidy(ax) -> None:
    """Integer ticks, no top/right frame."""
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
