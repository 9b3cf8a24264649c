"""« Who was there » asked of a meeting: the attendance reading, even when
the meeting's own readings come first by their shared words.

« y avait qui à la dernière réu ? », « la réunion de juin, qui était
là ? », « Christine Keller était à la dernière réunion ? » share most of
their words with « la dernière réunion » or « la réunion de juin », and
the words that ask who came (« qui », « y avait », « était là ») weigh
little: grammar words, and « là » folds into the article « la ». A meeting
answer cannot answer them (it names no one), so when a message asks who
came or how many, or whether someone or a body was there, of a meeting it
designates, and the attendance reading is plausible, it is taken, as
`meeting_decisions.py` takes the decisions of a meeting. Not when the
message has a topic, nor over a reading about people (« qui est présent
pour la MDPH ? » asks who represents it).
"""

from __future__ import annotations

from handlers.understanding.normalise import lexicon
from handlers.understanding.pipeline import MEETING_NOUNS, PLAUSIBLE, Understanding

__all__ = ["presence_reading"]

# Words that ask whether people came or will come, as typed (folded) or as lemmas.
_PRESENCE = frozenset({"present", "presents", "presente", "presentes", "presence", "presences", "participer",
                       "participe", "participes", "participants", "participant", "assister", "assiste", "excuse",
                       "excuses", "excusee", "excusees", "excuser", "absent", "absents", "absente", "absentes",
                       "manquer", "manquait", "manquaient", "venu", "venus", "venue", "venues", "represente",
                       "representee", "representes", "representees", "emargement", "absence", "participera",
                       "participeront", "assistera", "assisteront", "viendra", "viendront"})
# « qui était là », « qui sera là », « y avait qui », « on était combien »: a verb of being then or to come.
_BEING = frozenset({"etait", "etaient", "etais", "etions", "avait", "sera", "seront", "serons", "vient", "viennent"})
_ASKING = frozenset({"qui", "combien"})
# « c'était », « ce sera »: the impersonal subject of a verb of being, which names nobody.
_IMPERSONAL = frozenset({"c", "ce"})
# « combien de personnes à la réunion de septembre ? »: a count of people.
_PEOPLE = frozenset({"personnes", "membres", "participants", "gens", "monde", "presents"})
# The readings a presence question is taken from: about meetings, their decisions, the directory.
_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items",
                               "decisions_recent", "directory", "attendance_meeting", "rsvp_upcoming"})
_ATTENDANCE = ("attendance_meeting", "rsvp_upcoming")


def _designates_meeting(u: Understanding) -> bool:
    return (u.order is not None or any(w.lemma in MEETING_NOUNS for w in u.words)
            or any(u.first(kind) is not None for kind in ("period", "month", "number")))


def presence_reading(u: Understanding) -> str | None:
    """`attendance_meeting` or `rsvp_upcoming` when the message asks who came (or comes) to
    the meeting it designates and that reading is plausible; else None."""
    if u.topic or (u.intent is not None and u.intent not in _MEETING_READINGS):
        return None
    if "?" not in u.text and not u.framing and not any(w.folded in lexicon().question_words for w in u.words):
        return None  # « excusez mon absence à la dernière réunion »: asks nothing
    ranked = [name for name, _ in u.ranking[:3]]
    if ranked and ranked[0] not in _MEETING_READINGS:
        return None
    # « qu'est-ce qui sera discuté ? »: « qui » after « ce » asks what.
    # « c'était le combien ? » asks the day of the month (« le combien »), no count of people.
    folded = [w.folded for i, w in enumerate(u.words) if i not in u.framing
              and not (w.folded == "qui" and i and u.words[i - 1].folded == "ce")
              and not (w.folded == "combien" and i and u.words[i - 1].folded == "le")]
    lemmas = {w.lemma for i, w in enumerate(u.words) if i not in u.framing}
    named = u.first("person") is not None or u.first("org") is not None
    # « Keller était à la réunion ? » says a named one was there; « la réunion de la MSA, c'était … » names a meeting.
    being_of_named = any(w.folded in _BEING and not (i and u.words[i - 1].folded in _IMPERSONAL)
                         for i, w in enumerate(u.words) if i not in u.framing)
    asked = any(w in _PRESENCE for w in folded) or bool(lemmas & _PRESENCE) or (
        any(w in _ASKING for w in folded) and any(w in _BEING for w in folded)) or (named and being_of_named) or (
        "combien" in folded and any(w in _PEOPLE for w in folded))
    if not asked or not _designates_meeting(u):
        return None
    if ranked and ranked[0] == "directory" and u.order is None and not any(
            u.first(kind) is not None for kind in ("period", "month", "number")):
        return None  # « qui sont les participants du comité ? »: the group's members, no meeting named
    scores = {name: s for name, s in u.ranking if name in _ATTENDANCE}
    if not scores or max(scores.values()) < PLAUSIBLE:
        return None
    return max(scores, key=lambda name: scores[name])
