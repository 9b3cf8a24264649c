"""A title asked, when the intents' examples hardly tell a role from a charge.

« qui est responsable de l'aide alimentaire au Secours populaire ? » is as
close to « qui est le responsable de <org> » (role_holder) as to « qui est
responsable de <sujet> » (in_charge): the two scores differ by the weights of
the examples' common words, which any new example shifts. Either reading
shows the member whose role says it, but a title typed as such asks for its
holder; so when the charge leads by a hair and the question names a title
(a role entity), the title's reading comes first. A clear lead is left as it
is (« qui s'occupe de la jeunesse ? » has no title)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from handlers.understanding.entities import Entity

if TYPE_CHECKING:
    from handlers.context import Context
    from handlers.understanding.outcome import Outcome

__all__ = ["charge_of_office", "title_over_charge"]

# Scores closer than this are a tie of the examples' weights, not a reading.
_HAIR = 0.01


def title_over_charge(ranking: list[tuple[str, float]], entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """`ranking` with role_holder before in_charge when they tie and a title is named."""
    if len(ranking) < 2 or ranking[0][0] != "in_charge" or ranking[1][0] != "role_holder":
        return ranking
    if ranking[0][1] - ranking[1][1] >= _HAIR or not any(e.kind == "role" for e in entities):
        return ranking
    return [ranking[1], ranking[0], *ranking[2:]]


# Verbs of looking after something: « qui s'occupe de … », « qui gère … », « qui suit … ».
_LOOKS_AFTER = frozenset({"occuper", "occupe", "gerer", "gere", "suivre", "suit"})


def charge_of_office(ctx: Context, outcome: Outcome, charge: Callable[[Context, object], Outcome]) -> Outcome | None:
    """« qui s'occupe du secrétariat du réseau ? » (set 43b): an office named by its function (« secrétariat », no
    title such as « secrétaire ») and looked after is a charge, as « qui s'occupe de la communication ? » reads; the
    members whose roles say it answer (in_charge). None otherwise."""
    from handlers.understanding.dominance import sure_as  # dominance reads the pipeline: imported late

    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "role_holder":
        return None
    roles = [e for e in u.entities if e.kind == "role"]
    if len(roles) != 1 or roles[0].extra.get("titled") or not roles[0].extra.get("function"):
        return None
    if not any(w.lemma in _LOOKS_AFTER or w.folded in _LOOKS_AFTER for w in u.words):
        return None
    return sure_as(ctx, u, "in_charge", charge)
