"""A deadline asked against a time: « c'est bon si on dépose le dossier FSE le
15 ? », « le rapport annuel part le 23 c'est ça ? », « il nous reste deux
semaines pour le FSE ? », « le FSE on peut le déposer après le comité ? »,
« les porteurs peuvent encore déposer en janvier pour le tourisme durable ? ».

Such questions name one of the group's deadlines by its words, with a verb of
handing in (« déposer », « partir », lexicon.toml `deadline_verbs`) and a time
they check it against: a day, a span, a meeting, or words of time (« avant »,
« après », « reste », « encore », « semaines », « le temps »). No example is
close, so they were read as nothing, and a decision sharing the thing's words
(« Le GAL dépose une candidature au FSE+ … ») answered as if the rule were
asked. The deadline is what they ask: its own day answers yes or shows the
right one. A decision keeps the question only when it holds more of its words
than the deadline does (then the decision is what the member has in mind), and
never when a word of deciding (« décidé », « validé ») is said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from handlers.context import Context
from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.deadline_nouns import deadline_verbs
from handlers.understanding.decided_questions import DECIDED_VERBS
from handlers.understanding.date_checked import deadline_shown
from handlers.understanding.decided_when import is_dated
from handlers.understanding.dominance import leads
from handlers.understanding.entities import Entity
from handlers.understanding.initials import head_word
from handlers.understanding.periods import Period
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.minutes_task import names_minutes
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import FOLLOWING, NEXT, SINGULAR
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.world import World

__all__ = ["asks_day", "dates_over_span", "deadline_after", "due_to_body", "handed_in", "one_deadline", "possessive_in_name",
           "timed_deadline"]

# Words that set the thing against a time (folded or lemma): they ask when, they name nothing.
_TIME_WORDS = frozenset({"avant", "apres", "jusqu", "jusque", "jusqua", "reste", "rester", "restent", "encore",
                         "temps", "semaine", "semaines", "jour", "jours", "quinzaine", "mois", "tard", "tot", "large",
                         "quand", "qd", "date", "limite", "butoir", "delai", "deadline", "echeance",
                         "retard", "dernier", "derniere", "pendant", "entre", "toujours",
                         # holidays the time is set against (« ça tombe pendant les vacances ? »); not « fête » nor
                         # « fin », which may name the thing itself (« le budget pour la fête de fin d'année ? »)
                         "vacances", "vacance", "conges", "rentree", "noel", "nouvel", "an"})
# Modals and handed-in participles: how the thing is asked, not what it is (« il faut que … aient rendu … »).
_HOW = frozenset({"faut", "faudrait", "falloir", "peut", "peuvent", "pouvoir", "pouvons", "doit", "doivent", "devoir",
                  "devons", "dois", "rendu", "rendue", "rendus", "rendues", "envoye", "envoyee", "envoyes", "depose",
                  "deposee", "deposes", "remis", "remise", "transmis", "transmise", "parti", "partie", "fini", "finie",
                  "termine", "terminee", "boucle", "bouclee", "possible",
                  # the receiving side (« les candidatures on les reçoit jusqu'au 8 ? »)
                  "recoit", "recoivent", "recevoir", "recu", "recus", "recue", "recues", "accepte", "acceptent"})
# Words that are a time only when set against (« avant les fêtes »), else they may name the thing.
_FEASTS = frozenset({"fete", "fetes", "fin", "debut"})
# Words setting the thing before or after a time (folded).
_RELATIONS = frozenset({"avant", "apres", "jusqu", "jusque", "entre", "pendant"})
# Verbs of handing a thing in (folded or lemma), said of a deadline rather than of a meeting's agenda point.
_HANDING = frozenset({"envoyer", "envoi", "rendre", "remettre", "deposer", "depot", "transmettre", "retourner",
                      "renvoyer", "soumettre", "partir", "boucler", "cloturer"})
# Entities that may stand beside the deadline's words: a time, or a body the deadline names (« à la Région »).
_BESIDE = frozenset({"period", "month", "org"})
# A sitting's nouns, as typed (« le comité », « la plénière »): the event a deadline is set against.
_SITTINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True)
# The share of the thing's words the deadline holds: all of them.
_HELD = 1.0
# Words asking something other than a day, wherever they stand.
_NOT_DAY = frozenset({"combien", "pourquoi", "comment"})
# Words that ask for someone or for the rule rather than for the day.
_NOT_WHEN = frozenset({"qui", "combien", "pourquoi", "comment", "ou"})


def _sitting_asked(u: Understanding) -> bool:
    """A sitting's noun said as the subject, not as the time set against (« avant le comité »)."""
    folded = [w.folded for w in u.words]
    for i, w in enumerate(u.words):
        said = fold(w.typed) if w.typed else w.folded
        if said in _SITTINGS and not _RELATIONS & set(folded[max(0, i - 3):i]):
            return True
    return False


