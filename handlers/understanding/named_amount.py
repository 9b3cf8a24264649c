"""A record found by the amount the question writes: « les 15 000 € c'était
pour quoi déjà ? », « 1,5 k€ c'est le plafond de quoi ? », « la subvention
de 3 k€ ? », « c'est 48h ou 72h pour instruire une urgence ? ».

A sum asked by its thing and read as dates (« le budget du FAJ pour l'an
prochain ? ») is answered by the decision writing the sum (« … une
enveloppe 2027 du FAJ de 420 000 euros … ») that the topic finds as well as
the deadline of its vote: the year's dates were no answer.

The words of a question find the group's decisions and deadlines; its
figures did not: « 15 000 » was read as two numbers, « € » and « k€ » were
dropped, and « 1,5 k€ », « 15k », « 1.500 euros », « mille cinq cents
euros » never met the « 1 500 euros » a decision writes. A question left
unsure, or answered with a record that does not hold the sum it names
(« la subvention de 3 k€ ? » answered with the subvention of 15 000 euros),
is answered with the records that hold it: the decisions, else the
deadlines. A sum no record holds (« c'est bien 1000 € l'aide au permis ? »,
the decision says 800) changes nothing: the words' answer shows the right
figure. Amounts are compared with their unit — money, a percentage, hours —
so « 50 € » is not the « 50 % » of another decision.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.amounts import amounts_in, spoken_amounts
from handlers.understanding.chat import asks_time
from handlers.understanding.deadline_nouns import DEADLINE_WORDS
from handlers.understanding.normalise import lexicon
from handlers.understanding.topics import SHARE, topic_scores
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import deadline_line, decision_lines

__all__ = ["named_amount", "shows_amount_asked", "sum_asked"]


def _spoken(u: Understanding) -> frozenset[tuple[int, str]]:
    """« mille cinq cents euros »: amounts said in words, with the currency word after them."""
    said = " ".join(w.folded for w in spoken_amounts(u.words))
    return frozenset(a for a in amounts_in(said) if a[1] == "money")


def _holds(record: str, asked: frozenset[tuple[int, str]]) -> bool:
    """`record` writes one of the amounts `asked` (a bare sum asked matches a sum of money)."""
    held = amounts_in(record)
    return any((value, unit) in held or not unit and (value, "money") in held for value, unit in asked)


def _asked(u: Understanding) -> frozenset[tuple[int, str]]:
    return amounts_in(u.text) | _spoken(u)


def shows_amount_asked(u: Understanding, reply: str) -> bool:
    """The reply writes one of the amounts the question names, or the question names none."""
    asked = _asked(u)
    return not asked or _holds(reply, asked)


def _asks(u: Understanding) -> bool:
    return "?" in u.text or any(w.folded in lexicon().question_words for w in u.words)


def named_amount(ctx: Context, u: Understanding, topical: bool = False) -> Outcome | None:
    """The decisions (else the deadlines) holding an amount the question writes; None when it writes none, asks
    nothing, or no record holds it (`topical`: none that the topic finds too — a confident answer is only put
    aside for a record on the same thing: « combien on a mis sur le forum, 12 ou 15 000 ? » is not the 15 000 € of
    another decision)."""
    if not _asks(u) or not (asked := _asked(u)):
        return None
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled" and _holds(d.text, asked)]
    today = ctx.now.date()
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today and _holds(d.text, asked)]
    if topical:
        decisions, deadlines = _on_topic(u, decisions), _on_topic(u, deadlines)
    said = ", ".join(sorted({_said(value, unit) for value, unit in asked}))
    if decisions:
        u.intent, u.readings = "decisions_topic", []
        lines: list = [f"Décisions où figure {said} ({len(decisions)})"]
        for decision in decisions[:10]:
            lines.extend(decision_lines(decision, ctx.locale))
        return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in decisions[:10]))
    if deadlines:
        u.intent, u.readings = "dates_period", []
        return Outcome.sure(u, [f"Échéances où figure {said} ({len(deadlines)})",
                                *(deadline_line(d, ctx.now, ctx.locale) for d in deadlines)], said)
    return None


def _on_topic(u: Understanding, records: list) -> list:
    """The `records` that the question's topic finds."""
    words = [w for w in u.topic if not any(c.isdigit() for c in w.folded)]  # the sum itself says nothing of the thing
    if not records or not words:
        return []
    return [r for s, r in zip(topic_scores(words, [r.text for r in records]), records, strict=True) if s >= SHARE]


def _said(value: int, unit: str) -> str:
    """« 15 000 € », « 80 % », « 72 h »: an amount as the reply echoes it."""
    digits = f"{value:,}".replace(",", " ")
    return digits + {"money": " €", "%": " %", "h": " h", "": ""}[unit]


# « combien de temps », « combien de jours »: a span of time is asked, no sum.
_SPANS = frozenset({"temps", "jours", "semaines", "mois"})
# Words asking a sum: « combien », « le budget », « l'enveloppe », « le montant ».
_SUM_WORDS = frozenset({"combien", "cb", "budget", "enveloppe", "montant", "somme"})


def sum_asked(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions writing a sum (or a share) that the topic finds as well as any deadline, for a question read as
    dates that asks a sum and no time; else None."""
    if not u.topic or asks_time(u.words) or not any(w.folded in _SUM_WORDS for w in u.words) or any(
            w.lemma in DEADLINE_WORDS or w.folded in DEADLINE_WORDS or w.folded in _SPANS for w in u.words):
        return None  # « échéance budget ? », « il reste combien de temps pour déposer ? » ask the date
    if any(e.kind in ("period", "month") for e in u.entities):
        return None  # « le budget 2027 est voté le 31 mars, c'est bien ça ? » checks a day: the dates answer
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled" and amounts_in(d.text)]
    # Any deadline the topic finds as well (« Validation du budget 2027 ») keeps the dates' answer.
    today = ctx.now.date()
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today]
    decided = _best(u, decisions)
    due = _best(u, deadlines)
    if decided and (not due or decided[0] > due[0] or decided[0] == due[0] == 1.0):
        u.intent, u.readings = "decisions_topic", []
        lines: list = [f"Décisions sur « {u.topic_text} » ({len(decided[1])})"]
        for decision in decided[1]:
            lines.extend(decision_lines(decision, ctx.locale))
        return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in decided[1]))
    return None


def _best(u: Understanding, records: list) -> tuple[float, list] | None:
    """The best share of the topic among `records` and the records holding it (at least half the topic)."""
    if not records:
        return None
    scores = topic_scores(u.topic, [r.text for r in records])
    best = max(scores)
    return (best, [r for s, r in zip(scores, records, strict=True) if s == best][:10]) if best >= SHARE else None
