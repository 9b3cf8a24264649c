"""The words by which a message asks who came to a meeting or who comes,
and what they tell (for presence.py): whether presence is asked at all,
strongly (« excusés », « absents », « venu »), of someone or a body named
(« Camille est venue ? », « le Merlan était là ? »), of the last meeting
when none is named (« combien on était ? », « il manquait qui ? »), of a
meeting's place (« qui sera présent au centre social ? »), and whether a
message with no question mark still requests it (« les excusés de la
réunion du 19 », « la liste des participants … stp »)."""

from __future__ import annotations

import re

from handlers.understanding.coming_cues import coming_cue, quorum_asked
from handlers.understanding.entities import Entity
from handlers.understanding.normalise import lexicon
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.sitting_order import SINGULAR

__all__ = ["PRESENCE", "asks_presence", "at_meeting_place", "designates_meeting", "idiom_only", "last_meeting_asked",
           "names_the_meeting", "of_someone", "someone_goes_to", "own_mark", "place_subject", "requested", "signed_up", "strong"]

# Words that ask whether people came or will come, as typed (folded) or as lemmas.
PRESENCE = frozenset({"present", "presents", "presente", "presentes", "presence", "presences", "participer",
                      "participe", "participes", "participants", "participant", "assister", "assiste", "excuse",
                      "excuses", "excusee", "excusees", "excuser", "absent", "absents", "absente", "absentes",
                      "manquer", "manquait", "manquaient", "venu", "venus", "venue", "venues", "represente",
                      "representee", "representes", "representees", "emargement", "absence", "participera",
                      "participeront", "assistera", "assisteront", "viendra", "viendront", "connecte", "connectes",
                      "connectee", "connectees", "nombreux", "nombreuses", "participation", "participations",
                      "seche", "seches", "sechee", "sechees"})
# Words that say presence by themselves, whatever reading came first: « qui avait envoyé ses excuses pour le 19 ? »
# (a task « Envoyer … »), « qui est venu au Merlan en octobre ? » (a task on the Merlan).
_STRONG = frozenset({"present", "presents", "presente", "presentes", "excuses", "excuse", "excusee", "excusees",
                     "absent", "absents", "absente", "absentes", "venu", "venus", "venue", "venues", "participe",
                     "participants", "participation", "assiste", "emargement",
                     # « quelles structures étaient représentées ? » (not « représente », also the present tense)
                     "representee", "representees", "representes",
                     # « qui a séché la réunion ? »: absent, in chat.
                     "seche", "seches", "sechee", "sechees"})
# « qui était là », « qui sera là », « y avait qui », « on était combien »: a verb of being then or to come.
_BEING = frozenset({"etait", "etaient", "etais", "etions", "etiez", "avait", "sera", "seront", "serons", "vient", "viennent"})
_ASKING = frozenset({"qui", "combien"})
# « on était combien ? », « combien étions-nous ? »: a count in the past is of the last meeting.
_WERE = frozenset({"etait", "etaient", "etions", "etiez", "etais"})
# « combien de personnes à la réunion de septembre ? »: a count of people.
_PEOPLE = frozenset({"personnes", "membres", "participants", "gens", "monde", "presents"})
# « qui sera présent au centre social ? »: a tense of coming or having come, the place after « à ».
_THEN = frozenset({"sera", "seront", "serez", "etait", "etaient", "etiez", "venu", "venus", "venue", "venues", "vient",
                   "viendra", "viendront"})
# A request made of a noun phrase: « les excusés de la réunion du 19 », « la liste des présents stp ».
_NOUN_START = frozenset({"le", "la", "les", "liste", "l"})
_PLEASE = re.compile(r"\b(?:svp|stp|s'il (?:te|vous) pla[iî]t)\b", re.IGNORECASE)
# After « être », « là » (or « la » with nothing of a noun after it) says someone is there.
_THERE_AFTER = frozenset({"a", "au", "aux", "en", "le", "pour", "lors", "hier", "jeudi", "lundi", "mardi", "mercredi",
                          "vendredi", "samedi", "dimanche", "ce", "cette", "aujourd", "demain", "bien", "aussi"})
# « envoyer ses excuses », « présenter ses excuses »: the verb of the idiom is no topic.
_EXCUSE_VERBS = frozenset({"envoyer", "envoye", "presenter", "presente", "transmettre", "transmis", "donner", "donne",
                           # « absent sans prévenir », « sans s'excuser », « sans avoir prévenu »: absent, not excused
                           "sans", "prevenir", "prevenu", "prevenue", "avoir"})


