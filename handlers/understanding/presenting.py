"""« qui présente le projet alimentaire territorial jeudi ? »: the verb « présenter », not who is present.

« présente », « présentent » are the adjective of presence (« elle sera
présente jeudi », « qui est présente le 3 ? ») and the verb « présenter »
(« qui présente le bilan ? »). Read as presence, the question above listed
the announced presences for Thursday, where the member who presents it was
asked (set 38c). The verb takes an object: the word is followed by a
determiner and a noun (not a date: « présente le 3 », « présente le jeudi
10 » are presence), and no form of « être » comes right before (« est
présente le matin » stays presence). Such a word is read with the lemma
« présenter », as « présentera » already is. (accented_participle.py reads
the participle « présentés » so.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from handlers.understanding.sitting_order import LAST, NEXT, PLURAL, RELATIVE, SINGULAR

if TYPE_CHECKING:  # normalise imports this module
    from handlers.understanding.normalise import Word

__all__ = ["presenting_verbs"]

_FORMS = frozenset({"presente", "presentent"})
# Subject pronouns the verb follows (« on présente », « ils présentent »); not « qui » (« qui présente le 3 ? »).
_SUBJECTS = frozenset({"on", "il", "elle", "ils", "elles", "je", "j"})
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
                          "votre", "vos", "ce", "cet", "cette", "ces", "mon", "ma", "mes"})
_BEING = frozenset({"est", "etait", "sera", "seront", "sont", "suis", "es", "etes", "sommes", "serai", "seras", "serez",
                    "serons", "etre", "soit", "soient", "serait", "seraient", "etais", "etaient", "ete", "reste",
                    "restera", "pas", "bien", "toujours", "aussi", "tous", "toutes",
                    # « j'étais notée présente la dernière fois ? »: presence recorded, no verb.
                    "note", "notee", "notes", "notees", "marque", "marquee", "marques", "marquees", "inscrit",
                    "inscrite", "inscrits", "inscrites", "compte", "comptee", "indique", "indiquee"})
_DATES = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "midi",
                    "apres", "apres-midi", "premier", "janvier", "fevrier", "mars", "avril",
                    "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "jour", "jours",
                    "semaine", "mois", "fois", "reunion", "seance", "lendemain", "veille", "week", "weekend"}) | (
    RELATIVE & SINGULAR | (NEXT | LAST) & PLURAL)


def presenting_verbs(found: list[Word]) -> list[Word]:
    """`found` with « présente(nt) » before an object read as the verb « présenter »."""
    out = list(found)
    for i, word in enumerate(found):
        if word.folded not in _FORMS or word.lemma == "presenter":
            continue
        before = found[i - 1].folded if i else ""
        dated = i + 2 < len(found) and found[i + 1].folded in _DETERMINERS and (
            found[i + 2].folded in _DATES or found[i + 2].folded[:1].isdigit())
        if before == "on" or before in _SUBJECTS and not dated:
            # « qu'est-ce qu'on présente aux riverains le 21 ? » (lead's set 57): right after its subject the word is
            # the verb; the adjective needs « être » before it.
            out[i] = replace(word, folded="presenter", lemma="presenter")
            continue
        if i + 2 >= len(found):
            continue
        det, noun = found[i + 1], found[i + 2]
        if before in _BEING or det.folded not in _DETERMINERS:
            continue
        if noun.folded in _DATES or noun.folded[:1].isdigit():
            continue
        out[i] = replace(word, folded="presenter", lemma="presenter")  # no longer the examples' « présente »
    return out
