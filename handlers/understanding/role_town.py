"""A body's name that swallowed a role's words: « l'adjoint santé de
Toulouse » finds the « Association Entraide Santé Toulouse Nord » (its
name holds « santé » and « Toulouse »), where nobody is an adjoint; the
adjointe chargée de la santé of the « Ville de Toulouse » is meant. The
words typed over the body are then shared out: each must be in another
member's body or role, and one at least in the body."""

from __future__ import annotations

from handlers.understanding.normalise import lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["named_out", "shared_out"]


def _holds(text: str, word: str) -> bool:
    """`word` (folded) opens a word of `text` (plain), plural or not."""
    stem = word[:-1] if word.endswith(("s", "x")) and len(word) > 4 else word
    return any(w.startswith(stem) for w in text.split())


def shared_out(u: Understanding, org: Entity, members: list[Member]) -> list[Member]:
    """The members outside `org` whose body and role hold between them every word typed over it,
    the body at least one."""
    said = [u.words[k].folded for k in range(org.start, org.end) if u.words[k].folded not in lexicon().stopwords]
    if len(said) < 2:
        return []
    found = []
    for member in members:
        if member in org.items:
            continue
        body, role = plain(member.organisation), plain(member.role)
        if any(_holds(body, w) for w in said) and all(_holds(body, w) or _holds(role, w) for w in said):
            found.append(member)
    return found


def named_out(u: Understanding, org: Entity, holders: list[Member]) -> list[Member]:
    """The title's `holders` outside `org` whose body or role holds every word typed over it."""
    said = [u.words[k].folded for k in range(org.start, org.end) if u.words[k].folded not in lexicon().stopwords]
    if not said:
        return []
    return [m for m in holders if m not in org.items
            and all(_holds(plain(m.organisation or ""), w) or _holds(plain(m.role or ""), w) for w in said)]
