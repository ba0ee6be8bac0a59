"""Command line: the only place that does I/O. Every failure becomes one stderr line and an exit code.

    python -m analyzer export FILE          the JSON of ../shared/contract/EXPORT.md
    python -m analyzer show FILE            the terminal summary of one document
    python -m analyzer explain FILE         each boilerplate sentence with its reason, each figure with its parse
    python -m analyzer report [PATH…] [--out DIR]   summaries, PDFs, JSON, overview and tables for a folder
    python -m analyzer compare A B [--out FILE.pdf] two conferences side by side
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from .errors import AnalyzerError, BadArguments

EXIT_INTERNAL = 3


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="analyzer", description="Analyse transcripts of Chinese government press conferences.")
    ap.add_argument("--models", default=None, help="stanza models directory (default: $STANZA_RESOURCES_DIR)")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export", help="print the analysis of FILE as JSON")
    p.add_argument("file")
    p = sub.add_parser("show", help="print the terminal summary of FILE")
    p.add_argument("file")
    p.add_argument("--width", type=int, default=None)
    p = sub.add_parser("explain", help="list boilerplate sentences and figures of FILE with their reasons")
    p.add_argument("file")
    p = sub.add_parser("report", help="analyse a folder: summaries, PDFs, JSON, overview, tables")
    p.add_argument("paths", nargs="*", default=None)
    p.add_argument("--out", default=None)
    p.add_argument("--no-pdf", action="store_true")
    p = sub.add_parser("compare", help="compare two conferences side by side")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--out", default=None)
    for name in ("export", "show", "explain", "report", "compare"):
        sub.choices[name].add_argument("--models", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return ap


def _one_line_warnings() -> None:
    """Library warnings (e.g. the NLP fallback note) reach the user as one stderr line each."""
    import warnings

    warnings.formatwarning = lambda message, category, *a, **k: f"analyzer: note: {message}\n"


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    _one_line_warnings()
    try:
        return _run(args)
    except AnalyzerError as err:
        print(f"analyzer: {err}", file=sys.stderr)
        return err.exit_status
    except KeyboardInterrupt:
        print("analyzer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - the one place that turns surprises into one line
        if os.environ.get("ANALYZER_DEBUG"):
            raise
        print(f"analyzer: E999: internal error ({type(err).__name__}: {err}); "
              "set ANALYZER_DEBUG=1 for the traceback", file=sys.stderr)
        return EXIT_INTERNAL


def _console(width: Optional[int] = None):
    from rich.console import Console

    return Console(width=width, no_color=bool(os.environ.get("NO_COLOR")) or None, soft_wrap=False)


def _warn(analysis) -> None:
    """The document's own warnings (mixed encodings, damage, no dialogue) as one stderr line each."""
    conf = analysis.conference
    for message in tuple(conf.document.warnings) + tuple(conf.warnings):
        print(f"analyzer: warning: {conf.document.source}: {message}", file=sys.stderr)


def _run(args) -> int:
    from . import pipeline

    models = getattr(args, "models", None)
    if args.command == "export":
        from .export import to_json

        analysis = pipeline.analyse(args.file, models=models)
        _warn(analysis)
        sys.stdout.write(to_json(analysis) + "\n")
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

        paths = args.paths or [os.environ.get("TRANSCRIPTS", "transcripts")]
        out = args.out or os.environ.get("REPORTS", "reports")
        return run.report(paths, out, models=models, console=_console(), pdf=not args.no_pdf)
    if args.command == "compare":
        from .report import compare, view

        a = view.build(pipeline.analyse(args.a, models=models))
        b = view.build(pipeline.analyse(args.b, models=models))
        cmp = compare.build(a, b)
        compare.render(cmp, _console())
        if args.out:
            compare.write_pdf(cmp, args.out)
            print(f"comparison written to {args.out}", file=sys.stderr)
        return 0
    raise BadArguments(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
