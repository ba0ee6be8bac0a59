"""Command line: the only place that does I/O. Every failure becomes one stderr line and an exit code.

    python -m analyzer export FILE          the JSON of ../shared/contract/EXPORT.md
    python -m analyzer show FILE            the terminal summary of one document
    python -m analyzer explain FILE         each boilerplate sentence with its reason, each figure with its parse
    python -m analyzer report [PATH…] [--out DIR] [--no-pdf] [--quiet|--verbose] [--jobs N] [--engine dask]
                                            PDFs, JSON, overview and tables for files and folders
    python -m analyzer compare A B [--out FILE.pdf] two conferences side by side
    python -m analyzer query DB "SQL" [--csv]   SQL on the corpus store a report writes (corpus.duckdb)
    python -m analyzer --version
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from contextlib import contextmanager
from typing import Optional, Sequence

from .errors import (EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED, INTERNAL_CODE, AnalyzerError,
                     BadArguments)


DEFAULT_TRANSCRIPTS = "transcripts"
DEFAULT_REPORTS = "reports"


class _Help(argparse.RawDescriptionHelpFormatter):
    """Each argument's default after its help (unless the help already says it); descriptions keep
    their line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if "default" in text or action.default in (None, False, argparse.SUPPRESS) or not action.option_strings:
            return text
        return text + " (default: %(default)s)"


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(prog="analyzer", formatter_class=_Help,
                                 description="Analyse transcripts of Chinese government press conferences: who "
                                 "said what, how concretely, how much of it was stock phrasing.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    ap.add_argument("--models", default=None, metavar="DIR",
                    help="stanza zh-hans models folder (else $STANZA_RESOURCES_DIR, then the project's models/; "
                    "without models a rule-based NLP runs)")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str = "") -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=summary, description=description or summary, formatter_class=_Help)
        p.add_argument("--models", default=argparse.SUPPRESS, metavar="DIR", help=argparse.SUPPRESS)
        p.add_argument("--max-mb", type=float, default=None, metavar="MB",
                       help="refuse input files larger than this many megabytes "
                       "(default: $ANALYZER_MAX_MB, else 200)")
        return p

    p = command("export", "print the analysis of FILE as JSON (the export contract; see README)")
    p.add_argument("file", metavar="FILE", help="a transcript: .txt or .html, any common Chinese encoding")
    p = command("show", "print the terminal summary of FILE")
    p.add_argument("file", metavar="FILE", help="a transcript: .txt or .html")
    p.add_argument("--width", type=int, default=None, metavar="COLUMNS",
                   help="lay the summary out for this many columns (default: the terminal's, at most 120)")
    p = command("explain", "list every boilerplate verdict, listed phrase set aside, figure, topic term and "
                "non-answer of FILE with its offsets and reason")
    p.add_argument("file", metavar="FILE", help="a transcript: .txt or .html")
    p = command("report", "analyse files and folders: a PDF and a JSON per document, an overview and tables",
                "Writes DIR/<document>.pdf and .json, DIR/overview.pdf and .csv, and the corpus tables\n"
                "(speakers, qa_pairs, figures, sentences) as CSV (UTF-8 with BOM) and Parquet. Outputs that a\n"
                "previous report wrote into DIR for documents no longer reported are removed, so the overview\n"
                "always lists exactly the documents beside it.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"files or folders to report (default: $TRANSCRIPTS, else ./{DEFAULT_TRANSCRIPTS})")
    p.add_argument("--out", default=None, metavar="DIR",
                   help=f"output folder (default: $REPORTS, else ./{DEFAULT_REPORTS})")
    p.add_argument("--pdf", choices=("all", "overview", "none"), default="all",
                   help="which PDFs to write: one per document and the overview, the overview only, or none")
    p.add_argument("--no-pdf", dest="pdf", action="store_const", const="none", help="the same as --pdf none")
    loud = p.add_mutually_exclusive_group()
    loud.add_argument("--quiet", "-q", action="store_true", help="print only the closing line and problems")
    loud.add_argument("--verbose", "-v", action="store_true",
                      help="print every document's summary, even for a folder (default: only for one document)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="processes that analyse and draw (default: every core; 1: no pool)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="run on this machine, or on a Dask cluster (with --scheduler)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="the Dask scheduler for --engine dask (tcp://host:8786); workers read the same paths")
    p.add_argument("--cache-dir", default=None, metavar="DIR",
                   help="the content cache (default: $ANALYZER_CACHE_DIR/archive, else ~/.cache/analyzer/archive)")
    p.add_argument("--no-cache", action="store_true", help="analyse and draw everything again, store nothing")
    p = command("query", "run SQL on a corpus store (DIR/corpus.duckdb, written by report)",
                "Tables: documents, participants, turns, qa_pairs, figures, sentences, speakers (each row with\n"
                "its document) and trends (per speaker and per body, by year). For example:\n"
                "  analyzer query reports/corpus.duckdb \"select speaker, avg(boilerplate_ratio) from speakers group by 1\"")
    p.add_argument("db", metavar="DB", help="the store: a corpus.duckdb, or the report folder that holds one")
    p.add_argument("sql", metavar="SQL", help="one SQL statement (the store is opened read-only)")
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    p.add_argument("--limit", type=int, default=1000, metavar="ROWS", help="rows printed at most (0: all)")
    p = command("compare", "compare two conferences side by side, with confidence intervals and the terms "
                "most distinctive of each")
    p.add_argument("a", metavar="A", help="the first transcript")
    p.add_argument("b", metavar="B", help="the second transcript")
    p.add_argument("--out", default=None, metavar="FILE.pdf", help="also write the comparison as a PDF")
    return ap


def _one_line_warnings(command: str) -> None:
    """Library warnings (e.g. the NLP fallback note) reach the user as one short stderr line each;
    ``export`` keeps stderr for problems (its JSON carries the note in ``nlp.note``)."""
    import warnings

    from .nlp import NlpFallbackWarning

    warnings.formatwarning = lambda message, category, *a, **k: f"analyzer: note: {message}\n"
    if command == "export":
        warnings.filterwarnings("ignore", category=NlpFallbackWarning)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program is so it unwinds like Ctrl-C: temporary files are
    removed, the output folder's lock is released, nothing is left half-written."""


def _terminate(signum, _frame) -> None:
    raise Terminated(signal.Signals(signum).name)


@contextmanager
def _signals_and_limits(args):
    """SIGTERM (kill, a scheduler, systemd) and SIGHUP (the terminal closed) handled like SIGINT, and
    --max-mb passed on through the environment, so that worker processes read it too; both are put
    back afterwards (``main`` may run inside another program, such as the tests)."""
    from .ingest import LIMIT_ENV, limit_bytes

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            previous[sig] = signal.signal(sig, _terminate)
        except ValueError:  # not the main thread: leave them be
            break
    old_limit = os.environ.get(LIMIT_ENV)
    try:
        if args.max_mb is not None:
            if not args.max_mb > 0 or args.max_mb == float("inf"):
                raise BadArguments(f"--max-mb {args.max_mb:g}: give a positive number of megabytes")
            os.environ[LIMIT_ENV] = f"{args.max_mb:g}"
        limit_bytes()  # a bad $ANALYZER_MAX_MB is reported now, not once per file
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if old_limit is None:
            os.environ.pop(LIMIT_ENV, None)
        else:
            os.environ[LIMIT_ENV] = old_limit


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    _one_line_warnings(args.command)
    try:
        with _signals_and_limits(args):
            return _run(args)
    except AnalyzerError as err:
        print(f"analyzer: {err}", file=sys.stderr)
        return err.exit_status
    except Terminated as sig:
        print(f"analyzer: terminated ({sig})", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("analyzer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - the one place that turns surprises into one line
        if os.environ.get("ANALYZER_DEBUG"):
            raise
        print(f"analyzer: {INTERNAL_CODE}: internal error ({type(err).__name__}: {err}); "
              "set ANALYZER_DEBUG=1 for the traceback", file=sys.stderr)
        return EXIT_INTERNAL


def _console(width: Optional[int] = None):
    from rich.console import Console

    return Console(width=width, no_color=bool(os.environ.get("NO_COLOR")) or None, soft_wrap=False)


def _warn(analysis) -> None:
    """The document's own warnings (mixed encodings, damage, no dialogue) as one stderr line each."""
    from .fsnames import shown

    conf = analysis.conference
    for message in tuple(conf.document.warnings) + tuple(conf.warnings):
        print(f"analyzer: warning: {shown(conf.document.source)}: {message}", file=sys.stderr)


def _default_transcripts() -> str:
    """$TRANSCRIPTS, else ./transcripts; a missing default is named as the default it is."""
    from .errors import NotFound

    folder = os.environ.get("TRANSCRIPTS", DEFAULT_TRANSCRIPTS)
    if not os.path.exists(folder):
        source = "$TRANSCRIPTS" if "TRANSCRIPTS" in os.environ else "the default"
        raise NotFound(f"no such folder: {folder} ({source} when no PATH is given); "
                       "name the files or folders to report: analyzer report PATH…")
    return folder


def _run(args) -> int:
    from . import pipeline

    models = getattr(args, "models", None)
    if args.command == "export":
        from .export import write_json

        analysis = pipeline.analyse(args.file, models=models)
        _warn(analysis)
        write_json(analysis, sys.stdout)
        return 0
    if args.command == "show":
        from .report import terminal, view

        console = _console(args.width)
        terminal.render(view.build(pipeline.analyse(args.file, models=models)), console)
        return 0
    if args.command == "explain":
        from .report import explain

        analysis = pipeline.analyse(args.file, models=models)
        _warn(analysis)
        explain.render(analysis, _console())
        return 0
    if args.command == "report":
        from .report import run

        paths = args.paths or [_default_transcripts()]
        out = args.out or os.environ.get("REPORTS", DEFAULT_REPORTS)
        verbosity = "quiet" if args.quiet else "verbose" if args.verbose else "auto"
        if args.jobs is not None and args.jobs < 1:
            raise BadArguments(f"--jobs must be 1 or more, not {args.jobs}")
        cache_dir = None if args.no_cache else (args.cache_dir or "default")
        return run.report(paths, out, models=models, console=_console(), pdf=args.pdf, verbosity=verbosity,
                          jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, cache_dir=cache_dir)
    if args.command == "query":
        from .report import query

        return query.run(args.db, args.sql, _console(), as_csv=args.csv, limit=args.limit or None)
    if args.command == "compare":
        from .contrast import contrast
        from .report import compare, outdir, view

        if args.out:
            outdir.check_file_target(args.out)  # before the analysis, not after it
        first, second = pipeline.analyse(args.a, models=models), pipeline.analyse(args.b, models=models)
        cmp = compare.build(view.build(first), view.build(second), contrast(first, second))
        compare.render(cmp, _console(), pdf=args.out)
        if args.out:
            compare.write_pdf(cmp, args.out)
            from .fsnames import shown

            print(f"comparison written to {shown(args.out)}", file=sys.stderr)
        return 0
    raise BadArguments(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
