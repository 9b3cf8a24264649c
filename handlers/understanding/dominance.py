"""A decision question answered by the one decision that clearly fits.

« qu'a-t-on décidé pour les associations qui occupent les salles ? »
(the decision: « Un guide des éco-gestes est remis aux associations qui
utilisent les salles communales »): a question plainly about decisions,
worded unlike the intent examples or with a word the answer does not show
(« occupent » for « utilisent »), used to end in « je ne suis pas sûr ».
When the question's own words (by lemma, synonym and family, topics.py)
find one decision clearly better than every other — most of the words in
it, and a clear lead over the next — that decision is what is asked, and
the answer shows it. When two decisions come close, nothing is said with
confidence: the member is offered readings as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.body_kinds import body_family
from handlers.understanding.initials import shown_by_head
from handlers.understanding.named_years import named_years, whole_year
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.order_words import next_meeting_pronoun, order_phrase, ordering_formation
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.work_done import task_done_asked
from handlers.understanding.world import plain

__all__ = ["sure_as", "LEAD", "LEAST", "as_decision", "dominant_decision", "first_of", "leads", "shows_bodies",
           "typed_decided"]

# The best decision holds at least this share of the question's words …
LEAST = 0.6
# … and this much more than the next one.
LEAD = 0.3
# Words that ask about a decision: the verbs (as lemmatised, lexicon.toml [lemmas]) and the noun.
_DECIDED = frozenset({"decider", "decision", "decisions", "valider", "acter", "trancher", "arreter", "adopter", "voter",
                      "convenir", "choisir", "choix", "financer", "finance", "financee", "finances", "financement",
                      "payer", "paie",
                      # « on avait fixé quoi pour le plan hiver ? »: what was set, decided.
                      "fixer"})
_READINGS = frozenset({"decisions_topic", "decisions_recent", "decision_number"})
_TASKS = frozenset({"action", "actions", "tache", "taches"})
_MONEY = frozenset({"argent", "francs", "franc", "fr", "chf", "euros", "euro", "sous", "budget", "fric", "thunes"})


def leads(scores: Sequence[float]) -> bool:
    """One score clearly above all the others."""
    ranked = sorted(scores, reverse=True)
    if not ranked:
        return False
    second = ranked[1] if len(ranked) > 1 else 0.0
    return ranked[0] >= LEAST and ranked[0] - second >= LEAD


# A word found only through a family or a synonym counts this much of a word said, when decisions tie.
_REACHED = 0.6
# A town hall's own services are « municipaux » or « communaux » in a record (« signalés par la mairie » of « signalés
# par les services municipaux », the lead's set 84): the commune's adjective shows it.
_OF_THE_COMMUNE = re.compile(r"\b(?:municipa(?:l|le|les|ux)|communa(?:l|le|les|ux))\b")


def first_of(topic: Sequence[Word], texts: Sequence[str]) -> int | None:
    """The index of the text `topic` finds clearly first (leads), else, between texts found as well, of the one that
    says the question's own words where the others are only reached through a family (« la mise à l'abri » says
    « Les familles … sont mises à l'abri », and reaches « … acceptés à la halte de nuit »); else None."""
    scores = topic_scores(topic, texts)
    if leads(scores):
        return scores.index(max(scores))
    own = topic_scores(topic, texts, loose=False)
    sharp = [o + _REACHED * (s - o) for s, o in zip(scores, own, strict=True)]
    best = sharp.index(max(sharp)) if sharp else 0
    return best if scores and max(scores) >= LEAST and leads(sharp) and scores[best] == max(scores) else None


def _said(u: Understanding) -> bool:
    """« on avait dit quoi pour … ? », « qu'est-ce qu'on a dit pour … ? »: what the group said, it decided."""
    folded = [w.folded for w in u.words]
    return any(folded[i] == "on" and folded[i + 1] in ("a", "avait") and folded[i + 2] == "dit"
               for i in range(len(folded) - 2))


