"""`newsscraper demo` and what it serves: three sample news sites of our own on loopback.

sites/      the sample sites' modules (as newsscraper/sites/, but put in the site registry only while
            the demo runs, or by spiders.py with NEWSSCRAPER_DEMO_SITES=1; the registry never imports them)
spiders.py  their spiders, on Scrapy's SPIDER_MODULES, defined only with NEWSSCRAPER_DEMO_SITES=1
sample_site/ package data: articles.json (the stories) and templates/ (each family's markup)
content.py  stories, templates and responses; family.py and families.py: the three CMS families
server.py   the sites served with Twisted web (`python -m newsscraper.demo.server`)
run.py      the demo itself: serve, crawl through Scrapy, summarise
"""
