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

from collections.abc import Sequence

from handlers.understanding.entities import Entity

__all__ = ["title_over_charge"]

# Scores closer than this are a tie of the examples' weights, not a reading.
_HAIR = 0.01


def title_over_charge(ranking: list[tuple[str, float]], entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """`ranking` with role_holder before in_charge when they tie and a title is named."""
    if len(ranking) < 2 or ranking[0][0] != "in_charge" or ranking[1][0] != "role_holder":
        return ranking
    if ranking[0][1] - ranking[1][1] >= _HAIR or not any(e.kind == "role" for e in entities):
        return ranking
    return [ranking[1], ranking[0], *ranking[2:]]
