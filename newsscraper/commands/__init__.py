"""The `newsscraper` subcommands, one module each.

Every module here holds one subcommand: its docstring is the command's `--help` description,
`HELP` its one-line summary, `add_arguments(parser)` its options and `run(args) -> int` the work,
returning the exit status. Modules import their heavy dependencies (Scrapy, Twisted) inside `run`,
so building the parser stays cheap and `newsscraper extract` never loads Scrapy.
"""

from __future__ import annotations

# In the order `newsscraper --help` lists them.
COMMANDS = ("crawl", "list", "extract", "nightly", "merge", "report", "demo", "schema", "dates")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def name_value_pairs(values: list[str], option: str, shape: str = "NAME=VALUE", *,
                     empty: bool = True) -> dict[str, str]:
    """Repeated ``NAME=VALUE`` options as a dict; ValueError names the option and the bad value."""
    out = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name or (not empty and not rest):
            raise ValueError(f"{option} takes {shape}, not {value!r}")
        out[name] = rest
    return out

