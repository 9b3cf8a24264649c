"""An exception put first, up to a comma: « à part l'atelier du 10, c'est
quoi les réunions prévues ? », « hormis les comptages, on a quoi à rendre
en décembre ? », « excepté les comptages, rien d'autre à rendre ce
mois-ci ? », « à part Thomas, qui vient le 10 ? ».

What the clause names is set aside, whatever it is — a meeting's day, a
deadline's words, a member — and the question after the comma is asked of
the rest. excepted.py sets aside a body or a member only when another is
named; read as any other words, the clause's day or topic became what was
asked (the meeting of the 10th, the counts' deadline), and « à part Thomas,
qui vient le 10 ? » answered with Thomas's own announcement, the opposite
of the question (set 30c). The question after the comma is answered whole:
the list it shows may still hold what was set aside, never that alone.

Only a clause opening the message (after a greeting at most), with words
after its comma; not « sauf erreur » nor « sauf si » (a hedge, a
condition). After such a clause, « d'autre » (« rien d'autre », « quoi d'autre », « qui d'autre ») is the rest the
question asks of, no topic: it is set aside with the clause."""

from __future__ import annotations

from handlers.understanding.clauses import word_positions
from handlers.understanding.normalise import Word
from handlers.understanding.shape import opening
from handlers.understanding.spans import Entity

__all__ = ["excepted_clause"]

_MARKERS: tuple[tuple[str, ...], ...] = (("a", "part"), ("hormis",), ("excepte",), ("exceptee",), ("en", "dehors"),
                                         ("sauf",))
_NOT_AFTER_SAUF = frozenset({"erreur", "si", "s", "avis", "contrordre", "imprevu"})
_OTHER = frozenset({"autre", "autres"})
# Words the question after the comma needs at least.
_REST = 2


def excepted_clause(text: str, found: list[Word], entities: list[Entity]) -> tuple[list[Entity], set[int]]:
    """(the entities outside the exception clause opening the message, the clause's word indices);
    `entities` and no index when there is none."""
    folded = [w.folded for w in found]
    # « à » alone may read as a greeting's (« à tous »): the marker is looked for first at the very start.
    start, marker = next(((at, m) for at in dict.fromkeys((0, opening(found))) for m in _MARKERS
                          if tuple(folded[at:at + len(m)]) == m), (0, None))
    if marker is None or marker == ("sauf",) and folded[start + 1:start + 2] and folded[start + 1] in _NOT_AFTER_SAUF:
        return entities, set()
    places = word_positions(text, found)
    comma = text.find(",", places[start] if start < len(places) else 0)
    if comma < 0:
        return entities, set()
    clause = {i for i in range(start, len(found)) if places[i] < comma}
    if len(found) - start - len(clause) < _REST:
        return entities, set()
    # « …, rien d'autre à rendre ? »: « autre(s) » right after « d' » / « de », past the clause.
    clause |= {i for i in range(max(clause, default=start) + 1, len(found))
               if folded[i] in _OTHER and i > 0 and folded[i - 1] in ("d", "de")}
    return [e for e in entities if not all(i in clause for i in range(e.start, e.end))], clause
