"""The lead-in of a sentence pasted whole from an invitation or a convocation, before its date (blind set 19):
« Je vous propose de nous retrouver le jeudi 14 janvier à 10h à la Maison des associations », « La prochaine
réunion aura lieu le mardi 6 avril à 19h30. », « Le comité se réunira le … », « Merci de réserver le … », a
convocation's « Les membres du bureau sont convoqués le … » (blind set 21). The
command already says that a meeting is set: the lead-in is neither the place nor the deadline's text, and the date
after it is read as at the start. Only a lead-in that ends right before the date's « le » / « du » / weekday /
number counts; a negation (« n'aura pas lieu »), a question or a relative clause (« qui devait avoir lieu ») keeps
the sentence unread, and so refused.
"""

from __future__ import annotations

import re

from handlers.date_words import month_of, weekday_of
from handlers.messages import InputError

__all__ = ["event_noun_first", "leadin_at", "meeting_noun_first", "title_before_day"]

# Who proposes or invites, then what: « je vous propose de nous retrouver », « nous vous invitons à nous réunir ».
_PROPOSERS = ("je vous propose", "nous vous proposons", "on vous propose", "je propose", "nous proposons", "je vous invite",
              "nous vous invitons", "je vous convie", "nous vous convions", "vous etes invites", "vous etes invitees",
              "vous etes convies", "vous etes conviees", "vous etes convoques", "vous etes convoquees", "je vous convoque",
              "nous vous convoquons", "on se retrouve", "on se reunit", "on se voit", "nous nous retrouverons",
              "nous nous reunirons", "nous nous verrons")
_LINKS = ("de nous", "de vous", "de se", "a nous", "a vous", "a se", "de", "a")
_MEET = ("retrouver", "reunir", "voir", "rencontrer", "participer a la reunion", "participer a la seance",
         "la reunion", "la seance", "une reunion", "une seance", "notre reunion", "notre prochaine reunion",
         "la prochaine reunion", "la prochaine seance", "notre prochaine seance", "l ' assemblee generale",
         "notre assemblee generale", "la rencontre", "une rencontre")
# A meeting named as the sentence's subject, then its verb: « la prochaine séance du conseil aura lieu ».
_ARTICLES = ("la", "le", "l '", "notre", "votre", "leur", "cette", "ce")
_MEETINGS = frozenset({"reunion", "seance", "rencontre", "assemblee", "ag", "comite", "bureau", "conseil", "ca", "commission",
                       "pleniere", "session", "permanence", "formation", "visite", "atelier", "copil", "conference",
                       "soiree", "matinee", "journee", "groupe", "cellule", "jury", "audition", "sortie", "repetition"})
# An event a group holds, named as a meeting is (blind set 41: « Galette des rois : vendredi 8 janvier 16h, au foyer »,
# « Vœux du maire le lundi 11 janvier à 18h30 », « Le repas des aînés aura lieu le … » were refused): its title is no
# place, and the date after it is read as at the start.
_EVENTS = frozenset({"galette", "voeux", "vœux", "repas", "fete", "loto", "concert", "spectacle", "gouter", "pot", "apero",
                     "aperitif", "bal", "kermesse", "brocante", "braderie", "ceremonie", "inauguration",
                     "commemoration", "reveillon", "banquet", "diner", "dejeuner", "veillee", "tournoi",
                     "collecte", "distribution", "carnaval", "defile", "vente", "chorale", "rassemblement"})
_SUBJECT_VERBS = ("aura lieu", "se tiendra", "se reunira", "se deroulera", "est fixee", "est fixe", "est prevue", "est prevu",
                  "est programmee", "est programme", "est convoquee", "est convoque", "sera tenue", "a ete fixee",
                  "a ete fixe", "a ete programmee", "a ete programme", "est planifiee", "est planifie")
# Those convened as the sentence's subject, in a convocation's words: « Les membres du conseil sont convoqués le … »,
# « Mesdames et Messieurs les administrateurs sont invités à se réunir le … » (blind set 21).
_PEOPLE_ARTICLES = ("mesdames et messieurs les", "mesdames , messieurs les", "l ' ensemble des", "tous les", "toutes les", "les")
_PEOPLE = frozenset({"membres", "participants", "participantes", "administrateurs", "administratrices", "partenaires", "elus",
                     "elues", "delegues", "deleguees", "adherents", "adherentes", "representants", "representantes",
                     "benevoles", "titulaires", "conseillers", "conseilleres", "associes", "societaires"})
_PEOPLE_VERBS = tuple(f"{verb}{then}" for verb in (
    "sont convoques", "sont convoquees", "sont invites", "sont invitees", "sont convies", "sont conviees", "sont attendus",
    "sont attendues", "seront convoques", "seront convoquees", "se reuniront", "se retrouveront") for then in (
    " a se reunir", " a une reunion", " a une seance", " a la reunion", " a la seance", " a l ' assemblee generale", ""))
# What a complement of the meeting may be made of (« du conseil municipal », « de l'association »): words, no
# negation, no relative pronoun, no date.
_NOT_COMPLEMENT = frozenset({"ne", "n", "pas", "plus", "jamais", "qui", "que", "qu", "dont", "ou", "si", "prochain", "prochaine",
                             "initialement", "prevue", "prevu", "devait", "reportee", "reporte", "annulee", "annule"})
