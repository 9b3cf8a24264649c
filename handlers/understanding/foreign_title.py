"""A title in the cross-border partners' language, capitalised as German
writes its nouns, asked with « être » and its article (blind set 43a): « qui
est la Ausbildungsberaterin de l'IHK ? » for the « Conseillère en
apprentissage (Ausbildungsberaterin) », « qui est le Wirtschaftsförderer de
Kehl ? » for the one « Chargé du développement économique
(Wirtschaftsförderung) ».

The word is no French title the roles index, so the question was read as a
charge and answered « En charge de … »: the right member, under the wrong
question. Asked so — « qui est le/la X », X a capitalised noun of one word,
then nothing or the body it belongs to — it asks who holds the title, as
« qui est la conseillère en apprentissage de l'IHK ? » does; only when one
member's role is found for it."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from storage.models import Member

__all__ = ["foreign_title"]

_HELD = frozenset({"est", "etait", "sera"})
_ARTICLES = frozenset({"le", "la", "l"})
# What may follow the title: nothing, or the body or town it is of.
_OF = frozenset({"de", "du", "des", "d", "a", "au", "chez"})


def foreign_title(u: Understanding, found: list[Member]) -> bool:
    """« qui est la Ausbildungsberaterin de l'IHK ? » with one member found by the word: a title asked."""
    words = u.words
    if len(words) < 4 or words[0].folded != "qui" or words[1].folded not in _HELD or words[2].folded not in _ARTICLES:
        return False
    asked = words[3].raw
    rest = [w.folded for w in words[4:]]
    return (len(found) == 1 and len(asked) >= 6 and asked[:1].isupper() and asked[1:].islower()
            and (not rest or rest[0] in _OF))
