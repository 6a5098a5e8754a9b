"""Web archives in and out: WARC files written during a crawl, and any WARC/ARC file re-extracted.

- `writer`: the Scrapy extension behind `-s NEWSSCRAPER_WARC=1` (one gzip WARC 1.1 file per run and
  site, rotated by size, recovered after a kill like the JSONL exports);
- `reader`: HTML responses out of WARC (FastWARC) or ARC (warcio) files, decoded, in archive order;
- `lang`: the cheap Persian/Dari check of `--lang fa`, run before any parse;
- `job`: `newsscraper extract --warc`: the reading, the worker processes, the progress and summary;
- `http`: payload decoding (chunked, gzip, deflate, br) shared by the writer and the reader.

docs/archives.md is the user's guide.
"""
