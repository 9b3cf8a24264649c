"""A decision on the group's own meetings, asked about their hour, day or
rhythm: « c'est quoi la règle pour l'heure de nos réunions ? », « on se
réunit à quelle heure, c'était quoi la décision ? », « on se voit quel
jour du mois, c'était décidé comment ? ».

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

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.fact_places import asks_where
from handlers.understanding.task_words import has
from handlers.understanding.normalise import lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["meeting_rule"]

_MEETING = frozenset({"reunion", "reunions", "seance", "seances", "rencontre", "rencontres", "reunir", "reunit",
                      "retrouver", "retrouve", "voir", "voit", "reu", "reus"})
# What a decision sets about the meetings.
_ASPECTS = frozenset({"heure", "heures", "horaire", "horaires", "jour", "jours", "lieu", "lieux", "endroit",
                      "rythme", "frequence", "periodicite", "cadence",
                      # « quel jour du mois », « combien de fois par semaine »: the rhythm.
                      "mois", "semaine", "semaines"})
_RULE = frozenset({"regle", "regles", "decision", "decisions"})
_RHYTHM = frozenset({"rythme", "frequence", "periodicite", "cadence"})


def meeting_rule(ctx: Context, u: Understanding, decisions: Sequence[str],
                 answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on the meetings' hour, day, place or rhythm the message asks for, else None."""
    lex = lexicon()
    if not decisions:
        return None
    # « on se réunit à quel rythme ? »: no single meeting says a rhythm, the rule does (asked as « décidé » would).
    asked = any(w.lemma in lex.decision_words or w.folded in lex.decision_words or w.folded in _RULE
                or w.folded in _RHYTHM for w in u.words)
    # « on alterne les lieux ? »: the unknown word a single decision holds whole asks about it as « décidé » would.
    held = not asked and bool(u.topic) and leads(scores := topic_scores(u.topic, decisions)) and max(scores) >= 1.0
    if not asked and not held:
        return None
    meeting = [w for w in u.words if w.lemma in _MEETING or w.folded in _MEETING]
    aspects = [w for w in u.words if w.folded in _ASPECTS or w.lemma in _ASPECTS]
    # « on avait décidé où se tiennent les réunions ? »: their place, by either noun (« aura lieu » of another
    # decision may hold the first).
    # Not « on en est où des actions décidées ? » (how far the tasks are: task_words.py).
    asked_where = any(w.raw.casefold() == "où" for w in u.words) and asks_where(u.words) and not has(u.words, "task_nouns")
    places = ("lieu", "endroit") if asked_where else ("",)
    if not meeting or not (aspects or places[0]):
        return None
    for place in places:
        # « on se voit quel jour » means the meetings, whatever the verb: the topic names them by their noun.
        topic = [*aspects, *words(place, shorthand=False), *(u.topic if held else []), *words("réunion", shorthand=False)]
        if leads(topic_scores(topic, decisions)):
            return as_decision(ctx, u, topic, answer)
    return None