def _asked_words(u: Understanding) -> list[str]:
    """The folded words outside the framing; « qui » after « ce » asks what (« qu'est-ce qui sera discuté ? »),
    « le combien » asks the day of the month (« c'était le combien ? »), no count of people."""
    return [w.folded for i, w in enumerate(u.words) if i not in u.framing
            and not (w.folded == "qui" and i and u.words[i - 1].folded == "ce")
            and not (w.folded == "combien" and i and u.words[i - 1].folded == "le")]


def designates_meeting(u: Understanding) -> bool:
    # « combien de personnes à la plénière ? », « qui sera là au comité technique ? »: a formation names a meeting.
    # « qui vient de l'Atelier du Territoire ? »: a meeting's word inside a body's name designates no meeting.
    in_body = {i for e in u.entities if e.kind == "org" for i in range(e.start, e.end)}
    return (u.order is not None or any(w.lemma in MEETING_NOUNS and i not in in_body for i, w in enumerate(u.words))
            or any(u.first(kind) is not None for kind in ("period", "month", "number"))
            or any(e.kind == "place" and e.extra.get("formation") for e in u.entities)
            # « qui ne pourra pas venir à Cholet ? », « … à la Mission locale ? »: a meeting place after « à ».
            or any(e.kind == "place" and _after_at(u, e.start) for e in u.entities))


def _after_at(u: Understanding, start: int) -> bool:
    """The word at `start` follows « à », « au », « aux », or « à » and an article (« à la », « à l' »)."""
    before = [w.folded for w in u.words[max(0, start - 2):start]]
    return bool(before) and (before[-1] in ("a", "au", "aux") or before == ["a", "la"] or before == ["a", "l"])


def place_subject(u: Understanding) -> Entity | None:
    """« le Merlan était là le 19 ? »: a meeting place that opens the question (after an article at
    most) is its subject, a body named by its place, not where the meeting was."""
    place = u.first("place")
    if place is None or u.first("org") is not None or u.first("person") is not None:
        return None
    before = [w.folded for w in u.words[:place.start]]
    return place if len(before) <= 1 and all(w in _NOUN_START for w in before) else None


def _there(u: Understanding) -> bool:
    """« était là », « sera là jeudi »: a verb of being, then « là »."""
    found = u.words
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if a.folded in _BEING | _WERE | {"est", "suis", "es"} and (b.raw.casefold() == "là" or b.folded == "la" and (
                i + 2 >= len(found) or found[i + 2].folded in _THERE_AFTER)):
            return True
    return False


# The heads of a relative clause (« ceux qui », « celle qui »).
_HEADS = frozenset({"ceux", "celles", "celui", "celle"})


def requested(u: Understanding) -> bool:
    """A question, a polite request, « svp », or a noun phrase of presence (« les excusés de … »)."""
    # « merci à tous ceux qui sont venus ! »: the relative « qui » after « ceux » asks nothing.
    asking = any(w.folded in lexicon().question_words and not (w.folded == "qui" and i and u.words[i - 1].folded in _HEADS)
                 for i, w in enumerate(u.words))
    if "?" in u.text or u.framing or asking or _PLEASE.search(u.text):
        return True
    if _was_there_typed(u):
        return True  # « la caf etait la en octobre », « linspectrice etait la le 26 »: typed without its « ? »
    # « la liste des participants à la plénière de Saumur »: the noun of presence after « la liste des ».
    head = [w.folded for w in u.words[:4 if len(u.words) > 1 and u.words[1].folded == "liste" else 3]]
    return bool(head) and head[0] in _NOUN_START and any(w in PRESENCE for w in head[1:])


# « est venue », « sont venus »: having come, in the past.
_CAME = frozenset({"venu", "venue", "venus", "venues"})


def _was_there_typed(u: Understanding) -> bool:
    """« la caf etait la en octobre », « la CAF est venue à la réunion de novembre »: one member, body or title
    named first, then its being there or having come in the past, at a meeting the message designates — a yes-or-no
    question typed on a phone without its « ? » (the pipeline reads « Karim était là jeudi dernier » so). One clause
    only: news told of an absence comes with its reason (« … elle était en préfecture », told_clauses.py)."""
    named = [e for e in u.entities if e.kind in ("person", "org", "role")]
    if not named or named[0].start > 1 or not designates_meeting(u):
        return False
    after = [w.folded for w in u.words[named[0].end:named[0].end + 3]]
    past = bool(after) and (after[0] in _WERE and (len(after) > 1 and after[1] in ("la", "present", "presente", "presents",
                                                                                    "presentes"))
                            or after[0] in ("est", "sont") and len(after) > 1 and after[1] in _CAME)
    return past and not any(w.folded in ("il", "elle", "ils", "elles") for w in u.words[named[0].end + 1:])


