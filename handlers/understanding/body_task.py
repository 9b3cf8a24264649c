"""A task whose words name a body, asked as work done: « les coordonnées des
correspondants MSA, c'est fait ? », « qui a transmis les coordonnées des
correspondants MSA ? » of the task « Transmettre les coordonnées des
correspondants MSA aux conseillers ».

The body's name made the question a body's people, with confidence. The
task answers only when the question shares with it words OUTSIDE the
body's name (« coordonnées », « correspondants »): « la CLCV a quelqu'un ? »,
« qui est membre pour l'ordre des avocats ? » or « y a quelqu'un de Monthey
dans le groupe ? » share the body's name alone with a task (« Désigner le
suppléant de la CLCV ») and stay the body's people (task_questions.py)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, content_words, topic_scores

__all__ = ["BODY_READINGS", "beyond_body", "shares_beyond_names"]

# A body's people, the readings such a question was first given.
BODY_READINGS = frozenset({"org_representative", "org_members"})


def shares_beyond_names(u: Understanding, texts: Sequence[str]) -> bool:
    """Whether the question's words outside every name it holds, if any, share something with one of `texts`: « la
    pharmacie de Saint-Jory a été réapprovisionnée ? » shares only the town's name with « Recenser les foyers de
    Saint-Jory-de-Lomagne … » (the lead's set 63); « les contacts MSA ont été envoyés … ? » shares « contacts » with
    « Transmettre les coordonnées … MSA » through a related word."""
    named = {i for e in u.entities for i in range(e.start, e.end)}
    rest = content_words([w for i, w in enumerate(u.words) if i not in named and i not in u.framing])
    if len(rest) < 2 or any(w.folded == "qui" for w in u.words):
        return True  # « qui fait le lien avec la CAF ? », « la salle de Gérardmer, qui s'en charge ? »: the name is the thing
    return not texts or max(topic_scores(rest, texts)) > 0


def beyond_body(u: Understanding, texts: Sequence[str]) -> bool:
    """The question's words outside every name it holds find one of `texts` (the tasks)."""
    named = {i for e in u.entities for i in range(e.start, e.end)}
    rest = content_words([w for i, w in enumerate(u.words) if i not in named and i not in u.framing])
    return bool(rest and texts) and max(topic_scores(rest, texts)) >= SHARE
