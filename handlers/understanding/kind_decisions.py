"""The decisions of one formation's meetings: « les décisions du GT
logement ? », « qu'est-ce que le GT seniors a décidé ? », « on a décidé quoi
en plénière ? ».

A group of several sub-groups asks what one of them decided, all its
meetings held together. decisions_recent answered one meeting: the kind's
next one (which has none yet, an unsure reply) or its last. Here the
decisions of every meeting held of that formation are listed, oldest
first, with their meetings — unless the question names one of them (a
month, a day, a number, « le dernier », « le premier », the building it
sat in), which stays decisions_recent's.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.decisions_in_span import listed_decisions
from handlers.understanding.outcome import Outcome
from handlers.understanding.own_noun import is_own_noun
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import FOLLOWING, LAST, SINGULAR
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["asks_kind_decisions", "kind_decisions", "own_noun_named"]

_SHOWN = 15
# « les décisions du GT logement », « ce qu'a décidé le GT », « ce qui a été acté en plénière ».
_DECIDED = frozenset({"decision", "decisions", "decide", "decidé", "decides", "decidees", "acte", "actes", "actees"})
_READ_AS = frozenset({"decisions_recent", "meeting_which", "meeting_next"})
# « la dernière cellule », « le premier copil », « le prochain GT »: one meeting of it named by its order.
# « les dernières décisions du copil »: the latest, those of its last sitting (lead's set 65).
_ORDER_WORDS = SINGULAR - FOLLOWING | LAST | {"avant-dernier", "avant-derniere"}
# « décidé pr les cotech », « sur les plénières »: a decision about the formation, not one taken at it.
_ABOUT = frozenset({"pour", "pr", "sur", "concernant"})


def _one_of_them(u: Understanding, formation_start: int, plural_latest: bool = True) -> bool:
    """The question names one meeting of the formation (by order) or speaks about the formation (« pour les »).
    Without `plural_latest`, « les dernières décisions » names no sitting (the group's own noun: the group's latest)."""
    before = [w.folded for w in u.words[:formation_start]]
    orders = _ORDER_WORDS if plural_latest else _ORDER_WORDS - {"derniers", "dernieres"}
    return any(f in orders for f in before) or bool(before) and (
        before[-1] in _ABOUT or len(before) > 1 and before[-2] in _ABOUT and before[-1] in ("les", "le", "la", "l"))


def _placed(u: Understanding) -> bool:
    """« les décisions du conseil à l'épicerie ? »: a building named beside the formation picks the sitting held
    there, whose heading decisions_recent gives (« Décisions de la séance n°2 »); so does the formation narrowed to
the sittings held in the building inside its phrase (place_overlap.py)."""
    return any(e.kind == "place" and (not e.extra.get("formation") or e.extra.get("narrowed")) for e in u.entities)


def asks_kind_decisions(u: Understanding) -> bool:
    """« les décisions du GT mobilité ? » read unsure between the formation's meeting and the decisions: a word of
    deciding and a formation that is no single meeting (no month, day, number or order) ask for its decisions."""
    if u.intent is not None and u.intent not in _READ_AS or u.intent is None and "decisions_recent" not in u.readings:
        return False
    if u.order is not None or any(e.kind in ("month", "period", "number", "person", "role") for e in u.entities):
        return False
    if not any(w.folded in _DECIDED for w in u.words):
        return False
    formation = next((e for e in u.entities if e.kind == "place" and e.extra.get("formation")), None)
    return formation is not None and len(formation.items) >= 2 and not _one_of_them(u, formation.start)


def own_noun_named(ctx: Context, u: Understanding) -> Entity | None:
    """« les dernières décisions de la commission ? »: the formation found for the bare noun the group's roles call
    the group by (own_noun.py), when no one sitting of it is named; the group's latest decisions are asked."""
    if u.order is not None or any(e.kind in ("month", "period", "number", "day", "person", "role") for e in u.entities):
        return None
    formation = next((e for e in u.entities if e.kind == "place" and e.extra.get("formation")), None)
    if formation is None or _one_of_them(u, formation.start, plural_latest=False) or _placed(u):
        return None
    if len(plain(formation.label).split()) != 1 or not is_own_noun(formation.label, ctx.data.members()):
        return None
    return formation


def kind_decisions(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions of the meetings held of the formation the question names (one or several: none of the coming
    ones has any), when it names no one meeting of it; None otherwise."""
    if u.order is not None or any(e.kind in ("month", "period", "number", "person", "role") for e in u.entities):
        return None
    formation = next((e for e in u.entities if e.kind == "place" and e.extra.get("formation")), None)
    if formation is None or _one_of_them(u, formation.start) or _placed(u):
        return None
    numbers = {m.number for m in formation.items}
    held = sorted((m for m in ctx.data.meetings() if m.number in numbers and m.status == "held" and m.start <= ctx.now),
                  key=lambda m: m.start)
    if not held:
        return None
    of_held = {m.number for m in held}
    taken = sorted((d for d in ctx.data.decisions() if d.status != "cancelled" and d.meeting_number in of_held),
                   key=lambda d: (d.taken_on, d.number))
    sittings = ", ".join(f"n°{m.number}" for m in held)
    if not taken:
        return Outcome.sure(u, [f"Aucune décision enregistrée aux séances « {formation.label} » tenues ({sittings})."], "aucune")
    heading = f"Décisions « {formation.label} » : {len(taken)} (séance{'s' if len(held) > 1 else ''} {sittings})"
    return listed_decisions(ctx, u, heading, taken, _SHOWN)