_ORDER_WORDS = SINGULAR


def _goes_to(u: Understanding) -> bool:
    """« Nadège sera à Cluny ? », « Paul était au Creusot ? », « la chambre d'agriculture était à la réunion de la
    légumerie ? »: someone named, being then or to come, then « à » a meeting's place or noun (not « on sera à Rezé
    le 19 ? », whose only name is the place's)."""
    def there_at(i: int) -> int:
        """Where the place follows the verb at `i`: after « à », or after « là à » (« Hélène sera là à Villeneuve ? »)."""
        b = u.words[i + 1].folded
        if b in ("a", "au", "aux"):
            return i + 2
        if u.words[i + 1].raw.casefold() == "là" and i + 2 < len(u.words) and u.words[i + 2].folded in ("a", "au", "aux"):
            return i + 3
        return -1

    def sitting_at(at: int, verb: int) -> bool:
        """A meeting's place at `at`, or a meeting's noun after its article (« à la réunion de la légumerie », « à
        l'atelier de novembre », set 40b) when the one named is the verb's subject, right before it (not « Sébastien,
        t'étais à la plénière toi ? », said to him, set 28c)."""
        if any(e.kind == "place" and e.start == at for e in u.entities):
            return True
        if not any(e.kind in ("person", "org") and e.end == verb for e in u.entities):
            return False
        if at < len(u.words) and u.words[at].folded in ("la", "l", "le") and u.words[at - 1].folded == "a":
            at += 1
        if at < len(u.words) and u.words[at].folded in _ORDER_WORDS:
            at += 1  # « au prochain comité », « à la dernière réunion »
        return at < len(u.words) and u.words[at].lemma in MEETING_NOUNS

    return any(a.folded in _THEN | _WERE and (at := there_at(i)) > 0 and sitting_at(at, i) and any(
        e.kind in ("person", "org") and e.end <= i for e in u.entities)
        for i, a in enumerate(u.words[:-1]))


def someone_goes_to(u: Understanding) -> bool:
    """« Hélène sera là à Villeneuve ? », « Paul était au Creusot ? »: one member named being (or to be) at a
    meeting's place, and no « qui » asked."""
    people = [e for e in u.entities if e.kind == "person"]
    return (len(people) == 1 and len(people[0].items) == 1 and not any(w.folded == "qui" for w in u.words)
            and _goes_to(u))


def of_someone(u: Understanding) -> bool:
    """« Camille est venue ? », « Arles était représentée ? »: a word of presence said of someone named."""
    named = u.first("person") is not None or u.first("org") is not None or place_subject(u) is not None
    return named and (any(w.folded in PRESENCE or w.lemma in PRESENCE for i, w in enumerate(u.words)
                          if i not in u.framing) or _there(u) or _goes_to(u))


# The asker having been (« j'étais », « j'ai été », « j'avais été ») or being (« je suis », « je serai »).
_SELF_WAS = (("j", "etais"), ("j", "ai", "ete"), ("j", "avais", "ete"))
_SELF_IS = (("je", "suis"), ("je", "serai"))


def own_mark(u: Understanding) -> str | None:
    """« j'ai été comptée présente le 25 ? », « j'avais été notée absente ? »: the asker's own mark on a meeting's
    list, a strong word of presence said of the asker as of a member named — `attendance_meeting` in the past,
    `rsvp_upcoming` in the present or future, None when the asker is not the one marked."""
    folded = _asked_words(u)
    if not any(w in _STRONG for w in folded):
        return None
    def said(forms: tuple[tuple[str, ...], ...]) -> bool:
        return any(tuple(folded[i:i + len(f)]) == f for f in forms for i in range(len(folded)))
    return "attendance_meeting" if said(_SELF_WAS) else "rsvp_upcoming" if said(_SELF_IS) else None


def _said_yes(folded: list[str]) -> bool:
    """« qui a dit oui pour jeudi ? », « qui a répondu présent ? »."""
    return any(a in ("dit", "repondu") and b in ("oui", "present", "presente") for a, b in zip(folded, folded[1:]))