# A request to keep the day free: « merci de réserver le … », « nous vous prions de bien vouloir noter le … ».
_ASKERS = ("merci de bien vouloir", "merci de", "pensez a", "n ' oubliez pas de", "nous vous prions de bien vouloir",
           "je vous prie de bien vouloir", "je vous remercie de", "nous vous remercions de", "veuillez", "priere de")
_KEEP = ("reserver", "noter", "bloquer", "retenir")


def _before_date(reader, k: int) -> bool:
    w = reader.word(k)
    if w in ("le", "du", ":") or weekday_of(w) is not None or reader.num(k, 4) is not None or (
            w.isalpha() and month_of(w) is not None):
        return True
    try:  # « aura lieu demain à 14h », « … mardi prochain »: any day the reader reads; its refusals stand
        return reader.day_at(k) is not None
    except InputError:
        return True


def _subject_verb(reader, i: int) -> int | None:
    j = reader.seq(i, *_ARTICLES) or i
    j = reader.seq(j, "prochaine", "prochain") or j
    if reader.word(j) in _MEETINGS or reader.word(j) in _EVENTS:
        verbs = _SUBJECT_VERBS
    elif (k := reader.seq(i, *_PEOPLE_ARTICLES)) is not None and reader.word(k) in _PEOPLE:
        j, verbs = k, _PEOPLE_VERBS  # « Les membres du bureau sont convoqués le … » (blind set 21)
    else:
        return None
    j += 1
    for _ in range(6):  # the complement: « du conseil municipal », « de l'association des parents »
        if (k := reader.seq(j, *verbs)) is not None:
            return k
        w = reader.word(j)
        if not (w.isalpha() or w in ("'", "-")) or w in _NOT_COMPLEMENT or weekday_of(w) is not None or (
                w.isalpha() and month_of(w) is not None):
            return None
        j += 1
    return None


def leadin_at(reader, i: int) -> int | None:
    """The index after a pasted sentence's lead-in at `i`, where its date starts; None if there is none."""
    if (k := reader.seq(i, *_PROPOSERS)) is not None:
        if reader.word(k - 1) in ("retrouve", "reunit", "voit", "retrouverons", "reunirons", "verrons"):
            return k if _before_date(reader, k) else None
        k = reader.seq(k, *_LINKS) or k
        k = reader.seq(k, *_MEET)
        return k if k is not None and _before_date(reader, k) else None
    if (k := reader.seq(i, *_ASKERS)) is not None:
        k = reader.seq(k, *_KEEP)
        if k is not None:
            k = reader.seq(k, "la date du") or k  # « … réserver la date du 12 avril »
        return k if k is not None and _before_date(reader, k) else None
    k = _subject_verb(reader, i)
    return k if k is not None and _before_date(reader, k) else None


def meeting_noun_first(folded: str) -> bool:
    """The text starts by naming a meeting (« Réunion du bureau », « la séance plénière »): a title, not a place."""
    words = folded.replace("'", " ").split()
    while words and words[0] in ("la", "le", "l", "notre", "votre", "prochaine", "prochain", "une", "un"):
        words = words[1:]
    return bool(words) and words[0] in _MEETINGS


def _first_noun(words: list[str]) -> str:
    while words and words[0] in ("la", "le", "les", "l", "notre", "nos", "votre", "prochaine", "prochain", "une", "un"):
        words = words[1:]
    return words[0] if words else ""


def event_noun_first(folded: str) -> bool:
    """The text starts by naming an event the group holds (« Galette des rois », « le repas des aînés »): a title."""
    return _first_noun(folded.replace("'", " ").split()) in _EVENTS


# What a title before « le <date> » may not hold: a place's or a person's preposition (« Repas chez Paul le 12 », « Pot à
# Sceaux le 12 »: the place would be lost), a negation, a relative clause or a move (« Réunion reportée le 12 »).
_NOT_TITLE = _NOT_COMPLEMENT | {"a", "au", "aux", "en", "chez", "dans", "sur", "avec", "pour"}


def title_before_day(raw: str, folded_words: list[str]) -> int | None:
    """Where « le » opens the date after a meeting's or an event's title of at most six words (« Vœux du maire le lundi 11
    janvier à 18h30 », « Réunion du bureau le jeudi 14 janvier, 14h »: blind set 41), as an offset in `raw`; None when the
    text does not start so. `folded_words` are `raw`'s whitespace-separated words, folded; the caller checks that a day
    is read after it."""
    spans = [m.start() for m in re.finditer(r"\S+", raw)]
    if len(folded_words) != len(spans):
        return None
    n = 1 if folded_words[:1] in (["la"], ["le"], ["les"], ["notre"]) else 0
    if n >= len(folded_words) or not (folded_words[n] in _MEETINGS or folded_words[n] in _EVENTS):
        return None
    for k in range(n + 1, min(n + 8, len(folded_words))):
        w = folded_words[k]
        if w == "le":
            return spans[k]  # (« Réunion le … » is the reader's own rubric, read before; « Atelier le … » is not)
        bare = w.replace("'", " ").replace("-", " ").split()
        if not bare or not all(part.isalpha() for part in bare) or set(bare) & _NOT_TITLE or any(
                weekday_of(part) is not None or month_of(part) is not None for part in bare):
            return None
    return None
