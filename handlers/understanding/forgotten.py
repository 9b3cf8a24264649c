"""A question worded as what the member forgot: « je ne sais plus ce qu'on a
décidé pour les visites », « j'ai oublié la date limite du dossier »,
« je ne me souviens plus si la réunion du 17 est en visio ». The frame (« je
ne sais plus », « j'ai oublié », « je ne me souviens plus ») is dropped as
« pourriez-vous me dire » is, and the message is no statement, when what
follows it is asked: a question word, « si », « ce que », or a record's
detail (« la date », « l'adresse », « le lieu »). « j'ai oublié mon badge à
la réunion » forgot a thing, not a detail of the group's: still news."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["forgotten"]

# The frames, as folded words; « ne » is optional in chat (« je sais plus »).
_FRAMES = (("je", "ne", "sais", "plus"), ("je", "sais", "plus"), ("jsp", "plus"), ("j", "ai", "oublie"),
           ("je", "ne", "me", "souviens", "plus"), ("je", "me", "souviens", "plus"), ("je", "ne", "me", "rappelle", "plus"),
           ("je", "me", "rappelle", "plus"), ("j", "ai", "zappe"), ("je", "ne", "retrouve", "plus"),
           ("je", "retrouve", "plus"),
           # « je ne sais même plus quand … » (set 41c): « même » stressing it.
           ("je", "ne", "sais", "meme", "plus"), ("je", "sais", "meme", "plus"),
           ("je", "ne", "me", "souviens", "meme", "plus"), ("je", "me", "souviens", "meme", "plus"))
# What may follow to make it a question.
_ASKED = frozenset({"si", "qui", "quand", "ou", "quel", "quelle", "quels", "quelles", "comment", "combien", "ce", "c", "de",
                    "d", "a"})
_DETERMINERS = frozenset({"la", "le", "l", "les", "de", "du", "d"})
_DETAILS = frozenset({"date", "dates", "heure", "horaire", "horaires", "lieu", "adresse", "ordre", "odj", "decision",
                      "decisions", "nom", "role", "jour", "echeance", "echeances", "deadline", "programme", "salle"})


def forgotten(found: list[Word]) -> set[int]:
    """Indices of a frame of forgetting that opens the message (after a word of greeting at most)."""
    folded = [w.folded for w in found]
    for start in range(min(3, len(folded))):
        for frame in _FRAMES:
            end = start + len(frame)
            if tuple(folded[start:end]) != frame or end >= len(folded):
                continue
            rest = folded[end:end + 2]
            if rest[0] in _ASKED and rest[0] not in _DETERMINERS or rest[0] in _DETAILS or (
                    rest[0] in _DETERMINERS and rest[1:] and rest[1] in _DETAILS):
                return set(range(start, end))
    return set()
