"""Bodies named by one of two coordinated complements: « la plateforme de
répit » for the Plateforme d'accompagnement et de répit d'Épinal, « la
maison de l'emploi » for the Maison de l'emploi et de la formation. A name
of the shape « <head> de X et de Y (de <town>) » is said in chat with its
head and one complement, the town often dropped; each such short name is
added as an alias unless it already names a body (`setdefault`)."""

from __future__ import annotations


from handlers.understanding.world import ORG_STOP, bare_label
from storage.models import Member

__all__ = ["coordinated_aliases"]

Aliases = dict[str, tuple[str, list[Member]]]

_LINKS = frozenset({"d", "de", "du", "des"})


def _short_names(words: list[str]) -> list[str]:
    """« plateforme de repit », « plateforme d accompagnement » of « plateforme d accompagnement et de repit d epinal »."""
    if words.count("et") != 1 or len(words) < 5 or words[0] in ORG_STOP or words[1] not in _LINKS:
        return []
    k = words.index("et")
    first, second = words[1:k], words[k + 1:]
    if not 2 <= len(first) <= 4 or len(second) < 2 or second[0] not in _LINKS:
        return []
    names = [" ".join([words[0], *first]), " ".join([words[0], *second])]
    # « … et de répit d'Épinal »: the town closing the second complement is dropped too.
    if len(second) >= 4 and second[-2] in _LINKS:
        names.append(" ".join([words[0], *second[:-2]]))
    return [n for n in names if sum(w not in ORG_STOP for w in n.split()) >= 2]


def coordinated_aliases(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with the short names of every body named by two coordinated complements."""
    extended = dict(aliases)
    for org, people in by_org.items():
        for name in _short_names(bare_label(org).split()):
            extended.setdefault(name, (org, people))
    return extended
