"""A kind of body's word inside a set phrase that names no body: « la remise
en état des halls », « l'état des lieux », « en bon état », « l'état
d'avancement ». « L'État » is the prefecture (entities.toml [kinds]), but
« qui prend en charge la remise en état des halls ? » asked nothing of the
Préfecture du Rhône, and read so it lost its topic. So is « la politique
de la ville » (the State's urban policy), no « Ville de … » member's body:
« qui suit la politique de la ville à la métropole ? » asks the
metropolis's officer for it. The phrases are few and fixed: the word is
dropped as a body there, and stays the topic it is."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["outside_set_phrases"]

# Folded words before « état » that make it a state of things, and the words after it that do.
_BEFORE = frozenset({"en", "bon", "mauvais", "meme", "quel", "son", "leur", "etat"})
_AFTER = (("des", "lieux"), ("d", "avancement"), ("de", "sante"), ("civil",), ("d", "urgence"), ("de", "lieux"))


def _state_of_things(found: Sequence[Word], i: int) -> bool:
    if found[i].folded != "etat":
        return False
    after = [w.folded for w in found[i + 1:i + 3]]
    return (i > 0 and found[i - 1].folded in _BEFORE) or any(after[:len(p)] == list(p) for p in _AFTER)


# « la politique de la ville »: the words before « ville » that make it the policy's name.
_POLICY = ["politique", "de", "la"]


def _policy_of_towns(found: Sequence[Word], i: int) -> bool:
    return found[i].folded == "ville" and [w.folded for w in found[max(0, i - 3):i]] == _POLICY


def outside_set_phrases(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` less the bodies read from « état » in a phrase about the state of things, and from « ville » in
    « la politique de la ville »."""
    return [e for e in entities if not (e.kind in ("org", "place") and e.end == e.start + 1
                                        and (_state_of_things(found, e.start) or _policy_of_towns(found, e.start)))]
