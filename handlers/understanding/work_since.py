"""The work done or late asked after a meeting, and nothing else: « qu'est-ce
qui a été fait depuis le comité de novembre ? », « les retards depuis la
dernière réunion ? », « qu'est-ce qui est bouclé ? », « quoi de terminé
depuis le copil ? ».

The meeting after « depuis » bounds the work asked; it is not the meeting
asked (the examples read « le comité de novembre » as that sitting, its
date and place). A participle of finished work (« fait », « bouclé »,
« terminé ») or a word of lateness (« retards », « en retard ») is the
status asked. The rule holds only when every other word is glue, a generic
noun of work or a meeting noun: « qu'est-ce qui a été fait pour les jeunes
depuis le comité ? » names a subject and stays with the other readings;
someone named (« Thierry a fini depuis le comité ? ») is a task of theirs.
Negated words are undone.py's."""

from __future__ import annotations

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import LAST, PREVIOUS, SINGULAR
from handlers.understanding.task_words import has
from handlers.understanding.undone import GLUE

__all__ = ["work_since"]

# Participles of finished work, as folded words (« fait », « bouclé », « terminé »): the status asked.
_DONE = frozenset({"fait", "faite", "faits", "faites", "fini", "finie", "finis", "finies", "termine", "terminee",
                   "termines", "terminees", "boucle", "bouclee", "bouclees", "boucles", "realise", "realisee",
                   "realises", "realisees", "acheve", "achevee", "acheves", "achevees"})
_LATE = frozenset({"retard", "retards"})
_BEFORE_PARTICIPLE = frozenset({"est", "ete", "sont", "de", "etait", "etaient"})
_NEGATION = frozenset({"pas", "jamais", "ne", "n"})
# Adverbs a participle may follow its auxiliary after (« est déjà fait », « a bien été terminé »).
_BETWEEN = frozenset({"deja", "bien", "enfin", "tout"})
# Words of a question that a listing of tasks answers (a bare « c'est fait ? » asks of something said before).
_ASKING = frozenset({"qu", "quoi", "quels", "quelles", "quel", "quelle", "les", "des"})


def _since_meeting(folded: list[str], named: set[int]) -> set[int]:
    """The words of a meeting after « depuis » (« depuis le comité de novembre », « depuis la dernière réunion »)."""
    for i, word in enumerate(folded):
        if word != "depuis":
            continue
        span = range(i + 1, min(i + 4, len(folded)))
        if any(folded[j] in SITTINGS or j in named for j in span):
            return {i, *range(i + 1, len(folded))}
    return set()


def work_since(u: Understanding) -> str | None:
    """The scope of tasks to list, "done" or "late", when the message asks for the work done or late, since a
    meeting or alone, and nothing else; else None."""
    if not u.words or u.intent == "chitchat" or any(e.kind in ("person", "org", "role", "number") for e in u.entities):
        return None
    if has(u.words, "task_nouns"):
        return None  # « des actions en retard depuis la réunion du 17 ? »: the tasks named, task_questions.py's
    folded = [w.folded for w in u.words]
    if "?" not in u.text or not set(folded) & _ASKING or set(folded) & _NEGATION:
        return None
    named = {i for e in u.entities if e.kind in ("place", "month", "period") for i in range(e.start, e.end)}
    since = _since_meeting(folded, named)
    # A participle after « est », « été », « sont » or « de » (« a été fait », « quoi de terminé »), not the verb
    # of « qui fait quoi ? », « quel temps fait-il ? ».
    # « qu'est-ce qui est déjà fait ? », « … a bien été terminé ? »: an adverb between them (set 37b).
    status = {i for i, w in enumerate(folded) if w in _DONE and i and (folded[i - 1] in _BEFORE_PARTICIPLE or (
        i > 1 and folded[i - 1] in _BETWEEN and folded[i - 2] in _BEFORE_PARTICIPLE))
              or w in _LATE and (since or w == "retards")}
    status |= {i - 1 for i in status if i > 1 and folded[i - 1] in _BETWEEN}
    if not status:
        return None
    rest = [w for i, w in enumerate(folded) if i not in since and i not in status and i not in u.framing]
    after = [w for i, w in enumerate(folded) if i in since and i not in named]
    if any(w not in GLUE for w in rest) or any(w not in GLUE and w not in SITTINGS and w not in _ORDER for w in after):
        return None
    return "done" if any(folded[i] in _DONE for i in status) else "late"


# Order words a meeting after « depuis » may carry (« depuis la dernière réunion »).
_ORDER = (LAST | PREVIOUS) & SINGULAR
