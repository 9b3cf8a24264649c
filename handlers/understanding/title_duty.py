"""« qui tient la caisse ? », « qui tient le PV ? »: a title asked by the duty it holds.

« tenir » a title's duty (the cash box, the minutes, the accounts) is being
the group's treasurer or secretary: the members found by that duty
(lexicon.toml's title_duties, read into their roles by topics.with_activities)
are answered as the holders of the title, as « qui tient les comptes ? » and
« qui tient la trésorerie ? » are. « qui s'occupe de X » stays a charge, and so
does « qui fait le compte rendu ? », as the question sets label it (17c,
17eb, 18fb): the member is the same, read from the duty in the role."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, fold
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from storage.models import Member

__all__ = ["held_duty"]

# Verbs by which a duty is held rather than dealt with (« qui tient la caisse ? », « c'est qui qui tient le PV ? »).
_HOLDING = frozenset({"tenir", "tient", "tiennent"})


@cache
def _duties() -> tuple[tuple[str, str], ...]:
    """(title stem, the words of its duties), lexicon.toml's title_duties."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle).get("title_duties", {})
    return tuple((fold(title), " ".join(words)) for title, words in table.items())


def held_duty(u: Understanding, found: list[Member]) -> bool:
    """`u` asks who « tient » a duty that every member of `found` holds by the title of their role."""
    if not found or not u.topic or not any(w.lemma in _HOLDING or w.folded in _HOLDING for w in u.words):
        return False
    for member in found:
        role = fold(member.role)
        duties = " ".join(words for title, words in _duties() if title in role)
        if not duties or min(topic_scores(u.topic, [duties])) < 1.0:
            return False
    return True
