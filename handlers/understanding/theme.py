"""The group's own theme, which its decisions need not repeat: in a group
against the isolation of older people, « les déplacements des personnes
âgées » asks about the decision on transport (« Le transport solidaire est
étendu… »), since every decision there concerns older people. A topic word
is the theme when it, or a word of its synonym family (lexicon.toml,
[topics]), is in the roles of a third of the members; beside another topic
word it says nothing about which decision is meant, and is set aside as the
question's framing (it needs no showing in the answer either)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from handlers.understanding.normalise import stem, words
from handlers.understanding.topics import families_of, is_generic, topic_stems

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["set_theme_aside", "theme_of"]

# A word in this many members' roles (and at least a third of them) is the group's theme.
LEAST = 3
SHARE_OF_ROLES = 3


def _role_stems(role: str) -> frozenset[str]:
    found = words(role, shorthand=False)
    return frozenset(stem(w.lemma) for w in found) | frozenset(stem(w.folded) for w in found)


@lru_cache(maxsize=16)
def theme_of(roles: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each member's role as stems (kept apart so that a family counts once per member)."""
    return tuple(_role_stems(r) for r in roles if r)


def set_theme_aside(u: Understanding, roles: Sequence[frozenset[str]]) -> bool:
    """Take the group's theme out of `u.topic` when another topic word remains; whether it did."""
    need = max(LEAST, -(-len(roles) // SHARE_OF_ROLES))
    # Each family counted on its own: « rénovation » is kin of « énergie » and of « travaux »,
    # but neither family alone is in a third of an energy group's roles.
    themed = [w for w in u.topic if topic_stems([w]) and not is_generic(w)
              and any(sum(1 for r in roles if family & r) >= need for family in families_of(w))]
    rest = [w for w in u.topic if w not in themed]
    if not themed or not topic_stems(rest):
        return False
    u.topic = rest
    u.framing |= {i for i, w in enumerate(u.words) if any(w.raw == t.raw for t in themed)}
    return True
