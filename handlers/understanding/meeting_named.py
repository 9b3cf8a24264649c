"""A meeting named outright, asked in formal words the examples do not use:
« La prochaine séance commence-t-elle à 9 h 30 ou à 10 heures ? », « Je
souhaiterais connaître le lieu du comité de pilotage de mars. », « La
précédente réunion s'est-elle bien tenue dans les locaux de l'ALEC ? ». The
closest reading is the right meeting one, clearly ahead of the others, but
the inverted verb (« commence-t-elle »), the participle (« tenue ») or the
administrative noun (« le lieu du … ») keep its closeness under the bar of
a sure answer, though nothing in the message is left unread.

Such a reading is sure at the bar of a plausible one when the message is a
question (mark, question word or polite request), leaves no word unknown,
names which meeting itself: a meeting noun (or a formation) with an
order word (« prochaine », « précédente »), a month, a day or a place, and
asks its time or place (not « la rencontre … est annulée ? », « c'est tous
les mois le comité de pilotage ? », « les décisions du premier copil ? »). The
answer then shows that meeting, which says all it asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.understanding.meeting_nouns import PLAIN, heading_of
from handlers.understanding.sitting_order import LAST, NEXT, PREVIOUS, SINGULAR
from handlers.understanding.world import plain

if TYPE_CHECKING:
    from handlers.understanding.normalise import Word
    from handlers.understanding.pipeline import Understanding
    from handlers.understanding.spans import Entity

__all__ = ["by_initials", "meeting_named"]

_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last"})
_ASPECTS = frozenset({"lieu", "heure", "heures", "horaire", "horaires", "adresse", "commencer", "commence", "debuter",
                      "debute", "tenir", "tenue", "tenu", "derouler", "deroulee", "ou", "quand", "date"})
_COPULA = frozenset({"est", "etait", "sera", "serait"})
_ORDER = NEXT | (LAST | PREVIOUS) & SINGULAR


def by_initials(found: list[Word], place: Entity) -> bool:
    """A meeting place named by one word in capitals: the initials of its words (« l'EPS » for « Équipe
    pluridisciplinaire de soutien »), which name the sitting as a meeting's noun does (lead's set 36)."""
    return place.end - place.start == 1 and len(found[place.start].raw) >= 2 and found[place.start].raw.isupper()


def _heads(place: Entity) -> bool:
    """« la visite chez le maraîcher » of « Visite de ferme, ferme maraîchère … »: the place's word opens the heading
    of each sitting it finds, naming the sitting as a meeting's noun does (the lead's set 46)."""
    said = plain(place.label).split()[:1]
    return bool(said) and bool(place.items) and all(
        plain(heading_of(getattr(m, "place", ""))).split()[:1] == said for m in place.items)


def meeting_named(u: Understanding, best: str, asked: bool) -> bool:
    """Whether `u`, read first as `best`, is a question naming one meeting with every word read."""
    if best not in _MEETING_READINGS or u.topic or not asked:
        return False
    # Words of the context before the question (« j'ai oublié mon badge à la dernière réunion, quelqu'un l'a
    # trouvé ? ») name no meeting asked about.
    said = [w for j, w in enumerate(u.words) if j not in u.framing]
    entities = [e for e in u.entities if e.start not in u.framing]
    formation = any(e.kind == "place" and (e.extra.get("formation") or by_initials(u.words, e) or _heads(e))
                    for e in entities)
    # « quelqu'un a le lien visio ? »: « visio », read « réunion », is a venue's word, no meeting named.
    venues = {j for e in entities if e.kind == "place" for j in range(e.start, e.end)}
    noun = formation or any((w.lemma in PLAIN or w.folded in PLAIN) and j not in venues
                            for j, w in enumerate(u.words) if j not in u.framing) or any(
        # « la date du prochain CLE ? »: the group's own name after an order word names its sitting.
        0 < j < len(u.words) and u.words[j - 1].folded in _ORDER for j in u.own_name)
    which = (any(w.folded in _ORDER or w.lemma in _ORDER for w in said)
             or any(e.kind in ("month", "period", "place") for e in entities))
    # What is asked of it is its time or place (« commence-t-elle », « le lieu », « s'est-elle tenue »): not whether
    # it is cancelled, how often the body meets, what was decided or done there.
    # « l'EPS de mars c'est quel jour ? » asks its date as « quand » does, when a month or an order names one meeting
    # (« le bureau se réunit quel jour maintenant ? » asks the habit).
    aspect = any(w.folded in _ASPECTS or w.lemma in _ASPECTS for w in said) or any(
        a.folded in ("quel", "quelle") and b.folded == "jour" for a, b in zip(said, said[1:])) and (
        any(e.kind in ("month", "period") for e in entities) or any(w.folded in _ORDER or w.lemma in _ORDER for w in said))
    # « l'atelier de Lucé c'était en octobre ? », « la réunion de mars c'est à Lucé ? »: named by one thing (a place,
    # an order) before the verb, checked on another after it (its month, its day, its place): the time or place is
    # what is asked (not « les suites du copil de novembre, c'est fait ? »: nothing checked after the verb).
    verb = next((j for j, w in enumerate(u.words) if j not in u.framing and w.folded in _COPULA), None)
    designators = [e for e in entities if e.kind in ("month", "period", "place")]
    checked = verb is not None and any(e.start > verb and e.kind != "place" or e.start > verb and not e.extra.get(
        "formation") for e in designators) and (any(e.start < verb for e in designators) or any(
        (w.folded in _ORDER or w.lemma in _ORDER) and j < verb for j, w in enumerate(u.words)))
    return noun and which and (aspect or checked)
