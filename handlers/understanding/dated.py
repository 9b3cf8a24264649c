"""« c'est quand le forum à Liévin ? » when a deadline reads « Forum de
l'habitat à Liévin »: the town is a body of the group and a meeting place
too, so the readings split between a date, a meeting and a body's people.
A question of time (« quand ») whose every content word, the town's
included, is in one of the group's deadlines asks for that date: it is
answered by it. A word of the question the deadline does not hold (« le
forum à Arras ») leaves the doubt as it was."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.decided_when import is_dated
from handlers.understanding.outcome import Outcome
from handlers.understanding.tense import PAST
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.normalise import Word, words
from handlers.understanding.initials import by_initials, head_word
from handlers.understanding.deadline_nouns import DEADLINE_WORDS, deadline_verbs
from handlers.understanding.lone_event import lone_event
from handlers.understanding.who_source import served
from handlers.understanding.world import ORG_STOP, World, plain

__all__ = ["dated", "dated_initials"]

_WHEN = frozenset({"quand", "qd", "date"})
# A length of time asked (« la durée de … »): a span a decision gives, no deadline's day.
_LENGTH = frozenset({"duree", "durees"})


def _without_participle(topic: list[Word], deadlines: tuple[str, ...], tasks: tuple[str, ...]) -> list[Word] | None:
    """« l'évaluation du contrat doit être finie quand ? »: the topic without the participle it ends with, when the
    other words alone name a deadline and no open task (« Finaliser l'enquête des Tilleuls » is the task that
    finishes « l'enquête sur les Tilleuls », which the task answers read); None otherwise."""
    rest = [w for w in topic if w.folded not in deadline_verbs("deadline_participles")]
    if len(rest) == len(topic) or len(rest) < 2 or max(topic_scores(rest, deadlines)) < 1.0:
        return None
    return None if tasks and max(topic_scores(rest, tasks)) >= 1.0 else rest


# « inscrire les enfants au stage », « renvoyer les familles vers … »: a verb whose object is the people served.
_OF_PEOPLE = frozenset({"inscrire", "inscrit", "inscrits", "inscrites", "orienter", "envoyer", "renvoyer", "adresser"})


def _without_people(u: Understanding, topic: list[Word], deadlines: tuple[str, ...]) -> list[Word] | None:
    """« jusqu'à quand on peut inscrire les enfants au stage de théâtre ? »: the people a verb registers or sends
    (who_source.served) are no word of the thing, when the other words alone name a deadline (« Inscriptions
    au stage de théâtre »: lead's set 36); None otherwise."""
    sent = {w.folded for i, w in enumerate(u.words) if served(w) and i >= 2
            and u.words[i - 1].folded in ("les", "le", "la", "l", "un", "une", "des", "mes", "nos", "ses", "leurs")
            and (u.words[i - 2].lemma in _OF_PEOPLE or u.words[i - 2].folded in _OF_PEOPLE)}
    rest = [w for w in topic if w.folded not in sent]
    if len(rest) == len(topic) or len(rest) < 2 or max(topic_scores(rest, deadlines)) < 1.0:
        return None
    return rest


def _decision_says_all(said: list[Word], world: World) -> bool:
    """A dated decision holds every word asked, its verb too (« rend son avis sur le PCAET avant la fin janvier »),
    where no deadline does (« Contributions des commissions à l'avis sur le PCAET »): the decision says when."""
    decisions = [d for d in world.records.get("decisions_topic", ()) if is_dated(d)]
    deadlines = world.records.get("dates_period", ())
    return bool(decisions) and max(topic_scores(said, decisions)) >= 1.0 and (
        not deadlines or max(topic_scores(said, deadlines)) < 1.0)


def dated(ctx: Context, u: Understanding, world: World,
          answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The deadline every content word of a time question names, answered by `answer` (dates_period)."""
    # « … a lieu quel jour ? », « … c'est à quelle date ? » ask when as « quand » does.
    which_day = any(u.words[i].folded in ("quel", "quelle") and u.words[i + 1].folded in ("jour", "date")
                    for i in range(len(u.words) - 1))
    # « l'AG de l'asso c'est quand ? »: initials the shorthand read as a meeting may name a deadline's words
    # (families.toml), which then count as the question's topic (below), the date being among the close readings.
    initials = [words(w.typed, shorthand=False)[0] for w in u.words if w.typed.isupper() and len(w.typed) >= 2]
    # « le recensement des places vacantes, délai ? »: a deadline's noun asks when as « quand » does, and the
    # first reading is enough when the question is so short that no reading was close enough to offer.
    deadline = any(w.folded in DEADLINE_WORDS or w.lemma in DEADLINE_WORDS for w in u.words)
    close = u.readings or ([name for name, _ in u.ranking[:1]] if deadline else [])
    close = close if not initials else [name for name, _ in u.ranking[:3]]
    if not (which_day or deadline or any(w.folded in _WHEN for w in u.words)) or "dates_period" not in close:
        return None
    if u.words and u.words[0].folded == "qui":
        return None  # « qui a fixé la date du forum ? » asks for someone, whom no deadline names
    if any(w.folded in _LENGTH for w in u.words):
        # « on a limité la durée de passage à l'épicerie ? » asks how long, which no deadline's day says: since
        # the examples use « durée » (« ASLL durée », set 45b) it is no topic word keeping the deadline apart.
        return None
    folded = {w.folded for w in u.words}
    if folded & PAST and folded & {"dernier", "derniere", "derniers", "dernieres"}:
        return None  # « la dernière formation des agents c'était quand ? » asks a day behind us, which no deadline is
    # The unknown words and the bodies' or places' words (« a lieu », « tu sais pas » are glue).
    # A town a record names may have been taken out of the entities already (record_named.py): its word still counts.
    # A body named by its initials counts by the word its name opens with (« l'AG du GEIQ » for « Assemblée
    # générale du groupement d'employeurs »: initials.py).
    heads = {j: head for e in u.entities if e.kind == "org" and (head := head_word(e.label))
             and by_initials(e.label, [w.folded for w in u.words[e.start:e.end] if w.folded not in ORG_STOP])
             for j in range(e.start, e.end)}
    spans = sorted({j for e in u.entities if e.kind in ("org", "place") for j in range(e.start, e.end)}
                   | {j for j, w in enumerate(u.words) if w.folded in world.places or w.folded in world.org_aliases})
    named = [words(heads[j], shorthand=False)[0] if j in heads else u.words[j] for j in spans]
    topic = [*u.topic, *(w for w in content_words(named) if w not in u.topic)]
    verbs = [w for w in u.words if w.lemma in deadline_verbs() or w.folded in deadline_verbs()]
    topic = [w for w in topic if w.lemma not in deadline_verbs() and w.folded not in deadline_verbs()]
    if verbs and topic and _decision_says_all([*topic, *verbs], world):
        return None  # « on rend l'avis sur le PCAET quand ? » of « … rend son avis sur le PCAET avant la fin janvier »
    topic += initials  # « l'AG de Tremplin »
    deadlines = world.records.get("dates_period", ())
    if len(topic) < 2 - bool(initials) and not lone_event(u, topic, world) or not deadlines:
        return None  # one word alone (« Liévin ») may be a meeting place as well
    if max(topic_scores(topic, deadlines)) < 1.0:
        rest = _without_participle(topic, deadlines, world.records.get("tasks", ())) or _without_people(u, topic, deadlines)
        if rest is None:
            return None
        topic = rest
    u.intent, u.topic, u.readings = "dates_period", topic, []
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.intent, u.readings = None, ["dates_period"]
    return None


_MEETING_ANSWERS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})


def dated_initials(ctx: Context, u: Understanding, world: World,
                   answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« l'AG c'est quand ? » read as the next meeting (chat's « AG » is a meeting) in a group whose meetings
    are no AG, when one of its deadlines is the AG (« Assemblée générale de Tremplin Avenir Nord »): the date."""
    if u.intent not in _MEETING_ANSWERS or not any(w.folded in _WHEN for w in u.words):
        return None
    initials = [w for w in u.words if w.typed.isupper() and len(w.typed) >= 2 and w.lemma in ("reunion", "reunions")]
    # A group whose meetings are held as such (« Assemblée générale, salle des fêtes ») asks of its meetings.
    if not initials or any(plain(w.typed) in world.venues or plain(w.typed) in world.place_phrases for w in initials):
        return None
    topic = [words(w.typed, shorthand=False)[0] for w in initials]
    # The deadline is the event itself, named first (« Assemblée générale de … »), not one before it
    # (« Envoi de la convocation à l'assemblée générale » in a group whose meetings are the AG).
    openings = tuple(" ".join(plain(text).split()[:4]) for text in world.records.get("dates_period", ()))
    if not openings or max(topic_scores(topic, openings)) < 1.0:
        return None
    intent, readings = u.intent, u.readings
    u.intent, u.topic, u.readings = "dates_period", [*u.topic, *topic], []
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.intent, u.readings = intent, readings
    return None
