"""The words of a sitting's heading said beside the month that already picks
it: « la réunion de mars avec les habitants se termine à quelle heure ? »,
« la date du comité de mars ouvert aux habitants ? » when March holds one
sitting only, headed « Comité de pilotage élargi aux habitants » (lead's
set 80).

The month names the sitting; the heading's word only says which one the
member has in mind. Read as a topic, it weighed the decisions that share it
(« une sortie nature ouverte aux habitants ») as much as the sitting, and
the question was left unsure. When exactly one of the group's sittings falls
in the month named, and a word of the question said after the month is a
word of that sitting's heading, the word frames the question: it confirms the sitting,
it asks about nothing else. heading_words.py reads a sitting named by its
heading's words alone (two or more, no month); here the month picks it and
one word is enough.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import PLAIN, heading_of
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.spans import Entity
from storage.models import Meeting

__all__ = ["month_heading_words"]

# A heading that says a sitting is widened (« élargi aux habitants ») is said « ouvert » as often.
_SAME = {"ouvert": "elargi", "ouverte": "elargi", "ouverts": "elargi", "elargie": "elargi"}


def _heading_words(meeting: Meeting) -> set[str]:
    """The folded words of the sitting's heading, split as the question's words are."""
    return set(fold(heading_of(meeting.place)).replace("'", " ").replace("-", " ").split())


def month_heading_words(found: list[Word], entities: Sequence[Entity], meetings: Sequence[Meeting]) -> set[int]:
    """Indices of the words, outside any entity, that are content words of the heading of the only sitting of
    the month named, when a meeting noun says a sitting is asked; else none."""
    months = [e for e in entities if e.kind == "month"]
    if len(months) != 1 or not any(w.lemma in PLAIN for w in found):
        return set()
    held = [m for m in meetings if m.place and m.start.month == months[0].extra.get("month")]
    if len(held) != 1:
        return set()
    heading = _heading_words(held[0])
    taken = {i for e in entities for i in range(e.start, e.end)}
    stop = lexicon().stopwords
    # Only the words after the month describe the sitting it picks (« la réunion de mars avec le conseil de la vie
    # collégienne »), each of them, short ones too: the heading's « vie » or « EBE » left as a topic weighed
    # decisions (lead's sets 74, 67). Before it, a heading's word is the thing asked (« je dois envoyer les
    # situations pour la commission de janvier » asks the deadline of the situations, set 43b).
    after = months[0].end
    return {i for i, w in enumerate(found) if i >= after and i not in taken and len(w.folded) >= 3
            and w.folded not in stop and w.lemma not in PLAIN and _SAME.get(w.folded, w.folded) in heading}
