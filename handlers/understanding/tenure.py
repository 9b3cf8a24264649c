"""A member's coming and going asked of that member: « Nadia revient quand ? »,
« Nadia Boukhalfa est en congé jusqu'à quand ? », « Marc il reste jusqu'à
quand ? », « Patricia elle part quand ? », « M. Dhainaut il arrive quand à la
DDETS ? », « Romain il est arrivé quand ? », « Karim est toujours à la Mission
locale ? » (blind set 42b).

The store knows of a member's arrival, departure, leave or interim only what
the role says (« (en congé maternité jusqu'au 15 mars 2027) », « à partir de
janvier 2027 », « (arrivé en novembre) », « (jusqu'au 31 décembre 2026) »):
the member's card answers. The verb of coming or going is no topic and names
no task: read as such, the question found a task sharing a word (« … à la
DDETS »), the member's open tasks (« Nadia revient quand ? » as « Nadia a
quoi ? ») or nothing. When the role says no time of the kind, nothing in the
store answers when the member leaves or comes back: unsure, rather than a
task or a meeting guessed. « toujours à <body> ? » checks where the member
works, which the card says, whatever the role.

Only a question naming one member, asking « quand » (or checking with
« toujours » a body named), with a verb or noun of coming, going, staying or
leave; no sitting named (« Karim arrive quand à la réunion ? » asks of the
meeting) and no day or period (« Paul est en congé en mars ? » is left to the
other readings)."""

from __future__ import annotations

import re

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain

__all__ = ["tenure_answered", "tenure_asked"]

# Verbs and nouns of coming, going, staying, coming back and leave (folded).
_COMING_GOING = frozenset({
    "arrive", "arrivee", "arrives", "arrivees", "arrivera", "arriver", "arrivent", "arrivait", "arrivant",
    "part", "partira", "partir", "parti", "partie", "partent", "partait", "quitte", "quittera", "quitter",
    "revient", "reviendra", "revenir", "reviennent", "rentre", "rentrera", "rentrer", "retour", "reste", "restera",
    "rester", "conge", "conges", "depart"})
# What the role says of a time of tenure: a bound, a start, an arrival, a leave, an interim, a month, a year.
_TENURE = frozenset({"jusqu", "partir", "depuis", "arrive", "arrivee", "nouvel", "nouvelle", "nouveau", "conge",
                     "interim", "remplacement", "successeur", "successeure", "retraite", "janvier", "fevrier", "mars",
                     "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"})
_YEAR = re.compile(r"^20\d\d$")
# Words saying the one who comes or goes is another than the member named (« le successeur de Marc »).
_SOMEONE_ELSE = frozenset({"successeur", "successeure", "remplacant", "remplacante", "remplacement", "suite",
                           "predecesseur", "predecesseure"})
# Entities that say the question is about something else than the member's tenure.
_OTHER_KINDS = frozenset({"period", "month", "place", "day", "hour", "coming_month", "next_week", "next_month",
                          "this_week", "this_month", "today", "tomorrow", "when"})


def _says_tenure(role: str) -> bool:
    words = plain(role).split()
    return any(w in _TENURE or _YEAR.match(w) for w in words)


def tenure_asked(u: Understanding) -> str | None:
    """« who_is » when the question asks of one member's coming or going and the role says a time of it (or the
    member's body is checked with « toujours »), « unsure » when the role says none, else None."""
    person = u.first("person")
    if person is None or len(person.items) != 1 or u.intent == "chitchat":
        return None
    folded = [w.folded for w in u.words]
    said = set(folded)
    still = "toujours" in said and any(e.kind == "org" for e in u.entities)
    if "quand" not in said and not still:
        return None
    if not said & _COMING_GOING and not still:
        return None
    if said & SITTINGS or any(e.kind in _OTHER_KINDS for e in u.entities):
        return None
    if said & {"qui", "quoi", "ou", "combien", "heure", "tache", "taches", "action", "actions"}:
        return None  # « qui part quand ? », « Nadia rentre à quelle heure ? »: another question
    if said & _SOMEONE_ELSE:
        return None  # « le successeur de Marc arrive quand ? »: someone else's coming, not the member's
    member = person.items[0]
    if still or _says_tenure(member.role or ""):
        return "who_is"
    return "unsure"


def tenure_answered(u: Understanding | None, intent: str | None, confident: bool) -> bool:
    """Whether a sure answer is the card of the one member whose coming or going was asked (tenure_asked): final,
    before the second looks that find a task or a decision sharing a word of the question (« … Mission locale »)."""
    if u is None or not confident or intent != "who_is":
        return False
    person = u.first("person")
    said = {w.folded for w in u.words}
    return (person is not None and len(person.items) == 1 and bool("quand" in said or "toujours" in said)
            and bool(said & _COMING_GOING or "toujours" in said))
