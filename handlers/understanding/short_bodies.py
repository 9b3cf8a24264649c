"""« au CP », « le directeur du CP »: two letters that are both a title's short
form (« chef de projet », entities.toml [roles], after an article only) and a
kind of body's (« centre pénitentiaire », [short_forms]) name the body when the
group has one and none of its members holds the title: in a prison's
partnership nobody is « chef de projet », and « le CP » is the prison.

A title right after « de » and the noun a member's body opens with (« le
cabinet de kiné du Prat » of the « Cabinet de kinésithérapie du Prat ») is
no title either: it says which body (lead's set 71)."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.role_forms import article_roles
from handlers.understanding.world import World, entity_data, plain

__all__ = ["bodies_not_titles"]


def bodies_not_titles(words: list[Word], world: World) -> set[int]:
    """The indices of short forms to leave to the bodies (not read as titles)."""
    short, roles = entity_data()["short_forms"], entity_data()["roles"]
    held = [plain(m.role) for m in world.members]
    found: set[int] = set()
    for i, w in enumerate(words):
        if w.folded not in article_roles() or w.folded not in short or short[w.folded] not in world.org_aliases:
            continue
        # A title held here keeps its reading: « la CP » is the chef de projet wherever one sits.
        titles = roles.get(w.folded, "").split("|")
        if not any(t and t in role for t in titles for role in held):
            found.add(i)
    # « le cabinet de kiné du Prat »: the word after « <the noun a body's name opens with> de » complements it.
    heads = {h for m in world.members if len(h := next(iter(plain(m.organisation or "").split()), "")) >= 4}
    found |= {i for i in range(2, len(words)) if words[i - 1].folded in ("de", "d") and words[i - 2].folded in heads}
    return found
