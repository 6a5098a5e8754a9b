"""Spiders: one per registered site (generated from newsscraper/sites), plus the generic `news`."""
