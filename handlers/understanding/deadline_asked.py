"""« quand » asked of a thing only a deadline holds: the deadline, not decisions near it.

Officials ask when the group's own calendar falls: « Quand le budget 2027
sera-t-il voté ? », « c'est quand le prochain conseil communautaire ? »,
« le rapport d'activité est attendu quand ? ». The topic's related words
(« budget » ~ « financement », « tarif ») or a decision that merely
mentions the body (« … avant le vote du conseil communautaire ») draw the
decisions, which give no date for it; the group's deadline (« Vote du
budget 2027 en conseil communautaire ») writes every word of the topic and
its date.

So a sure answer of decisions to a question asking a time is read again as
the dates of that topic when a deadline ahead holds every word of the topic
and either no decision holds them all, or the question asks the next one
(« le prochain conseil communautaire »: a decision records no next
occurrence). A deadline named by its head noun is asked though a decision holds the
topic (« la délib sur la taxe sur les logements vacants, avant quand ? »
of « Délibération sur la taxe … »; the lead's set 84). A day checked instead of « quand » (« le budget 2027 est voté le 31 mars,
c'est bien ça ? ») is read so when a deadline holding the topic falls on that day: the decisions that
mention the budget say nothing of the day (set 36b). So too a sure answer of tasks to « les communes doivent rendre
leur avis pour quand ? »: a kind of body in the plural owes the group's
deadline, not its members' own tasks. It gives way unless the dates' own
answer is sure. The end of a thing asked (« les travaux doivent être finis
quand ? ») is the one deadline headed « Fin de … » holding it, whatever
the first reading was: a task sharing its words is work towards it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.event_date import for_when
from handlers.views import deadline_line
from storage.models import Deadline
from handlers.understanding.normalise import Word, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import NEXT
from handlers.understanding.tense import PAST

__all__ = ["deadline_asked"]

_NEXT = NEXT


def _holds(text: str, topic: set[str]) -> bool:
    """Every word of `topic` (lemmas) is a word of `text`."""
    found = words(text)
    return topic <= {w.lemma for w in found} | {w.folded for w in found}


# The words of asking when, not of the thing: « il faut la prendre avant quand ? » of a deliberation.
_ASKING = frozenset({"avant", "falloir", "faut", "devoir", "prendre"})


# « c'était décidé ? », « on avait acté … »: what was decided is asked, whatever noun heads a deadline.
_DECIDED = frozenset({"decide", "decidee", "decides", "decidees", "acte", "actee", "actes", "actees", "convenu",
                      "convenue", "arrete", "arretee"})


def _named(u: Understanding, ahead: list[Deadline], decided: list[str]) -> bool:
    """The question names a deadline ahead by its head noun (« la délib sur la taxe … avant quand ? » of « Délibération
    sur la taxe … »): that deadline is asked, though a decision holds the topic's words too (the lead's set 84). Not when
    the question asks what was decided (« le bilan on le présente quand, c'était décidé ? »: the decision, set 24c)."""
    said = {w.lemma for w in u.words}
    if any(w.folded in _DECIDED or w.folded in PAST for w in u.words):
        return False  # « le forum c'était prévu pour quand ? »: what was said of it, told in the past (set 28c)
    return any((head := words(d.text)) and len(head[0].folded) > 3 and head[0].lemma in said
               and _keeps_decided_words(u, head, decided) for d in ahead)


def _keeps_decided_words(u: Understanding, deadline: list[Word], decided: list[str]) -> bool:
    """The deadline holds every word of the question that a decision holds too: « l'appel à nouveaux membres c'est pour
    quand ? » names the decision « Un appel public à nouveaux membres … », not the deadline « Appel à projets … »
    sharing its head noun only (the lead's set 27)."""
    held = {w.lemma for text in decided for w in words(text)}
    asked = ({w.lemma for w in u.words if len(w.folded) > 3} - _ASKING) & held
    return asked <= {w.lemma for w in deadline}


def _day_said(u: Understanding) -> date | None:
    """The one day the question says (« le 31 mars »), else None."""
    period = u.first("period")
    if period is None or (span := period.extra["period"]).end - span.start != timedelta(days=1):
        return None
    return span.start


# The words of an attendance's paper a deadline may ask for (« l'envoi des listes d'émargement de novembre »).
_SHEETS = frozenset({"emargement", "emargements", "presence", "presences"})


def _sheets_due(ctx: Context, u: Understanding) -> Outcome | None:
    """« les feuilles d'émargement de novembre c'est pour quand ? »: « pour quand » asks when they are due, no one's
    presence; the dates of the deadline ahead naming them (the lead's set 60)."""
    folded = [w.folded for w in u.words]
    if not for_when(folded):
        return None
    said = _SHEETS & set(folded)
    today = ctx.now.date()
    due = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today
           and said & {w.folded for w in words(d.text)}]
    if not said or len(due) != 1:
        return None
    u.topic = [w for w in u.words if w.folded in said]
    u.intent, u.readings = "dates_period", []
    return Outcome.sure(u, [deadline_line(due[0], ctx.now, ctx.locale)], due[0].text)


