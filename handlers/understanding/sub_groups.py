"""The group's own working groups asked by their plural: « les GT c'est
lesquels ? », « c'est quoi les groupes de travail ? », « les commissions,
c'est lesquelles ? ».

« groupe de travail » is also what a group calls itself, so such a question
read as the directory (the members of the group). When one of the group's
decisions creates or names such groups in the plural (« Trois groupes de
travail sont créés : décrochage scolaire (GT1), logement … »), the plural
asks for them: that decision answers. With no decision saying the plural,
the question is read as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["sub_groups"]

# Numbers written out, folded, as a decision counts its sub-bodies (« Quatre commissions sont créées »).
_COUNTS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"

# The plurals of the nouns a group's sub-bodies take, longest first, as typed -> as a decision writes them
# (« les GT »: the groupes de travail).
_PLURALS = {"groupes de travail": "groupes de travail", "les gt": "groupes de travail", "de gt": "groupes de travail", "sous-groupes": "sous-groupes",
            "sous groupes": "sous-groupes", "groupes thematiques": "groupes thematiques", "commissions": "commissions",
            "ateliers": "ateliers", "cellules": "cellules", "comites": "comites"}


def sub_groups(ctx: Context, u: Understanding, decisions: Sequence[str],
               answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision naming the group's sub-bodies the directory reading took for the group, else None."""
    said = fold(u.text).replace("'", " ")
    # « il y a combien de groupes de travail ? », « le PCS compte combien de GT ? » read unsure, or « compte » as the
    # minutes: the count of the sub-bodies a decision names (not bounded in time: « combien de GT d'ici mars » counts
    # meetings, kind_lists.py).
    counted = (re.search(r"\bcombien (?:de|d) ", said) is not None and not any(
        e.kind in ("period", "month", "person", "org") for e in u.entities)
        and not re.search(r"\b(?:reste|restent|encore|prochains?|prochaines?|prevus?|prevues?|par)\b", said))
    if u.intent != "directory" and not (counted and u.intent in (None, "directory", "minutes_request", "meeting_which")):
        return None
    typed = next((p for p in _PLURALS if re.search(rf"\b{p}\b", said)), None)
    if typed is None:
        return None
    plural = _PLURALS[typed]
    holding = [d for d in decisions if re.search(rf"\b{plural}\b", fold(d).replace("'", " "))]
    if len(holding) > 1 and counted:
        # « y a combien de commissions ? » of « Quatre commissions sont créées … » and « … les commissions se réunissent
        # chaque mois »: the decision counting them answers (set 40a).
        holding = [d for d in holding if re.search(rf"\b(?:\d+|{_COUNTS}) {plural}\b", fold(d).replace("'", " "))]
    if len(holding) != 1:
        return None
    best = holding[0]

    def first(outcome: Outcome) -> bool:
        """The decision is the first shown (« groupes de travail » also finds « Haute école de travail social »)."""
        shown = fold(outcome.reply.plain()).split("decision n°")
        return len(shown) > 1 and fold(best)[:40] in shown[1]

    # The plural as the topic, else the decision's own words (a label less neat, the same decision).
    return (as_decision(ctx, u, words(plural, shorthand=False), answer, accept=first)
            or as_decision(ctx, u, words(best, shorthand=False), answer, accept=first))
