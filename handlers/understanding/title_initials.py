"""A title asked by its initials alone: « c'est qui le DP ? » of a « Déléguée du
préfet pour Vaulx-en-Velin », « qui est la CESF ? » of a « Conseillère en
économie sociale et familiale ». The acronym names no member nor body, so
the readings were left unsure and the bot said it did not know « DP »; when
the initials spell the words a role's clause opens with (role_topic.py), and
only then, the holders of that title answer."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.messages import bold, text
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.role_topic import role_acronyms
from handlers.understanding.world import plain

__all__ = ["title_by_initials"]

_ARTICLES = frozenset({"le", "la", "l", "les", "notre", "nos", "votre", "vos"})
_WHO = frozenset({"qui", "ki"})
# Little words initials skip (« délégué du préfet » is the DP).
_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


def _opening(clause: str, n: int) -> list[str]:
    """The first `n` words of a role's clause that are not little words, folded."""
    return [w for w in plain(clause).split() if w not in _LITTLE][:n]


def title_by_initials(ctx: Context, u: Understanding) -> Outcome | None:
    """The members whose role opens a clause with the words the acronym asked spells; else None."""
    if not any(w.folded in _WHO for w in u.words) or any(e.kind in ("person", "org") for e in u.entities):
        return None
    members = ctx.data.members()
    for i, word in enumerate(u.words[1:], start=1):
        if not (word.raw.isupper() and 2 <= len(word.raw) <= 5) or u.words[i - 1].folded not in _ARTICLES:
            continue
        spelled = role_acronyms([word], [m.role for m in members])
        if spelled == [word]:
            continue
        wanted = [w.folded for w in spelled]
        holders = [m for m in members if any(_opening(part, len(wanted)) == wanted for part in re.split(r"[,;/]", m.role))]
        if holders:
            u.intent, u.readings = "role_holder", []
            lines = [[text(f"Rôle « {word.raw} » :")],
                     *[[text("• "), bold(m.name), text(f" — {m.organisation} — {m.role}")] for m in holders[:10]]]
            return Outcome.sure(u, lines, ", ".join(m.name for m in holders))
    return None
