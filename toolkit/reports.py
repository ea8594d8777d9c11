"""Reports: annotate a corpus, run the notebooks with papermill, render static HTML.

`build` writes `<out>/<document id>.html` (notebooks/document.ipynb for each document),
`<out>/corpus.html` (notebooks/corpus.ipynb) and `<out>/index.html` (a page linking them).
A document that cannot be read, or whose notebook fails, is listed in the index with the
reason; the other reports are still built. Every file is written to a temporary name and
renamed into place, so an interrupted build never leaves a half-written report.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter

from toolkit.config import NOTEBOOKS_DIR, REPORTS_DIR, SEEDS_DIR, cache_dir
from toolkit.documents import Problem, load_corpus
from toolkit.nlp import annotate, load_pipeline
from toolkit.records import Annotation, write_annotations

KERNEL = "python3"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


@dataclass
class BuildResult:
    """What a build made: reports written, documents that failed, files that were skipped."""

    out: Path
    reports: list[Path] = field(default_factory=list)
    failures: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every document was read and every report built."""
        return not self.failures and not self.skipped


def build(
    paths: Sequence[str | os.PathLike] = (SEEDS_DIR,),
    *,
    out: str | os.PathLike = REPORTS_DIR,
    keep_code: bool = False,
    model: str | None = None,
    notebooks: str | os.PathLike = NOTEBOOKS_DIR,
    progress: Callable[[str, int, int], None] | None = None,
) -> BuildResult:
    """Annotate documents and build one HTML report per document, a corpus report and an index.

    Args:
        paths: Files or folders of documents (default: the project's `seeds/`).
        out: The folder for the HTML reports (default: the project's `reports/`).
        keep_code: Show the notebooks' code cells in the HTML (hidden by default).
        model: The spaCy pipeline to annotate with.
        notebooks: The folder holding `document.ipynb` and `corpus.ipynb`.
        progress: Called as `progress(stage, done, total)` while the build runs.

    Returns:
        A `BuildResult` listing the reports written and the problems met.

    Example:
        >>> result = build(["seeds"], out="reports")  # doctest: +SKIP
        >>> [p.name for p in result.reports]  # doctest: +SKIP
        ['000_89192fba730c4fbc.html', 'corpus.html', 'index.html']
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    notebooks = Path(notebooks)
    report = progress or (lambda stage, done, total: None)
    result = BuildResult(out=out)

    corpus = load_corpus(*paths, warn=False)
    result.skipped = [p for p in corpus.problems if p.skipped]
    result.warnings = [p for p in corpus.problems if not p.skipped]
    nlp = load_pipeline(model)
    annotations: list[Annotation] = []
    total = len(corpus.documents)
    for done, annotation in enumerate(annotate(corpus.documents, nlp=nlp), 1):
        annotations.append(annotation)
        report("annotate", done, total)

    work = cache_dir() / "build"
    work.mkdir(parents=True, exist_ok=True)
    store = write_annotations(work / "annotations.jsonl", annotations)
    _prefer_this_python()

    built: list[Annotation] = []
    for done, annotation in enumerate(annotations, 1):
        target = out / f"{annotation.id}.html"
        try:
            html = _render(
                notebooks / "document.ipynb",
                {"document": annotation.id, "annotations": str(store)},
                title=annotation.title or annotation.id,
                keep_code=keep_code,
            )
        except Exception as error:  # a failing notebook must not stop the other reports
            result.failures.append(Problem(annotation.id, _reason(error), skipped=True))
        else:
            result.reports.append(_write_atomic(target, html))
            built.append(annotation)
        report("reports", done, total)

    try:
        html = _render(
            notebooks / "corpus.ipynb",
            {"annotations": str(store), "reports": "."},
            title="Corpus overview",
            keep_code=keep_code,
        )
        result.reports.append(_write_atomic(out / "corpus.html", html))
    except Exception as error:
        result.failures.append(Problem("corpus", _reason(error), skipped=True))
    result.reports.append(_write_atomic(out / "index.html", index_html(built, result)))
    return result


def _render(notebook: Path, parameters: dict, *, title: str, keep_code: bool) -> str:
    """Execute a notebook with papermill and export it to HTML (code cells hidden by default)."""
    with tempfile.TemporaryDirectory(prefix="toolkit-") as tmp:
        executed = Path(tmp) / notebook.name
        papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters=parameters,
            kernel_name=KERNEL,
            progress_bar=False,
            cwd=str(notebook.parent),
            log_output=False,
            # the kernel's own log (plain-TCP notice, shutdown interrupt) is noise in a build
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
        node = nbformat.read(executed, as_version=4)
    node.cells = [c for c in node.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        template_name="offline",
        exclude_input=not keep_code,
        exclude_input_prompt=not keep_code,
        exclude_output_prompt=True,
    )
    html, _ = exporter.from_notebook_node(node, resources={"metadata": {"name": title}})
    return html


def _prefer_this_python() -> None:
    """Make the notebook kernel run this interpreter (the project's environment)."""
    here = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != here:
        os.environ["PATH"] = here + os.pathsep + os.environ.get("PATH", "")


def _reason(error: Exception) -> str:
    """A one-line reason for a failed notebook."""
    name = getattr(error, "ename", type(error).__name__)
    value = getattr(error, "evalue", str(error))
    return f"notebook failed: {name}: {str(value).splitlines()[0] if str(value) else ''}".rstrip(": ")


def _write_atomic(path: Path, text: str) -> Path:
    """Write a text file via a temporary file and a rename: never a half-written report."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def index_html(annotations: Sequence[Annotation], result: BuildResult) -> str:
    """The index page: one row per report, then the documents that could not be used."""
    rows = "".join(
        "<tr><td><a href=\"{href}\">{title}</a></td><td>{date}</td><td>{source}</td>"
        "<td class=n>{actors}</td><td class=n>{claims}</td></tr>".format(
            href=escape(f"{a.id}.html"),
            title=escape(a.title or a.id),
            date=escape(a.published or ""),
            source=escape(a.source or ""),
            actors=len(a.actors),
            claims=len(a.claims),
        )
        for a in sorted(annotations, key=lambda a: (a.published or "", a.id))
    )
    problems = result.skipped + result.failures
    problem_rows = "".join(
        f"<li><code>{escape(p.path)}</code>: {escape(p.message)}</li>" for p in problems
    )
    problem_block = (
        f"<h2>Not reported ({len(problems)})</h2><ul>{problem_rows}</ul>" if problems else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who claims what: reports</title>
<style>
body {{font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em;}}
table {{border-collapse: collapse; width: 100%;}}
th, td {{text-align: left; padding: .3em .6em; border-bottom: 1px solid #ddd; vertical-align: top;}}
td.n, th.n {{text-align: right;}}
</style></head>
<body>
<h1>Who claims what</h1>
<p><a href="corpus.html">Corpus overview</a> · {len(annotations)} document reports</p>
<table>
<thead><tr><th>Document</th><th>Date</th><th>Source</th><th class=n>Actors</th><th class=n>Claims</th></tr></thead>
<tbody>{rows}</tbody>
</table>
{problem_block}
</body></html>
"""
