"""Reports: annotate a corpus, run the notebooks with papermill, render static HTML.

`build` writes `<out>/<document id>.html` (notebooks/document.ipynb for each document),
`<out>/corpus.html` (notebooks/corpus.ipynb) and `<out>/index.html` (a page linking them).

- Fast: documents are annotated once, in one `nlp.pipe` run, and the notebooks read the stored
  annotations; notebooks run in parallel worker processes (papermill's Python API, nbconvert's
  exporter in-process), each kernel on its own IPC sockets so parallel kernels never race for
  TCP ports.
- Incremental: every annotation and report has a content key (the document, the notebook, the
  toolkit's code and data, the spaCy pipeline's name and version, the parameters); a report whose
  key is unchanged and whose file is intact is skipped. The cache is one folder; deleting it
  only means a full rebuild.
- Byte-reproducible and offline: no timestamps, paths or random ids reach the HTML (papermill's
  injected cell is dropped, cell ids are fixed), and the `offline` template loads nothing from
  the network; figures are embedded PNGs.
- Fault-isolated and loss-free: a document that cannot be read, or whose notebook raises, is
  listed in the index with the reason and every other report is still built. Files are written
  to a temporary name and renamed into place, so a killed build never leaves a half-written
  report.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from multiprocessing import get_context
from pathlib import Path
from urllib.parse import quote

from toolkit.config import NOTEBOOKS_DIR, REPORTS_DIR, SEEDS_DIR, cache_dir
from toolkit.documents import Document, Problem, load_corpus
from toolkit.records import Annotation, read_annotations, write_annotations

KERNEL = "python3"
PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"


@dataclass(frozen=True)
class Progress:
    """Where a build is: its stage, how far, and what happened to the reports so far."""

    stage: str
    done: int
    total: int
    built: int = 0
    unchanged: int = 0
    failed: int = 0


@dataclass
class BuildResult:
    """What a build did: reports written, reports left as they were, what failed and why."""

    out: Path
    reports: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failures: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every document was read and every report built."""
        return not self.failures and not self.skipped


@dataclass(frozen=True)
class _Task:
    """One notebook to run into one HTML file."""

    notebook: str
    parameters: dict
    title: str
    target: str
    key: str
    keep_code: bool


def build(
    paths: Sequence[str | os.PathLike] = (SEEDS_DIR,),
    *,
    out: str | os.PathLike = REPORTS_DIR,
    keep_code: bool = False,
    model: str | None = None,
    notebooks: str | os.PathLike = NOTEBOOKS_DIR,
    jobs: int | None = None,
    cache: str | os.PathLike | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> BuildResult:
    """Annotate documents and build one HTML report per document, a corpus report and an index.

    Args:
        paths: Files or folders of documents (default: the project's `seeds/`).
        out: The folder for the HTML reports (default: the project's `reports/`).
        keep_code: Show the notebooks' code cells in the HTML (hidden by default).
        model: The spaCy pipeline to annotate with.
        notebooks: The folder holding `document.ipynb` and `corpus.ipynb`.
        jobs: Worker processes for the notebooks (default: the number of CPUs).
        cache: The cache folder (default: `toolkit.config.cache_dir()`).
        progress: Called with a `Progress` as the build goes on.

    Returns:
        A `BuildResult` listing the reports written, left unchanged, and the problems met.

    Example:
        >>> result = build(["seeds"], out="reports")  # doctest: +SKIP
        >>> [p.name for p in result.reports]  # doctest: +SKIP
        ['000_89192fba730c4fbc.html', 'corpus.html', 'index.html']
    """
    from toolkit.nlp import pipeline_identity

    out, notebooks = Path(out), Path(notebooks)
    cache = Path(cache) if cache is not None else cache_dir()
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out)
    report = progress or (lambda state: None)
    result = BuildResult(out=out)

    corpus = load_corpus(*paths, warn=False)
    result.skipped = [p for p in corpus.problems if p.skipped]
    result.warnings = [p for p in corpus.problems if not p.skipped]
    annotation_version = _digest(code_version(ANNOTATION_CODE), pipeline_identity(model))
    stored = _annotations(corpus.documents, cache / "annotations", annotation_version, model, report)
    version = _digest(annotation_version, code_version(REPORT_CODE))

    doc_notebook, corpus_notebook = notebooks / "document.ipynb", notebooks / "corpus.ipynb"
    doc_code = _digest(version, _file_digest(doc_notebook), str(keep_code))
    tasks = [
        _Task(
            notebook=str(doc_notebook),
            parameters={"document": annotation.id, "annotations": str(path)},
            title=annotation.title or annotation.id,
            target=str(out / _report_name(annotation.id)),
            key=_digest(doc_code, path.stem),
            keep_code=keep_code,
        )
        for annotation, path in stored
    ]
    annotations = [annotation for annotation, _ in stored]
    corpus_store = write_annotations(
        cache / "corpora" / f"{_digest(*(p.stem for _, p in stored))}.jsonl", annotations
    )
    tasks.append(
        _Task(
            notebook=str(corpus_notebook),
            parameters={"annotations": str(corpus_store), "reports": "."},
            title="Corpus overview",
            target=str(out / "corpus.html"),
            key=_digest(version, _file_digest(corpus_notebook), str(keep_code), corpus_store.stem),
            keep_code=keep_code,
        )
    )

    manifest_path = cache / "reports.json"
    manifest = _read_manifest(manifest_path)
    todo = [t for t in tasks if not _up_to_date(Path(t.target), t.key, manifest)]
    result.unchanged = [Path(t.target) for t in tasks if t not in todo]
    failed_ids: set[str] = set()
    counts = {"built": 0, "unchanged": len(result.unchanged), "failed": 0}
    report(Progress("reports", 0, len(todo), **counts))
    for done, (task, outcome) in enumerate(_run(todo, jobs), 1):
        if isinstance(outcome, str) and outcome.startswith("failed: "):
            name = task.parameters.get("document", "corpus")
            result.failures.append(Problem(name, outcome.removeprefix("failed: "), skipped=True))
            failed_ids.add(name)
            counts["failed"] += 1
        else:
            manifest[task.key] = outcome
            result.reports.append(Path(task.target))
            counts["built"] += 1
        _write_manifest(manifest_path, manifest)  # after each report: a killed build keeps them
        report(Progress("reports", done, len(todo), **counts))

    listed = [a for a in annotations if a.id not in failed_ids]
    index = out / "index.html"
    page = index_html(listed, result)
    if not index.is_file() or index.read_text(encoding="utf-8") != page:
        _write_atomic(index, page)
        result.reports.append(index)
    else:
        result.unchanged.append(index)
    return result


