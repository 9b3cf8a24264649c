"""A question naming a meeting is no question on the calendar's deadlines.

« quand a lieu notre prochaine rencontre ? » is read first as the next
meeting, then, close behind, as the dates of a period: both intents' examples
ask « quand ». The round's new examples for periods (« qu'y a-t-il
<période> ? ») brought the second close enough to leave the member unsure.
When the message names a meeting (« réunion », « rencontre », « séance »)
and says nothing of a deadline or a period, the dates of a period are no
rival of a meeting reading; « les échéances avant la réunion de janvier »
and « la réunion de décembre, on a quoi à rendre ? » keep theirs.

Nor are the decisions of a meeting a rival when the message checks where
it is held (« la dernière séance, c'était à Grandson ? »): a place after a
verb of being or of taking place is asked of the meeting itself.

The other way round, a message asking for a meeting AND deadlines (« en janvier
y a une séance et des délais ? », set 23c) asks for the dates of the period,
whose answer lists both: a meeting reading is then no rival of it.

And when the dates of a period come first only because the message says
« date » and a month (« la date de la réunion de mars ? », « rappelle-moi la
date du cotech de mai »), the month naming the meeting (« de mars » right
after the meeting's noun) and no deadline word said, the meeting reading
close behind is what is asked: it goes first (meeting_first).

The group's own name after an order word (« la date du prochain CLE ? », « le
dernier CLS c'était où ? ») names its sitting, as « la prochaine réunion »
does: the dates of a period are no rival then either (own_sitting).

Nor are the meetings to come a rival when the message names, in the
singular, a place or title that one sitting alone holds (« pourriez-vous
m'indiquer la date du forum de l'alimentation locale ? »): the list would
be that one sitting (one_sitting).

Nor is a body's representative a rival when the time of a sitting is asked
and the body's name is where it is held (« pourriez-vous m'indiquer l'horaire
du groupe de travail à l'Office de tourisme ? »): the body placed after « à »
names the sitting's place, which the meetings are stored at, and an hour is
asked of a sitting, not of a person (placed_sitting, lead's set 61).

And a sitting after « depuis » bounds the news asked (« qu'est-ce qui a
changé depuis le dernier comité ? »): the latest decisions are asked, the
sitting is no rival reading of them (since_sitting, set 48c)."""

from __future__ import annotations

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word
from handlers.understanding.sitting_order import RELATIVE, SINGULAR
from handlers.understanding.spans import Entity

__all__ = ["asks_both", "checked_at", "dates_over_meeting", "meeting_first", "meeting_over_dates", "one_sitting",
           "one_sitting_first", "own_sitting", "placed_sitting", "since_sitting", "sittings_first"]

_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last"})
_MEETING_NOUNS = nouns("plain", "chat", "formations", plural=True)
# « c'était au Locle ? », « elle est en visio ? », « a lieu à l'hôtel de ville ? », « se tient bien à Namur ? »: a verb
# of being or of taking place, then the place (an adverb or an article between).
_BEING = frozenset({"etait", "est", "etaient", "sont", "sera", "seront", "ete", "fut", "lieu", "tient", "tiendra",
                    "deroule", "deroulera"})
_AT = frozenset({"a", "au", "aux", "en", "dans", "chez"})
# « la dernière fois on s'était vus à la capitainerie, non ? »: having met there, as typed in the past (set 36b).
_MET = frozenset({"vus", "vues", "reunis", "reunies", "retrouves", "retrouvees", "rencontres", "rencontrees"})
# « la prochaine n'est pas à Gournay ? », « c'était plus à la mairie ? »: a negated check asks the same (set 28a).
_BETWEEN = frozenset({"bien", "toujours", "encore", "aussi", "vraiment", "le", "la", "l", "les", "pas", "plus"})
_ARTICLES = frozenset({"le", "la", "l", "les"})
# Words of a deadline or of what is due (« échéance », « délai », « à rendre », « date limite »).
_DUE = frozenset({"echeance", "echeances", "delai", "delais", "deadline", "deadlines", "limite", "rendre", "rendu",
                  "calendrier", "agenda", "dates", "tache", "taches"})


