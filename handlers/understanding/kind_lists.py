"""Several meetings of one formation asked for, listed or counted: « les
dates du GT seniors ? », « c'est quand les prochains GT seniors ? », « tous
les GT d'ici mars », « le planning du GT seniors pour 2027 ? », « combien
de plénières d'ici fin mai ? », « combien de réunions du GT seniors d'ici
l'été ? ».

A group with several sub-groups (working groups, a plenary, committees)
names each by its formation, and a member asks for the whole of one of
them. Read as « which meeting », such a question got the next one only (a
confident answer to a part of the question); read as « the dates », every
date of every formation. The upcoming meetings' answer already narrows to
the formation named (meeting_kinds.kind_meetings) and to the period named
(meetings_in_span.py): the question is sent there.

The plural is told by the words, not by the formation's spelling (« GT »,
« copil » do not change in the plural): « prochains/prochaines », an
article of the plural right before the formation (« les GT », « des
plénières »), a noun of several dates (« les dates du », « le planning
du », « le calendrier du », « les réunions du »), or a count (« combien
de … ») bounded in time (a period, « encore », « reste », « prévu »). A
rhythm (« tous les combien », « combien de fois par an ») is the decision's,
and a question on something else of the formation (its decisions, tasks,
members, who leads it) is left to its own reading.
"""

from __future__ import annotations

from handlers.understanding.meeting_nouns import SITTING_BODIES
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import NEXT, PLURAL
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["all_dates", "kind_listed", "own_calendar", "plural_sittings", "sittings_only"]

# Readings a list of a formation's meetings may have been taken for.
_MEETING_READINGS = frozenset({"meeting_which", "meeting_next", "meetings_upcoming", "dates_period"})
# « les prochains GT », « les prochaines plénières ».
_PLURAL_NEXT = NEXT & PLURAL
# « les GT d'ici mars », « des plénières », « tous les copils », « nos commissions ».
_PLURAL_ARTICLES = frozenset({"les", "des", "nos", "vos"})
# Nouns of several dates or meetings that a formation follows (« les dates du GT seniors »).
_LIST_NOUNS = frozenset({"dates", "planning", "calendrier", "reunions", "seances", "rencontres", "reus"})
# A count bounded in time: what is still to come or planned.
_AHEAD_WORDS = frozenset({"encore", "reste", "restent", "prevu", "prevus", "prevue", "prevues", "venir"})
# « combien de personnes / de temps / d'heures »: a count of something else than meetings.
_OTHER_COUNTS = frozenset({"personnes", "participants", "monde", "membres", "gens", "presents", "inscrits", "temps",
                           "heures", "minutes", "places", "euros", "decisions", "taches"})
# Words asking about something else of the formation than its meetings.
_OTHER_SUBJECTS = frozenset({"qui", "decision", "decisions", "decide", "decider", "tache", "taches", "membres",
                             "pilote", "pilotes", "odj", "ordre", "compte", "cr", "pv", "points", "sujets", "lesquels",
                             "lesquelles",
                             # a rhythm or a rule asked of them (« la fréquence des cotechs », « les commissions
                             # peuvent se faire en visio ? »): a decision's, not their dates
                             "frequence", "rythme", "periodicite", "cadence", "revient", "reviennent", "peuvent", "peut",
                             "doivent", "doit", "faut", "pourquoi"})
_UNITS = frozenset({"an", "annee", "mois", "semaine", "trimestre", "semestre"})


def _rhythm(folded: list[str]) -> bool:
    """« tous les combien », « combien de fois par an »: the habit, which a decision sets."""
    pairs = list(zip(folded, folded[1:]))
    return ("les", "combien") in pairs or any(a == "par" and b in _UNITS for a, b in pairs)


def kind_listed(u: Understanding) -> bool:
    """Whether the question asks for the meetings (several) of the formation it names, listed or counted."""
    if u.intent is not None and u.intent not in _MEETING_READINGS:
        return False
    if u.intent is None and u.readings and not set(u.readings) & _MEETING_READINGS:
        return False
    formation = next((e for e in u.entities if e.kind == "place" and (e.extra.get("formation") or _plural_body(u, e))
                      and len(e.items) >= 2), None)
    if formation is None or any(e.kind in ("person", "org", "role") for e in u.entities if e is not formation):
        return False
    folded = [w.folded for w in u.words]
    if _rhythm(folded) or any(f in _OTHER_SUBJECTS for f in folded):
        return False
    before = folded[:formation.start]
    if any(f in _PLURAL_NEXT for f in before):
        return True
    if before and before[-1] in _PLURAL_ARTICLES:
        return True
    if len(before) >= 2 and before[-1] in ("du", "des", "de") and before[-2] in _LIST_NOUNS:
        return True
    if "combien" in before:
        counted = folded[folded.index("combien") + 1:folded.index("combien") + 3]
        if any(f in _OTHER_COUNTS for f in counted):
            return False
        timed = any(e.kind in ("period", "month") for e in u.entities) or any(f in _AHEAD_WORDS for f in folded)
        return timed
    if "combien" in folded[formation.end:] and any(f in _AHEAD_WORDS for f in folded):
        return True  # « le GT seniors se réunit encore combien de fois ? »
    return False


# The sittings named in the plural, as typed and folded (« les réunions », « des séances », « nos réus »).
_PLURAL_SITTINGS = frozenset({"reunions", "seances", "rencontres", "reus", "plenieres", "sceances"})


def _plural_body(u: Understanding, place: Entity) -> bool:
    """« les conseils d'école » of sittings headed « Premier conseil d'école », « Deuxième conseil d'école »…: a
    sitting body's noun typed in the plural opens the heading several sittings share, which it names as a
    formation's name does (the lead's set 88)."""
    typed = plain(u.words[place.start].typed) or u.words[place.start].folded
    return typed.endswith("s") and typed.removesuffix("s") in SITTING_BODIES


