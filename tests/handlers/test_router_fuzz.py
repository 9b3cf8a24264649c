"""Property: whatever text follows a command (digits of any script, dates at
the calendar's edge, control characters…), the router answers without the
internal-error apology and logs no error. (test_bad_input.py checks, command
by command, that a refusal leaves the bytes on disk unchanged.)"""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.commands import default_commands
from handlers.router import APOLOGY
from storage.store import Store
from tests.helpers import at, make_chat, seed_people

NAMES = sorted(c.name for c in default_commands().commands)
# Digits of every kind, date and time shapes, separators: what reaches int() and the date reader.
PIECES = st.sampled_from(["1", "2", "9999", "0", "-3", "²", "①", "٣", "３", "𝟏", "@", "/", ":", "h", "n°", "#", " ", ";",
                          "31/12/9999", "29/02", "24h", "9h-8h", "@08/12", "demain", "chaque semaine",
                          "toutes les ² semaines", "le 5e lundi du mois", "\u200b", "\x00", "é"])
ARGS = st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=6).map("".join), st.lists(PIECES, max_size=6).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), args=ARGS)
def test_no_argument_gets_the_apology(name: str, args: str, caplog: pytest.LogCaptureFixture) -> None:
    store = Store.memory()
    chat = make_chat(store, at("2026-11-23 10:00"))
    seed_people(chat)
    chat.store.group("rte").add_meeting(at("2026-11-26 09:00"), place="Salle A", recurrence="weekly:1")
    chat.store.group("rte").add_meeting(at("2026-11-27 09:00"), place="Salle B")
    chat.say("/decision Une décision")
    chat.say("/echeance 30/12/2026 Rapport")
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        reply = chat.reply(f"/{name} {args}", private=name == "groupe")
    out = reply.plain() if reply is not None else ""
    assert APOLOGY not in out, (name, args)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], (name, args)
    store.close()
