"""The calendar feed over real HTTP on 127.0.0.1, beside a running bot's
store (which holds the lock): the right secret gets the .ics with an ETag,
a calendar client's conditional GET gets 304 until something changes, a
wrong or rotated secret or another group's gets 404, contact details never
appear; `serve-calendar` refuses a malformed --listen."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
from icalendar import Calendar

from bot.calendar_feed import serve
from bot.cli import main
from handlers.calendar_links import feed_token, rotate_token
from storage.models import replace
from storage.store import Store
from tests.helpers import at, group_config, make_config

NOW = at("2026-11-23 10:00")


async def test_feed_serves_secret_urls_with_etag_and_conditional_get(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bot_store = Store.open(data)  # the bot runs: the feed must not need the lock
    try:
        rte = bot_store.group("rte")
        rte.add_member("Jamila Hammoudi", "Hospice général")
        rte.update_member(1, lambda m: replace(m, contact="jamila@example.org", contact_consent=True))
        rte.add_meeting(at("2027-01-14 09:00"), at("2027-01-14 11:00"), "Mairie de Meyrin")
        rte.add_task("Compter les participants", 1, at("2027-01-10 00:00").date())
        token = feed_token(bot_store, "rte")
        other = feed_token(bot_store, "autre")
        assert token and other
        config = make_config(group_config("rte"), group_config("autre"), data_dir=data)
        stop = asyncio.Event()
        port: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        server = asyncio.create_task(serve(config, data, "127.0.0.1", 0, stop, port.set_result))
        base = f"http://127.0.0.1:{await asyncio.wait_for(port, 10)}"
        try:
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{base}/calendrier/rte/{token}.ics") as response:
                    assert response.status == 200
                    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
                    etag = response.headers["ETag"]
                    body = await response.read()
                calendar = Calendar.from_ical(body)
                summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
                assert summaries == ["Groupe rte — séance n°1", "Tâche n°1 : Compter les participants (pilote : Jamila Hammoudi)"]
                assert b"example.org" not in body
                # A calendar client polling: nothing changed, 304 and no body.
                async with http.get(f"{base}/calendrier/rte/{token}.ics", headers={"If-None-Match": etag}) as response:
                    assert response.status == 304 and await response.read() == b""
                    assert response.headers["ETag"] == etag
                # The bot moves the meeting: the feed follows, with a new ETag.
                rte.update_meeting(1, lambda m: replace(m, place="Salle B"))
                async with http.get(f"{base}/calendrier/rte/{token}.ics", headers={"If-None-Match": etag}) as response:
                    assert response.status == 200 and response.headers["ETag"] != etag
                    assert b"LOCATION:Salle B" in await response.read()
                wrong = token[:-1] + ("A" if token[-1] != "A" else "B")  # one character off
                for path in (f"/calendrier/rte/{wrong}.ics", f"/calendrier/rte/{other}.ics",
                             f"/calendrier/inconnu/{token}.ics", "/calendrier/rte/.ics", "/"):
                    async with http.get(base + path) as response:
                        assert response.status == 404, path
                        assert token not in await response.text()
                rotate_token(bot_store, "rte")
                async with http.get(f"{base}/calendrier/rte/{token}.ics") as response:
                    assert response.status == 404
                async with http.get(f"{base}/calendrier/autre/{other}.ics") as response:
                    assert response.status == 200
        finally:
            stop.set()
            await server
    finally:
        bot_store.close()


def test_serve_calendar_refuses_a_bad_listen_address(tmp_path: Path, capsys: object) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[groups]]\nslug = "rte"\ntimezone = "Europe/Zurich"\n', "utf-8")
    assert main(["serve-calendar", "--config", str(config), "--listen", "localhost"]) == 2
    assert "--listen : 'localhost' doit s'écrire HÔTE:PORT" in capsys.readouterr().err  # type: ignore[attr-defined]
