"""A title asked in the plural: « les élus, c'est qui ? », « qui sont les
élus de la commission ? », « les conseillers municipaux ? ». Asked so, a
member wants every holder of the title; answers_people.role_holder narrowed
the holders to the one whose role also names the group (« Vice-présidente …,
présidente de la commission » for « élus », since « président » is one of
the titles an elected official holds) and left out the town's councillor.

Only a word read as a title (the role entity) whose typed form is plural —
after « les » / « des », or ending in « s » / « x » where its singular is a
title too — counts; « la présidente » stays one person."""

from __future__ import annotations

from handlers.understanding.world import entity_data
from handlers.understanding.spans import Entity
from handlers.understanding.normalise import Word

__all__ = ["plural_title"]

_PLURAL_ARTICLES = frozenset({"les", "des", "nos", "ces"})


def plural_title(words: list[Word], role: Entity) -> bool:
    """The title `role` was typed in the plural (« les élus », « nos conseillers municipaux »)."""
    typed = words[role.start:role.end]
    if not typed:
        return False
    head = typed[0].folded
    titles = entity_data()["roles"]
    plural_form = head.endswith(("s", "x")) and (head[:-1] in titles or head[:-2] + "l" in titles)
    article = role.start > 0 and words[role.start - 1].folded in _PLURAL_ARTICLES
    return plural_form and (article or role.start == 0)