def _counted(folded: list[str]) -> bool:
    """« combien de personnes … ? », « combien de monde … ? »: a count of people."""
    # « on est combien à venir jeudi ? »: how many come, said by the verb of coming right after the count.
    coming = any(a == "combien" and b == "a" and c == "venir" for a, b, c in zip(folded, folded[1:], folded[2:]))
    return "combien" in folded and any(w in _PEOPLE for w in folded) or coming


def _counted_title(u: Understanding) -> bool:
    """« combien de rapporteurs à Tours ? », « combien d'élus au dernier comité ? »: a title in the plural right after
    « combien de », at a meeting the words designate: a count of the people there, no holder of the title asked."""
    for e in u.entities:
        said = u.words[e.start].folded
        if e.kind == "role" and e.start >= 2 and [w.folded for w in u.words[e.start - 2:e.start]] in (
                ["combien", "de"], ["combien", "d"]) and said.endswith(("s", "x")) and designates_meeting(u):
            return True
    return False


# « noté(e) » as the asker's own place on the list of a meeting to come.
_NOTED = frozenset({"note", "notee"})
_ANNOUNCED = frozenset({"annonce", "annoncee", "annonces", "annoncees"})


def _signed_up(folded: list[str]) -> bool:
    """« je suis bien inscrite pour jeudi ? »: the asker's own announcement (not « les sujets inscrits »)."""
    # « je suis bien notée pour jeudi ? » says it too, « noté » right after « suis » or « bien » (not « c'est noté »).
    # « je me suis annoncée pour jeudi ? »: the asker's own announcement, by the reflexive verb.
    announced = "me" in folded and any(a in ("suis", "bien") and b in _ANNOUNCED for a, b in zip(folded, folded[1:]))
    return any(w in ("je", "j", "suis") for w in folded) and (any(w.startswith("inscrit") for w in folded) or any(
        a in ("suis", "bien") and b in _NOTED for a, b in zip(folded, folded[1:])) or announced)


# « j'ai confirmé pour le 9 ? », « j'ai bien confirmé ma présence ? »: the asker's own answer to a meeting to come
# (not « j'ai confirmé le traiteur pour le 9 »: what follows is the asker's coming or the meeting).
_CONFIRMED = frozenset({"confirme", "confirmee"})
_CONFIRMED_NEXT = frozenset({"pour", "ma", "presence", "venue", "participation"})


def _confirmed(folded: list[str]) -> bool:
    at = [i for i, w in enumerate(folded) if w in _CONFIRMED and i >= 2 and folded[i - 1] in ("ai", "bien")
          and "j" in folded[max(0, i - 3):i]]
    return any(i + 1 == len(folded) or folded[i + 1] in _CONFIRMED_NEXT for i in at)


def signed_up(u: Understanding) -> bool:
    """_signed_up of `u`'s words, in the present (« j'étais inscrit » is a mark of a meeting held), or the asker's
    confirmation (« j'ai confirmé pour le 9 ? »)."""
    folded = [w.folded for w in u.words]
    return _signed_up(folded) and "suis" in folded or _confirmed(folded)


# « pu venir », « pourra venir »: being able to come (or not).
_CAN = frozenset({"pu", "pourra", "pourront", "pourrons", "pourrez", "pourrai", "pourrais", "pourrait", "peut", "peuvent"})


def _cannot_come(folded: list[str], lemmas: set[str]) -> bool:
    return any(w in _CAN for w in folded) and "venir" in lemmas


def strong(u: Understanding) -> bool:
    folded = _asked_words(u)
    if _cannot_come(folded, {w.lemma for w in u.words}) and any(w in ("pas", "n", "ne") for w in folded):
        return True  # « qui ne pourra pas venir ? »
    # « qui sera là au comité technique ? »: « être là » says presence as « présent » does.
    # « combien on était ? », « qui a fait le déplacement ? », « la CAF sera au cotech ? »: coming_cues.py, _goes_to.
    return (any(w in _STRONG for w in folded) or _said_yes(folded) or _counted(folded) or _counted_title(u)
            or _signed_up(folded) or _there(u)
            or _confirmed(folded) or coming_cue(u) or _goes_to(u))


