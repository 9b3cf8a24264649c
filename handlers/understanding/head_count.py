"""The speakers counted: « on est combien au conseil portuaire ? », « combien
sommes-nous ? », or their number checked: « on est bien seize au conseil ? ».

Things counted, not people: « combien il y a de sites Natura 2000 dans les
Landes ? » found a body whose name says « site Natura 2000 » and answered
its people with confidence (the lead's set 70). No card or title counts
sites: counted_things() says so, and the people readings give way.

Such a question asks the directory (how many members), never a decision
that happens to hold the body's words and a number counting something
else (« Le conseil portuaire se réunit quatre fois par an »: set 36b). The
decision readers (decision_lead.py, decision_check.py) then want the
decision to count people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["counted_things", "head_count"]

_WE = frozenset({"on", "nous"})
_BEING = frozenset({"est", "sera", "etait", "sommes", "serons", "etions", "serait", "serions"})
# Words between the verb and the count that do not change it (« on est bien seize », « on est toujours 12 »).
_HEDGES = frozenset({"bien", "vraiment", "toujours", "encore", "deja"})
_COUNT_WORD = re.compile(r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
                         r"vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante|cent)s?")


def head_count(found: Sequence[Word]) -> str | None:
    """« membres » when the speakers themselves are counted or their number checked, else None."""
    folded = [w.folded for w in found]
    for i, (a, b) in enumerate(zip(folded, folded[1:])):
        if not (a in _WE and b in _BEING or a in _BEING and b in _WE):
            continue
        near = [f for f in folded[max(i - 2, 0):i + 5] if f not in _HEDGES]
        if any(f in ("combien", "cb", "cmb") or f.isdigit() or _COUNT_WORD.fullmatch(f) for f in near):
            return "membres"
    return None


# Nouns of people a body's card or the directory counts (« combien de membres / d'élus à la CAF ? »).
_PEOPLE = frozenset({"membre", "personne", "gens", "participant", "representant", "representante", "elu", "elue",
                     "salarie", "salariee", "agent", "benevole", "adherent", "inscrit", "present", "excuse", "absent",
                     "structure", "organisme", "organisation", "institution", "partenaire", "referent", "referente",
                     # Colleagues and staff are a body's people too (« combien de collaborateurs du SASoc ? », set 13).
                     "collaborateur", "collaboratrice", "collegue", "professionnel", "professionnelle", "employe",
                     "employee", "delegue", "deleguee", "conseiller", "conseillere", "administrateur",
                     "administratrice", "habitant", "habitante", "usager", "volontaire", "technicien", "technicienne"})
# « combien de la Ville », « combien de l'agglo »: an article after « de » makes it « how many of that body »,
# its people (sets 24b, 26c), not a noun of things counted.
_ARTICLES = frozenset({"la", "l", "le", "les"})
# Between « combien » and « de »: « il y a », « y a », « on a ».
_FILLERS = frozenset({"il", "y", "a", "on", "ya"})


def counted_things(found: Sequence[Word]) -> bool:
    """« combien (il y a) de sites … ? »: a count of things no member's card holds, not of people."""
    folded = [w.folded for w in found]
    for i, f in enumerate(folded):
        if f not in ("combien", "cb", "cmb"):
            continue
        j = i + 1
        while j < len(folded) and folded[j] in _FILLERS:
            j += 1
        if j + 1 < len(folded) and folded[j] in ("de", "d"):
            noun = found[j + 1]
            if noun.folded in _ARTICLES:
                return False
            return noun.folded.rstrip("s") not in _PEOPLE and noun.lemma not in _PEOPLE
    return False