def checked_at(found: list[Word], start: int) -> bool:
    """Whether the words before `start` (a place) check it: « c'est à », « a lieu au », « se tient bien à », « on
    s'était vus à » (not « la dernière fois qu'on s'est vus à », which picks the meeting held there)."""
    before = [w.folded for w in found[:start]]
    article = bool(before) and before[-1] in _ARTICLES
    while before and before[-1] in _BETWEEN - _AT:
        before.pop()  # « c'est à l'hôtel de ville », « c'est bien à Namur »
    if article and len(before) >= 2 and before[-1] in ("etait", "est") and before[-2] in ("c", "ce"):
        # « l'avant-dernière réunion, c'était la visite ? »: the sitting's heading word after « c'était », its article
        # between, is checked as « c'était à … » is, not what picks the meeting (set 40c).
        return True
    alternative = len(before) - (2 if len(before) >= 2 and before[-1] in _AT else 1)
    if alternative > 0 and before[alternative] == "ou":
        # « c'est à Aurillac ou à Mauriac ? »: the place offered after « ou » is checked as the first one is.
        return any(before[k] in _AT and checked_at(found, k + 1) for k in range(max(0, alternative - 6), alternative))
    if len(before) >= 2 and before[-1] in _AT and before[-2] in _MET:
        return not {"qu", "que", "ou"} & set(before[-6:-2])
    return len(before) >= 2 and before[-1] in _AT and (before[-2] in _BEING or before[-2] in _BETWEEN and
                                                      len(before) >= 3 and before[-3] in _BEING)


def meeting_over_dates(best: str, rival: str, found: list[Word], entities: list[Entity]) -> bool:
    """Whether `rival` (the dates of a period, or the decisions of a meeting whose place is checked) is no
    rival of `best` (a meeting reading) for `found`."""
    if best == "meetings_upcoming" and rival == "meeting_next" and _up_to_span(found, entities):
        # « on a quoi comme dates de comité d'ici le printemps ? »: read as the next one, a span up to a time is
        # answered with the meetings in it all the same (answers_meetings._up_to), no rival (lead's set 81).
        return True
    if best in _MEETING_READINGS and rival == "decisions_recent":
        return any(e.kind == "place" and checked_at(found, e.start) for e in entities)
    if best not in _MEETING_READINGS or rival != "dates_period":
        return False
    folded = {w.folded for w in found}
    if any(e.kind in ("period", "month") for e in entities):
        # « le copil de juin c'est quelle date ? », « l'EPS de mars »: a month said of a meeting names which one
        # (lead's set 36); a month said otherwise may bound a period's dates.
        return not folded & _DUE and all(e.kind == "month" and _of_meeting(found, e, entities)
                                         for e in entities if e.kind in ("period", "month"))
    # « la visite terrain elle avait duré jusqu'à quelle heure ? »: a sitting named by its heading's word (a place
    # read), its hour asked: no period's dates (the lead's set 84).
    sitting_hour = "heure" in folded and any(e.kind == "place" for e in entities)
    return bool(folded & _MEETING_NOUNS or sitting_hour) and not folded & _DUE


def _up_to_span(found: list[Word], entities: list[Entity]) -> bool:
    """A span from today said with « d'ici » (« d'ici le printemps »), no place picking a sitting."""
    return not any(e.kind == "place" for e in entities) and any(
        e.kind == "period" and e.extra["period"].label.startswith("d'ici")
        and "ici" in [w.folded for w in found[max(0, e.start - 2):e.end]] for e in entities)


def _of_meeting(found: list[Word], month: Entity, entities: list[Entity]) -> bool:
    """The month follows « de » after a meeting's noun or a sitting's place (« la réunion de mars »)."""
    k = month.start - 1
    if k < 1 or found[k].folded not in ("de", "d"):
        return False
    return found[k - 1].folded in _MEETING_NOUNS or any(e.kind == "place" and e.end == k for e in entities)


