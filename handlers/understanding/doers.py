"""Who does something the group decided, asked with the decision's own verb.

« qui coordonne le plan grand froid ? » of « Le Relais social coordonne le
plan grand froid … »; « le plan grand froid est coordonné par qui ? »;
« qui organise la fête des aînés ? » of « La commune organise la fête … ».
The verb reads as a role (« coordonne » as a coordinator's title) or a
charge, and no member's role holds the thing done: the bot ended in « je
ne suis pas sûr », or named the coordinators of the directory. When the
question's verb (after « qui », or before « par qui ») is in one decision
by its stem, the question's other words find that decision clearly first,
and the decision names members of the group (by their body or name), the
decision answers, with those members. A member whose role holds every word
of the thing done keeps the question (« qui coordonne le réseau ? » of a
« coordinatrice du réseau »)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import leads
from handlers.understanding.normalise import Word, fold, stem
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores, with_activities
from handlers.understanding.who_named import names_someone_acting
from handlers.understanding.world import World

__all__ = ["done_by"]

# Pronouns between « qui » and its verb (« qui s'en charge », « qui y va »).
_CLITICS = frozenset({"se", "s", "en", "y", "le", "la", "les", "l", "va", "vont", "doit", "doivent", "est", "sera"})
# Articles after « c'est qui »: a title follows, no verb (« c'est qui la référente ? »).
_ARTICLES = frozenset({"le", "la", "les", "l"})
# Words asking whether something was decided (dominance.py answers those).
_DECIDED = frozenset({"decider", "decide", "decidee", "valider", "valide", "validee", "acter", "acte", "actee", "adopter",
                      "adopte", "voter", "vote", "trancher", "tranche"})
# Verbs too general to name what a decision says someone does (the charge answers them: answers_people.py).
_GENERAL = frozenset({"etre", "avoir", "faire", "fait", "est", "sont", "a", "ont", "occupe", "occuper", "gere", "gerer",
                      "charge", "vient", "venir", "represente", "representer", "connait", "sait"})


def _verb(found: Sequence[Word]) -> int | None:
    """The index of the verb asked about: after « qui » (pronouns skipped), or before « par qui »."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded):
        if word == "qui" and i >= 1 and folded[i - 1] == "par":
            j = i - 2
            return j if j >= 0 and folded[j] not in _GENERAL else None
        if word == "qui" and (i + 1 >= len(folded) or folded[i + 1] != "qui"):  # « c'est qui qui coordonne »
            j = i + 1
            if i > 0 and folded[i - 1] == "est" and j < len(folded) and folded[j] in _ARTICLES:
                # « c'est qui le travailleur social … ? », « à la CAF c'est qui le référent ? »: an article, a title
                # follows, no verb of doing
                return None
            while j < len(folded) and folded[j] in _CLITICS:
                if folded[j] in ("est", "sera") and j + 1 < len(folded) and folded[j + 1] in ("le", "la", "l", "les"):
                    return None  # « qui est la travailleuse sociale … ? »: after « être », an article opens a title, no verb
                j += 1
            return j if j < len(folded) and folded[j] not in _GENERAL else None
    return None


def _holds(verb: str, text: str) -> bool:
    """The decision says the verb, by its stem (« coordonne », « coordonné », « coordonnent »)."""
    root = stem(fold(verb))[:7]
    # Shared, the same verb takes « co- » (« coanimé », « copiloté », « co-organisé »): « qui anime … ? » is asked of it.
    return len(root) >= 4 and any(stem(w).startswith(root) or stem(w).removeprefix("co").lstrip("-").startswith(root)
                                  for w in fold(text).replace("'", " ").split())


def done_by(ctx: Context, u: Understanding, world: World, texts: Sequence[str],
            answer: Callable[[Context, Understanding, list[str]], Outcome]) -> Outcome | None:
    """The decision saying who does what the question asks about, with the members it names; else None."""
    if not texts or "?" not in u.text or (at := _verb(u.words)) is None:
        return None
    if any(w.lemma in _DECIDED or w.folded in _DECIDED for w in u.words) or any(
            e.kind in ("org", "person") and u.words[e.end:e.end + 1] and u.words[e.end].folded == "qui" for e in u.entities):
        return None  # « c'est le Relais social qui coordonne, c'est acté ? »: whether it was decided, asked of a doer named
    if any(e.kind in ("person", "period", "month", "number") for e in u.entities):
        return None
    if any(e.kind == "org" and at < e.start <= at + 2 for e in u.entities):
        return None  # « qui coordonne le Relais social ? »: the body's own coordinator, a role
    verb = u.words[at]
    if not any(_holds(verb.raw, text) for text in texts):
        return None  # no decision says that verb: nothing to look for (and topic_scores is dear)
    topic = [w for i, w in enumerate(content_words(u.words)) if w.folded not in ("qui", "par") and w is not verb
             and fold(w.raw) != verb.folded]
    if not topic:
        return None
    scores = topic_scores(topic, texts)
    best = texts[scores.index(max(scores))]
    if not leads(scores) or not _holds(verb.raw, best) or not names_someone_acting([best], world):
        return None  # (« … est organisée … à la médiathèque L'Alpha » says where, not who: who_named.py)
    roles = [with_activities(m.role) for m in world.members if m.role]
    # (Not a member's name checked: « c'est bien Yannick qui copréside pour les citoyens ? », set 38c.)
    charge = [w for w in topic if w.folded not in world.name_index] or topic
    if roles and max(topic_scores(charge, roles)) >= 1.0:
        return None  # a member's charge holds it all: the charge answers
    tasks = [t for t in world.records.get("tasks", ()) if _holds(verb.raw, t)]
    if tasks and max(topic_scores(topic, tasks)) >= max(scores):
        # « qui forme les animateurs aux premiers secours ? » of the task « Former les animateurs … » beside the
        # decision « Une formation … est proposée aux animateurs »: the task in the verb asked names who does it.
        return None
    kept = (u.intent, u.topic, u.readings)
    u.topic, u.readings = list(topic), []
    outcome = answer(ctx, u, [best])
    if outcome.confident:
        return outcome
    u.intent, u.topic, u.readings = kept
    return None
