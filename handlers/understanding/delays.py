"""« le compte rendu doit être diffusé en combien de jours ? », « on reçoit
le CR dans quel délai ? », « le PV est envoyé quand en principe ? »: a question of delay about the minutes asks the
rule the group set for them (« Le compte rendu est … diffusé sous huit
jours »), not for the minutes themselves. Read as a minutes request, it is
answered by the decision its words clearly find, else offered both
readings: the draft of the minutes would answer another question.

The same of any process the group ruled on, asked in no reading sure
(« Dans quel délai les demandes d'aide FSL énergie sont-elles traitées ? »
of « Les dossiers FSL énergie sont instruits en quinze jours au plus. »):
the rule that its words clearly find, not a task that shares a word.
Not when someone is asked for (« qui doit répondre dans quel délai ? »)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import LEAD, as_decision, leads
from handlers.understanding.meeting_rule import HABIT
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["asks_delay", "delay_asked", "delay_rule"]

# A span given in a record: « en quinze jours », « sous huit jours », « dans un délai d'un mois », or before an event
# (« au plus tard trois jours avant le comité »: « on doit les rendre combien de temps avant ? »).
# « dans les huit jours »: the article before the count (lead's set 64).
_SPAN = re.compile(r"\b(?:(?:en|sous|dans)\s+(?:un\s+delai\s+d(?:e|')?\s*)?(?:les\s+)?(?:\S+\s+)?(?:jours?|semaines?|mois|heures?)"
                   r"|\S+\s+(?:jours?|semaines?|mois)\s+avant"
                   # « le délai de réponse aux réclamations est ramené à trente jours »: a delay set to a count (set 73).
                   r"|delai\b[^.]*?\ba\s+\S+\s+(?:jours?|semaines?|mois))\b")
# Among the decisions that give a span, the share of the question's words that finds one (two in five).
_TIMED_LEAST = 0.4
_SPANS = frozenset({"jours", "jour", "semaines", "semaine", "temps", "heures"})
# « combien de temps après la séance ? »: the side of the span, no topic (the lead's set 95).
_SPAN_LEADS = frozenset({"sous", "dans", "en", "apres"})
_SITTINGS = frozenset({"reunion", "seance", "reunions", "seances"})
_ASKING = frozenset({"combien", "delai", "delais", "quel", "quelle", "jours", "jour", "semaines", "semaine", "temps",
                     "doit", "doivent", "etre"})


def asks_delay(u: Understanding) -> bool:
    """« en combien de jours », « sous combien de temps », « dans quel délai »."""
    folded = [w.folded for w in u.words]
    if "quand" in folded and HABIT & set(folded):
        return True  # « le PV est envoyé quand en principe ? »: the rule, not this month's minutes
    if _after_any_sitting(folded):
        return True  # « le Protokoll vient quand après la réunion ? »: after any sitting, a delay (set 43a)
    # (« délai » is read « échéance » by the lexicon's synonyms: the word typed says it too.)
    typed = {fold(w.typed) for w in u.words if w.typed}
    return bool({"delai", "delais"} & (set(folded) | typed)) or any(
        a == "combien" and b in ("de", "d") and c in _SPANS for a, b, c in zip(folded, folded[1:], folded[2:])) or (
        _ahead_of_sitting(folded))


# « le diaporama on le reçoit quand avant la réunion ? »: « quand » put against a sitting asks how long before it,
# a span a decision gives (« … envoyé trois jours avant le comité », set 43c).
_SITTING_NOUNS = frozenset({"reunion", "seance", "comite", "copil", "cotech", "commission", "pleniere", "bureau"})


def _ahead_of_sitting(folded: list[str]) -> bool:
    return any(a == "quand" and b == "avant" and c in ("la", "le", "l") and d in _SITTING_NOUNS
               for a, b, c, d in zip(folded, folded[1:], folded[2:], folded[3:]))


def _leads_timed(scores: Sequence[float]) -> bool:
    """One span-giving decision holding two of the question's words in five, clearly above the others."""
    ranked = sorted(scores, reverse=True) + [0.0]
    return ranked[0] >= _TIMED_LEAST and ranked[0] - ranked[1] >= LEAD


def delay_asked(u: Understanding) -> bool:
    """A delay asked of a process, nobody asked for (« dans quel délai les demandes sont-elles traitées ? »)."""
    return asks_delay(u) and u.first("person") is None and not any(w.folded == "qui" for w in u.words)


def delay_rule(ctx: Context, u: Understanding, texts: Sequence[str],
               answer: Callable[[Context, Understanding], Outcome], spans_only: bool = False,
               rivals: Sequence[str] = ()) -> Outcome | None:
    """The decision setting the delay asked about, or None (the caller then offers readings); `spans_only`: only
    a decision that gives a span (a delay asked of any process, where a deadline may answer otherwise); `rivals`:
    the texts (deadlines) already found, which the decision must find the question's words better than."""
    # « sous combien de temps », « dans combien de jours »: the preposition is the delay's, no topic (set 64).
    topic = [w for w in content_words(u.words) if w.folded not in _ASKING | HABIT | _SPAN_LEADS]
    # A delay is said by the decisions that give a span (« instruits en quinze jours »): those first, so that
    # « les demandes d'aide FSL » finds the rule on instructing them, not the aid's ceiling that shares more words.
    timed = [t for t in texts if _SPAN.search(fold(t))]
    if timed and not (topic and _leads_timed(topic_scores(topic, timed))):
        # « délai dossier », « les dossiers, ils sont traités en combien de temps ? » (set 45b): a word the examples
        # use too (« dossier ») is what is handled, when a span-giving decision writes it.
        topic = [*topic, *_filler_nouns(u.words, topic)]
    if timed and topic and _leads_timed(scores := topic_scores(topic, timed)):
        if rivals and max(topic_scores(topic, rivals)) >= max(scores):
            return None  # « le délai pour le bilan des plaintes ? »: the deadline holds more of its words
        rule = timed[scores.index(max(scores))]
        held = [w for w in topic if topic_scores([w], [rule])[0] > 0]  # the words of the rule, not « traitées »
        if topic_scores(held, [rule])[0] < topic_scores(topic, [rule])[0]:
            # Words the rule holds only together (« procès verbal » of its « PV », the lead's set 95) stay.
            held = [w for w in topic if topic_scores([x for x in topic if x is not w], [rule])[0]
                    < topic_scores(topic, [rule])[0] or w in held]
        return as_decision(ctx, u, held, answer, lambda outcome: rule in outcome.reply.plain())
    if spans_only or not topic or not texts or not leads(topic_scores(topic, texts)):
        return None
    return as_decision(ctx, u, topic, answer)


def _filler_nouns(found: Sequence[Word], topic: Sequence[Word]) -> list[Word]:
    """The words of `found` that content_words set aside as the examples' own (« dossier », « plan »), save the
    asking and sitting words: a topic for a delay only."""
    lex = lexicon()
    return [w for w in found if w not in topic and len(w.folded) >= 5 and (w.folded in lex.stopwords or w.lemma in lex.stopwords)
            and w.folded not in lex.question_words | lex.function_words | _ASKING | HABIT | _SITTINGS
            and w.lemma not in lex.decision_words]


def _after_any_sitting(folded: Sequence[str]) -> bool:
    """« quand après la réunion » / « après chaque séance » closing the message: no sitting of a day, a delay."""
    for n in range(len(folded) - 3):
        if folded[n:n + 2] == ["quand", "apres"] and folded[n + 2] in ("la", "chaque", "une", "les") and (
                folded[n + 3] in _SITTINGS and n + 4 == len(folded)):
            return True
    return False