def _asks_decision(u: Understanding) -> bool:
    """A question (mark or question word) with a word of deciding (« c'est financé ? » asks whether it was),
    among whose three closest readings is one about decisions."""
    lex = lexicon()
    asked = "?" in u.text or any(w.folded in lex.question_words for w in u.words)
    decided = any(w.lemma in _DECIDED or w.folded in _DECIDED or w.lemma in lex.decision_words for w in u.words) or _said(u)
    read = any(name in _READINGS for name, _ in u.ranking[:3])
    # « qui choisit les jeunes … ? » asks for a person, « on en est où des actions décidées ? » for tasks:
    # a decision is then no answer, however well its words fit.
    other = any(w.folded == "qui" for w in u.words[:3]) or any(w.folded in _TASKS for w in u.words)
    # « Existe-t-il une permanence juridique pour les litiges … ? »: whether the group set the thing up, asked
    # formally, which a decision says however far its reading ranks (the words must still find it first).
    exists = asked and any(w.lemma == "exister" or w.folded in ("existe", "existent") for w in u.words)
    return asked and (decided and read or exists) and not other


def _counted_in(thing: str, texts: Sequence[str]) -> bool:
    """« combien de visites … ? » when a decision counts them (« … fixé à 400 visites à domicile »): the number
    the group set is asked, not a head count."""
    return len(thing) > 3 and any(re.search(rf"\b\d[\d  ]*\s+{re.escape(thing)}\b", fold(t)) for t in texts)


def _counted_things(u: Understanding) -> list[str]:
    """The things counted by « combien de … » in `u` (« visites »)."""
    folded = [w.folded for w in u.words]
    return [c for a, b, c in zip(folded, folded[1:], folded[2:]) if a == "combien" and b in ("de", "d") and c not in _MONEY]


def _asks_amount(u: Understanding, texts: Sequence[str]) -> bool:
    """« combien on demande au Canton pour les transports ? », « c'est combien le budget de la permanence ? »:
    an amount asked, which the group's decisions hold (« un soutien de 45 000 francs »), when one does."""
    folded = [w.folded for w in u.words]
    # « combien de communes viennent ? » counts people or things; « combien d'argent », « combien de francs » do not.
    counted = any(a == "combien" and b in ("de", "d") and c not in _MONEY and not _counted_in(c, texts)
                  for a, b, c in zip(folded, folded[1:], folded[2:]))
    return "combien" in folded and not counted and any(ch.isdigit() for text in texts for ch in text) and not (
        any(w.folded == "qui" for w in u.words[:3]) or any(w.folded in _TASKS for w in u.words))


def shows_bodies(u: Understanding, reply: str) -> bool:
    """The decision shown names each body the question names (by a word of it, or its head: initials.py)."""
    stop = lexicon().stopwords
    for entity in (e for e in u.entities if e.kind == "org"):
        named = [w.folded for w in u.words[entity.start:entity.end] if w.folded not in stop and len(w.folded) >= 3]
        if named and not any(w in fold(reply) for w in named) and not shown_by_head(entity.label, named, plain(reply)) and not (
                body_family(entity.label) == "commune" and _OF_THE_COMMUNE.search(fold(reply))):
            return False
    return True


def _shows_what_is_named(u: Understanding, reply: str) -> bool:
    """The decision shown names the bodies and people the question names, and the question names no day:
    « la Région a voté son budget hier ? » is news of another body's vote, not the group's decision on a budget."""
    shown = fold(reply)
    for entity in u.entities:
        if (year := whole_year(entity)) is not None and str(year) in shown:
            continue  # « le budget de l'an prochain » shown as « Budget 2027 »: a year, no day of news
        if entity.kind in ("period", "month", "person", "number"):
            return False
    # A body named by its initials may be shown by its name (« l'E2C »: « l'école de la deuxième chance »).
    return shows_bodies(u, reply)