def _counted_bodies(folded: list[str]) -> bool:
    """« on a combien de conseils d'ici juin ? »: a sitting body's noun in the plural counted counts its sittings, though
    no example came close enough to offer the meetings (the lead's set 88)."""
    return any(f == "combien" and k + 2 < len(folded) and folded[k + 1] in ("de", "d") and folded[k + 2].endswith("s")
               and folded[k + 2].removesuffix("s") in SITTING_BODIES for k, f in enumerate(folded))


def plural_sittings(u: Understanding) -> bool:
    """« qu'est-ce qu'on a comme réunions en janvier ? », « on a combien de réunions en tout d'ici l'été ? », « les
    réunions qu'on a eues depuis septembre ? » read unsure between the meetings and the period's dates (or the
    directory, for « en tout »): the sittings said in the plural with the period that bounds them (or counted)
    ask for the meetings of it, which the upcoming meetings' answer lists for a period, held ones included."""
    folded = [w.folded for w in u.words]
    if u.intent is not None or "meetings_upcoming" not in u.readings and not _counted_bodies(folded):
        return False
    if _rhythm(folded) or any(f in _OTHER_SUBJECTS for f in folded):
        return False
    if not _counted_bodies(folded) and not any(f in _PLURAL_SITTINGS or plain_typed in _PLURAL_SITTINGS
                                               for f, plain_typed in zip(folded, (w.typed.casefold() for w in u.words),
                                                                         strict=True)):
        return False
    if any(e.kind in ("person", "org", "role", "number") for e in u.entities):
        return False
    return any(e.kind in ("period", "month") for e in u.entities) or "combien" in folded


# « qu'est-ce qui est prévu comme réunions cet hiver ? », « on a quoi d'ici mars côté réunions ? », « niveau
# séances » : the words that narrow what is planned to the sittings.
_NARROWING = frozenset({"comme", "cote", "niveau"})
_SINGULAR_SITTINGS = frozenset({"reunion", "seance", "rencontre", "reu"})
_SAME_IN_PLURAL = frozenset({"rendez", "rdv"})
_BOUNDS = frozenset({"avant", "apres", "entre", "depuis", "jusqu"})


def sittings_only(u: Understanding) -> bool:
    """What is planned asked of the sittings only (« comme réunions », « côté réunions »), read as every date of the
    period (deadlines and tasks too): the upcoming meetings', which narrow to the period."""
    if u.intent not in (None, "dates_period") or (u.intent is None and not set(u.readings) & _MEETING_READINGS):
        return False
    folded = [w.folded for w in u.words]
    # (« qu'est-ce qui est prévu » asks for no one)
    if _rhythm(folded) or any(f in _OTHER_SUBJECTS and not (f == "qui" and i and folded[i - 1] == "ce")
                              for i, f in enumerate(folded)):
        return False
    if any(e.kind in ("person", "org", "role", "number") for e in u.entities):
        return False
    if not any(e.kind in ("period", "month") for e in u.entities) and _BOUNDS & set(folded):
        return False  # « qu'est-ce qu'on a comme réunions avant la plénière ? »: bounded by what the list does not read
    # « comme rendez-vous », « comme rdv » (read « réunion ») are plural as well; « comme réunion en mars » is one.
    typed = [plain(w.typed) for w in u.words]
    return any((f in _PLURAL_SITTINGS or f in _SINGULAR_SITTINGS and typed[i] in _SAME_IN_PLURAL) and i
               and folded[i - 1] in _NARROWING for i, f in enumerate(folded))



def all_dates(u: Understanding) -> str | None:
    """« toutes les prochaines dates svp », « les dates à venir ? » read unsure between the meetings, the deadlines and
    the asker's tasks. As the sets' conventions have it, « les prochaines dates » are the coming meetings (« Prochaines
    séances »), and « les dates à venir » every date, meetings and deadlines (the period's dates); « les prochaines
    dates limites » stay the deadlines. None when the question is no such request."""
    if u.intent is not None or not {"dates_period", "meetings_upcoming"} & set(u.readings) or any(
            e.kind != "period" for e in u.entities):
        return None
    folded = [w.folded for w in u.words]
    if "dates" not in folded or any(f in _OTHER_SUBJECTS or f in _DEADLINE_WORDS for f in folded):
        return None
    if "prochaines" in folded:
        return "meetings_upcoming"
    return "dates_period" if "venir" in folded else None


# « les prochaines dates limites », « les dates importantes », « mes dates »: not the meetings.
_DEADLINE_WORDS = frozenset({"limite", "limites", "importantes", "echeances", "rendre", "mes", "moi", "je", "j"})


# « le calendrier du CISPD », « le planning du CLS »: the group's own sittings, as those of a formation are.
_CALENDARS = frozenset({"calendrier", "planning"})


def own_calendar(u: Understanding) -> bool:
    """« c'est quoi le calendrier du CISPD pour les mois qui viennent ? », read as every date ahead (deadlines and
    tasks too): the calendar of the group named by its own name is its sittings."""
    if u.intent not in (None, "dates_period") or not u.own_name:
        return False
    # (« le calendrier du CDIAE pour 2027 ? »: a year or a period bounding it asks its dates, the agenda of that span)
    if any(e.kind in ("person", "org", "role", "number", "period", "month") for e in u.entities):
        return False
    folded = [w.folded for w in u.words]
    first = min(u.own_name)
    return first >= 2 and folded[first - 1] in ("du", "de", "des", "d") and folded[first - 2] in _CALENDARS
