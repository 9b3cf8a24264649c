"""A word of deciding used as a noun: « le vote en ligne », « l'arrêté du
maire », « la tranche 2 ».

lexicon.toml reads « vote », « voté », « arrêté », « tranché » as « décider »,
so that « on a vote quoi ? » (typed without its accent) asks for decisions.
After a determiner the same letters are a noun — the thing voted, the act —
and a topic of their own: « le vote en ligne, c'est acté ? » asks about the
decision on voting, « les modalités de vote » about how the vote is held."""

from __future__ import annotations

__all__ = ["noun_lemma"]

# The lemma lexicon.toml gives the verbs of deciding.
_DECIDE = "decider"
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "du", "des", "au", "aux", "de", "d", "ce", "cet",
                          "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})
# Forms that are nouns after a determiner (« le vote », « l'arrêté », « la tranche »); « acté » has none.
_NOUNS = frozenset({"vote", "votes", "arrete", "arretes", "tranche", "tranches"})


def noun_lemma(previous: str | None, folded: str, lemma: str) -> str:
    """`lemma`, or the word itself when a verb of deciding stands as a noun after a determiner."""
    if lemma == _DECIDE and folded in _NOUNS and previous in _DETERMINERS:
        return folded[:-1] if folded.endswith("s") else folded
    return lemma
