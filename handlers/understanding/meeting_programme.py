"""What is planned at a meeting named by its kind, its day or its month is its
agenda: « qu'est-ce qui est prévu au cotech du 10 ? », « il se passe quoi à
la plénière ? », « la plénière du 6 février, y aura quoi au programme ? »,
« quels sujets sont inscrits au copil du 12 janvier ? », « c koi les sujets
jeudi prochain ».

« Qu'est-ce qui est prévu » and « il se passe quoi » ask what falls in a
period when they name one (« en janvier »), and the readings stayed torn
between the dates, the meeting and its agenda when they named a sitting:
a sitting holds no deadline, so what is planned there is what it will
discuss. The question must ask « what » (no one, no time, no place), name
no other thing (no topic left), and designate exactly one coming meeting
that has an agenda; its agenda answers, as `/ordre_du_jour` would. A
meeting is designated by its kind (the next one of that kind unless a day or
a month narrows it), by one day, or by « la prochaine fois »; a span of days
or a month alone is a period, whose dates answer."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.agenda_when import coming_meetings
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from storage.models import Meeting

__all__ = ["meeting_programme"]

# Words saying what is planned or discussed at a sitting (folded or lemma).
_PROGRAMME = frozenset({
    "prevu", "prevue", "prevus", "prevues", "programme", "programmes", "sujet", "sujets", "point", "points", "inscrit",
    "inscrits", "inscrite", "inscrites", "passe", "passer", "menu", "deroule", "deroulement", "aborder", "aborde",
    "parler", "parle", "traiter", "traite", "discuter", "discute", "voir", "presenter", "presente",
})
# Words of what a sitting discusses, which a day alone needs (« c koi les sujets jeudi ? ») where « prévu » or
# « il se passe » ask what falls on the day.
_DISCUSSED = frozenset({"programme", "sujet", "sujets", "point", "points", "inscrit", "inscrits", "menu", "deroule",
                        "aborder", "aborde", "parler", "parle", "traiter", "discuter", "discute", "odj", "ordre",
                        "presenter"})
# Deciding at a coming sitting is what it will discuss (« on délibère sur quoi jeudi 10 ? », « qu'est-ce qu'on vote le
# 10 ? », « qu'est-ce qui est soumis au vote le 10 ? », blind set 42c), unless said done (« on a voté quoi … ? »):
# lemmas (« délibérer » reads « décider ») and folded words.
_DECIDING = frozenset({"decider", "voter", "vote", "votera", "voterons", "soumettre", "soumis", "soumise", "soumises"})
_DONE = frozenset({"a", "avait", "ont", "avaient", "avons", "avions", "ete", "etait"})


def _deciding(u: Understanding) -> bool:
    """A verb of deciding, in a question that does not say it done."""
    return any(w.lemma in _DECIDING or w.folded in _DECIDING for w in u.words) and not any(
        w.folded in _DONE for w in u.words)


# Nouns that name the programme itself: asked without « quoi » (« y a un programme ? »).
_NAMED = frozenset({"programme", "deroule", "deroulement"})
# Asking what: the programme, not a person, a time or a place.
_WHAT = frozenset({"quoi", "koi", "quel", "quels", "quelle", "quelles", "qu", "quest", "kesk", "keske"})
_ELSE = frozenset({"qui", "ki", "quand", "qd", "ou", "heure", "combien", "pourquoi", "comment"})
# « il y aura quoi au forum santé ? », « y a quoi au cotech ? »: what there will be at a sitting is what it holds
# (set 37a); the forms of « avoir » after « y ».
_THERE_IS = frozenset({"a", "aura", "aurait", "avoir"})


def _audience(u: Understanding, body: Entity) -> bool:
    """« qu'est-ce qu'on présente aux riverains le 21 ? » (lead's set 57): the body the sitting's points are presented
    to, right after the verb, is the audience, not a body asked about."""
    return body.kind == "org" and body.start >= 2 and u.words[body.start - 1].folded in ("aux", "au") and (
        u.words[body.start - 2].lemma == "presenter")


def _there_is(order: list[str]) -> bool:
    """« il y a », « y aura », « va y avoir »: asking what there is."""
    return any(word == "y" and i + 1 < len(order) and order[i + 1] in _THERE_IS for i, word in enumerate(order))


def _designated(ctx: Context, u: Understanding) -> list[Meeting] | None:
    """The coming meetings the question's day, month, kind of sitting or « la prochaine fois » designate; None when
    it designates none of them."""
    periods = [e for e in u.entities if e.kind == "period"]
    months = [e for e in u.entities if e.kind == "month"]
    kinds = [e for e in u.entities if e.kind == "place" and e.extra.get("formation")]
    folded = [w.folded for w in u.words]
    next_time = any(word == "fois" and i > 0 and folded[i - 1] in ("prochaine", "procahine")
                    for i, word in enumerate(folded))
    if not (kinds or next_time or any((p.extra["period"].end - p.extra["period"].start).days == 1 for p in periods)):
        return None  # a span of days or a month alone is a period: what falls in it (dates_period)
    meetings = coming_meetings(ctx)
    if periods:
        span = periods[0].extra["period"]
        meetings = [m for m in meetings if span.start <= m.start.date() < span.end]
    if months:
        month = months[0].extra["month"]
        first = next((m for m in meetings if m.start.month == month), None)
        meetings = [m for m in meetings if first is not None and (m.start.year, m.start.month) == (
            first.start.year, month)]
    if kinds:
        numbers = {m.number for m in kinds[0].items}
        meetings = [m for m in meetings if m.number in numbers]
    if not periods and not months:
        meetings = meetings[:1]  # « au cotech », « la prochaine fois »: the next one
    return meetings


def meeting_programme(ctx: Context, u: Understanding,
                      answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The agenda of the one coming meeting a « what is planned there » question designates, else None."""
    order = [w.folded for w in u.words]
    # « présenter » is no topic here: it says what the sitting does (« qu'est-ce qu'on présente le 21 ? »).
    topic = [w for w in u.topic if w.lemma not in _PROGRAMME | _DECIDING and w.folded not in _PROGRAMME | _DECIDING]
    if topic or any(e.kind not in ("period", "month", "place") and not _audience(u, e) for e in u.entities):
        return None
    # « qu'est-ce qui est prévu » asks what; « qui » alone asks someone.
    folded = {word for i, word in enumerate(order) if not (word == "qui" and i > 0 and order[i - 1] == "ce")}
    lemmas = {w.lemma for w in u.words}
    if folded & _NAMED:
        # « la plénière ça va se passer comment, y a un programme ? »: the programme named is what is asked.
        folded -= {"comment"} | _WHAT
        folded.add("quoi")
    deciding = _deciding(u)
    if not ((folded | lemmas) & _PROGRAMME or _there_is(order) or deciding) or not folded & _WHAT or folded & _ELSE:
        return None
    if any(e.kind == "place" and not e.extra.get("formation") for e in u.entities):
        return None  # « qu'est-ce qui est prévu à Couëron ? »: a place, perhaps of more than meetings
    meetings = _designated(ctx, u)
    if not meetings or len(meetings) != 1 or not meetings[0].agenda:
        return None
    if not any(e.kind == "place" for e in u.entities) and not (folded | lemmas) & _DISCUSSED and not deciding:
        return None  # « jeudi 3 décembre, il se passe quoi ? »: a day alone is what falls on it, its dates
    day = meetings[0].start.date()
    if any(d.due.date() == day and not d.cancelled for d in ctx.data.deadlines()):
        return None  # « il se passe quoi le 17 ? » when a deadline falls then too: the day's dates
    kept = (u.intent, u.readings)
    u.intent, u.readings = "agenda_items", []
    outcome = answer(ctx, u)
    if outcome.confident and all(item.text in outcome.reply.plain() for item in meetings[0].agenda):
        return outcome
    u.intent, u.readings = kept
    return None
