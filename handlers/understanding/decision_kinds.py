"""Decisions asked by their kind, at a meeting named: « qu'est-ce qu'on a
rejeté en novembre ? », « qu'est-ce qui a été refusé à la dernière
réunion ? », « on a repoussé quoi en octobre ? ». The meeting's decisions
are the ones its minutes record; of those, the question asks the refusals
(« Refus de la participation … ») or the postponements (« Report à mars
… »). Asked with no meeting, « qu'est-ce qui a été reporté ? » is already
a decision topic (answers_records.py)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold

__all__ = ["asked_kind", "of_kind"]

# Each kind by the folded beginnings of its words, in a question and in a decision alike.
_KINDS = (
    ("refus", "rejet", "ecarte"),
    ("report", "repouss", "ajourn", "decale"),
)


def asked_kind(found: Sequence[Word]) -> tuple[str, ...] | None:
    """The beginnings of the kind of decision a question asks for, if it names one."""
    return next((kind for kind in _KINDS if any(w.folded.startswith(kind) for w in found)), None)


def of_kind(text: str, kind: tuple[str, ...]) -> bool:
    """Whether a decision's text is of that kind."""
    return any(word.startswith(kind) for word in fold(text).replace("'", " ").split())
