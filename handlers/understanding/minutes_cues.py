"""The words by which a message asks for the minutes of a meeting, or only
speaks of them (for answers_attendance.minutes_answer and answer.py).

« les notes de la réunion du 13 » and « où sont les notes ? » ask for the
minutes; « vous pouvez relire la note ? » and « mes notes de frais » do
not. « le compte rendu est en ligne » and « bien reçu le compte rendu »
tell, asking nothing. And when a message names the minutes by their own
noun (compte rendu, PV, CR, procès-verbal), a reading about the meeting
it qualifies (« les notes de la réunion au Département ? ») cannot answer
it: the minutes reading is taken when it is the closest or close to it.
"""

from __future__ import annotations

from handlers.understanding.normalise import lexicon
from handlers.understanding.pipeline import MARGIN, MEETING_NOUNS, PLAUSIBLE, Understanding
from handlers.understanding.presence_cues import designates_meeting

__all__ = ["a_note", "minutes_keeper", "minutes_reading", "told"]

_MINUTES_WORDS = frozenset({"compte", "rendu", "proces", "verbal", "synthese", "pv", "cr"})
# A verb of being or having: « le compte rendu du 26 novembre est en ligne » tells, asks nothing.
_TELLING = frozenset({"est", "sont", "a", "ont", "etait", "sera"})
# « le compte rendu de … svp »: a request.
_PLEASE = frozenset({"svp", "stp", "plait"})
_NEGATION = frozenset({"pas", "n", "ne", "jamais", "toujours", "rien"})  # « j'ai rien reçu » is « pas reçu »
# The readings about a meeting that a request for its minutes shares its words with.
_MEETING_READINGS = frozenset({"meeting_which", "meeting_last", "meeting_next", "agenda_items"})


def a_note(u: Understanding) -> bool:
    """« vous pouvez relire la note ? »: a note is no minutes; « les notes » are when a meeting is
    named (« les notes de la réunion du 13 », « t'as les notes du 13 octobre ? ») or nothing else is
    asked of them (« où sont les notes ? »; not « mes notes de frais »)."""
    if any(w.folded in _MINUTES_WORDS for w in u.words):
        return False
    if not any(w.folded == "notes" for w in u.words):
        return True
    return not (designates_meeting(u) or u.first("place") is not None or not u.topic)


def told(u: Understanding) -> bool:
    """News about the minutes: no question mark, no question word, no request, and a verb of being,
    or their receipt acknowledged (« bien reçu le compte rendu », not « je n'ai pas reçu le CR »)."""
    # Thanks at the end (« …, merci Thomas ») frame the message without asking anything.
    thanks = next((i for i, w in enumerate(u.words) if w.folded == "merci"), len(u.words))
    asked = "?" in u.text or any(i < thanks for i in u.framing) or any(w.folded in lexicon().question_words or w.folded in _PLEASE
                                                    for w in u.words)
    folded = [w.folded for w in u.words]
    received = any(w in ("recu", "recus") for w in folded) and not any(w in _NEGATION for w in folded)
    # « la réunion à la MSA »: « à » is no « a » (its accent tells); typed without it, « a » right before a
    # place's article and name (« le cr de la reu a la mediatheque ») is the same « à ».
    return not asked and (received or any(w.folded in _TELLING and w.raw.casefold() != "à" and not _before_place(u, i)
                                          for i, w in enumerate(u.words)))


def _before_place(u: Understanding, at: int) -> bool:
    """« … a la mediatheque », « … a l'Orangerie »: « a » opening a place named in the message (its article
    between), a preposition of place, not the verb « avoir »."""
    if u.words[at].folded != "a":
        return False
    # (a place read with the meeting before it, « cotech a la mediatheque », covers the words after « a » too)
    placed = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    return at + 1 in placed or at + 2 in placed and u.words[at + 1].folded in ("la", "l", "le", "les")


def minutes_reading(u: Understanding) -> bool:
    """Whether `u`, unsure between the minutes and a meeting it qualifies, asks for the minutes by
    their own noun (« les notes de la réunion au Département ? », « le PV de la séance à Saumur »)."""
    # Read with confidence as the meeting, the minutes' noun heading it still asks for them (« la synthèse du
    # comité du 24 septembre ? »), the meeting's words having outweighed a rarer noun.
    if u.intent is not None and not (u.intent in _MEETING_READINGS and _of_meeting(u)) or u.topic or len(u.ranking) < 2:
        return False
    named = any(w.folded in _MINUTES_WORDS for w in u.words) or any(w.folded == "notes" for w in u.words) and any(
        w.lemma in MEETING_NOUNS for w in u.words)
    (first, score), (second, other) = u.ranking[0], u.ranking[1]
    if not named or score < PLAUSIBLE:
        return False
    if first == "minutes_request":
        return second in _MEETING_READINGS
    return first in _MEETING_READINGS and second == "minutes_request" and (score - other < MARGIN or _of_meeting(u))


def minutes_keeper(u: Understanding) -> bool:
    """« qui envoie les convocations et les comptes rendus ? », left unsure between the minutes and a charge: « qui »
    opening the message asks who keeps them, as settle.py answers when the minutes are read with confidence (« qui
    envoie le CR ? », lead's set 90); a request for them never opens with « qui »."""
    if u.intent is not None or len(u.ranking) < 2 or not u.words or u.words[0].folded != "qui":
        return False
    (first, score), (second, _) = u.ranking[0], u.ranking[1]
    return (first == "minutes_request" and second == "in_charge" and score >= PLAUSIBLE
            and any(w.folded in _MINUTES_WORDS or w.lemma in _MINUTES_WORDS for w in u.words))


# The little words between the minutes' noun and the meeting's (« la synthèse du comité », « le PV de la séance »).
_OF = frozenset({"de", "du", "la", "l", "d", "des"})


def _of_meeting(u: Understanding) -> bool:
    """« la synthèse du comité du 24 septembre ? »: the minutes' own noun heading the meeting's, which the
    meeting's words outweighed in the readings (« synthèse » is rarer in the examples than « compte rendu »)."""
    for i, word in enumerate(u.words):
        if word.folded not in _MINUTES_WORDS:
            continue
        j = i + 1
        while j < len(u.words) and (u.words[j].folded in _OF or u.words[j].folded in _MINUTES_WORDS):
            j += 1
        if j < len(u.words) and u.words[j].lemma in MEETING_NOUNS:
            return True
    return False
