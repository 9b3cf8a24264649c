"""A decision on the group's own meetings, asked about their hour, day or
rhythm: « c'est quoi la règle pour l'heure de nos réunions ? », « on se
réunit à quelle heure, c'était quoi la décision ? », « on se voit quel
jour du mois, c'était décidé comment ? », or the habit asked (« on siège
quel jour en principe ? », « on se réunit à quelle fréquence ? »).

Those words (« heure », « jour », « réunion ») are the meeting questions'
own, so they never make a topic, and the question ended in « je ne suis
pas sûr ». When a message asks about a decision (a verb of deciding, « la
décision », « la règle ») and about the meetings' hour, day, place or
rhythm, those words are its topic: the decision that sets them (« le
groupe se réunit le premier mardi du mois à 17h30 ») answers it, when it
is clearly the first (dominance.leads).

Without a word of deciding, a word the meeting questions do not know that
one decision holds asks about that rule as well (« on alterne les lieux de
réunion ou pas ? »: « … en alternant Villeurbanne et Lyon »)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.days import WEEKDAYS
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.fact_places import asks_where
from handlers.understanding.meeting_nouns import heading_of, nouns
from handlers.understanding.task_words import has
from handlers.understanding.normalise import lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import plain

__all__ = ["HABIT", "day_of_month", "habit_checked", "habit_said", "how_often", "meeting_rule"]

_MEETING = nouns("plain", "chat", plural=True) | {"reunir", "reunit", "retrouver", "retrouve", "voir", "voit"}
# What a decision sets about the meetings.
_ASPECTS = frozenset({"heure", "heures", "horaire", "horaires", "jour", "jours", "lieu", "lieux", "endroit",
                      "rythme", "frequence", "periodicite", "cadence",
                      # « quel jour du mois », « combien de fois par semaine »: the rhythm.
                      "mois", "semaine", "semaines", "an", "annee"})
_HOUR = re.compile(r"\d{1,2}h\d{0,2}")
_RULE = frozenset({"regle", "regles", "decision", "decisions"})
# « dix jours avant la séance », « 15 jours à l'avance »: a delay counted in days, not the day of the meetings.
_DURATION = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|quelques)\s+"
                       r"(?:jours?|semaines?|mois)\b", re.IGNORECASE)
# « on siège quel jour en principe ? », « on se réunit à quelle fréquence ? », « d'habitude on se voit quand ? »:
# the habit asked, as the rule is (not « la prochaine »: one meeting, not their rule).
HABIT = frozenset({"principe", "general", "generalement", "habitude", "habituellement", "normalement",
                    "frequence", "rythme", "periodicite", "cadence", "regulierement"})
_RHYTHM = frozenset({"rythme", "frequence", "periodicite", "cadence"})
# « pourquoi on se réunit toujours le jeudi ? »: the reason of a habit, which the decision setting it gives.
_WHY = frozenset({"pourquoi", "pk", "pq", "pkoi"})
# The days and parts of days a rule sets (« le jeudi matin », « le mardi soir »).
_WHEN_WORDS = frozenset({*WEEKDAYS, "matin", "soir", "midi", "apres-midi"})


def _venue_words(ctx: Context) -> set[str]:
    """The first words of the group's meeting places (« sous prefecture », « mairie »), no little word."""
    return {w for m in ctx.data.meetings() if m.place for w in plain(heading_of(m.place)).split()[:2]
            if len(w) > 3 and w not in lexicon().stopwords}


def day_of_month(u: Understanding) -> bool:
    """« on se réunit quel jeudi du mois ? », « c'est quel jour de chaque mois ? »: which day in every month, a
    rhythm that no single meeting says (« quel jeudi ? » alone asks for one)."""
    folded = [w.folded for w in u.words]
    return any(a in ("quel", "quelle") and (c, d) in (("du", "mois"), ("de", "chaque"))
               for a, c, d in zip(folded, folded[2:], folded[3:]))


def _counted(u: Understanding) -> bool:
    """« on se réunit combien de fois par an ? »: the meetings' rhythm counted in a unit of time (« par an »,
    « par mois »), not the meetings to come counted (« on se réunit combien de fois avant l'été ? »)."""
    folded = [w.folded for w in u.words]
    return any(a == "combien" and b in ("de", "d") and c == "fois" and d in ("par", "chaque")
               for a, b, c, d in zip(folded, folded[1:], folded[2:], folded[3:])
               ) and any(w.lemma in _MEETING or w.folded in _MEETING for w in u.words)


def how_often(u: Understanding) -> bool:
    """« la commission c'est tous les combien ? », « on se voit toutes les combien de semaines ? »: the rhythm asked
    in speech, which no single meeting says (set 25d; the lead's set 25 had « le cotech c'est tous les combien ? »)."""
    folded = [w.folded for w in u.words]
    return any(a in ("tous", "toutes") and b == "les" and c == "combien" for a, b, c in zip(folded, folded[1:], folded[2:]))


def habit_said(u: Understanding) -> bool:
    """A word of habit (« en général », « d'habitude ») outside the names found: « l'Hospice général » is a body."""
    named = {i for e in u.entities for i in range(e.start, e.end)}
    return any(w.folded in HABIT and i not in named for i, w in enumerate(u.words))