def _after_verb(u: Understanding, thing: list[Word]) -> list[Word]:
    """The words of `thing` said after the first verb of handing in (none when no such verb is said)."""
    verbs = deadline_verbs()
    at = next((i for i, w in enumerate(u.words) if w.folded in verbs or w.lemma in verbs), None)
    if at is None:
        return []
    later = {w.folded for w in u.words[at + 1:]}
    return [w for w in thing if w.folded in later]


def _hands_in(u: Understanding) -> bool:
    """A verb of handing in, or its participle (« aient rendu leur bilan »)."""
    return any(w.folded in _HANDING or w.lemma in _HANDING or w.folded in _HOW and w.folded not in _MODALS
               for w in u.words)


def _handed(text: str) -> bool:
    """The record says a thing is handed in (« Les porteurs … remettent leur bilan … avant le 4 décembre »)."""
    verbs = deadline_verbs()
    return any(w.lemma in verbs or w.folded in verbs or w.folded in _HANDING for w in words(text, shorthand=False))


_MODALS = frozenset({"faut", "faudrait", "falloir", "peut", "peuvent", "pouvoir", "pouvons", "doit", "doivent",
                     "devoir", "devons", "dois", "possible"})


def _anchored(u: Understanding) -> bool:
    """A time the question sets the thing against: a day, a span, a meeting or a word of time."""
    return any(e.kind in ("period", "month") for e in u.entities) or any(
        w.folded in _TIME_WORDS or w.lemma in _TIME_WORDS or w.folded in _SITTINGS for w in u.words)


def _thing(u: Understanding) -> list[Word]:
    """The words naming the thing due: the content words, without verbs of handing in, of time or of sitting."""
    verbs = deadline_verbs()
    out = []
    folded = [w.folded for w in u.words]
    # « avant les fêtes », « d'ici la fin du mois »: set against a time; « la fête de fin d'année » is the thing itself.
    timed = {folded[i] for i in range(len(folded)) if folded[i] in _FEASTS and _RELATIONS & set(folded[max(0, i - 3):i])}
    for w in content_words(u.words):
        if w.folded in timed:
            continue
        if w.folded in verbs or w.lemma in verbs or w.folded in _TIME_WORDS or w.lemma in _TIME_WORDS or w.folded in _HOW:
            continue
        if w.folded in _SITTINGS or w.lemma in _SITTINGS or w.folded.isdigit() or w.folded in CARDINAL_WORDS:
            continue  # « il nous reste deux semaines » counts the time, it names nothing
        out.append(w)
    return out


def one_deadline(thing: list[Word], deadlines: Sequence[str], held: float = _HELD) -> list[float] | None:
    """The scores of `thing` on `deadlines` when one deadline holds (nearly) all its words, clearly first; else None.
    Two deadlines holding them through related words are told apart by the words as said (« l'appel à projets »
    beside « l'appel à candidatures »)."""
    if not deadlines or max(topic_scores(thing, list(deadlines), loose=False)) == 0.0:
        return None  # not a word as said: « on mange ou après ? » reaches « aide alimentaire » by a family only
    for loose in (True, False):
        scores = topic_scores(thing, list(deadlines), loose=loose)
        if scores and max(scores) >= held and leads(scores):
            return scores
    return None


