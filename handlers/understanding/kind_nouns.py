"""A kind of body said alone names the group's bodies of that kind (« le
canton », « la ville », « la commune », « l'agglo »: entities.toml, [kinds]),
but not where the word names something else:

- « la Ville de Lyon », « le canton de Fribourg » when the group has no such
  body: the kind opens another body's name, which the group does not know;
  answering with the group's own towns would be a confident wrong answer.
- « en ville », « au centre-ville »: a place in town, no body.
- « dans quelle ville ? », « de quelle association ? »: the kind asked about, no body of it.

« le canton de Vaud », « l'État de Vaud » still name the canton's bodies when
the group's bodies are of Vaud (Caritas Vaud): the name after the kind is the
group's own territory (a canton, a State, a region, a département; never a
town's).
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import cache

import simplemma

from handlers.understanding.normalise import HERE, Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import World, entity_data, plain

__all__ = ["general_plurals", "kinds_in_context", "not_a_kind"]

# Words before a kind's noun that make it a place, not a body (« en ville », « centre-ville »).
_PLACE_BEFORE = frozenset({"en", "centre", "coeur", "hotel"})
# « dans quelle ville ? », « quelle commune ? »: the kind is asked, no body of it named.
_ASKING = frozenset({"quel", "quelle", "quels", "quelles", "laquelle", "lequel"})
_OF = frozenset({"de", "d", "du", "des"})


@cache
def general_plurals() -> frozenset[str]:
    """Plurals of kinds that speak of such bodies in general (« le réseau des communes », « qui conseille
    les communes ? »), never a typo of the kind (entities.toml, general_plurals)."""
    with (HERE / "entities.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle).get("general_plurals", ()))


def not_a_kind(word: Word, kind: str) -> bool:
    """`word`, close to the kind `kind`, is another word: a plural that speaks of such bodies in general
    (« communes »), or a French word spelt right that is no plural of it (« commun »)."""
    if kind not in entity_data()["kinds"]:
        return False
    if word.folded in general_plurals():
        return True
    return word.folded not in (kind + "s", kind + "x") and simplemma.is_known(word.raw.lower(), lang="fr")


def _kind_word(entity: Entity, words: list[Word]) -> bool:
    """`entity` is a body found by a kind's noun alone (« ville », « canton »)."""
    return entity.kind == "org" and entity.end - entity.start == 1 and words[entity.start].folded in entity_data()["kinds"]


def _asked_noun(entity: Entity, words: list[Word]) -> bool:
    """`entity` is a body found by one common noun of its name that « quel » asks about (« de quelle
    association ? », « quelle structure ? »), typed in lower case: the question names no body."""
    i = entity.start
    return (entity.kind == "org" and entity.end - i == 1 and i > 0 and words[i - 1].folded in _ASKING
            and words[i].raw.islower() and simplemma.is_known(words[i].raw, lang="fr"))


def kinds_in_context(words: list[Word], entities: list[Entity], world: World) -> list[Entity]:
    """`entities` without the bodies a kind's noun found where it names another body or a place."""
    # A meeting's place after the kind (« la Ville de Lyon », whose hall the group met in) is no body of the group.
    taken = {j for e in entities if e.kind == "org" for j in range(e.start, e.end)}
    own = {w for m in world.members for w in plain(m.organisation or "").split()}
    kept = []
    for entity in entities:
        if _asked_noun(entity, words):
            continue  # « elle est de quelle association ? »: the kind asked, not the group's Association Valentin Haüy
        if _kind_word(entity, words):
            i, after = entity.start, entity.end
            if i > 0 and (words[i - 1].folded in _PLACE_BEFORE or words[i - 1].folded in _ASKING):
                continue
            # « la Ville de Lyon »: a name follows that no entity of the group took.
            # « la CAF du 67 » is the CAF of a département's number, no other body.
            if after + 1 < len(words) and words[after].folded in _OF and after + 1 not in taken and (
                    words[after + 1].folded.isalpha()) and (
                    words[after + 1].raw[:1].isupper() or words[after + 1].folded not in _ARTICLES):
                # « la caf du Rhône »: the name goes on with the found body's own words, it is that body.
                named = {w for m in entity.items for w in plain(getattr(m, "organisation", "") or "").split()}
                # « la référente MSA des France services »: the words go on as a role of the body's own people writes
                # its charge (« référente des France services du Cantal »), the title's complement, no other body.
                charged = {w for m in entity.items for w in plain(getattr(m, "role", "") or "").split() if len(w) >= 4}
                if words[after + 1].folded not in named and words[after + 1].folded not in charged and (
                        words[after + 1].folded not in own or words[entity.start].folded not in _TERRITORIES):
                    continue
                entity = replace(entity, end=after + 2)  # « l'État de Vaud »: the territory is part of the name
        kept.append(entity)
    return kept


_ARTICLES = frozenset({"la", "le", "les", "l"})
# Kinds whose territory holds the group's bodies (« le canton de Vaud » of Caritas Vaud); not a town's
# (« la Ville de Lyon » is no Métropole de Lyon).
_TERRITORIES = frozenset({"canton", "etat", "region", "departement"})
