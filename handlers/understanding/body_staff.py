"""A body's staff asked by the noun of its employees: « qui sont les
salariés du syndicat ? », « les agents du syndicat ? », « Quels agents du
Conseil départemental siègent au CDIAE ? ».

« les gens du syndicat » or « les membres de la CAF » read as the body's
people; « salariés », « agents », « employés », « personnel » are words no
example uses, so the readings stayed unsure — or a task whose words came
close answered (« qui sont les salariés du syndicat ? » got the task on the
job description of a second technician). Asked in that shape alone — the
noun, « de » and the body, after nothing but « qui sont », « quels », an
article, and before nothing but a verb of sitting in the group — the
question asks who of the group works there: the body's people, as « les
gens du syndicat » does. A sentence going on with words of its own (« les
salariés du chantier ont droit au permis ? ») asks something else and is
left as it was read.
"""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["staff_first"]

_STAFF = frozenset({"salarie", "salaries", "salariee", "salariees", "agent", "agents", "employe", "employes",
                    "employee", "employees", "personnel", "fonctionnaire", "fonctionnaires"})
# What may open the question before the noun: « qui sont les », « c'est qui les », « quels », « le ».
_OPENING = frozenset({"qui", "sont", "c", "est", "ce", "quels", "quelles", "quel", "les", "le", "l", "des", "vos", "nos"})
_LINKS = frozenset({"de", "du", "des", "d", "la", "l"})
# What may follow the body: being in the group, sitting in it (« … siègent au CDIAE ? », « … sont dans le groupe »).
_SITTING = frozenset({"siegent", "siege", "sieger", "sont", "est", "participent", "participe", "viennent", "font",
                      "partie", "au", "a", "dans", "le", "la", "l", "du", "groupe", "ici", "avec", "nous", "ils",
                      "elles", "present", "presents", "presentes", "se", "reunir"})
_PEOPLE_READINGS = ("org_members", "org_representative")


def staff_first(ranking: list[tuple[str, float]], found: list[Word], entities: list[Entity],
                own: set[int]) -> list[tuple[str, float]]:
    """`ranking` with the body's people first, at the first reading's score or the bar's, when the question asks a
    body's staff in the shape the module's docstring says; `own`: the indices of the group's own name."""
    noun = next((i for i, w in enumerate(found) if w.folded in _STAFF), None)
    if noun is None or not ranking or any(w.folded not in _OPENING for w in found[:noun]):
        return ranking
    body = next((e for e in entities if e.kind == "org" and e.start > noun), None)
    # A sitting's place read in the body's own words (« le centre social » where the board sits) is the body again.
    if body is None or any(w.folded not in _LINKS for w in found[noun + 1:body.start]) or any(
            e.kind != "org" and e.start > noun and e.start not in own
            and not (e.kind == "place" and body.start <= e.start and e.end <= body.end) for e in entities):
        return ranking
    if any(w.folded not in _SITTING and i not in own for i, w in enumerate(found[body.end:], body.end)):
        return ranking
    from handlers.understanding.pipeline import CONFIDENT, MARGIN  # the pipeline imports this module

    score = max(ranking[0][1], CONFIDENT + MARGIN)
    # A people reading already first keeps its name (« les agents de la communauté de communes ? »).
    name = ranking[0][0] if ranking[0][0] in _PEOPLE_READINGS else "org_members"
    return [(name, score)] + [(n, s) for n, s in ranking if n not in _PEOPLE_READINGS]
