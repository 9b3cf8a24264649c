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

« on a le budget prévisionnel de Vierzon ? » asks the same without « reçu »:
the group's having a definite thing, which a task asks to obtain
(« Obtenir le budget prévisionnel … », « Récupérer les attestations … »).
A decision may share its words (« … ajourné, faute de budget
prévisionnel »), but says why it is missing, not whether it came: the
task's line answers, even over a confident decision (and so for « on a
reçu le budget prévisionnel ? »). Only a task opening
with a verb of getting reads so: « on a la salle ? » of « Réserver la
salle » asks whether it was booked, and « on a une date pour le pot ? » no
definite thing.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.normalise import fold
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from storage.tasks import Task

__all__ = ["had_task", "received_task"]

# « on a eu les chiffres ? », « on les a eus ? »: had, as received (set 34a).
_RECEIVED = frozenset({"recu", "recue", "recus", "recues", "eu", "eue", "eus", "eues"})
_HAVING = frozenset({"a", "avons"})
_ARRIVED = frozenset({"arrive", "arrivee", "arrives", "arrivees", "parvenu", "parvenue", "parvenus", "parvenues"})
_GROUP = frozenset({"on", "nous"})
# What may follow « on l'a » when it asks whether the group has the thing (« on l'a ou pas ? », « on l'a enfin ? »).
_AFTER_HAVING = frozenset({"ou", "deja", "bien", "enfin", "toujours", "maintenant", "pas", "finalement", "eu", "eue", "eus",
                           "eues", "recu", "recue", "recus", "recues"})
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


def _holding(ctx: Context, u: Understanding, asked: Callable[[list[str]], bool]) -> list[Task]:
    """The tasks (not cancelled) holding every topic word as said, when the question (« ? ») is `asked` so."""
    if "?" not in u.text or not u.topic or not asked([w.folded for w in u.words]):
        return []
    tasks = [t for t in ctx.data.tasks() if t.status != "cancelled"]
    scores = topic_scores(u.topic, [t.text for t in tasks], loose=False)
    return [t for s, t in zip(scores, tasks, strict=True) if s >= 1.0]


def received_task(ctx: Context, u: Understanding) -> list[int] | None:
    """The numbers of the task(s) whose awaited thing the question asks after, or None."""
    hits = [t.number for t in _holding(ctx, u, _received)]
    return hits if 0 < len(hits) <= _MOST else None


# « on a le … ? », « nous avons bien les … ? »: the group's having a definite thing.
_DEFINITE = frozenset({"le", "la", "les", "l"})
_ADVERBS = frozenset({"bien", "deja", "enfin", "toujours", "maintenant", "finalement"})
# Tasks that ask to get a thing from outside: their verb, as the task's first word (folded).
_GETTING = frozenset({"obtenir", "recevoir", "recuperer", "demander", "collecter", "recueillir", "reclamer", "solliciter",
                      "rassembler", "relancer"})


def _had(folded: list[str]) -> bool:
    """« on a le budget », « nous avons bien les devis », « on a déjà la convention »."""
    for i, word in enumerate(folded[:-2]):
        if word in _GROUP and folded[i + 1] in _HAVING:
            k = i + 2 + (folded[i + 2] in _ADVERBS)
            return k < len(folded) and folded[k] in _DEFINITE
    return False


def had_task(ctx: Context, u: Understanding) -> list[int] | None:
    """The number of the one task getting the thing the group asks whether it has, or None."""
    hits = _holding(ctx, u, lambda folded: _had(folded) or _received(folded))
    if len(hits) != 1 or not hits[0].text.split() or fold(hits[0].text.split()[0]) not in _GETTING:
        return None
    return [hits[0].number]
