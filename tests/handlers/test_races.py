"""Two coordinators, two chats, the same moment: the state a race leaves is
the one the acknowledged replies describe, and the loser is told why.

Each pair of commands runs concurrently hundreds of times (with a tiny
thread switch interval, so the threads interleave inside the commands)
through the real router on the on-disk store."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import date

import pytest

from handlers.commands import default_commands
from handlers.router import Router
from storage.recurrence import overrides
from tests.helpers import COORDINATOR, Chat, at

TRIALS = 200


@pytest.fixture
def racing(chat: Chat) -> Iterator[Router]:
    """A router without the scheduler hook, bound to two chats of the group."""
    chat.store.bind_chat("telegram", "chat-2", "rte")
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield Router(chat.store, chat.config.groups, default_commands(), chat.clock.now)
    finally:
        sys.setswitchinterval(previous)


def race(chat: Chat, router: Router, first: str, second: str) -> tuple[str, str]:
    """Send `first` from chat-1 and `second` from chat-2 at the same moment."""
    replies: list[str] = ["", ""]
    start = threading.Barrier(2)

    def send(index: int, text: str, chat_id: str) -> None:
        start.wait()
        reply = router.handle(chat.message(text, sender=COORDINATOR, chat=chat_id))
        replies[index] = reply.plain() if reply is not None else ""

    threads = [threading.Thread(target=send, args=(0, first, "chat-1")),
               threading.Thread(target=send, args=(1, second, "chat-2"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return replies[0], replies[1]


def test_cancel_and_move_of_one_meeting(chat: Chat, racing: Router) -> None:
    data = chat.store.group("rte")
    for _ in range(TRIALS):
        n = data.add_meeting(at("2026-12-03 09:00"), place="Salle A").number
        cancel, move = race(chat, racing, f"/seance_annuler {n}", f"/seance_deplacer {n} 10/12/2026 14h")
        final = data.meeting(n)
        assert final is not None
        assert cancel.startswith(f"Séance n°{n} du") and "annulée" in cancel, cancel
        assert final.status == "cancelled", (cancel, move)
        moved = move.startswith(f"Séance n°{n} déplacée")
        assert moved == (final.start == at("2026-12-10 14:00")), (move, final)
        if not moved:
            assert f"La séance n°{n}" in move and "annulée" in move, move


def test_cancel_and_move_of_one_date_of_a_series(chat: Chat, racing: Router) -> None:
    data = chat.store.group("rte")
    for _ in range(TRIALS):
        n = data.add_meeting(at("2026-12-01 09:00"), recurrence="weekly:1").number
        cancel, move = race(chat, racing, f"/seance_annuler {n}@08/12", f"/seance_deplacer {n}@08/12 09/12/2026 14h")
        final = overrides(chat.store, "rte", n)["2026-12-08"]
        assert "annulée" in cancel and cancel.startswith(f"Séance n°{n} du"), cancel
        assert final.status == "cancelled", (cancel, move)
        if not move.startswith(f"Séance n°{n} déplacée"):
            assert f"séance n°{n}" in move.lower() and ("annulée" in move or "pas de date" in move), move


def test_cancel_and_amend_of_one_decision(chat: Chat, racing: Router) -> None:
    data = chat.store.group("rte")
    for trial in range(TRIALS):
        n = data.add_decision(f"Décision {trial}", date(2026, 11, 23), None, "Léa", "telegram:x", chat.clock.now()).number
        cancel, amend = race(chat, racing, f"/decision_annuler {n}", f"/decision_modifier {n} Texte corrigé {trial}")
        final = data.decision(n)
        assert final is not None
        assert cancel.startswith(f"Décision n°{n} annulée"), cancel
        assert final.status == "cancelled" and final.history[-1].action == "cancelled", (cancel, amend, final)
        amended = amend.startswith(f"Décision n°{n} modifiée")
        assert amended == any(step.action == "amended" for step in final.history), (amend, final)
        if not amended:
            assert f"décision n°{n}" in amend.lower() and "annulée" in amend, amend


def test_two_cancels_of_one_deadline(chat: Chat, racing: Router) -> None:
    data = chat.store.group("rte")
    for trial in range(TRIALS):
        n = data.add_deadline(at("2026-12-20 00:00"), f"Rapport {trial}").number
        first, second = race(chat, racing, f"/echeance_annuler {n}", f"/echeance_annuler {n}")
        acked = [r for r in (first, second) if r.startswith(f"Échéance n°{n} retirée")]
        assert len(acked) == 1, (first, second)
        loser = second if acked[0] == first else first
        assert f"échéance n°{n}" in loser.lower(), loser
        final = data.deadline(n)
        assert final is not None and final.cancelled