def dominant_decision(ctx: Context, u: Understanding, texts: Sequence[str],
                      answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer, when `u` asks about decisions and its words find one of `texts` clearly
    first; else None and `u` as it was."""
    amount = bool(texts) and _asks_amount(u, texts)
    if not texts or not (_asks_decision(u) or amount):
        return None
    # The topic the understanding read (no frame words such as « dit »), else the message's meaningful words.
    # « les radiateurs, c'est financé ? »: the word asking whether it was decided (or funded) is no topic —
    # it would find every decision to fund something.
    # « les décisions du premier copil ? »: the order word picks the sitting, it names nothing decided (order_words.py).
    ordering = {id(u.words[i]) for i in ordering_formation(u.words, u.entities)}

    def kept_words(found: Sequence[Word]) -> list[Word]:
        # « on avait dit quoi » asks, it names nothing.
        return [w for w in found if w.lemma not in _DECIDED and w.folded not in _DECIDED and not (w.folded == "dit" and _said(u))
                and id(w) not in ordering]

    topic = kept_words(list(u.topic) or content_words(u.words)) + named_years(u)  # « de l'an prochain »: named_years.py
    scores = topic_scores(topic, texts) if topic else []
    # « combien de visites … ? »: among the decisions that count the thing asked, the one its words find first.
    pool = [t for t in texts if any(_counted_in(c, [t]) for c in _counted_things(u))] or texts
    if u.topic and first_of(topic, pool) is None:
        # « l'envoi des procès-verbaux, qu'est-ce qu'on avait dit ? »: the unknown word alone (« envoi ») is half
        # the decision; with the words the examples also use (« procès-verbaux ») it is the decision.
        topic = kept_words(content_words(u.words))
        scores = topic_scores(topic, texts) if topic else []
    if not topic or first_of(topic, pool) is None:
        return None
    if amount and not _asks_decision(u) and not any(ch.isdigit() for ch in texts[scores.index(max(scores))]):
        return None  # « combien » of a decision that names no amount: not what is asked
    return as_decision(ctx, u, topic, answer, lambda outcome: _shows_what_is_named(u, outcome.reply.plain()))


def as_decision(ctx: Context, u: Understanding, topic: Sequence[Word], answer: Callable[[Context, Understanding], Outcome],
                accept: Callable[[Outcome], bool] = lambda outcome: True) -> Outcome | None:
    """The decisions answer on `topic`, when it is sure (and `accept`able); else None and `u` as it was.
    « la prochaine c'est à la Maison de Ville ou au centre ? » asks the next meeting, and « la dernière fois »
    picks the last one: no decision is found by the words naming a meeting (order_words.py)."""
    if next_meeting_pronoun(u.words) or task_done_asked(ctx, u):
        return None  # (« la com com a fait le point sur le minibus ? »: a task done or not, work_done.py)
    picked = {id(u.words[i]) for i in order_phrase(u.words)}
    topic = [w for w in topic if id(w) not in picked]
    if not topic:
        return None
    kept = (u.intent, u.topic, u.readings)
    u.intent, u.topic, u.readings = "decisions_topic", list(topic), []
    outcome = answer(ctx, u)
    if outcome.confident and accept(outcome):
        return outcome
    u.intent, u.topic, u.readings = kept
    return None


def sure_as(ctx: Context, u: Understanding, intent: str, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """`u` read as `intent` and answered by `answer`, when that answer is sure; else None and `u` as it was."""
    kept = (u.intent, u.readings)
    u.intent, u.readings = intent, []
    found = answer(ctx, u)
    if found.confident:
        return found
    u.intent, u.readings = kept
    return None


# The calendar's words a typed word derived from them may have been read as (« échéancier » as « échéances »); a
# sitting's noun read from « comité » or « atelier », or « date limite » read as a deadline, is no misread of this kind.
_CALENDAR_READ = frozenset({"echeance", "echeances", "date", "dates", "delai", "delais", "calendrier", "deadline"})


def typed_decided(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome],
                  shown: str) -> Outcome | None:
    """« échéancier eau », answered with the calendar (`shown`): a word the lexicon read as another (« échéancier » as
    « échéances ») that the one decision the topic finds first writes as typed (« Eaux de Vienne accorde un
    échéancier de paiement sans frais … »), and the calendar shown does not: that decision's thing is asked, not the
    dates (set 45b); else None. (« les inscriptions à l'atelier citoyen, c'est jusqu'à quand ? » keeps the deadline
    « Clôture des inscriptions à l'atelier citoyen », which writes « atelier » too.)"""
    plain_shown = fold(shown).lower()
    typed = [w.typed for w in u.words if w.typed and len(w.typed) >= 5 and fold(w.typed).lower() != w.folded
             and w.lemma in _CALENDAR_READ and fold(w.typed).lower().startswith(w.lemma[:5])
             and not re.search(rf"\b{re.escape(fold(w.typed).lower())}\b", plain_shown)]
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    if not typed or not u.topic or not texts:
        return None
    said = [Word(raw=t, folded=fold(t).lower(), lemma=fold(t).lower(), known=True) for t in typed]
    topic = [*u.topic, *said]
    best = first_of(topic, texts)
    if best is None or not all(re.search(rf"\b{re.escape(w.folded)}\b", fold(texts[best]).lower()) for w in said):
        return None
    return as_decision(ctx, u, topic, answer)