def timed_deadline(ctx: Context, u: Understanding, world: World,
                   answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The dates answer for the one deadline `u`, read as nothing, checks against a time; else None."""
    if u.intent is not None or not u.topic or "?" not in u.text:
        return None
    if any(e.kind not in _BESIDE and not (e.kind == "place" and all(
            u.words[j].folded in _SITTINGS or u.words[j].lemma in _SITTINGS for j in range(e.start, e.end)))
           for e in u.entities):
        return None  # a person, a role, a meeting's town: something else is asked about
    if any(w.folded in _NOT_WHEN for w in u.words[:1]) or any(w.lemma in DECIDED_VERBS for w in u.words):
        return None
    if any(w.folded in _NOT_DAY for w in u.words):
        return None  # « le fonds de Noël c'est combien au total ? » asks a sum, not a day
    if _sitting_asked(u):
        return None  # « la réunion sur le réseau de chaleur c'est quand ? » asks for the sitting
    if not _anchored(u):
        return None
    days = [e.extra["period"] for e in u.entities if e.kind == "period"
            and (e.extra["period"].end - e.extra["period"].start).days == 1]
    if any(d.start <= m.start.date() < d.end for d in days for m in world.meetings) and not any(
            w.folded in _RELATIONS for w in u.words):
        # « on parle du rapport annuel jeudi 10 ? »: the meeting that day is what the day designates (but « avant le
        # comité du 10 » sets the thing against it)
        return None
    deadlines = world.records.get("dates_period", ())
    thing = _thing(u) + [w for e in u.entities if e.kind == "org" for w in u.words[e.start:e.end]
                         if w.folded not in _SITTINGS]
    if not deadlines or not thing:
        return None
    if (scores := one_deadline(thing, deadlines)) is None:
        # « les porteurs peuvent encore déposer … pour le tourisme durable ? »: who hands it in is no word of the
        # thing; the words after the verb of handing in name it.
        thing = _after_verb(u, thing)
        if len(thing) < 2 or (scores := one_deadline(thing, deadlines)) is None:
            return None
    decisions = world.records.get("decisions_topic", ())
    if decisions and (best := max(decided := topic_scores(thing, list(decisions)))) >= max(scores) and (
            best > max(scores) or (asks_day(u) or not _hands_in(u) and not _handed(decisions[decided.index(best)]))
            and is_dated(decisions[decided.index(best)])):
        # The decision holds more, or dates it as well for a plain « quand » or for an event that takes place
        # (« la fête de fin d'année c'est un samedi ? »), not handed in (dated_decision.py, event_date.py).
        return None
    chosen = deadlines[scores.index(max(scores))]
    if _of_other_month(ctx, u, chosen, thing):
        return None
    if names_minutes(u.text) and not names_minutes(chosen):
        return None  # « le compte rendu de novembre a été envoyé ? »: the minutes are the thing, no deadline's (« rendu »)
    return deadline_shown(ctx, u, thing, chosen, answer, [])


def _of_other_month(ctx: Context, u: Understanding, deadline: str, thing: list[Word]) -> bool:
    """« le bilan de juin c'est quand ? »: a month said with « de » after the thing names which one (« en janvier »,
    « le 23 » are checked against the deadline's day instead); a deadline due in another month is not it when a
    meeting of that month has the thing on its agenda (the January « Bilan des ateliers » was given for June's
    « Bilan de l'année »). Without such a meeting the month may be the thing's own (« le planning de février »
    of a « Planning des vacances » due in January)."""
    named = {e.extra["month"] for e in u.entities
             if e.kind == "month" and e.start > 0 and u.words[e.start - 1].folded in ("de", "d")}
    if not named or any(d.due.month in named for d in ctx.data.deadlines() if d.text == deadline):
        return False
    points = [item.text for m in ctx.data.meetings() if m.start.month in named for item in m.agenda]
    return bool(points) and max(topic_scores(thing, points)) >= 1.0


def handed_in(u: Understanding) -> bool:
    """« on a le temps d'envoyer le rapport à la Région après le comité du 10 ? »: a verb of handing in set against a
    time (« avant », « après », « le temps »), which a meeting's agenda point read first does not answer."""
    return any(w.folded in _HANDING or w.lemma in _HANDING for w in u.words) and any(
        w.folded in _RELATIONS or w.folded == "temps" for w in u.words)


# What a body waits for (folded): « la Région attend quoi de nous ? ».
_WAITED = frozenset({"attend", "attendent", "attendre", "veut", "veulent"})  # not « on a demandé quoi au SPW ? »
_ASKED = frozenset({"quoi", "koi", "quand", "qd"})


def due_to_body(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« on doit envoyer quoi à la Région ? », « la Région attend quoi de nous et pour quand ? »: what is due to a body,
    asked with nothing else named, is the deadlines that name it (answered by `answer`, dates_period); else None."""
    if u.intent is not None or not any(w.folded in _ASKED for w in u.words):
        return None
    orgs = [e for e in u.entities if e.kind == "org"]
    if len(orgs) != 1 or any(e.kind not in ("org", "period", "month") for e in u.entities):
        return None
    if not any(w.folded in _HANDING or w.lemma in _HANDING or w.folded in _WAITED for w in u.words):
        return None
    body = {u.words[j].folded for e in orgs for j in range(e.start, e.end)}
    if [w for w in _thing(u) if w.folded not in _WAITED and w.folded not in body and w.folded not in ("nous", "on")]:
        return None  # a thing named beside the body: timed_deadline.py, or something else
    # Some deadline names the body, as typed or by its name's head (« les allocs » is the CAF, which no deadline may
    # name: then the question asks something else, a decision of the CAF's, not every date to come).
    named = [w for w in content_words(u.words[orgs[0].start:orgs[0].end])] + (
        words(head, shorthand=False) if (head := head_word(orgs[0].label)) else [])
    texts = [d.text for d in ctx.data.deadlines() if not d.cancelled]
    if not texts or not any(max(topic_scores([w], texts)) >= 1.0 for w in named):
        return None
    asked = (u.topic, u.intent, u.readings)
    u.topic, u.intent, u.readings = [], "dates_period", []
    outcome = answer(ctx, u)
    if outcome.confident and "Échéance" in outcome.reply.plain():
        return outcome
    u.topic, u.intent, u.readings = asked
    return None


# « la prochaine », « la suivante », « celle d'après »: the one that follows.
_NEXT = (NEXT | FOLLOWING) & SINGULAR
_DEADLINE_NOUNS = frozenset({"echeance", "echeances", "date", "dates", "limite", "butoir", "deadline", "delai"})
# How far ahead the deadlines after one are listed (the dates' answer reaches 400 days).
_AHEAD = timedelta(days=400)


def deadline_after(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« c'est quoi la prochaine date limite après le FSE ? »: the deadlines after the one whose words follow « après »,
    answered by `answer` (dates_period) over the days after it; else None."""
    folded = [w.folded for w in u.words]
    if "apres" not in folded or not _NEXT & set(folded) or not _DEADLINE_NOUNS & set(folded):
        return None
    if any(e.kind not in ("org",) for e in u.entities):
        return None
    after = folded.index("apres")
    thing = [w for w in content_words(u.words[after + 1:]) if w.folded not in _TIME_WORDS and w.folded not in _DEADLINE_NOUNS]
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled]
    if not thing or (scores := one_deadline(thing, [d.text for d in deadlines], held=1.0)) is None:
        return None
    day = deadlines[scores.index(max(scores))].day
    label = f"après le {day:%d/%m/%Y}"
    return dates_over_span(ctx, u, Period(day + timedelta(days=1), ctx.now.date() + _AHEAD, label, after, after + 1),
                           answer)


def dates_over_span(ctx: Context, u: Understanding, span: Period,
                    answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """What falls in `span` (a period the question sets, at its words), answered by `answer`
    (dates_period) as if the question had named that period alone; `u` left as it was when no answer is sure."""
    asked = (u.entities, u.topic, u.intent, u.readings)
    u.entities = [Entity("period", span.start_word, span.end_word, span.label, (), {"period": span})]
    u.topic, u.intent, u.readings = [], "dates_period", []
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.entities, u.topic, u.intent, u.readings = asked
    return None


def asks_day(u: Understanding) -> bool:
    """« quand », « avant quelle date », « jusqu'à quand »: the question asks for a day."""
    folded = [w.folded for w in u.words]
    return any(w in ("quand", "qd") for w in folded) or any(
        a in ("quel", "quelle") and b in ("date", "jour") for a, b in zip(folded, folded[1:], strict=False))


_POSSESSIVES = frozenset({"ma", "mon", "mes"})


def possessive_in_name(u: Understanding, texts: Sequence[str]) -> bool:
    """« … sur ma démarche fse avant quelle date ? »: a possessive and the word after it are words of a record's name
    (« Dépôt du dossier … sur Ma démarche FSE »), not the asker's own work."""
    folded = [w.folded for w in u.words]
    names = [" " + " ".join(fold(t).replace("'", " ").split()) + " " for t in texts]
    return any(a in _POSSESSIVES and any(f" {a} {b} " in name for name in names) for a, b in zip(folded, folded[1:], strict=False))
