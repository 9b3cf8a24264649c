"""An age asked of the group's decisions: « quelqu'un de 63 ans on le prend ? »,
« les ados de 17 ans peuvent venir ? », « on fait quoi des moins de 25 ans ? »
(the decisions: « … accompagne les demandeurs d'emploi âgés de 26 à 64 ans »,
« Les jeunes de 16 à 25 ans sont orientés vers la Mission locale … »).

Such questions name a number and hardly any word of the decision (« ans »
and a verb), so the topic finds the decisions on ages tied, and ended in
« je ne suis pas sûr ». A decision that sets an age range is the rule the
question checks the age against: as a last resort, once no reading was sure,
the one decision whose range holds the age asked (or overlaps the span asked,
« les moins de 25 ans ») answers, when it is the only one and the question's
other words lead no other decision. The decision's own words are the topic
searched, so that it is the one shown."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.decision_lead import asks_people
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["age_ranges", "asked_ages", "decision_by_age"]

_OLDEST = 130
# How far the rule chosen among several holding the age leads the next, by the question's other words.
_AGE_LEAD = 0.25
# Words of every question on ages, that tell no rule apart.
_AGE_WORDS = frozenset({"ans", "an", "age", "ages", "limite", "minimum", "maximum", "mini", "maxi", "max", "min", "jusqu",
                        "partir"})
_N = r"(\d{1,3})"
# Ranges a record states: « de 16 à 25 ans », « entre 18 et 30 ans », « 16-25 ans », « moins de 26 ans »,
# « plus de 60 ans », « à partir de 55 ans », « dès 16 ans », « jusqu'à 25 ans ».
_SPAN = re.compile(rf"\b(?:de|entre|des)\s+{_N}\s+(?:a|et)\s+{_N}\s*ans\b|\b{_N}\s*(?:-|/|a)\s*{_N}\s*ans\b")
_BELOW = re.compile(rf"\b(?:moins\s+de|sous|en\s+dessous\s+de|jusqu\s*a|jusqu'a)\s+{_N}\s*ans\b")
_ABOVE = re.compile(rf"\b(?:plus\s+de|au\s+moins|a\s+partir\s+de|des|au-dela\s+de|au\s+dela\s+de)\s+{_N}\s*ans\b")
_ONE = re.compile(rf"\b{_N}\s*ans\b")
# Ages written in words, as minutes and members write them (« jusqu'à six ans », « ma nièce a quinze ans »).
_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
          "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_SPELLED = {**{w: n for n, w in enumerate(_UNITS, 1)}, "vingt": 20, "trente": 30, "vingt et un": 21, "trente et un": 31,
            **{f"vingt-{w}": 20 + n for n, w in enumerate(_UNITS[1:9], 2)},
            **{f"trente-{w}": 30 + n for n, w in enumerate(_UNITS[1:9], 2)}}
_SPELLED_AGE = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _SPELLED), key=len, reverse=True))
                          + r")(?=\s+ans\b)")
# An age asked for, not given: « quel âge », « à partir de quel âge », « l'âge limite / minimum / maximum ».
_AGE_ASKED = re.compile(r"\bquel\s+age\b|\bage\s+(?:limite|minimum|maximum|mini|maxi|max|min|requis|plancher)\b"
                        r"|\b(?:limite|minimum|maximum|plafond)\s+d\s*age\b")
# « jusqu'à leurs trois ans », « dès ses 16 ans »: the child's or person's own age, read as the plain age.
_THEIR = re.compile(r"\b(?:leurs?|ses|son|sa)\s+(?=\d{1,3}\s*ans\b)")


def _ages_folded(text: str) -> str:
    """`text` folded, its ages in digits (« six ans » -> « 6 ans », « dix-sept ans » -> « 17 ans »)."""
    folded = _SPELLED_AGE.sub(lambda m: str(_SPELLED[m.group(1).replace("  ", " ")]), fold(text).replace("–", "-"))
    return _THEIR.sub("", folded)


def age_ranges(text: str) -> list[tuple[int, int]]:
    """The age ranges `text` states, as (youngest, oldest), bounds included."""
    folded = _ages_folded(text)
    found: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in _SPAN.finditer(folded):
        low, high = (int(g) for g in m.groups() if g is not None)
        found.append((min(low, high), max(low, high)))
        taken.append(m.span())
    for pattern, below in ((_BELOW, True), (_ABOVE, False)):
        for m in pattern.finditer(folded):
            if any(s <= m.start() < e for s, e in taken):
                continue
            n = int(m.group(1))
            below_limit = n if "jusqu" in m.group(0) else n - 1
            found.append((0, below_limit) if below else (n + (1 if "plus" in m.group(0) or "dela" in m.group(0) else 0), _OLDEST))
            taken.append(m.span())
    return found


def asked_ages(text: str) -> list[tuple[int, int]]:
    """The ages or spans of age a question names: « 63 ans » is (63, 63), « les moins de 25 ans » (0, 24)."""
    ranges = age_ranges(text)
    if ranges:
        return ranges
    return [(int(m.group(1)), int(m.group(1))) for m in _ONE.finditer(_ages_folded(text)) if int(m.group(1)) < _OLDEST]


def decision_by_age(ctx: Context, u: Understanding, texts: Sequence[str],
                    answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer for the one decision whose age range holds the age `u` asks, else None."""
    folded = [w.folded for w in u.words]
    asked = "?" in u.text or any(w in lexicon().question_words for w in folded)
    if not texts or not asked or any(e.kind == "person" for e in u.entities) or asks_people(folded):
        return None
    ages = asked_ages(u.text)
    asked_for = not ages and bool(_AGE_ASKED.search(fold(u.text)))
    if asked_for:
        # « jusqu'à quel âge les enfants peuvent rester ? », « l'âge minimum pour le PLIE ? »: every rule on ages
        # may say it; the question's other words choose among them.
        ages = [(0, _OLDEST)]
    if len(ages) != 1:
        return None
    low, high = ages[0]
    holding = [k for k, t in enumerate(texts) if any(a <= high and low <= b for a, b in age_ranges(t))]
    # The question's other words must not lead another decision (« la piscine est gratuite pour les 10 ans ? »).
    topic = [w for w in content_words(u.words) if not w.folded.isdigit() and w.folded not in _SPELLED
             and w.folded not in _AGE_WORDS]
    scores = topic_scores(topic, texts) if topic else [0.0] * len(texts)
    if not holding and not asked_for:
        # « un jeune de 27 ans peut faire le stage ? » of « … doivent avoir entre 16 et 25 ans »: no rule holds the
        # age; the one rule on ages the question's other words clearly lead says it is out (set 43a).
        holding = _led_range(texts, scores)
    if len(holding) > 1:
        # « un enfant handicapé de 4 ans … ? » beside « les parents de moins de 26 ans … »: of the rules holding the
        # age, the one the question's other words lead clearly (« enfants », « handicap »), by the words themselves
        # when their families tie (« enfants » says « Les enfants … » and only reaches « petite enfance »), else none.
        for weigh in (scores, topic_scores(topic, texts, loose=False) if topic else scores):
            held = sorted((weigh[k] for k in holding), reverse=True)
            if held[0] > 0.0 and held[0] - held[1] >= _AGE_LEAD:
                holding = [max(holding, key=lambda k: weigh[k])]
                break
        else:
            return None
    if len(holding) != 1:
        return None
    chosen = holding[0]
    # An age asked for (« jusqu'à quel âge … ? ») is said by a rule on ages only, whatever else the words find.
    if scores and scores[chosen] < max(scores) and not asked_for:
        return None
    # The topic shown and searched: the chosen decision's first words that no other decision says, so
    # that it comes first (« quelqu'un de 63 ans » has no word of its own to search by).
    others = [t for k, t in enumerate(texts) if k != chosen]
    own = [w for w in content_words(words(texts[chosen], shorthand=False))
           if not w.folded.isdigit() and w.folded != "ans" and (not others or max(topic_scores([w], others)) == 0.0)]
    return as_decision(ctx, u, own[:3] or topic, answer)


def _led_range(texts: Sequence[str], scores: Sequence[float]) -> list[int]:
    """The one decision stating an age range that the question's words lead, by `_AGE_LEAD` over every other
    decision stating one and found first of all; else none."""
    ranged = [k for k, t in enumerate(texts) if age_ranges(t)]
    if not ranged or not scores:
        return []
    best = max(ranged, key=lambda k: scores[k])
    if scores[best] <= 0.0 or scores[best] < max(scores) or any(
            scores[best] - scores[k] < _AGE_LEAD for k in ranged if k != best):
        return []
    return [best]
