"""A new date said as a move (found by blind set 15, meetings moved and deadlines
set in chat): « reportée au mardi 6 avril, 14h », « décalée à jeudi 14h »,
« la réunion est avancée au lundi 3 mai 17h », « repoussée au 14 mai : rapport »,
« Nouvelle date : jeudi 8 avril 14h ».

What `/seance_deplacer <n>` and `/echeance` are given is often the sentence a
coordinator would post in the group: the participle says the date moved, the
date after it is the new one. The participle (and its subject, « la séance
est … ») is a lead, like a minutes' rubric: it goes, and the date is read as
typed. Before, nothing was read at all (« je ne reconnais pas de date »).

Two things a move says that the reader cannot know, and so refuses:
- a day counted from the meeting moved (« reportée au jeudi suivant », « décalée
  au mardi d'après »): the Thursday after that meeting, not next week's as
  « jeudi suivant » alone documents;
- an hour or a day said to stay as it was (« jeudi même heure », « lundi 4
  janvier, à la même heure », « à l'heure habituelle »): left in the rest, it
  became the deadline's text (« même heure : relecture ») of a date stored
  without its hour.
"""

from __future__ import annotations

import re
from typing import Protocol

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["moved_lead", "refuse_counted_from_moved", "refuse_kept_as_before", "same_place"]


class _Words(Protocol):
    """The part of the reader this module walks (date_reader.Reader)."""

    def word(self, i: int) -> str: ...

    def seq(self, i: int, *phrases: str) -> int | None: ...

    def label(self, i: int, j: int) -> str: ...


# The participle of a move, on folded words: « reportée », « décalés », « avancé », « repoussée », « déplacée »,
# « retardée », « reculée », « différée », « transférée », « remise », and the nouns « report », « décalage ».
_PARTICIPLE = re.compile(r"(?:report|decal|repouss|deplac|avanc|retard|recul|differ|transfer)(?:e|ee|es|ees)?|remise?s?"
                         r"|report|decalage|deplacement")
# What may come before it: the thing moved, with its article, and the verb (« la séance est reportée au … »).
_SUBJECTS = ("seance", "reunion", "rencontre", "session", "rdv", "rendez - vous", "ag", "assemblee", "assemblee generale",
             "comite", "copil", "pleniere", "permanence", "formation", "visite", "echeance", "date", "delai", "remise",
             "livraison", "commission", "bureau", "ca", "cotech", "point")
_ARTICLES = ("la", "le", "l '", "notre", "votre", "cette", "ce")
_VERBS = ("est desormais", "est finalement", "est", "sera", "a ete", "se tiendra", "aura lieu")
# A rubric saying the date is the new one (« Nouvelle date : … », « Nouvel horaire : jeudi 14h »).
_NEW = ("nouvelle date", "nouvel horaire", "nouvelle heure", "nouveau creneau", "nouvelle seance", "nouvelle reunion",
        "nouveau rdv", "nouveau rendez - vous")
# After the participle: « au jeudi » is read by the weekday and date readers; « à jeudi », « à 9h » are not.
_TO = ("a", "pour le", "pour")
# Said of the day moved to, these count from the meeting moved, which the reader does not know.
_FROM_MOVED = ("suivant", "suivante", "d ' apres", "d ' ensuite")


def moved_lead(reader: _Words, i: int) -> int | None:
    """The index after a move's lead at `i` (« reportée à », « la séance est
    décalée au », « Nouvelle date : »), the date's first word; None if there is none."""
    if (k := reader.seq(i, *_NEW)) is not None:
        return k + (reader.word(k) == ":") if reader.word(k) in (":", "le") or reader.word(k).isalnum() else None
    j = i
    if (k := reader.seq(j, *_ARTICLES)) is not None and reader.seq(k, *_SUBJECTS) is not None:
        j = k
    if (k := reader.seq(j, *_SUBJECTS)) is not None:
        j = k
        j = reader.seq(j, *_VERBS) or j
    if not _PARTICIPLE.fullmatch(reader.word(j)):
        return None
    j += 1
    if reader.word(j) in (":", "→"):
        return j + 1  # « reportée : jeudi 8 avril 14h », « Report → jeudi … »: a rubric's colon or an arrow
    if reader.word(j) == "au":
        return j  # « au jeudi 30 », « au 6 avril »: read as they stand
    return reader.seq(j, *_TO)  # « à jeudi 14h », « à 9h » (then no day: asked for)


def refuse_counted_from_moved(reader: _Words, lead: int, stop: int) -> None:
    """« reportée au jeudi suivant », « décalée au mardi d'après »: the day after
    the meeting moved, not next week's; asked for rather than guessed."""
    for k in range(lead, stop):
        if reader.seq(k, *_FROM_MOVED) is not None:
            said = reader.label(lead, stop).rstrip(" ,;:–—-")
            raise InputError(f"« {said} » : compté à partir de la séance déplacée ? Je ne devine pas. "
                             "Donnez la nouvelle date (ex. « jeudi 8 avril 14h »).")


# An hour or a day said to stay as before: the reader does not know which one.
_AS_BEFORE = re.compile(
    r"\b(?:(?:a |a la |la )?meme (?:heure|horaire|creneau|jour|date)"
    r"|(?:a )?l ?' ?(?:heure|horaire) (?:habituel(?:le)?|d ?' ?origine|initial(?:e)?|prevu(?:e)?)"
    r"|(?:le |au )?(?:jour|creneau|horaire) (?:habituel|d ?' ?origine|initial|prevu)"
    r"|(?:heure|horaire) (?:inchange(?:e)?|identique|sans changement)"
    r"|(?:a |comme )?d ?' ?habitude pour l ?' ?heure)\b")


def refuse_kept_as_before(rest: str) -> None:
    """« jeudi même heure : relecture », « lundi 4 janvier, à la même heure »: the
    hour (or day) of the meeting moved, which the reader does not know; asked for."""
    if (found := _AS_BEFORE.search(fold(rest))) is not None:
        said = found.group(0).strip()
        day = re.search(r"jour|date", said) is not None
        what, that = ("le jour", "celui") if day else ("l'heure", "celle")
        raise InputError(f"« {rest[found.start():found.end()].strip()} » : je ne connais pas {what} dont vous parlez "
                         f"({that} de la séance déplacée ?) ; je ne devine pas. Écrivez {what} (ex. « jeudi 8 avril 14h »).")


# The place said to stay as it was, the whole rest of a move (« jeudi 8 avril 14h, même endroit »): not a place's name.
_SAME_PLACE = re.compile(r"(?:\(|-|,|;)?\s*(?:(?:au |a la |dans la )?meme (?:endroit|lieu|salle|adresse)"
                         r"|(?:lieu|salle|endroit) (?:inchange(?:e)?|habituel(?:le)?|identique|sans changement)"
                         r"|(?:a |au |dans la )?(?:l ?['’] ?endroit|lieu|la salle) habituel(?:le)?"
                         r"|(?:lieu|salle) (?:de d ?['’] ?habitude|comme d ?['’] ?habitude|comme avant))\s*\)?[.!]*")


def same_place(rest: str) -> bool:
    """`rest` only says the place does not change (« même endroit », « lieu inchangé », « salle habituelle »):
    a move then keeps the meeting's place instead of storing these words as its name."""
    return _SAME_PLACE.fullmatch(fold(rest).strip()) is not None
