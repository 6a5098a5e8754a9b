"""The `newsscraper` console script: builds the parser from newsscraper/commands/ and dispatches.

Each subcommand is one module in newsscraper/commands/ (see its docstring); this file only wires
them together, so adding a command touches that folder and the COMMANDS tuple, nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsscraper.commands import COMMANDS, EXIT_OK


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, just that subcommand (its module alone is imported:
    `newsscraper extract` starts without loading the crawler's, nightly's or the report's modules)."""
    parser = argparse.ArgumentParser(
        prog="newsscraper",
        description="Persian news pages → clean JSON Lines records (Jalali dates, news IDs, "
                    "footer markers, ZWNJ kept).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        module = importlib.import_module(f"newsscraper.commands.{name}")
        p = sub.add_parser(name, help=module.HELP, description=getattr(module, "DESCRIPTION", module.__doc__),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The first argument names the subcommand (there are no top-level options but --help).
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
