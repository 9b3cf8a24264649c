"""« c'est quand le forum ? »: one word asked « quand », that names a
deadline of the group (« Forum de l'accès aux droits à Chalon »), is that
date, when the word is no meeting's place, venue or agenda item and no
meeting noun is said. dated.py otherwise wants two words, since one word
alone (« Liévin ») may be a meeting place as well. An agenda item that holds
the word (« Bilan du forum ») does not stand in the way when a deadline is
the event itself, named first (« Forum de … »)."""

from __future__ import annotations

from handlers.understanding.normalise import Word, words
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import World

__all__ = ["lone_event"]


def lone_event(u: Understanding, topic: list[Word], world: World) -> bool:
    """One unknown word, fully a deadline's, that no meeting holds (place, venue, agenda)."""
    if len(topic) != 1 or topic[0] not in u.topic or any(w.lemma in MEETING_NOUNS for w in u.words):
        return False
    word = topic[0]
    if word.folded in world.places or word.folded in world.venues or any(word.folded in p.split() for p in world.place_phrases):
        return False
    heads = [found[0].raw for text in world.records.get("dates_period", ()) if (found := words(text, shorthand=False))]
    if heads and max(topic_scores(topic, heads)) >= 1.0:
        return True
    decisions = world.records.get("decisions_topic", ())
    if decisions and max(topic_scores(topic, decisions)) >= 1.0:
        # « le guide sera diffusé quand ? » of « Envoi des fiches producteurs pour le guide » and a decision on
        # the guide's printing: the word is no deadline's own, and a decision speaks of it too.
        return False
    agenda = [item.text for m in world.meetings for item in m.agenda]
    return not agenda or max(topic_scores(topic, agenda)) < 1.0
