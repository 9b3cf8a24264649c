"""A hedge opening a question that checks a fact: « sauf erreur la prochaine
c'est le 15 ? », « sauf erreur de ma part, le dossier est pour le 18 ? »,
« si je ne me trompe pas la réunion est à Forges ? », « si je me souviens
bien on a décidé 120 000 € ? ».

The member doubts their own memory and asks the fact; the hedge says
nothing of it. Its words weighed on the readings (« sauf » and « erreur »
are no words of any question), leaving the member unsure (set 28a). The
hedge is framing, like a question tag (question_tags.py); it does not make
a statement a question: « sauf erreur, le devis est arrivé hier » stays
news for the rules that read it as such."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold

__all__ = ["approximations", "hedges"]

# The hedges as folded words, longest first so that « sauf erreur de ma part » is taken whole.
_HEDGES: tuple[tuple[str, ...], ...] = (
    ("sauf", "erreur", "de", "ma", "part"),
    ("sauf", "erreur", "de", "notre", "part"),
    ("si", "je", "ne", "me", "trompe", "pas"),
    ("si", "je", "ne", "m", "abuse"),
    ("si", "je", "me", "trompe", "pas"),
    ("si", "je", "me", "souviens", "bien"),
    ("si", "je", "me", "rappelle", "bien"),
    ("si", "j", "ai", "bien", "compris"),
    ("si", "j", "ai", "bien", "suivi"),
    ("sauf", "erreur"),
)


def hedges(found: Sequence[Word]) -> set[int]:
    """Indices of a hedge opening the message (after a greeting word at most), else nothing."""
    folded = [w.folded for w in found]
    for start in (0, 1):
        for hedge in _HEDGES:
            if tuple(folded[start:start + len(hedge)]) == hedge and len(folded) > start + len(hedge) + 1:
                return set(range(start, start + len(hedge)))
    return set()


# « … à quelle heure à peu près ? », « … combien de temps environ ? »: the asker allows an approximate answer, which
# asks nothing more (« à peu près » is read « environ », lexicon.toml [shorthand_phrases]).
_APPROXIMATE: tuple[tuple[str, ...], ...] = (
    ("grosso", "modo"),
    ("approximativement",),
    ("environ",),
)


def approximations(found: Sequence[Word]) -> set[int]:
    """Indices of an approximation closing the question (« à peu près », « environ »), else nothing: framing."""
    typed = [fold(w.raw) for w in found]
    for hedge in _APPROXIMATE:
        if len(typed) > len(hedge) + 1 and tuple(typed[-len(hedge):]) == hedge:
            return set(range(len(typed) - len(hedge), len(typed)))
    return set()
