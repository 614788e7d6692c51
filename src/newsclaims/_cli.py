"""The ``newsclaims`` command line.

Exit codes (also in ``newsclaims --help`` and the CLI reference):

0   every input was read and analysed (plugin errors are recorded in the output)
1   some inputs or records could not be read; the others were processed
2   usage error: bad option, unknown plugin, unwritable output
130 interrupted
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ._analysis import Analysis, Article
from ._dates import PartialDate
from ._host import DISABLE_ENV, ONLY_ENV, PluginLoadError
from ._io import InputError, InputSource, ReadError
from ._pipeline import Pipeline
from ._serialize import json_schema
from ._version import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines", ".json"})

EPILOG = f"""\
exit codes:
  0    every input was read and analysed (plugin errors are recorded in the output)
  1    some inputs or records could not be read; the others were processed
  2    usage error: bad option, unknown plugin, unwritable output
  130  interrupted

environment:
  {ONLY_ENV}           comma-separated plugins to load instead of all installed
  {DISABLE_ENV}  comma-separated plugins to leave out
"""


class _Usage(Exception):
    """A usage error: printed as one line, exit code 2."""


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def _date(value: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Turn German news articles into checkable, attributed claims.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="analyse articles and write one JSON object per article",
        description="Analyse articles: .txt files (one article each), .jsonl corpora (one JSON "
        "record per line with at least 'text'), .json files, or '-' for standard input; other "
        "formats (such as HTML) where a plugin reads them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "inputs", nargs="+", metavar="PATH", help="input files, or - for standard input"
    )
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "json"),
        help="jsonl: one object per line (default for corpora and several inputs); "
        "json: pretty-printed (default for one article file)",
    )
    extract.add_argument(
        "--reference-date",
        type=_date,
        metavar="DATE",
        help="resolve relative dates against DATE (YYYY, YYYY-MM or YYYY-MM-DD) "
        "for articles that do not carry their own date",
    )
    extract.add_argument("--plugins", type=_names, metavar="A,B", help="load only these plugins")
    extract.add_argument(
        "--disable", type=_names, default=[], metavar="A,B", help="leave these plugins out"
    )
    extract.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first bad record or plugin error instead of reporting it and going on",
    )
    extract.add_argument(
        "--no-text", action="store_true", help="leave the article text out of the output"
    )
    extract.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on standard error (default: when it is a terminal)",
    )
    extract.add_argument(
        "--stats", action="store_true", help="print time spent per plugin and stage at the end"
    )

    plugins = commands.add_parser("plugins", help="list the plugins that would be loaded")
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plugins.add_argument("--plugins", type=_names, metavar="A,B", help="load only these plugins")
    plugins.add_argument(
        "--disable", type=_names, default=[], metavar="A,B", help="leave these plugins out"
    )

    commands.add_parser("schema", help="print the JSON Schema of the output")
    return parser


class _Progress:
    """A throttled one-line progress report on standard error."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream, self.enabled = stream, enabled
        self.started = self.shown = time.monotonic()
        self.articles = self.characters = self.bad = 0

    def update(self, analysis: Analysis | None = None, *, bad: bool = False) -> None:
        if analysis is not None:
            self.articles += 1
            self.characters += len(analysis.text)
        self.bad += bad
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.5:
            self.shown = now
            self.stream.write("\r" + self._line(now))
            self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        return (
            f"{self.articles:,} articles, {self.characters / 1e6:.1f} M characters, "
            f"{self.articles / elapsed:,.0f} articles/s, {self.bad:,} bad records"
        )

    def say(self, message: str) -> None:
        """Write a message line, clearing the progress line first so they do not mix."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(message + "\n")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self._line(time.monotonic()) + "\n")


def _sources(paths: Sequence[str]) -> Iterator[InputSource | ReadError]:
    for name in paths:
        if name == "-":
            yield InputSource.stdin()
            continue
        path = Path(name)
        if path.is_dir():
            yield ReadError(
                source=name, message="is a directory; pass the files in it (for example dir/*.txt)"
            )
        elif not path.exists():
            yield ReadError(source=name, message="no such file")
        else:
            yield InputSource.from_path(path)


class _Writer:
    """JSON lines, or pretty JSON (an object for one article, an array for several)."""

    def __init__(self, stream: IO[str], fmt: str, include_text: bool) -> None:
        self.stream, self.fmt, self.include_text = stream, fmt, include_text
        self.pending: dict[str, Any] | None = None
        self.count = 0

    def write(self, analysis: Analysis) -> None:
        data = analysis.to_dict(include_text=self.include_text)
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self.count == 0:
            self.pending = data  # an object if it stays alone, else the array's first item
        else:
            if self.pending is not None:
                self.stream.write("[\n" + _pretty(self.pending))
                self.pending = None
            self.stream.write(",\n" + _pretty(data))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            if self.pending is not None:
                self.stream.write(_pretty(self.pending) + "\n")
            elif self.count:
                self.stream.write("\n]\n")
            else:
                self.stream.write("[]\n")
        self.stream.flush()


def _pretty(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _extract(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    pipeline = Pipeline(plugins=args.plugins, disable=args.disable, strict=args.strict)
    fmt = args.format or (
        "json"
        if len(args.inputs) == 1
        and args.inputs[0] != "-"
        and Path(args.inputs[0]).suffix.lower() not in _CORPUS_SUFFIXES
        else "jsonl"
    )
    try:
        out = stdout if args.output in (None, "-") else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise _Usage(f"cannot write {args.output}: {error.strerror}") from None
    progress = _Progress(stderr, stderr.isatty() if args.progress is None else args.progress)
    writer = _Writer(out, fmt, include_text=not args.no_text)
    skipped = 0
    # Per (plugin, stage, error type): how many articles, and the first message.
    failures: dict[tuple[str, str, str], list[Any]] = {}
    try:
        for source in _sources(args.inputs):
            records = [source] if isinstance(source, ReadError) else pipeline.read(source)
            for record in records:
                if isinstance(record, ReadError):
                    progress.say(f"newsclaims: {record}")
                    if record.skipped:
                        skipped += 1
                        progress.update(bad=True)
                        if args.strict:
                            raise InputError(record)
                    continue
                analysis = _analyze(pipeline, record, args.reference_date)
                for failure in analysis.errors:
                    failures.setdefault(
                        (failure.plugin, failure.stage, failure.type), [0, failure]
                    )[0] += 1
                writer.write(analysis)
                progress.update(analysis)
    finally:
        writer.close()
        progress.close()
        if out is not stdout:
            out.close()
    for count, failure in sorted(failures.values(), key=lambda entry: -entry[0]):
        stderr.write(
            f"newsclaims: {failure} (in {count} article{'s' * (count != 1)}"
            f"{', this is the first' if count > 1 else ''}; recorded in 'errors')\n"
        )
    if args.stats:
        _print_stats(pipeline, progress, stderr)
    if skipped:
        stderr.write(
            f"newsclaims: {skipped} input{'s' * (skipped != 1)} or record{'s' * (skipped != 1)} "
            f"skipped, {progress.articles} articles written\n"
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _analyze(pipeline: Pipeline, article: Article, reference: PartialDate | None) -> Analysis:
    if reference is not None and article.published is None:
        return pipeline.analyze(article, reference_date=reference)
    return pipeline.analyze(article)


def _print_stats(pipeline: Pipeline, progress: _Progress, stderr: IO[str]) -> None:
    megabytes = progress.characters / 1e6
    stderr.write(f"{'stage':<12} {'plugin':<16} {'calls':>8} {'seconds':>9} {'M chars/s':>10}\n")
    for (stage, plugin), timing in sorted(
        pipeline.hooks.timings.items(), key=lambda item: -item[1].seconds
    ):
        rate = megabytes / timing.seconds if timing.seconds else float("inf")
        stderr.write(
            f"{stage:<12} {plugin:<16} {timing.calls:>8} {timing.seconds:>9.3f} {rate:>10.2f}\n"
        )


def _plugins(args: argparse.Namespace, stdout: IO[str]) -> int:
    pipeline = Pipeline(plugins=args.plugins, disable=args.disable)
    if args.json:
        rows = [
            {
                "name": p.name,
                "version": p.version,
                "distribution": p.distribution,
                "origin": p.origin,
                "hooks": list(p.hooks),
            }
            for p in pipeline.plugins
        ]
        stdout.write(json.dumps(rows, indent=2) + "\n")
        return EXIT_OK
    width = max(len(p.name) for p in pipeline.plugins)
    for plugin in pipeline.plugins:
        version = plugin.version or "-"
        stdout.write(
            f"{plugin.name:<{width}}  {version:<12} {plugin.origin:<17} {', '.join(plugin.hooks)}\n"
        )
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    logging.basicConfig(level=logging.WARNING, format="newsclaims: %(message)s", stream=stderr)
    try:
        if args.command == "extract":
            return _extract(args, stdout, stderr)
        if args.command == "plugins":
            return _plugins(args, stdout)
        stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    except (_Usage, PluginLoadError) as error:
        stderr.write(f"newsclaims: error: {error}\n")
        return EXIT_USAGE
    except InputError as error:
        stderr.write(f"newsclaims: error: {error} (--strict)\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        stderr.write("newsclaims: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): not an error of ours.  Point stdout
        # at /dev/null so the interpreter's final flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