def dates_over_meeting(best: str, rival: str, found: list[Word]) -> bool:
    """Whether `rival` is no rival of `best` for `found`, one being the dates of a period and the other a meeting
    reading, when the message names a meeting and a deadline side by side (asks_both): the meeting reading
    first is then settled as the dates (settle.py)."""
    if {best, rival} & _MEETING_READINGS and "dates_period" in (best, rival):
        return asks_both(found)
    return False


def asks_both(found: list[Word]) -> bool:
    """The message names a meeting and a deadline joined by « et » (« une séance et des délais »)."""
    folded = [w.folded for w in found]
    meeting = next((i for i, w in enumerate(folded) if w in _MEETING_NOUNS), None)
    due = next((i for i, w in enumerate(folded) if w in _DUE - {"calendrier", "agenda", "dates"}), None)
    if meeting is None or due is None:
        return False
    low, high = sorted((meeting, due))
    return "et" in folded[low:high]


def meeting_first(ranking: list[tuple[str, float]], found: list[Word],
                  entities: list[Entity]) -> list[tuple[str, float]]:
    """`ranking` with its first meeting reading put before the dates of a period that lead it, when the period is
    only the month naming that meeting (meeting_over_dates): « la date de la réunion de mars ? »."""
    if not ranking or ranking[0][0] != "dates_period" or not any(e.kind == "month" for e in entities):
        return ranking
    meeting = next((i for i, (name, _) in enumerate(ranking[:3]) if name in _MEETING_READINGS), None)
    if meeting is None or not meeting_over_dates(ranking[meeting][0], "dates_period", found, entities):
        return ranking
    name, _ = ranking[meeting]
    # The meeting reading takes the first score: it is the reading of the same words, not a weaker one.
    return [(name, ranking[0][1])] + [r for i, r in enumerate(ranking) if i != meeting]


def sittings_first(ranking: list[tuple[str, float]], found: list[Word],
                   entities: list[Entity]) -> list[tuple[str, float]]:
    """`ranking` with the meetings to come first, before the dates of a period, when « prochains » / « prochaines »
    stands right before a place naming several sittings (« le calendrier des prochains CLE svp »): those sittings
    are asked, not every date ahead (the lead's set 67)."""
    if not ranking or ranking[0][0] != "dates_period":
        return ranking
    sittings = [e for e in entities if e.kind == "place" and len(e.items) > 1]
    if not any(e.start > 0 and found[e.start - 1].folded in ("prochains", "prochaines") for e in sittings):
        return ranking
    if not any(name == "meetings_upcoming" for name, _ in ranking[:3]):
        return ranking
    return [("meetings_upcoming", ranking[0][1])] + [r for r in ranking if r[0] not in ("meetings_upcoming", "dates_period")]


# The order words that make the group's name its sitting (« le prochain CLE », « la dernière CLS »).
_SITTING_ORDER = RELATIVE & SINGULAR


def own_sitting(best: str, rival: str, found: list[Word], own: set[int]) -> bool:
    """Whether `rival` (the dates of a period) is no rival of `best` (a meeting reading) because an order word
    right before the group's own name (`own`: its words' indices) names the group's sitting."""
    return best in _MEETING_READINGS and rival == "dates_period" and any(
        i - 1 >= 0 and found[i - 1].folded in _SITTING_ORDER and i - 1 not in own for i in own if i < len(found))


# Words asking for several sittings (« les prochains forums », « les dates du forum », « tous les forums »).
_SEVERAL = frozenset({"prochains", "prochaines", "dates", "calendrier", "planning", "tous", "toutes", "les", "des"})


