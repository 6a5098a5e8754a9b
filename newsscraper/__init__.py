"""newsscraper: Persian news pages → clean, dated JSON Lines records, on Scrapy."""

__version__ = "0.1.0"