# -- annotations: cached per document --------------------------------------------------------


def _annotations(
    documents: Sequence[Document], folder: Path, version: str, model: str | None, report
) -> list[tuple[Annotation, Path]]:
    """Each document's annotation and the one-record file it is stored in (annotating misses)."""
    keyed = [(document, folder / f"{_document_key(document, version)}.jsonl") for document in documents]
    found: dict[str, Annotation] = {}
    for document, path in keyed:
        try:
            (annotation,) = read_annotations(path)
            if annotation.text == document.text and annotation.id == document.id:
                found[path.stem] = annotation
        except (OSError, ValueError):
            pass  # missing or corrupt: annotate again
    missing = [(d, p) for d, p in keyed if p.stem not in found]
    if missing:
        from toolkit.nlp import annotate, load_pipeline

        nlp = load_pipeline(model)
        for done, ((_, path), annotation) in enumerate(
            zip(missing, annotate([d for d, _ in missing], nlp=nlp)), 1
        ):
            write_annotations(path, [annotation])
            found[path.stem] = annotation
            report(Progress("annotate", done, len(missing)))
    return [(found[p.stem], p) for _, p in keyed]


def _document_key(document: Document, version: str) -> str:
    """A document's annotation key: what it says and what it is annotated with."""
    fields = [document.id, document.title, document.url, document.source, document.published, document.text]
    return _digest(version, json.dumps(fields, ensure_ascii=False))


# What each cached product is made by: a change to any of these files invalidates it, a change
# elsewhere (the CLI, the evaluation) does not.
ANNOTATION_CODE = (
    "nlp.py", "actors.py", "names.py", "references.py", "claims.py", "quotes.py", "gazetteer.py",
    "given_names.py", "records.py", "data/*.json",
)
REPORT_CODE = (
    "__init__.py", "corpus.py", "display.py", "plots.py", "records.py", "reports.py", "tables.py",
    "templates/*/*",
)


@lru_cache(maxsize=2)
def code_version(patterns: tuple[str, ...] = ANNOTATION_CODE + REPORT_CODE) -> str:
    """A digest of the toolkit files matching `patterns` (paths relative to the package)."""
    files = sorted({p for pattern in patterns for p in PACKAGE_DIR.glob(pattern) if p.is_file()})
    return _digest(*(f"{p.relative_to(PACKAGE_DIR)}:{_file_digest(p)}" for p in files))


# -- the incremental cache --------------------------------------------------------------------