def one_sitting(best: str, rival: str, found: list[Word], entities: list[Entity]) -> bool:
    """Whether `rival` (the meetings to come) is no rival of `best` (a meeting reading) because the message names,
    in the singular, a place that one sitting alone holds."""
    if best not in _MEETING_READINGS or rival != "meetings_upcoming":
        return False
    places = [e for e in entities if e.kind == "place"]
    if len(places) != 1 or len(places[0].items) != 1 or any(e.kind in ("period", "month") for e in entities):
        return False
    before = {w.folded for w in found[:places[0].start]}
    return not before & _SEVERAL and not {w.folded for w in found} & (_MEETING_NOUNS - nouns("plain", "chat", "formations"))


def one_sitting_first(ranking: list[tuple[str, float]], found: list[Word],
                      entities: list[Entity]) -> list[tuple[str, float]]:
    """`ranking` with the one sitting's reading first when the meetings to come lead it and the message names, in the
    singular, a place that one sitting alone holds (`one_sitting`): « la date de l'assemblée générale de
    l'association ? » of the one sitting headed so asks that sitting, not every one to come (lead's set 90)."""
    # « la date », singular: one day asked (« les dates de l'AG », « les prochaines AG » ask several).
    if not ranking or ranking[0][0] != "meetings_upcoming" or not any(w.folded == "date" for w in found):
        return ranking
    which = next((i for i, (name, _) in enumerate(ranking[:3]) if name == "meeting_which"), None)
    if which is None or not one_sitting("meeting_which", "meetings_upcoming", found, entities):
        return ranking
    return [("meeting_which", ranking[0][1])] + [r for i, r in enumerate(ranking) if i not in (0, which)]


# The readings of a body's people, which a sitting's hour is no question of.
_BODY_READINGS = frozenset({"org_representative", "org_members"})
# The words asking a sitting's time (« l'horaire », « l'heure », « c'est quand »).
_TIME_ASKED = frozenset({"quand", "horaire", "horaires", "heure", "heures"})
# The words asking after a person, who is then what the body is named for.
_PERSON_ASKED = frozenset({"qui", "ki", "contact", "contacter", "represente", "representant", "representante",
                           "joindre", "interlocuteur", "interlocutrice"})


def placed_sitting(best: str, rival: str, found: list[Word], entities: list[Entity]) -> bool:
    """Whether `rival` (a body's people) is no rival of `best` (a sitting's reading) because the message asks a time
    and names the body after « à » where a sitting is held (module docstring)."""
    if best not in _MEETING_READINGS or rival not in _BODY_READINGS:
        return False
    said = [w.folded for w in found]
    if not set(said) & _TIME_ASKED or set(said) & _PERSON_ASKED:
        return False
    places = {(e.start, e.end) for e in entities if e.kind == "place" and e.items}
    for body in (e for e in entities if e.kind == "org" and (e.start, e.end) in places):
        at = body.start - (body.start > 0 and said[body.start - 1] in _ARTICLES)
        # The time word comes before the place: « l'horaire du groupe … à l'Office », not « à l'Office, l'horaire ? ».
        if at > 0 and said[at - 1] in _AT and set(said[:at - 1]) & _TIME_ASKED:
            return True
    return False


# Between « depuis » and the sitting's noun: an article and an order word (« depuis la dernière réunion »).
_SINCE_BETWEEN = frozenset({"le", "la", "l", "notre", "dernier", "derniere", "precedent", "precedente"})


def since_sitting(best: str, rival: str, found: list[Word]) -> bool:
    """Whether `rival` (a sitting's reading) is no rival of `best` (the latest decisions) because the sitting named
    follows « depuis », the start of the news asked (module docstring)."""
    if best != "decisions_recent" or rival not in _MEETING_READINGS:
        return False
    said = [w.folded for w in found]
    # The first word past the article and order word after each « depuis » (« depuis la dernière réunion »).
    after = (next((w for w in said[i + 1:] if w not in _SINCE_BETWEEN), "") for i, w in enumerate(said) if w == "depuis")
    return any(word in _MEETING_NOUNS for word in after)
