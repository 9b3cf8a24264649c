"""Decisions of an institution the group is not (« qu'a décidé le collège
communal ? », « les décisions du conseil municipal ? », « la décision du
gouvernement »): the group's log holds its own decisions, and a word of the
institution's name that one of them happens to share (« communal » and a
« permanence commune ») would list a decision nobody asked about. The
institutions are listed in lexicon.toml (`other_institutions`)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from handlers.messages import Reply
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain

__all__ = ["named_institution", "other_institution", "other_institution_outcome"]

HERE = Path(__file__).parent
_DECISIONS = frozenset({"decisions_topic", "decisions_recent"})


@cache
def _institutions() -> dict[str, str]:
    """Folded name -> the name as listed (to be shown), longest first."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        names = tomllib.load(handle).get("other_institutions", [])
    return {plain(n): n for n in sorted(names, key=len, reverse=True)}


def other_institution(u: Understanding, decisions: tuple[str, ...]) -> str | None:
    """The institution a decision question names, when none of the group's decisions names it; asked unsure too,
    when the first reading is a decisions' (« quelles sont les décisions du conseil communal ? » once « communal »
    no longer reads as a slip of the « commun » of a decision)."""
    if u.intent not in _DECISIONS and not (u.intent is None and u.readings[:1] and u.readings[0] in _DECISIONS):
        return None
    return named_institution(u.text, decisions)


def named_institution(message: str, decisions: tuple[str, ...]) -> str | None:
    """The institution `message` names, when none of the group's decisions names it (whatever the reading:
    « vous avez vu la décision du conseil municipal sur la piscine ? » is news of the town's decision)."""
    text = f" {plain(message)} "
    for name, shown in _institutions().items():
        if f" {name} " in text and not any(f" {name} " in f" {plain(d)} " for d in decisions):
            return shown
    return None


def other_institution_outcome(u: Understanding, name: str) -> Outcome:
    return Outcome(Reply.of(f"Je ne trouve aucune décision du groupe sur « {name} » : je ne connais que les décisions "
                            "prises par le groupe.", "Tapez /decisions pour les dernières décisions."), None, False, "", u)
