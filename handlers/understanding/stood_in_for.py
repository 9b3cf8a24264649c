"""Who stands in for a member named: « qui remplace Claire Dubois ? »,
« Claire est absente, c'est qui qui prend le relais ? », « qui assure
l'intérim de Marc ? ». stand_in.py answers the same verb asked of a title
(the vice-president stands in for the president); asked of a person, the
question names no title and no topic, so it was read as that member's card
(who_is) or as nothing. What says who stands in is the group's decision on
the absence (« Pendant le congé de Claire Dubois, Aurélie Benhamou assure
l'intérim … »): a decision naming the member asked, with a word of standing
in or of absence, and naming someone else. That decision answers, with the
other members it names (in_charge: who takes the charge over)."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.who_named import named_members
from handlers.understanding.world import World, plain
from handlers.views import decision_lines, member_row

__all__ = ["stood_in_for"]

# Words of standing in, as typed (folded): the question must say one.
_STANDING_IN = frozenset({"remplace", "remplacent", "remplacer", "remplacera", "remplacant", "remplacante",
                          "remplacement", "relais", "interim", "interimaire", "supplee", "suppleer", "suppleera",
                          "suppleant", "suppleante", "suppleance", "relaye", "relayer", "releve"})
# Words of an absence a decision arranges for (the decision must say one, or a word of standing in).
_ABSENCE = frozenset({"absence", "absent", "absente", "conge", "conges", "arret", "indisponibilite", "depart"})


def stood_in_for(ctx: Context, u: Understanding, world: World) -> Outcome | None:
    """The decision saying who stands in for the member asked, with the members it names besides; or None."""
    # As typed too: a word the spelling check took for another (« relais » for « délais ») still says it.
    folded = {w.folded for w in u.words} | set(plain(u.text).split())
    person = u.first("person")
    if "qui" not in folded or not folded & _STANDING_IN or person is None or len(person.items) != 1:
        return None
    absent = person.items[0]
    name = f" {plain(absent.name)} "
    found = []
    for decision in ctx.data.decisions():
        said = f" {plain(decision.text)} "
        if decision.status == "cancelled" or name not in said or not set(said.split()) & (_STANDING_IN | _ABSENCE):
            continue
        others = [m for m in named_members([decision.text], world) if m.number != absent.number]
        if others:
            found.append((decision, others))
    if len(found) != 1:
        return None  # none, or several arrangements: not for this module to choose
    decision, others = found[0]
    u.intent, u.readings = "in_charge", []
    lines: list = [[bold(f"Qui remplace {absent.name}")], *decision_lines(decision, ctx.locale),
                   "Nommés par la décision :"]
    lines += [member_row(m) for m in others[:10]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in others))
