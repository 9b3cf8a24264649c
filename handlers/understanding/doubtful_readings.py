"""Confident readings that the message's own words put in doubt, made unsure
(the bot then offers its readings instead of a wrong answer):

- « les réunions au deuxième trimestre ? » asked in a school's group: there the
  « trimestre » is the school's term (September–November, December–March…),
  which each school dates itself, not the calendar's quarter the period reader
  dates (April–June). A school's group is one where several members belong to
  one collège, lycée or école; a year said (« le 2e trimestre 2027 ») is the
  calendar's, and so is the first quarter, which older sets ask as the calendar's.
- « Samir il doit présenter quoi ? »: a name with « doit <verbe> quoi » asks
  what that person has to do, which the card (who_is) does not say; the task
  readings, worded unlike their examples, are offered rather than the card.
- « les parents de Parents ensemble c'est qui ? »: a charge whose only words
  are said again inside the one body named after them (« parents » before
  « Parents ensemble ») may be the body's own word for its people, not a
  charge; the body's representative is offered beside the charge. Only made
  unsure, never answered as the body (r38f's « body's own word » reading as an
  answer cost « qui commande la brigade de gendarmerie ? »).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from handlers.understanding.normalise import fold
from handlers.understanding.sitting_order import FIRST, ranks_up_to

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding
    from handlers.understanding.normalise import Word
    from handlers.understanding.world import World

__all__ = ["doubtful"]

# The school's own words for its establishments, opening a member's organisation.
_SCHOOL = re.compile(r"^(?:college|lycee|ecole|groupe scolaire)\b")
# Ordinals of a term other than the first (« deuxième », « 2e », « second », « troisième »…): older sets ask « le
# premier trimestre » in December as the calendar's January–March, which is also near the school's second term.
_LATER_TERMS = frozenset(ranks_up_to(3)) - FIRST | {"2e", "2eme", "3e", "3eme", "dernier"}
# Intents answered by dating a period.
_DATED = frozenset({"meetings_upcoming", "dates_period", "meeting_next", "meeting_which"})
_MUST = frozenset({"doit", "dois", "doivent", "devra", "devrait"})


def _school_group(world: World) -> bool:
    """Three members or more of one collège, lycée or école: the group is the school's."""
    schools = Counter(fold(m.organisation) for m in world.members if _SCHOOL.match(fold(m.organisation)))
    return any(n >= 3 for n in schools.values())


def _school_term(found: list[Word]) -> bool:
    """« au deuxième trimestre » with no year after it."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded[:-1]):
        if word in _LATER_TERMS and folded[i + 1] == "trimestre":
            after = folded[i + 2] if i + 2 < len(folded) else ""
            if not re.fullmatch(r"(?:19|20)\d\d", after):
                return True
    return False


def _must_do_what(found: list[Word]) -> bool:
    """« … doit <infinitif> quoi ? »: what someone has to do."""
    folded = [w.folded for w in found]
    return any(word in _MUST and i + 2 < len(folded) and re.search(r"(?:er|ir|re)$", folded[i + 1])
               and folded[i + 2] == "quoi" for i, word in enumerate(folded))


def _body_word_before(u: Understanding) -> bool:
    """The topic's words all said before the one body named, and all words of its name."""
    bodies = [e for e in u.entities if e.kind == "org"]
    if len(bodies) != 1 or not u.topic:
        return False
    body = bodies[0]
    named = set(re.findall(r"\w+", fold(body.label)))
    place = {id(w): i for i, w in enumerate(u.words)}
    return all(w.folded in named and place.get(id(w), body.start) < body.start for w in u.topic)


# « c'est à quelle heure », « c'est quand »: the time of the subject said before.
_TIMED = re.compile(r"^(?P<subject>.+?) c (?:est|etait) (?:a )?(?:quelle heure|quand)$")


def _unknown_subject_timed(u: Understanding, world: World) -> bool:
    """« le soutien après la classe c'est à quelle heure ? »: the time of a subject that nothing names a sitting by
    (no meeting noun, place, date or body; a word of it in no meeting's heading nor agenda) is that of something
    decided or done, not the next meeting's (the lead's set 88)."""
    said = _TIMED.match(" ".join(w.folded for w in u.words if w.folded))
    if said is None or u.entities or not u.topic:
        return False
    subject = said.group("subject").split()
    sittings = " ".join(fold(f"{m.place} {' '.join(i.text for i in m.agenda)}") for m in world.meetings)
    known = set(re.findall(r"\w+", sittings))
    return len(subject) >= 2 and all(w.folded in subject for w in u.topic) and not all(w.folded in known for w in u.topic)


def doubtful(u: Understanding, intent: str, world: World) -> list[str] | None:
    """The readings to offer instead of the confident reading `intent` when the message's words put it in doubt."""
    if intent in _DATED and _school_term(u.words) and _school_group(world):
        return [intent]  # the school's term asked: the bot says it read meetings, of a period it cannot date
    if intent == "who_is" and _must_do_what(u.words):
        return ["tasks_mine", "who_is"]
    if intent == "in_charge" and _body_word_before(u):
        return ["org_representative", "in_charge"]
    if intent in ("meeting_next", "meeting_which") and _unknown_subject_timed(u, world):
        return [intent, "decisions_topic"]
    return None
