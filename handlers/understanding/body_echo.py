"""A body's own word said again around its name: « les parents de Parents
ensemble c'est qui ? », « l'asso contre le harcèlement c'est qui ? » (the
lead's set 74). The word that repeats the name of the body found (« parents »
of « Liste indépendante « Parents ensemble aux Myosotis » », « harcèlement »
of « Association Stop Harcèlement 93 ») says which body, not a topic of
charge: read as one, it drew the question to « qui s'occupe des parents ? »
instead of the body's people."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["body_echo"]

# « qui », « c'est qui »: only a question asking for people (« la décision sur les parents de Parents ensemble ? » may
# well be about the parents).
_WHO = frozenset({"qui", "ki"})


def body_echo(found: list[Word], entities: list[Entity]) -> set[int]:
    """Indices of the words outside a body found that repeat a word (four letters or more) of its name."""
    if not any(w.folded in _WHO for w in found):
        return set()
    # One body found, its word typed in lower case: a word that picks one of several bodies (« la mission locale de
    # Redon » of two missions locales) or a name typed as one says which, and stays.
    bodies = [e for e in entities if e.kind == "org" and len({m.organisation for m in e.items}) == 1]
    inside = {k for e in bodies for k in range(e.start, e.end)}
    named = {w for e in bodies for w in plain(e.label).split() if len(w) > 3}
    echoed = {i for i, w in enumerate(found) if i not in inside and len(w.folded) > 3 and w.folded in named
              and w.raw.islower()}
    # « l'asso contre le harcèlement »: what the body is against, said between its kind and its word, names it too.
    against = {i for i, w in enumerate(found) if w.folded == "contre" and i in {e.end for e in bodies}
               and any(j in echoed for j in range(i + 1, min(i + 4, len(found))))}
    return echoed | against
