"""« The decisions of a meeting »: a message with a decision word and no
topic that designates a meeting, by its order (« la dernière fois »), by a
meeting noun with a month, place or day (« à la réunion de mars »), or by a
day, a month or a period alone (« décisions d'octobre stp », « décisions du
22/10 ? », « quelles décisions la semaine dernière ? »).

Moved out of pipeline.py. A day or month alone now designates the meeting
too, and the decision reading is taken even when a meeting reading comes
first by a hair (« ce qui a été décidé lors de la séance du 29
septembre ? »): the question is about what was decided, the meeting only
says when; likewise when a decision word comes first and a preposition
ties a meeting to it (« les décisions de la première réunion ? »,
`occasion.decided_at_meeting`). Not « on se réunit à Namur ou à Andenne,
c'est décidé ? » (places, no date, are what was decided), nor anything with
a topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.understanding.intents import model
from handlers.understanding.normalise import lexicon
from handlers.understanding.occasion import decided_at_meeting

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["decisions_of_meeting"]

# Words that can only ask what was decided (not « validé », « retenu »: « la date est retenue ? »).
_DECIDED = frozenset({"decider", "decision", "decisions", "acter", "decide", "decidee", "acte", "actee"})


def decisions_of_meeting(u: Understanding, best: str, ranking: list[tuple[str, float]]) -> tuple[float, frozenset[str]] | None:
    """The score of the decisions reading and the readings that do not contradict it, or None."""
    from handlers.understanding.pipeline import CONFIDENT, MARGIN, MEETING_NOUNS, PLAUSIBLE

    lex = lexicon()
    dated = any(u.first(k) for k in ("month", "period"))
    named = any(w.lemma in MEETING_NOUNS for w in u.words) and (dated or u.first("place") is not None)
    # « décisions GT énergie », « décisions copil » (set 45b): typed as into a search box, the noun heading the message
    # names what is asked of the sitting named after it.
    headed = u.first("place") is not None and u.words[0].folded in ("decision", "decisions")
    if u.topic or not (u.order is not None or named or dated or headed):
        return None
    if not any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in u.words):
        return None
    scores = dict(ranking)
    recent = scores.get("decisions_recent", 0.0)
    meetings = model().family("meeting_next") | {"meetings_upcoming"}
    decided = any(fold_ in _DECIDED for w in u.words for fold_ in (w.folded, w.lemma))
    # « décisions de la séance du 24 novembre svp »: the noun names what is asked, however close the meeting reads.
    noun = any(w.folded in ("decision", "decisions") for w in u.words)
    # « qu'a décidé le comité technique d'octobre ? »: « que » before the verb asks what was decided, the sitting its subject.
    what = any(w.folded in ("qu", "que", "quoi") and any(x.folded in _DECIDED or x.lemma in _DECIDED
                                                         for x in u.words[i + 1:i + 4]) for i, w in enumerate(u.words))
    first_by_a_hair = best in meetings and (dated and decided and (
        noun or what or recent >= scores.get(best, 0.0) - MARGIN) or headed)
    # « ce qui a été acté lors de la réunion de Grenoble »: the meeting is the decisions' occasion.
    occasion = model().intents[best].family == "meetings" and decided_at_meeting(u.words)
    # « qu'est-ce qui avait été décidé au premier comité de suivi ? »: what was decided asked of one sitting picked by
    # its order; nothing there asks what was to be done (the task readings the glue words brought close, set 37a).
    tied = decided and any(w.folded in ("qu", "que", "quoi") for w in u.words) and u.order is not None and (
        decided_at_meeting(u.words))
    if model().intents[best].family != "decisions" and not (first_by_a_hair or occasion):
        return None
    # « qu'avons-nous acté le 24/11 ? » reads closer to decisions on a topic: the family's best counts.
    if max(s for name, s in ranking if name in model().family("decisions_recent")) < PLAUSIBLE:
        return None
    # « les décisions du premier conseil d'école ? »: the noun asks what was decided at the one sitting its heading's
    # words name (a meeting noun among them), as a date would say which (the lead's set 88).
    own_heading = noun and any(e.kind == "place" and len(e.items) == 1 and any(
        w.lemma in MEETING_NOUNS for w in u.words[e.start:e.end]) for e in u.entities)
    if (dated or tied or own_heading) and decided:
        # A decision word and a day or month, nothing else: what was decided then, said plainly enough.
        recent = max(recent, CONFIDENT)
    if (occasion or headed) and recent >= PLAUSIBLE:
        # The meeting reading was the closest: its closeness is the question's, now read as its decisions.
        recent = max(recent, ranking[0][1])
    return recent, model().family("decisions_recent") | meetings | (frozenset({"dates_period"}) if dated else frozenset()) | (
        model().family("tasks_late") if tied else frozenset())
