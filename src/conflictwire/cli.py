"""conflictwire's command line: run, extract, export, eval, show, gazetteer, serve, train, bench."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .settings import default_db

app = typer.Typer(
    name="conflictwire",
    help="News reports in, a sourced, geocoded conflict-event dataset in ACLED's conventions out.\n\n"
         "Start with `conflictwire run FOLDER` (or no argument: the bundled example corpus), then "
         "`conflictwire export` or `conflictwire serve`.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich")
gazetteer_app = typer.Typer(help="Look up places, import GeoNames dumps or CSV files, rebuild the pack.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
bench_app = typer.Typer(help="Benchmarks: the pipeline beside spaCy's small NER model; the web app's latency.",
                        no_args_is_help=True)
app.add_typer(bench_app, name="bench")
console = Console(stderr=True)
out = Console()

DbOption = Annotated[Optional[Path], typer.Option("--db", help="The DuckDB store [default: ~/.local/share/conflictwire/conflictwire.duckdb]")]
ModelOption = Annotated[Optional[Path], typer.Option("--model", help="A model from `conflictwire train` that refines the event types")]
PathsArg = Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of .html, .txt, .jsonl, .warc(.gz), .rss/.atom/.xml")]


def example_corpus() -> Path:
    return Path(__file__).resolve().parent / "examples" / "corpus"


def progress_bar(total: int):
    progress = Progress(TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=console, transient=True, disable=total < 50 or not console.is_terminal)
    return progress


def _version(value: bool) -> None:
    if value:
        out.print(f"conflictwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """conflictwire"""


def options(model: Path | None):
    """Coding options; a model is checked before any work starts."""
    from .coding.refine import ModelError, load_model
    from .pipeline import Options

    if model is None:
        return Options()
    try:
        load_model(model)
    except ModelError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    return Options(model=str(model.resolve()))


def _run(paths: list[Path], store, workers: int, scheduler: str | None, model: Path | None = None,
         keep_events: bool = False):
    from .jobs import run_job
    from .scale import DaskProcessor

    chosen = options(model)
    with (DaskProcessor(workers, scheduler) if (workers > 1 or scheduler) else nullcontext()) as process, \
            progress_bar(10**9) as progress:
        task = progress.add_task("coding", total=None)
        return run_job([str(p) for p in paths], store, chosen, progress=lambda: progress.advance(task),
                       process=process, keep_events=keep_events)


@app.command()
def run(paths: PathsArg = None, db: DbOption = None,
        workers: Annotated[int, typer.Option(help="Local worker processes (Dask); 1 codes in this process.")] = 1,
        scheduler: Annotated[Optional[str], typer.Option(help="Address of an existing Dask scheduler, e.g. tcp://host:8786.")] = None,
        model: ModelOption = None,
        ) -> None:
    """The main job: read articles, code events, store everything in the DuckDB file.

    With no PATH, runs on the bundled example corpus. Re-running on the same input adds nothing."""
    from .store import Store, StoreError

    paths = paths or [example_corpus()]
    db = db or default_db()
    try:
        store = Store(db)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    with store:
        report = _run(paths, store, workers, scheduler, model)
        totals = store.counts()
    _print_summary(report, totals)


def _print_summary(report, totals: dict | None = None) -> None:
    out.print(f"[bold]articles read[/bold] {report.read}   [bold]skipped[/bold] {sum(report.skipped.values())}   "
              f"[bold]unreadable[/bold] {len(report.errors)}")
    for why, n in sorted(report.skipped.items()):
        out.print(f"  skipped {n}: {why}")
    for e in report.errors[:20]:
        out.print(f"  [yellow]unreadable[/yellow] {e.origin}: {e.reason}")
    if len(report.errors) > 20:
        out.print(f"  ... and {len(report.errors) - 20} more")
    out.print(f"[bold]events[/bold] {report.event_count}" + (f" ({report.added} new in the store)" if report.store else "")
              + f"   [bold]quotes[/bold] {report.quotes}   [bold]claims[/bold] {report.claims}"
              + f"   [bold]stories[/bold] {report.stories}")
    for title, counts in (("by type", report.by_type), ("by country", report.by_country)):
        table = Table(title=title, show_header=False, box=None, title_justify="left")
        for k, v in counts.most_common(12):
            table.add_row(k, str(v))
        out.print(table)
    table = Table(title="top actors", show_header=False, box=None, title_justify="left")
    for k, v in report.actors.most_common(10):
        table.add_row(k, str(v))
    out.print(table)
    for note, n in report.notes.most_common(5):
        out.print(f"[dim]assumed ({n} articles): {note}[/dim]")
    if report.store:
        out.print(f"[bold]store[/bold] {report.store}" + (
            f"  ({totals['articles']} articles, {totals['events']} events in total)" if totals else ""))


@app.command()
def extract(paths: PathsArg = None,
            out_file: Annotated[Path, typer.Option("--out", help="CSV file to write (ACLED's 31 columns + event_id, article_ids, confidence, status)")] = Path("events.csv"),
            background: Annotated[bool, typer.Option(help="Also write events the articles mention as history.")] = False,
            model: ModelOption = None,
            ) -> None:
    """Code the inputs without touching any store; write the event table as ACLED CSV."""
    from .export.formats import write_acled_csv

    report = _run(paths or [example_corpus()], None, 1, None, model, keep_events=True)
    events = [e for e in report.events if e.reported or background]
    n = write_acled_csv(events, out_file)
    console.print(f"{n} events from {report.read} articles -> {out_file}"
                  + (f"; {len(report.errors)} unreadable inputs" if report.errors else ""))
    for e in report.errors[:10]:
        console.print(f"  [yellow]unreadable[/yellow] {e.origin}: {e.reason}")


@app.command()
def export(db: DbOption = None,
           fmt: Annotated[str, typer.Option("--format", help="acled-csv, jsonl (with evidence), geojson or parquet")] = "acled-csv",
           out_file: Annotated[Path, typer.Option("--out", help="File to write")] = Path("events.csv"),
           background: Annotated[bool, typer.Option(help="Include events the articles mention as history.")] = False,
           ) -> None:
    """Export the stored events."""
    from .export.formats import write_acled_csv, write_geojson, write_jsonl, write_parquet
    from .store import Store, StoreError

    writers = {"acled-csv": write_acled_csv, "csv": write_acled_csv, "jsonl": write_jsonl,
               "geojson": write_geojson, "parquet": write_parquet}
    if fmt not in writers:
        console.print(f"[red]error:[/red] unknown format {fmt!r}; choose one of {', '.join(sorted(writers))}")
        raise typer.Exit(2)
    try:
        with Store(db or default_db(), read_only=True) as store:
            events = list(store.iter_events("TRUE" if background else "status = 'reported'"))
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    n = writers[fmt](events, out_file)
    console.print(f"{n} events -> {out_file}")


@app.command(name="eval")
def evaluate_cmd(inputs: Annotated[list[Path], typer.Argument(help="Input texts (.jsonl with ids)")],
                 gold: Annotated[Path, typer.Option("--gold", help="Gold ACLED coding (CSV with doc_id)")],
                 pred_out: Annotated[Optional[Path], typer.Option("--pred", help="Also write the predictions as CSV")] = None,
                 model: ModelOption = None,
                 as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
                 ) -> None:
    """Code INPUT and score it against GOLD with the shared scorer's definitions.

    Each input text is scored as its own report: no merging across texts."""
    import json

    from .evaluate import evaluate

    scores, rows = evaluate([str(p) for p in inputs], gold, options(model))
    if pred_out:
        import csv

        with pred_out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["article_ids"])
            writer.writeheader()
            writer.writerows(rows)
    if as_json:
        out.print(json.dumps({"gold_events": scores.gold_events, "pred_events": scores.pred_events, **scores.figures}))
    else:
        for line in scores.lines():
            out.print(line, markup=False, highlight=False)


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="An article id (see `conflictwire export --format jsonl`)")],
         db: DbOption = None) -> None:
    """Print an article's events, quotes and claims with their evidence highlighted."""
    from .export.terminal import show_article
    from .store import Store, StoreError

    try:
        with Store(db or default_db(), read_only=True) as store:
            if not show_article(store, article_id, out):
                console.print(f"[red]error:[/red] no article {article_id!r} in {store.path}")
                raise typer.Exit(1)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)