def _up_to_date(target: Path, key: str, manifest: dict) -> bool:
    """True when the file holds exactly what these inputs built (the manifest maps key -> sha256).

    Builds are byte-reproducible, so one key always makes the same bytes, whatever the folder.
    """
    return key in manifest and target.is_file() and manifest[key] == _file_digest(target)


def _read_manifest(path: Path) -> dict:
    """Report keys and the sha256 of what they built; missing or corrupt: empty (a full rebuild)."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        return manifest if isinstance(manifest, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_manifest(path: Path, manifest: dict) -> None:
    """Save the manifest atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, json.dumps(manifest, indent=1, sort_keys=True))


def _digest(*parts: str) -> str:
    """A short hex digest of some strings."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8"))
        hasher.update(b"\0")
    return hasher.hexdigest()[:32]


def _file_digest(path: Path) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# -- running notebooks ------------------------------------------------------------------------


def _run(tasks: list[_Task], jobs: int | None):
    """Run tasks in worker processes; yield (task, sha256 of the report or 'failed: why')."""
    if not tasks:
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    if jobs == 1:
        for task in tasks:
            yield task, _render_task(task)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(_render_task, task): task for task in tasks}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _render_task(task: _Task) -> str:
    """Run one notebook and write its HTML; the report's sha256, or 'failed: why'."""
    try:
        html = render_notebook(Path(task.notebook), task.parameters, title=task.title, keep_code=task.keep_code)
    except Exception as error:  # a failing notebook must not stop the other reports
        return f"failed: {_reason(error)}"
    path = _write_atomic(Path(task.target), html)
    return _file_digest(path)


def render_notebook(notebook: Path, parameters: dict, *, title: str, keep_code: bool = False) -> str:
    """Execute a notebook with papermill and export it to self-contained HTML.

    Args:
        notebook: The `.ipynb` to run (in its own folder).
        parameters: Values for its `parameters` cell.
        title: The HTML page title.
        keep_code: Keep code cells in the HTML (hidden by default).

    Returns:
        The HTML text.

    Example:
        >>> html = render_notebook(Path("notebooks/document.ipynb"), {})  # doctest: +SKIP
    """
    import nbformat
    import papermill
    from jupyter_client import KernelManager
    from nbconvert import HTMLExporter

    _prefer_this_python()
    with tempfile.TemporaryDirectory(prefix="toolkit-") as tmp:
        # IPC sockets in a private folder: parallel kernels never race for TCP ports
        kernel = KernelManager(kernel_name=KERNEL, transport="ipc", ip=str(Path(tmp) / "kernel"))
        executed = Path(tmp) / notebook.name
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=parameters,
                kernel_name=KERNEL,
                progress_bar=False,
                cwd=str(notebook.parent),
                log_output=False,
                km=kernel,
                # the kernel's own log (shutdown interrupt and the like) is noise in a build
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            )
        finally:
            if kernel.has_kernel:
                kernel.shutdown_kernel(now=True)
        node = nbformat.read(executed, as_version=4)
    node.cells = [c for c in node.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    node.metadata.pop("papermill", None)
    for cell in node.cells:  # cell ids come from the source notebook: fixed, not random
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
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
    value = str(getattr(error, "evalue", error))
    first = value.splitlines()[0] if value else ""
    return f"notebook failed: {name}: {first}".rstrip(": ")


# -- files --------------------------------------------------------------------------------------


def _report_name(document_id: str) -> str:
    """The report file of a document."""
    return f"{document_id}.html"


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed build left behind (never a report)."""
    for stale in out.glob(".*.tmp"):
        stale.unlink(missing_ok=True)


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
    """The index page: one row per report, then the documents that could not be reported."""
    rows = "".join(
        "<tr><td><a href=\"{href}\">{title}</a></td><td>{date}</td><td>{source}</td>"
        "<td class=n>{actors}</td><td class=n>{claims}</td></tr>".format(
            href=escape(quote(_report_name(a.id))),
            title=escape(a.title or a.id),
            date=escape(a.published or ""),
            source=escape(a.source or ""),
            actors=len(a.actors),
            claims=len(a.claims),
        )
        for a in sorted(annotations, key=lambda a: (a.published or "", a.id))
    )
    problems = sorted(result.skipped + result.failures, key=lambda p: p.path)
    problem_rows = "".join(
        f"<li><code>{escape(_shown_path(p.path))}</code>: {escape(p.message)}</li>" for p in problems
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


def _shown_path(path: str) -> str:
    """A problem's file as the index shows it: no absolute path (reports move between machines)."""
    return os.path.basename(path) if os.path.isabs(path) else path
