"""The group's own acronym, read from the offices its members hold in it:
« Échevine de l'enfance, présidente de la CCA », « vice-président de la
CCA », « secrétaire de la CCA ».

lexicon.toml `group_kinds` lists the kinds of partnership a group often is
(a CLS, a PEDT…); a group of another kind (a Belgian commission communale de
l'accueil, a Swiss commission régionale…) is called by an acronym no list
holds. Read as a body, that acronym named the few members whose roles say it:
« c'est quand la prochaine CCA ? » answered with a decision on « la CCA », « on
était combien à la dernière CCA ? » listed the members titled « de la CCA ».
The group's own offices say what it is: when two members or more preside,
vice-preside or keep the secretariat « de la X », X an acronym in no member's
body, X is the group itself, as a listed kind is (own_group.py)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from handlers.understanding.normalise import fold
from storage.models import Member

__all__ = ["office_acronym", "office_noun"]

# The offices a group gives its own members (the group's chair, its deputy, its secretary), folded.
_OFFICES = r"(?:vice[- ]?)?president(?:e)?|secretaire|secretariat|presidence|vice[- ]?presidence|co[- ]?president(?:e)?"
# « présidente de la CCA », « secrétaire du CCA », « secrétariat de l'ICC »: the acronym as typed (capitals).
_OFFICE_OF = re.compile(rf"\b(?i:{_OFFICES})\s+(?i:de\s+la|du|de\s+l'|des)\s*([A-Z][A-Za-z]{{1,6}})\b")


def office_acronym(members: Sequence[Member]) -> str:
    """The folded acronym two members' or more offices are held in, and no member's body is called by
    (one such acronym only), else ""."""
    counts: Counter[str] = Counter()
    # The offices held by members of other bodies: a pharmacist « trésorier de la CPTS », a general practitioner of
    # a cabinet « vice-président de la CPTS ».
    outside: Counter[str] = Counter()
    for member in members:
        folded_role = _fold_keep_case(member.role)
        seen = {fold(m.group(1)) for m in _OFFICE_OF.finditer(folded_role)
                if sum(c.isupper() for c in m.group(1)) >= 2}
        counts.update(seen)
        outside.update(a for a in seen if f" {a} " not in f" {_words(member.organisation)} ")
    bodies = _words(" ".join(m.organisation for m in members))
    # A body some members belong to is the group too when one of its own holds one of its offices and two members of
    # other bodies hold others (lead's set 71: the CPTS's president is its own, its vice-president and secretary come
    # from their cabinets): « la liste des membres de la CPTS » is then the group's, not its staff's. A body none of
    # whose own holds its offices (« CRA Valais », its director) stays a body.
    found = [a for a, n in counts.items() if n >= 2 and (
        f" {a} " not in f" {bodies} " or outside[a] >= 2 and n > outside[a])]
    return found[0] if len(found) == 1 else ""


def _words(text: str) -> str:
    """`text` folded into its words, one space apart."""
    return " ".join(re.findall(r"\w+", fold(text)))


# « présidente de l'observatoire », « vice-président de l'observatoire »: the group's offices over a noun of a
# group (lexicon.toml `group_bodies`) rather than an acronym.
_OFFICE_OF_NOUN = re.compile(rf"\b(?:{_OFFICES})\s+(?:de\s+la|du|de\s+l'|des)\s*(\w+)\b")


def office_noun(members: Sequence[Member], nouns: frozenset[str]) -> str:
    """The folded noun of `nouns` (a group's) two members' or more offices are held in (« présidente de
    l'observatoire » and « vice-président de l'observatoire »), no member's body is called by and no other such
    noun rivals (one only), else "": an observatory is called « l'observatoire » by its members as a CLS is « le
    CLS »."""
    counts: Counter[str] = Counter()
    for member in members:
        counts.update({m.group(1) for m in _OFFICE_OF_NOUN.finditer(fold(member.role)) if m.group(1) in nouns})
    bodies = _words(" ".join(m.organisation for m in members))
    found = [n for n, k in counts.items() if k >= 2 and f" {n} " not in f" {bodies} "]
    return found[0] if len(found) == 1 else ""


def _fold_keep_case(text: str) -> str:
    """`text` without accents, its letters' case kept (an acronym is told by its capitals)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("’", "'")
