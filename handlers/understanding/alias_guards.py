"""Two guards on reading words as bodies, kept apart from entities.py
(which finds the entities) so that module stays readable in one sitting:

- a kind of body in several words is a body's name when it opens with a
  body's noun (« la direction du travail ») or a word no title opens with
  (« la mission locale »), not when it opens with a title (« les médecins
  libéraux » is a public whose role is asked);
- a French word spelt right that members' roles use for their field
  (« insertion » in « Responsable insertion et RSA ») is itself, no slip of a
  body's alias made of initials and a last word (« mrinsertion »)."""

from __future__ import annotations

import simplemma

from handlers.understanding.normalise import Word
from handlers.understanding.world import World, entity_data, plain

__all__ = ["body_first", "field_word"]


def body_first(kind: str, world: World) -> bool:
    """A kind's words open with a body's noun (« direction »), or with a word no title opens with (« mission »),
    in the lexicon or in the group's roles (« Médecin généraliste »)."""
    first = kind.split()[0]
    titles = set(entity_data()["roles"]) | set(world.role_words)
    return first in entity_data()["generic"] or not ({first, first.removesuffix("s")} & titles)


def field_word(word: Word, world: World) -> bool:
    """A French word spelt right that some member's role uses (« Responsable insertion et RSA »)."""
    return simplemma.is_known(word.raw.lower(), lang="fr") and any(
        word.folded in plain(m.role).split() for m in world.members if m.role)
