"""Verbs of sitting read as verbs of meeting: « on siège quand ? », « la
commission siège où le 16 ? », « on a siégé où la dernière fois ? » ask
what « on se réunit quand ? » asks. « siéger » is a body's verb in the
Swiss and institutional register, and its forms are also the noun « siège »
(a seat, a head office: « au siège de la CAF », « les sièges du conseil »)
and the verb of a member's seat (« qui siège pour la Ville ? », which asks
who represents a body). Only the first reading is rewritten here: a form of
the verb, not after a determiner or a preposition, in a question that asks
no « qui » and does not seat anyone « pour » or « au nom de » a body.
"""

from __future__ import annotations

from dataclasses import replace

from handlers.understanding.normalise import Word

__all__ = ["sitting_as_meeting"]

# Folded forms of « siéger » (« siège » is also the noun: see _NOUN_BEFORE).
_FORMS = frozenset({"siege", "siegent", "siegeons", "siegez", "sieger", "siegera", "siegeront", "siegerons",
                    "siegeait", "siegeaient", "siegerait", "siegeraient", "siegeant", "sieges"})
# Before the noun « siège » (« au siège », « le siège de », « des sièges »), not before the verb.
_NOUN_BEFORE = frozenset({"le", "la", "les", "au", "aux", "du", "des", "un", "une", "son", "sa", "ses", "leur", "leurs",
                          "mon", "ma", "mes", "notre", "nos", "votre", "vos", "ce", "cet", "de", "d", "l", "en", "par",
                          "sur", "dans", "chaque", "quel", "quels"})
# A seat held for a body: « qui siège pour Sainte-Croix ? », « elle siège au nom du canton ».
_FOR_A_BODY = frozenset({"pour", "nom", "titre"})
# Words that ask who holds the seats, not when the body meets.
# « quels partenaires siègent à la task force ? », « quelles structures y siègent ? »: the bodies seated, as « qui ».
_WHO = frozenset({"qui", "combien", "personne", "personnes", "membre", "membres", "commune", "communes", "elus", "elues",
                  "partenaire", "partenaires", "structure", "structures", "organisme", "organismes", "organisations",
                  "institutions", "acteurs", "associations", "representants", "representantes"})
# The lemma the intent examples use for meeting (« on se réunit quand »).
_MEETING_LEMMA = "reunir"
_SE = Word(raw="se", folded="se", lemma="se", known=True)


def _sits(found: list[Word], i: int) -> bool:
    before = found[i - 1].folded if i else ""
    if before in _NOUN_BEFORE:
        return False
    after = {w.folded for w in found[i + 1:i + 4]}
    # « siégé » after « a »/« avons » (« on a siégé où ? ») is the verb; « sieges » typed alone is the verb
    # « siégez » or « siège(s) » without accent: the determiner test above tells them apart.
    return not after & _FOR_A_BODY


def sitting_as_meeting(found: list[Word]) -> list[Word]:
    """`found` with each verb form of « siéger » that means meeting read as « réunir »."""
    if any(w.folded in _WHO for w in found):
        return found  # « qui siège dans la commission ? », « quelles communes siègent ? »: seats, not meetings
    read: list[Word] = []
    for i, w in enumerate(found):
        if w.folded in _FORMS and _sits(found, i):
            if not read or read[-1].folded != "se":
                read.append(_SE)  # « se réunir » is pronominal, « siéger » is not: the examples say « on se réunit »
            read.append(replace(w, lemma=_MEETING_LEMMA))
        else:
            read.append(w)
    return read
