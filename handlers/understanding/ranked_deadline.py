"""One deadline picked by its rank among those to come: « la première
échéance », « la deuxième échéance, c'est quand ? », « la dernière date
limite de la liste », « l'avant-dernière échéance », within a period said
(« la première échéance de l'année prochaine », « la dernière échéance
avant Noël »).

The rank and the noun were read as a topic (« première ») or as the last
meeting (« dernière »), and the question was left unsure; the listing of
all the dates does not say which one is the second. The deadlines to come
(not cancelled; in the period said, if any; on the topic left, if any)
are counted from the first or from the last, and the one of that rank is
the answer. A count before the order word and a noun in the plural (« les
deux premières échéances », « les trois dernières dates limites ») asks
for that many from that end. « les trois prochaines échéances » asks for a
listing and is left to it; « la prochaine échéance » too, whose listing
opens with it.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.meetings_in_span import asked_span
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import LAST, SINGULAR, ranks_up_to
from handlers.understanding.topics import SHARE, topic_scores
from handlers.views import deadline_line

__all__ = ["ranked_deadline"]

# Singular nouns of a deadline, folded (« date limite » and « date butoir » by their second word).
_NOUNS = frozenset({"echeance", "limite", "butoir", "deadline"})
# Ranks counted from the first (lemmas and folded spellings; « 2e » is read « deuxième » by the shorthand).
_FROM_START = ranks_up_to(6) | {"1er": 1, "1ere": 1, "1re": 1}
_LAST = LAST & SINGULAR
# Words of the question that say the rank or the listing, no topic.
_RANK_WORDS = frozenset({*_FROM_START, *_LAST, "avant", "liste", "date", "limite", "butoir", "echeance", "deadline",
                         "calendrier", "agenda", "prevu", "prevue", "venir", "rendre", "rendu"})
_ORDINAL_NAMES = {1: "Première", 2: "Deuxième", 3: "Troisième", 4: "Quatrième", 5: "Cinquième", 6: "Sixième"}


_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_PLURALS = frozenset({"echeances", "limites", "butoirs", "deadlines"})


def _counted(u: Understanding) -> tuple[int, int] | None:
    """(count, +1 from the first or -1 from the last) of « les deux premières échéances », « les trois dernières
    dates limites »; None otherwise."""
    words = u.words
    for i, word in enumerate(words):
        if word.folded not in _PLURALS:
            continue
        head = i - 1 if word.folded in ("limites", "butoirs") and i > 0 and words[i - 1].folded == "dates" else i
        if head < 2 or (count := _COUNTS.get(words[head - 2].folded)) is None:
            continue
        order = words[head - 1].folded
        if order in ("premieres", "premiers"):
            return count, 1
        if order in ("dernieres", "derniers"):
            return count, -1
    return None


def _rank(u: Understanding) -> int | None:
    """The rank of the deadline asked: 1, 2… from the first, -1 for the last, -2 for the one before it; None
    without a singular deadline noun qualified by an order word just before it."""
    words = u.words
    for i, word in enumerate(words):
        if word.folded not in _NOUNS:
            continue
        head = i - 1 if word.folded in ("limite", "butoir") and i > 0 and words[i - 1].folded == "date" else i
        before = [w for w in words[max(0, head - 2):head]]
        for j, w in enumerate(before):
            if w.lemma in _LAST or w.folded in _LAST:
                earlier = words[max(0, head - 2 + j - 1):head - 2 + j] if head - 2 + j > 0 else []
                hyphened = w.folded.startswith("avantdernier") or any(e.folded == "avant" for e in earlier)
                return -2 if hyphened else -1
            if w.folded.startswith("avantdernier"):
                return -2
            if (rank := _FROM_START.get(w.lemma, _FROM_START.get(w.folded))) is not None:
                return rank
    return None


def ranked_deadline(ctx: Context, u: Understanding) -> Outcome | None:
    """The deadline of the rank asked (« la deuxième échéance ? »), or None when the question picks none so."""
    counted = _counted(u)
    if counted is None and any(w.folded in ("echeances", "delais", "limites", "butoirs", "deadlines") for w in u.words):
        return None
    if (rank := _rank(u) if counted is None else counted[1]) is None:
        return None
    today = ctx.now.date()
    pool = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today]
    span = asked_span(ctx, u)
    label = "à venir"
    if span is not None:
        start, end, label = span
        pool = [d for d in pool if start <= d.day < end]
    topic = [w for w in u.topic if w.folded not in _RANK_WORDS and w.lemma not in _RANK_WORDS]
    if topic:
        scores = topic_scores(topic, [d.text for d in pool]) if pool else []
        pool = [d for s, d in zip(scores, pool, strict=True) if s >= SHARE]
        if not pool:
            return None
    pool.sort(key=lambda d: d.due)
    u.intent, u.readings = "dates_period", []
    if counted is not None:
        count = counted[0]
        picked = pool[:count] if rank > 0 else pool[-count:]
        name = "premières" if rank > 0 else "dernières"
        return Outcome.sure(u, [f"Les {len(picked)} {name} échéances {label} :",
                                *(deadline_line(d, ctx.now, ctx.locale) for d in picked)], label)
    index = rank - 1 if rank > 0 else len(pool) + rank
    if not 0 <= index < len(pool):
        lines: list = [f"Il n'y a que {len(pool)} échéance{'s' if len(pool) > 1 else ''} {label} :" if pool
                       else f"Aucune échéance {label}."]
        return Outcome.sure(u, [*lines, *(deadline_line(d, ctx.now, ctx.locale) for d in pool)], label)
    name = {-1: "Dernière", -2: "Avant-dernière"}.get(rank) or _ORDINAL_NAMES.get(rank, f"{rank}e")
    return Outcome.sure(u, [f"{name} échéance {label} :", deadline_line(pool[index], ctx.now, ctx.locale)], label)
