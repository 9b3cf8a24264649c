"""Whether a thing the decisions record has changed: « la date du forum a
changé ? », « ça a bougé, l'heure du forum ? », « le forum satellite a changé
de lieu ? », « on a changé d'avis sur les stands ? », « le forum était
reporté ? » (blind set 48c).

The member asks after the record's history without its words: the decision
says « Le forum est avancé au jeudi 28 janvier … au lieu du 4 février », or
was amended to « au plus 130 stands ». The verb of change and the facet
asked (« la date », « l'heure », « le lieu ») matched examples of the
deadlines or of the next sitting, and the question was left unsure. When
the question says a change, names no sitting, person or period, and the rest
of its words are all in a decision, the decisions on that thing answer: the
record as it stands now is what changed, or did not.

A thing checked as still so (« la navette, c'est toujours d'actualité ? »,
« le forum c'est toujours le 4 février ? », « il y a toujours un buffet ? »)
is answered the same way, but only when the question was left unsure:
« toujours » is in many questions the readings answer well. So is a thing
asked as there at all (« y a une navette depuis la gare ? »): whether the
group has it is what its decision says (set 48c)."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.hearsay import hearsay
from handlers.understanding.normalise import lexicon
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["changed_record", "still_recorded"]

# Words (folded or lemmas) that say a thing changed; the question checks whether it did.
_CHANGED = frozenset({
    "changer", "change", "changee", "changes", "changees", "bouger", "bouge", "bougee", "modifier", "modifie",
    "modifiee", "modifies", "modifiees", "reporter", "reporte", "reportee", "reportes", "reportees", "avancer",
    "avance", "avancee", "decaler", "decale", "decalee", "repousser", "repousse", "repoussee"})
# Words that check a thing is still as it was.
_STILL = frozenset({"toujours", "tjrs", "tjs", "encore", "maintenu", "maintenue", "maintenus", "maintenues", "actualite",
                    "valable", "valables", "finalement", "maintenant"})
# The facets of a thing whose change is asked (« la date du forum », « changé de lieu », « changé d'avis sur »):
# what is asked after, not what the decision is about.
_FACETS = frozenset({"date", "dates", "heure", "heures", "horaire", "horaires", "lieu", "lieux", "jour", "avis", "ca",
                     "vrai"})


# « y a », « il y a », « est-ce qu'il y a » (read « il y a » too): a thing asked as there at all.
_THERE = ("y", "a")
# The article of the thing after it (« y a une navette »), not « y a quelqu'un pour … » (someone sought, chat.py).
_THING_ARTICLES = frozenset({"un", "une", "des", "du"})


def _there_is(folded: list[str]) -> bool:
    """The question opens on « (il) y a » (after « est-ce qu' ») and a thing's article: whether it is there at all."""
    start = 3 if folded[:3] == ["est", "ce", "qu"] else 0
    start += folded[start:start + 1] == ["il"]
    return tuple(folded[start:start + 2]) == _THERE and folded[start + 2:start + 3] != [] and (
        folded[start + 2] in _THING_ARTICLES)


def still_recorded(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions on the thing an unsure question checks as still so, or as there (module docstring); else None."""
    said = {w.folded for w in u.words} | {w.lemma for w in u.words}
    if not said & _STILL and not _there_is([w.folded for w in u.words]):
        return None
    # (A day checked against the thing, « c'est toujours le 4 février ? », is the value asked about, no period.)
    return _on_thing(ctx, u, said, answer, ("period",))


def changed_record(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions on the thing whose change the question checks (module docstring); else None."""
    said = {w.folded for w in u.words} | {w.lemma for w in u.words}
    if not said & _CHANGED:
        return None
    return _on_thing(ctx, u, said, answer)


def _on_thing(ctx: Context, u: Understanding, said: set[str], answer: Callable[[Context, Understanding], Outcome],
              values: tuple[str, ...] = ()) -> Outcome | None:
    """The decisions on the thing the question names beside its check, when a decision holds all its words."""
    if "?" not in u.text or u.intent == "chitchat":
        return None
    folded = [w.folded for w in u.words]
    if any(w in ("qui", "ki") and (i == 0 or folded[i - 1] != "ce") for i, w in enumerate(folded)):
        return None  # « qui change les horaires des accueils ? » asks who acts; « qu'est-ce qui a changé ? » asks what
    if any(e.kind in ("person", "period", "month", "place") and e.kind not in values for e in u.entities) or (
            said & MEETING_NOUNS):
        return None  # « le comité de jeudi a bougé ? »: a sitting moved is the calendar's (changed_sitting.py)
    # (Heard news, « on m'a dit que le forum était reporté, c'est vrai ? », is all framing: its content words say it.)
    # (A preposition is no word of the thing: « la navette depuis la gare » of « … relie la gare … ».)
    # (The hearsay frame, « on m'a dit que », says where the news came from, no word of the thing: hearsay.py.)
    heard = hearsay(u.text, u.words)
    thing = [w for w in (u.topic or content_words([w for i, w in enumerate(u.words) if i not in heard]))
             if w.folded not in _CHANGED and w.lemma not in _CHANGED and w.folded not in _FACETS | _STILL
             and w.folded not in lexicon().prepositions]
    # A body named is part of the thing (« l'agence c'est toujours Bord de Loire ? »): the decision must name it too,
    # or « la visite de la centrale » would be any decision on a visit (lead's set 63).
    named = [w for e in u.entities if e.kind == "org" for w in content_words(u.words[e.start:e.end])]
    # A decision withdrawn still holds the thing checked (« le forum de l'emploi est-il maintenu le 4 février ? » of a
    # date withdrawn for another): the decisions as they stand, its withdrawal among them, answer whether it still is.
    decisions = [d.text for d in ctx.data.decisions()]
    if not thing or not decisions:
        return None
    bodies = topic_scores(named, decisions) if named else [1.0] * len(decisions)
    if not any(a >= 1.0 and b >= 1.0 for a, b in zip(topic_scores(thing, decisions), bodies, strict=True)):
        return None
    return as_decision(ctx, u, thing, answer)