def habit_checked(u: Understanding) -> bool:
    """« on se réunit combien de fois par an ? », « les réunions c'est toujours le jeudi à 18h ? »: the habit
    counted, or checked on the meetings in the plural — not one meeting's (« la réunion de jeudi est toujours à
    18h ? » asks for that meeting)."""
    return _counted(u) or how_often(u) or "toujours" in [w.folded for w in u.words] and any(
        w.folded in _MEETING and w.folded.endswith("s") for w in u.words)


# The plain nouns of the group's sittings, as a decision writes them (« les séances ont lieu le jeudi »).
_SITTING_NOUNS = frozenset({"seance", "seances", "reunion", "reunions", "rencontre", "rencontres"})


def _sole_day_rule(u: Understanding, decisions: Sequence[str]) -> int | None:
    """« c'est toujours le jeudi les séances ? », « on se voit quel jour de la semaine ? »: of the decisions
    that set a weekday for the sittings (their plain noun and a weekday; the weekday checked, when one is),
    the one alone, by its index — a commission's « premier mardi » is no rule of the sittings."""
    folded = [w.folded for w in u.words]
    days = set(folded) & set(WEEKDAYS)
    if not days and not {("quel", "jour"), ("quels", "jours")} & set(zip(folded, folded[1:])):
        return None
    setting = [i for i, d in enumerate(decisions)
               if (held := set(plain(d).split())) & _SITTING_NOUNS and (held & days if days else held & set(WEEKDAYS))]
    return setting[0] if len(setting) == 1 else None


def meeting_rule(ctx: Context, u: Understanding, decisions: Sequence[str],
                 answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on the meetings' hour, day, place or rhythm the message asks for, else None."""
    lex = lexicon()
    if not decisions:
        return None
    # « on se réunit à quel rythme ? »: no single meeting says a rhythm, the rule does (asked as « décidé » would).
    one = any(w.lemma in ("prochain", "dernier") for w in u.words)
    counted = habit_checked(u)
    asked = counted or any(w.lemma in lex.decision_words or w.folded in lex.decision_words or w.folded in _RULE
                or w.folded in _RHYTHM or w.folded in _WHY for w in u.words) or (
        habit_said(u) and not one) or day_of_month(u)
    # « on alterne les lieux ? »: the unknown word a single decision holds whole asks about it as « décidé » would.
    held = not asked and bool(u.topic) and leads(scores := topic_scores(u.topic, decisions)) and max(scores) >= 1.0
    if not asked and not held:
        return None
    meeting = [w for w in u.words if w.lemma in _MEETING or w.folded in _MEETING]
    # « le jeudi matin »: the day and the part of it asked are the words the rule holds.
    # « c'est toujours le jeudi à 18h ? »: the hour checked is one too (« 18h » in the rule).
    aspects = [w for w in u.words if w.folded in _ASPECTS or w.lemma in _ASPECTS or w.folded in _WHEN_WORDS
               or _HOUR.fullmatch(w.folded)]
    habit = habit_said(u) or _counted(u) or how_often(u)
    # « on avait décidé où se tiennent les réunions ? »: their place, by either noun.
    # Not « on en est où des actions décidées ? » (how far the tasks are: task_words.py).
    asked_where = any(w.raw.casefold() == "où" for w in u.words) and asks_where(u.words) and not has(u.words, "task_nouns")
    if not meeting or not (aspects or habit or asked_where or counted):
        return None  # « on se réunit quand d'habitude ? »: the habit alone asks the rule
    # « on se voit quel jour » means the meetings, whatever the verb: the topic names them by their noun.
    topic = [*aspects, *(u.topic if held else []), *words("réunion", shorthand=False)]
    if asked_where or habit and any(w.folded == "ou" for w in u.words):
        topic += words("lieu", shorthand=False)  # « on se réunit où en général ? »: the rule must say where
    elif habit:
        topic += words("rythme", shorthand=False)  # a habit is a rhythm: « chaque mois », « le troisième mercredi »
    topic = list({w.lemma: w for w in topic}.values())  # « à quel rythme » already asks the rhythm: once
    # « la règle pour le lieu des réunions »: a decision naming where the group meets says their place.
    venues = _venue_words(ctx)
    scores = topic_scores(topic, [_DURATION.sub(" ", d) + (" lieu" if venues & set(plain(d).split()) else "")
                                  for d in decisions])
    if not leads(scores):
        if (sole := _sole_day_rule(u, decisions)) is None:
            return None
        # The weekday rule of the sittings, found by its own day and noun (« le jeudi », « les séances »).
        held = set(plain(decisions[sole]).split())
        topic = [w for w in words(decisions[sole], shorthand=False) if w.folded in held & (set(WEEKDAYS) | _SITTING_NOUNS)]
        scores = topic_scores(topic, decisions)
        if scores[sole] < max(scores):
            return None
    best = decisions[scores.index(max(scores))]
    if not topic_scores(words("réunion", shorthand=False), [best])[0]:
        return None  # « la lettre d'information paraîtra chaque trimestre »: a rhythm, not the meetings'
    return as_decision(ctx, u, topic, answer)