# « doivent être finis », « sera terminé », « achevés »: the end of a thing asked; « Fin des travaux … » dates it.
_ENDED = frozenset({"fini", "finis", "finie", "finies", "termine", "termines", "terminee", "terminees", "acheve",
                    "acheves", "achevee", "achevees", "boucle", "boucles", "bouclee", "bouclees"})
_END_NOUNS = frozenset({"fin", "achevement", "cloture"})


def _end_due(ctx: Context, u: Understanding) -> Outcome | None:
    """« les travaux doivent être finis quand ? »: the one deadline ahead headed « Fin de … » holding the topic (a
    task sharing its words, « Rédiger le cahier des charges des travaux », is work towards it: set 40c)."""
    folded = [w.folded for w in u.words]
    if not (asks_time(u.words) or for_when(folded)) or not _ENDED & set(folded):
        return None
    topic = {w.lemma for w in u.topic if len(w.folded) > 2 and w.folded not in _ENDED}
    today = ctx.now.date()
    ends = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today
            and (head := words(d.text)) and head[0].folded in _END_NOUNS and _holds(d.text, topic)]
    if not topic or len(ends) != 1:
        return None
    u.intent, u.readings = "dates_period", []
    return Outcome.sure(u, [deadline_line(ends[0], ctx.now, ctx.locale)], ends[0].text)


def deadline_asked(ctx: Context, outcome: Outcome,
                   dates_answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The dates answering `outcome`'s question when it asks when of a deadline's words (see the module), else None."""
    u = outcome.understanding
    if outcome.confident and u is not None and outcome.intent == "attendance_meeting" and (
            sheets := _sheets_due(ctx, u)) is not None:
        return sheets
    if u is not None and outcome.intent != "chitchat" and (end := _end_due(ctx, u)) is not None:
        return end
    if not (outcome.confident and u is not None and u.topic and (asks_time(u.words) or _day_said(u))):
        return None
    # « les communes doivent rendre leur avis pour quand ? »: a kind of body in the plural (every « Mairie de … »)
    # owes the group's deadline; its members' own tasks are no answer to when « the communes » must.
    bodies = u.first("org")
    if not (outcome.intent == "decisions_topic" or outcome.intent in ("tasks_mine", "tasks_late")
            and bodies is not None and " / " in bodies.label):
        return None
    topic = {w.lemma for w in u.topic if len(w.folded) > 2} - _ASKING
    today = ctx.now.date()
    ahead = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today and _holds(d.text, topic)]
    if not topic or not ahead:
        return None
    # « l'année prochaine », « le mois prochain » say a span of the calendar (a period), not the next occurrence.
    spans = {i for e in u.entities if e.kind in ("period", "month") for i in range(e.start, e.end)}
    asks_next = any(w.folded in _NEXT for i, w in enumerate(u.words) if i not in spans)
    decided = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    day = _day_said(u)
    if not asks_time(u.words) and not any(_holds(d.text, topic) and d.day == day for d in ctx.data.deadlines()
                                          if not d.cancelled):
        return None  # « le budget 2027 est voté le 31 mars, c'est bien ça ? »: a day checked is the deadline's own
    if asks_time(u.words) and not asks_next and not _named(u, ahead, decided) and (
            outcome.intent == "decisions_topic") and any(
            _holds(text, topic) for text in decided):
        return None
    kept = (u.intent, u.readings)
    u.intent = "dates_period"
    found = dates_answer(ctx, u)
    if found.confident:
        return found
    u.intent, u.readings = kept
    return None
