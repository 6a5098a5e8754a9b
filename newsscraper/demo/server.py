"""The sample sites served with Twisted web, on loopback only.

    python -m newsscraper.demo.server [--host 127.0.0.1] [--sites all] [--offsite-base URL] [--log FILE]

prints one JSON line mapping each site key to its base URL, then serves until SIGTERM/SIGINT.
``--sites none --host 127.0.0.2`` serves the "other domain" instead: 200 to anything, every request
logged, so a test can prove a crawl never left its site. ``start_in_reactor()`` serves the same in a
running reactor (`newsscraper demo`).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import re
import sys
from collections.abc import Sequence
from typing import IO, Any
from urllib.parse import urlsplit

from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET
from twisted.web.server import Site as WebSite

from newsscraper.demo.content import DEFAULT_OFFSITE, HTML_TYPE, SITE_KEYS, Data, not_found, sample_site
from newsscraper.demo.families import render


class SampleSiteResource(Resource):
    """Serves one sample site (or, with ``site_key=None``, the other domain) and logs every request."""

    isLeaf = True

    def __init__(self, site_key: str | None, base: str = "", offsite_base: str | None = None,
                 log: IO[str] | None = None, data: Data = None, hold_after: int | None = None,
                 hold_agent: str | None = None) -> None:
        super().__init__()
        self.site_key, self.base, self.offsite_base, self.log, self.data = site_key, base, offsite_base, log, data
        # Crash tests: answer this many article pages, then hold every further one unanswered; with
        # hold_agent, only requests whose User-Agent contains it count and are held (one worker of a
        # cluster is held while the others are served).
        self.hold_after = hold_after
        self.hold_agent = hold_agent
        self.articles_served = 0
        site = sample_site(site_key, data) if site_key else None
        self.article_path = re.compile(site.site.article_url) if site and site.site.article_url else None

    def render(self, request: Any) -> bytes:
        if self.log is not None:
            self.log.write(f"{request.method.decode('ascii', 'replace')} {_uri(request)}\n")
            self.log.flush()
        return super().render(request)

    def render_GET(self, request: Any) -> bytes | int:
        if (self.hold_after is not None and self.article_path and self.article_path.search(urlsplit(_uri(request)).path)
                and self._held_agent(request)):
            self.articles_served += 1
            if self.articles_served > self.hold_after:
                return NOT_DONE_YET  # held until the client (or the test) gives up
        if self.site_key is None:
            status, headers, body = 200, {"Content-Type": HTML_TYPE}, b"<html>elsewhere</html>"
        else:
            found = render(self.site_key, _uri(request), self.base, self.offsite_base, self.data)
            status, headers, body = found or not_found()
        request.setResponseCode(status)
        for name, value in headers.items():
            request.setHeader(name, value)
        return body

    def _held_agent(self, request: Any) -> bool:
        if self.hold_agent is None:
            return True
        agent = request.getHeader("user-agent") or ""
        return self.hold_agent in agent

    # Twisted drops the body of a HEAD answer itself; a separate method keeps the log to one line.
    render_HEAD = render_GET


def _uri(request: Any) -> str:
    raw = request.uri.decode("utf-8", "replace")
    parts = urlsplit(raw)  # an absolute-form request line (proxy style) still names a path
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme else raw


class QuietSite(WebSite):
    # Our resource logs requests itself; Twisted's access log would land in a crawl's own log.
    noisy = False

    def log(self, request: Any) -> None:
        return None


class Served(dict[str, str]):
    """Site key → base URL, plus the listening ports (so callers can stop them)."""

    def __init__(self) -> None:
        super().__init__()
        self.ports: list[Any] = []


def _require_loopback(host: str) -> None:
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"the sample site serves loopback addresses only, not {host!r}")


def _listen(reactor: Any, resource: SampleSiteResource, host: str) -> tuple[str, Any]:
    port = reactor.listenTCP(0, QuietSite(resource), interface=host)
    shown = f"[{host}]" if ":" in host else host
    resource.base = f"http://{shown}:{port.getHost().port}"
    return resource.base, port


def start_in_reactor(reactor: Any, host: str = "127.0.0.1", sites: Sequence[str] = SITE_KEYS,
                     offsite_base: str | None = None, log: IO[str] | None = None,
                     data: Data = None, hold_after: int | None = None,
                     hold_agent: str | None = None) -> Served:
    """Listen on a free port per site on ``reactor``; returns {site key: base URL}."""
    _require_loopback(host)
    served = Served()
    for key in sites:
        if sample_site(key, data) is None:
            raise ValueError(f"no sample site {key!r} (known: {', '.join(SITE_KEYS)})")
        resource = SampleSiteResource(key, "", offsite_base, log, data, hold_after, hold_agent)
        served[key], port = _listen(reactor, resource, host)
        served.ports.append(port)
    return served


def start_offsite(reactor: Any, host: str = "127.0.0.2", log: IO[str] | None = None) -> Served:
    """The "other domain": answers 200 to anything and logs it; returns {"offsite": base URL}."""
    _require_loopback(host)
    served = Served()
    served["offsite"], port = _listen(reactor, SampleSiteResource(None, log=log), host)
    served.ports.append(port)
    return served


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsscraper.demo.server",
                                     description="Serve the bundled sample news sites on loopback.")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--sites", default="all",
                        help="comma-separated site keys, 'all', or 'none' for the other-domain server")
    parser.add_argument("--offsite-base", default=None, help=f"other-domain base URL (default {DEFAULT_OFFSITE})")
    parser.add_argument("--log", default=None, help="append one line per request to this file")
    parser.add_argument("--data", default=None, help="articles.json to serve instead of the bundled one")
    parser.add_argument("--hold-after", type=int, default=None, metavar="N",
                        help="answer N article pages, then hold every further one (crash tests)")
    parser.add_argument("--hold-agent", default=None, metavar="TEXT",
                        help="with --hold-after: count and hold only requests whose User-Agent contains TEXT")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    from twisted.internet import reactor

    log = open(args.log, "a", encoding="utf-8") if args.log else None  # noqa: SIM115 - open while serving
    try:
        if args.sites == "none":
            served = start_offsite(reactor, args.host, log)
        else:
            keys = SITE_KEYS if args.sites == "all" else tuple(k.strip() for k in args.sites.split(",") if k.strip())
            served = start_in_reactor(reactor, args.host, keys, args.offsite_base, log, args.data, args.hold_after,
                                      args.hold_agent)
    except (ValueError, OSError) as exc:
        print(f"newsscraper.demo.server: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(dict(served)), flush=True)
    reactor.run()  # installs SIGINT/SIGTERM handlers that stop it
    if log is not None:
        log.close()
    return 0


__all__ = ["SITE_KEYS", "SampleSiteResource", "render", "start_in_reactor", "start_offsite"]

if __name__ == "__main__":
    sys.exit(main())
