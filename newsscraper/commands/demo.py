"""Run the main job on bundled data: serve the bundled sample sites on 127.0.0.1, crawl them through
the real Scrapy engine with the project's pipelines, and print a summary (no network but loopback).

Exports and state go to demo/ in the data directory (NEWSSCRAPER_DATA_DIR, else the checkout's
data/, else the per-user data directory); each run replaces the previous run's. Exit status 0 when
every sample site's crawl finished, 1 otherwise."""

from __future__ import annotations

import argparse

HELP = "run the main job on bundled data (no network but loopback)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The demo takes no options."""


def run(args: argparse.Namespace) -> int:
    from newsscraper.demo.run import run_demo

    return run_demo(args)