@app.command()
def serve(db: DbOption = None,
          port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
          host: Annotated[str, typer.Option(help="Address to bind; the default serves this machine only")] = "127.0.0.1",
          allow_writes: Annotated[bool, typer.Option("--allow-writes", help="Enable the write endpoints (flags); they need a token")] = False,
          token: Annotated[Optional[str], typer.Option(help="Token for write endpoints [default: a random one, printed]")] = None,
          ) -> None:
    """Web UI (map, timeline, events, stories, quotes, claims) and HTTP API under /api."""
    import uvicorn

    from .store import StoreError
    from .web.app import assets_dir, create_app

    try:
        web = create_app(db or default_db(), allow_writes=allow_writes, token=token)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    if not (assets_dir() / "leaflet").is_dir():
        console.print("[yellow]the map library is not installed: run `make setup` (npm packages) for the map[/yellow]")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]serving on {host}: reachable from other machines[/yellow]")
    if allow_writes:
        console.print(f"write token: {web.state.token}")
    out.print(f"conflictwire on http://{host}:{port}/  (API: http://{host}:{port}/api/docs)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@gazetteer_app.command("lookup")
def gazetteer_lookup(name: str, country: Annotated[Optional[str], typer.Option(help="ISO2 country code")] = None,
                     limit: int = 10) -> None:
    """Places called NAME, with coordinates and admin names, likeliest first."""
    from .gazetteer import geography

    geo = geography()
    places = geo.places.lookup(name, country.upper() if country else None)
    units = geo.admin_units(name, country=country.upper() if country else None)
    if not places and not units:
        out.print(f"no place called {name!r}")
        raise typer.Exit(1)
    table = Table("name", "country", "admin1", "admin2", "admin3", "lat", "lon", "kind", "population", "sources")
    for p in places[:limit]:
        table.add_row(p.name, p.cc, p.admin1, p.admin2, p.admin3, f"{p.lat:.4f}", f"{p.lon:.4f}", p.code,
                      str(p.pop or ""), p.sources)
    for u in units[:limit]:
        table.add_row(u.name, u.cc, u.name if u.level == 1 else u.admin1, u.name if u.level == 2 else "", "",
                      f"{u.lat:.4f}", f"{u.lon:.4f}", f"ADMIN{u.level}", "", f"seat: {u.seat}")
    out.print(table)


@gazetteer_app.command("import")
def gazetteer_import(file: Annotated[Path, typer.Argument(help="A GeoNames dump (e.g. NE.txt, allCountries.txt) or a CSV of name,lat,lon,admin1,admin2[,country]")],
                     country: Annotated[Optional[str], typer.Option(help="ISO2 code for CSV rows without a country column")] = None) -> None:
    """Add places to your gazetteer (kept in your data folder, loaded with the shipped one)."""
    from .gazetteer.user import GazetteerImportError, import_file

    try:
        n, target = import_file(file, country)
    except GazetteerImportError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    out.print(f"{n} places imported -> {target}")


@gazetteer_app.command("build")
def gazetteer_build(sources: Annotated[Path, typer.Argument(help="Folder with geonames/, osm/, ocha-mali/ (see ../shared/data/gazetteer)")],
                    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Output folder [default: the package's pack]")] = None) -> None:
    """Rebuild the gazetteer pack from the public source files (reproducible)."""
    from .gazetteer.build import main as build_main

    build_main([str(sources)] + ([str(out_dir)] if out_dir else []))


@app.command()
def train(gold: Annotated[Path, typer.Option("--gold", help="Your ACLED export (CSV with notes and coding)")],
          out_file: Annotated[Path, typer.Option("--out", help="Model file to write (gzipped JSON)")],
          texts: Annotated[Optional[Path], typer.Option("--texts", help="JSONL of {id, text} when the CSV has no notes column (matched on doc_id)")] = None,
          epochs: Annotated[int, typer.Option(help="Passes over the examples")] = 8,
          margin: Annotated[Optional[float], typer.Option(help="How much surer than the rules the model must be to overrule them (0-1) [default: chosen on held-out examples]")] = None,
          ) -> None:
    """Fit a light model (CPU, no GPU, seconds) on your own ACLED coding to refine event types.

    Use it with --model on run, extract and eval. Nothing trained on ACLED data ships with
    conflictwire."""
    from .coding.refine import ModelError, fit, gold_rows, training_examples

    try:
        rows = list(gold_rows(gold, texts))
        with progress_bar(len(rows)) as progress:
            task = progress.add_task("reading", total=len(rows))
            examples = training_examples(rows, progress=lambda: progress.advance(task))
        model = fit(examples, epochs=epochs, margin=margin)
    except (ModelError, OSError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    model.save(out_file)
    out.print(f"trained on {model.trained_on} events, {len(model.classes)} sub-event types, "
              f"overruling the rules by a margin of {model.margin:.1f} -> {out_file}")


@bench_app.command("pipeline")
def bench_pipeline(articles: Annotated[int, typer.Option(help="Generated ~600-word articles (the examples are added)")] = 1000,
                   workers: Annotated[str, typer.Option(help="Dask worker counts to compare, e.g. 1,2 (empty: skip)")] = "1,2",
                   dev: Annotated[Optional[Path], typer.Option(help="Folder with input.jsonl and gold.csv to time end to end [default: ../shared/eval/acled-notes-dev when present]")] = None,
                   json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures as JSON")] = None,
                   ) -> None:
    """Articles/s per core, words/s, peak memory and time per stage, beside spaCy's small
    English NER model on the same texts (the ratio holds across machines); 1 vs 2 Dask workers;
    the ACLED dev set end to end."""
    import json

    from .benchmark.run import run_benchmark
    from .settings import shared_dir

    dev = dev or shared_dir() / "eval" / "acled-notes-dev"
    has_dev = (dev / "input.jsonl").exists() and (dev / "gold.csv").exists()
    if not has_dev:
        console.print(f"[dim]no dev set at {dev}: skipping the dev-set timing[/dim]")
    counts = tuple(int(w) for w in workers.split(",") if w.strip())
    result = run_benchmark(articles, counts, dev / "input.jsonl" if has_dev else None,
                           dev / "gold.csv" if has_dev else None, log=lambda m: console.print(f"[dim]{m}[/dim]"))
    table = Table(title=f"conflictwire bench: {result.corpus_articles} articles, {result.corpus_words} words")
    for column in ("run", "articles/s", "words/s", "seconds", "peak MiB", "load s"):
        table.add_column(column, justify="left" if column == "run" else "right")
    rows = [("pipeline, 1 process", result.pipeline), ("spaCy sm NER only, 1 process", result.spacy)]
    rows += [(f"pipeline on Dask, {m.name.split(':')[1]} worker(s)", m) for m in result.dask]
    rows += [("ACLED dev set (eval, incl. loading)", result.dev)] if result.dev else []
    for label, m in rows:
        table.add_row(label, f"{m.per_second:,.1f}", f"{m.words_per_second:,.0f}", f"{m.seconds:.2f}",
                      f"{m.peak_mib:,.0f}", f"{m.load_seconds:.1f}")
    out.print(table)
    out.print(f"[bold]pipeline / spaCy NER speed ratio: {result.ratio:.2f}x[/bold]")
    if len(result.dask) > 1:
        out.print(f"Dask {result.dask[-1].name.split(':')[1]} vs {result.dask[0].name.split(':')[1]} workers: "
                  f"{result.dask[-1].per_second / result.dask[0].per_second:.2f}x")
    stages = Table(title="time per stage (profiled run; nested stages overlap)", show_header=False, box=None,
                   title_justify="left")
    total = sum(v for k, v in result.stages.items() if not k.startswith(("batch", "code: frames (")))
    for label, seconds in result.stages.items():
        stages.add_row(label, f"{seconds:.2f} s", f"{100 * seconds / total:.0f}%" if total else "")
    out.print(stages)
    if json_out:
        json_out.write_text(json.dumps(result.as_dict(), indent=2))
        console.print(f"figures -> {json_out}")


@bench_app.command("web")
def bench_web(events: Annotated[int, typer.Option(help="Synthetic events in the store")] = 100_000,
              repeats: Annotated[int, typer.Option(help="Requests per view")] = 30) -> None:
    """p50/p95 latency of the web app's main views over a store of synthetic events."""
    from .benchmark.web import run_web_benchmark

    latencies, _ = run_web_benchmark(events, repeats, log=lambda m: console.print(f"[dim]{m}[/dim]"))
    table = Table(title=f"web latency, {events:,} events, {repeats} requests per view")
    for column in ("view", "p50 ms", "p95 ms", "max ms"):
        table.add_column(column, justify="left" if column == "view" else "right")
    for x in latencies:
        table.add_row(x.view, f"{x.p50_ms:.1f}", f"{x.p95_ms:.1f}", f"{x.max_ms:.1f}")
    out.print(table)
    worst = max(latencies, key=lambda x: x.p95_ms)
    out.print(f"[bold]worst p95: {worst.p95_ms:.0f} ms ({worst.view})[/bold]")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
