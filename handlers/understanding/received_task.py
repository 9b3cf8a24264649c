"""« on a reçu le devis du bus ? », « le devis, on l'a ou pas ? »: whether a thing a task waits for has come.

A task often asks for a thing from outside (« Demander un devis pour le
bus … »): the group then asks whether it has it, in the first person
plural and with « reçu » or « on l'a » (or the thing as the subject: « les
chiffres sont arrivés ? »), never with a status word of work (« fait »,
« envoyé »). The answer is that task's line, its pilot and
whether it is late, as « c'est fait, le devis ? » gets. Only a question
(« ? ») whose subject is the group (« on », « nous ») and whose every topic
word one or two tasks hold as said (no synonym) reads so: « vous avez reçu
mon mail ? » (asked of the members) and « on a reçu la visite du préfet ? »
(no task holding it), « la juge est arrivée ? » (no topic) stay as they
were read.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["received_task"]

_RECEIVED = frozenset({"recu", "recue", "recus", "recues"})
_HAVING = frozenset({"a", "avons"})
_ARRIVED = frozenset({"arrive", "arrivee", "arrives", "arrivees", "parvenu", "parvenue", "parvenus", "parvenues"})
_GROUP = frozenset({"on", "nous"})
# What may follow « on l'a » when it asks whether the group has the thing (« on l'a ou pas ? », « on l'a enfin ? »).
_AFTER_HAVING = frozenset({"ou", "deja", "bien", "enfin", "toujours", "maintenant", "pas", "finalement"})
# One thing awaited: more tasks holding it are a matter shared out, which no single line answers.
_MOST = 2


def _received(folded: list[str]) -> bool:
    """« on a reçu », « nous avons bien reçu », « on l'a », « on les a »; « les chiffres sont arrivés ? », « le devis
    est bien parvenu ? »: the thing itself the subject, come to the group (set 33a)."""
    for i, word in enumerate(folded[:-1]):
        if word in ("est", "sont") and any(w in _ARRIVED for w in folded[i + 1:i + 3]):
            return True
        if word not in _GROUP:
            continue
        rest = folded[i + 1:i + 4]
        if rest[:1] and rest[0] in _HAVING and any(w in _RECEIVED for w in rest[1:3]):
            return True
        if len(rest) > 1 and rest[0] in ("l", "les") and rest[1] in _HAVING and (len(rest) == 2 or rest[2] in _AFTER_HAVING):
            return True  # (« on l'a pris, le local ? » is another verb: whether the group took it, no thing received)
    return False


def received_task(ctx: Context, u: Understanding) -> list[int] | None:
    """The numbers of the task(s) whose awaited thing the question asks after, or None."""
    if "?" not in u.text or not u.topic or not _received([w.folded for w in u.words]):
        return None
    tasks = [t for t in ctx.data.tasks() if t.status != "cancelled"]
    scores = topic_scores(u.topic, [t.text for t in tasks], loose=False)
    hits = [t.number for s, t in zip(scores, tasks, strict=True) if s >= 1.0]
    return hits if 0 < len(hits) <= _MOST else None
