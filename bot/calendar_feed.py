"""`python -m bot serve-calendar`: each group's calendar as a read-only feed
that members subscribe to from their own agendas.

    python -m bot serve-calendar --config config.toml --listen 127.0.0.1:8089

`GET /calendrier/<slug>/<token>.ics` answers the group's .ics (see
handlers/calendar_ics.py) when `<token>` is the group's current secret
(`/calendrier lien`), compared with `hmac.compare_digest`; anything else is
a 404 that says nothing about which part was wrong. Responses carry an
ETag; a calendar client's `If-None-Match` gets a 304 while nothing changed.
The feed runs beside the bot: it never takes the store's lock and never
writes, reading a copy that follows the bot's files (storage/readonly.py).
Put it behind your HTTPS reverse proxy and set `calendar_url` in each group.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from aiohttp import web

from bot.config import Config, ConfigError, GroupConfig, load_config
from handlers.calendar_ics import build_calendar
from handlers.calendar_links import feed_token
from storage.readonly import StoreWatcher
from storage.store import Store

__all__ = ["CalendarFeed", "add_parser", "serve"]

log = logging.getLogger(__name__)

NOT_FOUND = "Calendrier introuvable.\n"
MAX_AGE = 300  # seconds a client may reuse the feed before asking again


class CalendarFeed:
    """The aiohttp application; `store` gives the current store (a read-only copy)."""

    def __init__(self, store: Callable[[], Store], groups: tuple[GroupConfig, ...], now: Callable[[], datetime]) -> None:
        self.store = store
        self.groups = {g.slug: g for g in groups}
        self.now = now
        # (store object, group, day) -> (body, etag): rebuilt when the store
        # copy is reloaded or the day turns (the window moves daily).
        self._cache: dict[str, tuple[tuple[int, str], bytes, str]] = {}

    def app(self) -> web.Application:
        application = web.Application()
        application.router.add_get("/calendrier/{slug}/{token}.ics", self.calendar)
        return application

    def _answer(self, slug: str, token: str) -> tuple[bytes, str] | None:
        """Blocking (reads files): the body and ETag, or None for a 404."""
        store = self.store()
        group = self.groups.get(slug)
        expected = feed_token(store, slug, create=False) if group is not None else None
        # Compare whatever happens, so timing tells nothing about the slug.
        good = hmac.compare_digest((expected or "-").encode(), token.encode())
        if group is None or expected is None or not good:
            return None
        now = self.now().astimezone(group.timezone)
        key = (id(store), now.date().isoformat())
        cached = self._cache.get(slug)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        body = build_calendar(store, group, now)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        self._cache[slug] = (key, body, etag)
        return body, etag

    async def calendar(self, request: web.Request) -> web.StreamResponse:
        slug, token = request.match_info["slug"], request.match_info["token"]
        try:
            found = await asyncio.to_thread(self._answer, slug, token)
        except Exception:
            log.exception("calendar feed: building the calendar of %s failed", slug)
            return web.Response(status=503, text="Calendrier momentanément indisponible.\n")
        if found is None:
            log.info("calendar feed: 404 for group %r (token not shown)", slug)
            return web.Response(status=404, text=NOT_FOUND)
        body, etag = found
        headers = {"ETag": etag, "Cache-Control": f"private, max-age={MAX_AGE}"}
        asked = request.headers.get("If-None-Match", "")
        if etag in [tag.strip().removeprefix("W/") for tag in asked.split(",")] or asked.strip() == "*":
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, headers=headers, content_type="text/calendar", charset="utf-8")


def _listen(raw: str) -> tuple[str, int]:
    host, _, port = raw.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"--listen : {raw!r} doit s'écrire HÔTE:PORT (ex. 127.0.0.1:8089)")
    return host.strip("[]"), int(port)


async def serve(
    config: Config, data_dir: Path, host: str, port: int,
    stop: asyncio.Event | None = None, ready: Callable[[int], None] | None = None,
) -> None:
    """Serve until `stop` is set (or forever); `ready` gets the bound port."""
    watcher = StoreWatcher(data_dir)
    feed = CalendarFeed(watcher.current, config.groups, lambda: datetime.now().astimezone())
    runner = web.AppRunner(feed.app(), access_log=None)  # URLs hold secrets: no access log
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0][1] if runner.addresses else port
    print(f"Calendriers servis sur http://{host}:{bound}/calendrier/<groupe>/<secret>.ics (Ctrl-C pour arrêter)", file=sys.stderr)
    if ready is not None:
        ready(bound)
    try:
        await (stop or asyncio.Event()).wait()
    finally:
        await runner.cleanup()


def cmd_serve_calendar(args: argparse.Namespace) -> int:
    config = load_config(Path(args.config))
    host, port = _listen(args.listen)
    data_dir = Path(args.data) if args.data else config.data_dir
    try:
        asyncio.run(serve(config, data_dir, host, port))
    except KeyboardInterrupt:
        pass
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve_ = sub.add_parser("serve-calendar", help="servir le calendrier de chaque groupe (abonnement .ics, lecture seule)")
    serve_.add_argument("--config", required=True, metavar="FICHIER", help="configuration TOML")
    serve_.add_argument("--data", metavar="DOSSIER", help="où vivent les données (par défaut : celles de la configuration)")
    serve_.add_argument("--listen", default="127.0.0.1:8089", metavar="HÔTE:PORT", help="adresse d'écoute (défaut 127.0.0.1:8089)")
    serve_.set_defaults(func=cmd_serve_calendar)