def asks_presence(u: Understanding) -> bool:
    """Whether the words ask who came or comes, how many, or whether someone was there."""
    folded = _asked_words(u)
    lemmas = {w.lemma for i, w in enumerate(u.words) if i not in u.framing}
    named = u.first("person") is not None or u.first("org") is not None or place_subject(u) is not None
    # « y a qui jeudi ? »: « y a » is « il y a »; « y avait du monde en octobre ? »
    there_is = any(a == "y" and b == "a" for a, b in zip(folded, folded[1:]))
    crowd = "monde" in folded and any(a == "y" and b in ("avait", "a") for a, b in zip(folded, folded[1:]))
    return (any(w in PRESENCE for w in folded) or bool(lemmas & PRESENCE)
            or any(w in _ASKING for w in folded) and (any(w in _BEING for w in folded) or there_is)
            # « Keller était à la réunion ? » says a named one was there; « la réunion de la MSA, c'était … »
            # names a meeting (« c' », « ce »: an impersonal subject names nobody).
            or named and (there_is or any(w.folded in _BEING and not (i and u.words[i - 1].folded in ("c", "ce"))
                                          for i, w in enumerate(u.words) if i not in u.framing))
            or _counted(folded) or _counted_title(u)
            or _cannot_come(folded, lemmas)  # « qui n'a pas pu venir le 19 ? », « qui ne pourra pas venir ? »
            or _signed_up(folded) or _said_yes(folded) or crowd or _confirmed(folded) or coming_cue(u))


def last_meeting_asked(u: Understanding) -> bool:
    """« on était combien ? », « il manquait qui ? », « qui était là ? »: the last meeting, when none is named
    (« on sera combien ? »: the next one); « Le quorum était-il atteint ? » (asked in the past) too."""
    folded = _asked_words(u)
    return "combien" in folded and any(w in _WERE or w in _BEING for w in folded) or "qui" in folded and (
        _there(u) or any(w in ("manquait", "manquaient") for w in folded)) or quorum_asked(u)


def at_meeting_place(u: Understanding) -> bool:
    """« qui sera présent au centre social Saint-Mauront ? »: who, a word of presence in a tense of coming or
    having come, then « à » a meeting's place: the meeting held there, not the body of that name."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded or not any(w in _THEN for w in folded) or not any(w in PRESENCE for w in folded):
        return False
    return any(e.kind == "place" and _after_at(u, e.start) for e in u.entities)


def idiom_only(u: Understanding) -> bool:
    """The topic is only the verb of « envoyer / présenter ses excuses »."""
    return bool(u.topic) and all(w.folded in _EXCUSE_VERBS or w.lemma in _EXCUSE_VERBS for w in u.topic) and any(
        w.folded.startswith(("excuse", "absen")) or w.folded in PRESENCE for w in u.words)


# Words before a body's name that make it where the meeting is held: « à Metz », « la réunion de la MDPH ».
_AT = frozenset({"a", "au", "aux", "en", "chez"})


def names_the_meeting(u: Understanding, start: int) -> bool:
    """« la réunion de la MDPH », « qui vient jeudi à Metz ? »: a body that is also a meeting
    place, right after a meeting noun or « à », is where the meeting is held, not who was there."""
    # « y avait qui à l'Hôtel du Département ? »: a body named inside a place's name is that place.
    covering = [e.start for e in u.entities if e.kind == "place" and e.start <= start < e.end]
    if not covering:
        # « qui manquait à la réunion des urgences ? »: a body right after a sitting's noun and « de » says which
        # sitting (held there, or on its field), not whose presence is asked (lead's set 64).
        said = [w for w in u.words[:start] if w.folded not in ("la", "l", "le", "les")]
        return len(said) >= 2 and said[-1].folded in ("de", "du", "des", "d") and said[-2].lemma in MEETING_NOUNS
    start = min(covering)
    # « on était combien à la sous-préf ? »: « sous » opens the place's own word (a sous-préfecture), it is
    # no preposition between « à » and the place (lead's set 59).
    start -= start > 0 and u.words[start - 1].folded == "sous"
    # « la visite de la centrale »: right after a sitting named by its own heading (« Visite du chantier …, CNPE de
    # … »), the body is where that sitting was held (lead's set 52).
    if any(e.kind == "place" and e.end < start and all(
            w.folded in ("de", "du", "d", "la", "l", "le", "des") for w in u.words[e.end:start]) for e in u.entities):
        return True
    before = u.words[max(0, start - 3):start]
    at = [w.folded for w in before if w.folded not in ("la", "l", "le", "les")][-2:]
    # « qui s'était excusé pour Saumur ? »: one excuses oneself for a meeting, not for a body.
    # « la liste des excusés du Creusot »: a noun of presence, then « du » the place.
    return any(w.lemma in MEETING_NOUNS for w in before) or bool(at) and (at[-1] in _AT or at[-1] == "pour" and (
        len(at) > 1 and at[0].startswith("excuse")) or at[-1] in ("du", "de", "d") and len(at) > 1 and at[0] in _STRONG)
