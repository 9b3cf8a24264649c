"""When the minutes go out, asked of a group that decided it: « le compte
rendu du copil est envoyé quand ? », « le PV est diffusé sous combien de
jours ? » ask the rule (« Le compte rendu est envoyé aux partenaires sous
quinze jours »), not the draft minutes of the last meeting. Only the passive
of sending with a word asking when, and only when a decision holds the
question's words: « tu m'envoies le CR ? » stays a request for the minutes."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.answers_records import decisions_topic
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, content_words, topic_scores

__all__ = ["sent_when"]

# « le compte rendu est envoyé quand ? », « le PV sera diffusé sous combien de jours ? »: when minutes go out, as a
# rule the group decided, not the minutes themselves.
_SENT = frozenset({"envoye", "envoyes", "diffuse", "diffuses", "transmis", "publie", "publies", "adresse", "adresses"})
_WHEN = frozenset({"quand", "delai", "combien"})
# « le PV on le reçoit quand après la séance ? », « le CR arrive quand ? »: the same rule, asked from the receiving end.
_RECEIVED = frozenset({"recoit", "recoivent", "recevons", "recois", "recevez", "arrive", "arrivent", "sort", "sortent"})


def sent_when(ctx: Context, u: Understanding) -> Outcome | None:
    """When minutes are sent, asked in the passive (« est envoyé quand ? »), answered by the decision that
    says it when one holds the question's words; None otherwise."""
    folded = [w.folded for w in u.words]
    passive = any(a in ("est", "sont", "sera", "seront") and b in _SENT for a, b in zip(folded, folded[1:]))
    if not (passive or _RECEIVED & set(folded)) or not _WHEN & set(folded):
        return None
    topic = content_words(u.words)
    texts = tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled")
    if topic and texts and max(topic_scores(topic, texts)) >= SHARE:
        u.intent, u.topic = "decisions_topic", topic
        return decisions_topic(ctx, u)
    return None
