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
pour la MDPH ? » asks who represents it). The words and what they tell
are in presence_cues.py.
"""

from __future__ import annotations

from handlers.understanding.coming_cues import answered_sitting, coming_cue, crowd_verbs, idiom_topic, own_noted, quorum_asked, someone_answered, tense_list
from handlers.understanding.intents import PLACEHOLDERS, model
from handlers.understanding.pipeline import MEETING_NOUNS, PLAUSIBLE, Understanding
from handlers.understanding.presence_body import (body_people_there, body_presence, body_was_there, meeting_at_place,
                                                  title_was_there)
from handlers.understanding.presence_cues import (PRESENCE, asks_presence, someone_goes_to, at_meeting_place, designates_meeting, idiom_only,
                                                  last_meeting_asked, names_the_meeting, of_someone, own_mark,
                                                  place_subject, requested, signed_up, strong)
from handlers.understanding.sitting_order import SINGULAR

__all__ = ["place_subject", "presence_reading"]

# The readings a presence question is taken from: about meetings, their decisions, the directory.
_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items",
                               "decisions_recent", "directory", "attendance_meeting", "rsvp_upcoming"})
# Besides, those a presence question with someone or a body named is mistaken for: « Camille est venue ? »
# (who is Camille), « Nadia sera là jeudi ? » (her tasks), « la Ville d'Arles était représentée en octobre ? »
# (what falls in October).
_NAMED_MISREAD = frozenset({"who_is", "tasks_mine", "dates_period"})
# Those a strong word of presence with a meeting named overrides (« qui avait envoyé ses excuses pour le 19 ? »:
# a task « Envoyer … »); never a reading about people (« qui est présent pour la MDPH ? » asks who represents it).
_RECORD_MISREAD = frozenset({"in_charge", "tasks_late", "tasks_mine", "dates_period", "decisions_topic"})
_ATTENDANCE = ("attendance_meeting", "rsvp_upcoming")
# Readings about a body's people that a presence question naming no body is mistaken for (« les personnes … »).
_PEOPLE_MISREAD = frozenset({"org_members", "org_representative"})
# The readings a title asked present is mistaken for: who holds it, the meeting named.
_TITLE_MISREAD = frozenset({"role_holder", "org_representative", "meeting_which", "meeting_next", "attendance_meeting",
                            "rsvp_upcoming"})
# With a strong word of presence and a meeting named, a closeness this low is enough.
STRONG_PLAUSIBLE = 0.2


def _first_allowed(u: Understanding, first: str, named: bool, sure: bool) -> bool:
    """Whether the first reading is one a presence question may be mistaken for."""
    if first in _MEETING_READINGS or named and first in _NAMED_MISREAD:
        return True
    if sure and first in _RECORD_MISREAD or at_meeting_place(u):
        return True
    if sure and first in _PEOPLE_MISREAD and u.first("org") is None and u.first("person") is None:
        return True  # « les personnes excusées mardi dernier ? »: people of no body, excused at a meeting
    if sure and first in _PEOPLE_MISREAD and (org := u.first("org")) is not None and names_the_meeting(u, org.start):
        return True  # « combien de monde au Creusot ? »: the town of a body (CCAS du Creusot) is the meeting's place
    if first in _PEOPLE_MISREAD and named and body_was_there(u):
        return True  # « la CPAM était là au Creusot ? »: the body's presence at that meeting, not its people
    # « vous étiez combien à la visio ? »: a question, though its words read like chat; « combien » asks as the
    # « ? » does, which a phone's hurried « on sera combien a la mediatheque » leaves out.
    counts = any(w.folded == "combien" for w in u.words)
    return first == "chitchat" and ("?" in u.text or counts) and (sure or last_meeting_asked(u))


def _asked_as_chat(u: Understanding) -> bool:
    """« qui ne pourra pas venir jeudi ? »: read as chat (« je ne pourrai pas venir »), yet asked who."""
    # « je suis notée présente pour Cluny ? », « j'étais excusé jeudi ? »: the asker's own mark, asked.
    asker = any(w.folded in ("qui", "combien") for w in u.words) or any(
        a.folded in ("je", "j") and b.folded in ("suis", "etais", "etait") for a, b in zip(u.words, u.words[1:])) or (
        own_mark(u) is not None) or (  # « j'avais été notée absente ? »
        # « Léa a été notée présente le 25 ? », « Karim avait été noté absent ? »: a member's mark, asked.
        u.first("person") is not None and any(a.folded in ("a", "avait") and b.folded == "ete"
                                              for a, b in zip(u.words, u.words[1:])))
    return u.intent == "chitchat" and "?" in u.text and asker and strong(u) and designates_meeting(u)


def _tense_only(u: Understanding) -> bool:
    """The topic is only a form of « être » or « avoir » that a record's pair grounded (« Caritas sera présente … ? »
    of a decision's « … de Caritas sont remis … »): the tense of the question, no subject (set 39b)."""
    return all(w.lemma in ("etre", "avoir") for w in u.topic)


def _topic_names_sitting(u: Understanding) -> bool:
    """Every topic word lies inside a sitting named by its kind and subject (« au GT transport à la demande »): the
    words a decision shares name the sitting, no subject of the question (set 46b)."""
    inside = {i for e in u.entities if e.kind == "place" and e.extra.get("formation") for i in range(e.start, e.end)}
    return bool(inside) and all(any(w is u.words[i] for i in inside) for w in u.topic)


# The small words inside a title's complement (« cheffe de service », « déléguée aux droits des femmes »).
_COMPLEMENT_GLUE = frozenset({"de", "du", "des", "d", "aux", "au", "a", "la", "le", "l", "les", "et", "en",
                              # « le prof de techno il était là ? » (lead's set 85): the title taken up by a pronoun.
                              "il", "elle", "ils", "elles"})
_BEING_THERE = frozenset({"etait", "etaient", "sera", "seront", "vient", "viennent", "viendra", "viendront"})


def _title_complement(u: Understanding) -> bool:
    """The topic is the complement of the title that opens the question, up to the verb of being there: nothing but
    topic words and their small words between the title and the verb (« la cheffe de service sera là ? »)."""
    title = u.first("role")
    folded = [w.folded for w in u.words]
    verb = next((i for i, f in enumerate(folded) if f in _BEING_THERE), None)
    if title is None or verb is None or verb <= title.end or any(e.start < verb and e is not title for e in u.entities):
        return False
    topic = {i for i, w in enumerate(u.words) if any(w is t for t in u.topic)}
    between = range(title.end, verb)
    return bool(topic) and topic <= set(between) and all(i in topic or folded[i] in _COMPLEMENT_GLUE for i in between)


# « le comité de septembre était à la MDA ? », « la dernière réunion c'était à la Maison des associations ? » (set
# 43b): a sitting as the subject, « être » then « à » a body: where it was held, no one's presence.
_ARTICLES = frozenset({"le", "la", "l", "notre"})
_ORDERS = SINGULAR
_BE = frozenset({"etait", "est", "sera", "c"})


def _sitting_held_at(u: Understanding) -> bool:
    said = u.words
    at = 1 if said[:1] and said[0].folded in _ARTICLES else 0
    at += 1 if at < len(said) and said[at].folded in _ORDERS else 0
    if at >= len(said) or said[at].lemma not in MEETING_NOUNS or any(w.folded in PRESENCE for w in said):
        return False
    verb = next((i for i, w in enumerate(said) if w.folded in _BE), None)
    return verb is not None and not any(e.kind in ("person", "org", "role") and e.start < verb for e in u.entities) and (
        any(w.folded in ("a", "au", "aux") for w in said[verb + 1:verb + 4]))


def presence_reading(u: Understanding) -> str | None:
    """`attendance_meeting` or `rsvp_upcoming` when the message asks who came (or comes) to
    the meeting it designates and that reading is plausible; else None."""
    if _sitting_held_at(u):
        return None
    if (own := own_noted(u)) is not None and (not u.topic or designates_meeting(u)):
        # « t'as bien noté que je serai pas là jeudi ? »: the bot notes nothing without /excuse; what the asker
        # announced (or nothing, with the commands) answers it, never a yes (coming_cues.py).
        return own
    misread = u.intent in _TITLE_MISREAD or u.intent is None and u.ranking[:1] and u.ranking[0][0] in _TITLE_MISREAD
    if u.topic and misread and title_was_there(u) and _title_complement(u) and requested(u):
        # « la cheffe de service sera là le 8 ? », « la déléguée aux droits des femmes sera là ? »: the words after the
        # title are its complement, not a topic; the holder's presence, as of the title alone below (set 41a). Unread
        # too when a reading of people or sittings came first (« le directeur de l'école vient le 10 ? », set 75).
        return body_presence(u) if not any(w.folded in ("vient", "viennent") for w in u.words) else "rsvp_upcoming"
    if someone_goes_to(u) and requested(u):
        # « Hélène sera là à Villeneuve ? »: a member being at the meeting held there; « là » weighs nothing to the
        # model, the member's card came first. The tense says which list (presence_body.py).
        return body_presence(u)
    if answered_sitting(u) and requested(u) and u.intent in {None} | _MEETING_READINGS | _RECORD_MISREAD | _NAMED_MISREAD:
        return "rsvp_upcoming"  # « est-ce que Corinne a confirmé pour Cluny ? »: her answer, not her tasks
    if (u.intent is None or u.intent in _PEOPLE_MISREAD) and (coming := body_people_there(u)) is not None:
        return coming  # « qui vient de la CAF jeudi ? »: that body's people at the meeting, not its representatives
    # « la mutualité était là à la Mission locale ? »: read as the body's people, yet its presence at a meeting.
    if u.topic and not idiom_only(u) and not idiom_topic(u) and not _tense_only(u) and not _topic_names_sitting(u) or (u.intent is not None and u.intent not in _MEETING_READINGS
                                          and not at_meeting_place(u) and not _asked_as_chat(u)
                                          and not (u.intent in _PEOPLE_MISREAD and body_was_there(u))
                                          and not (u.intent in _TITLE_MISREAD and title_was_there(u))
                                          # « qui a fait le déplacement à Montréjeau ? » (a task's pilot), « Karim a
                                          # confirmé pour jeudi ? » (his tasks): coming said by an idiom, at a sitting.
                                          and not (u.intent in _RECORD_MISREAD | _NAMED_MISREAD and coming_cue(u)
                                                   and designates_meeting(u))):
        return None
    if not requested(u):
        return None  # « excusez mon absence à la dernière réunion »: asks nothing
    named = of_someone(u)
    sure = strong(u) and designates_meeting(u)
    # « j'ai été comptée présente le 25 ? »: the asker's own mark, read first as who the asker is.
    named_misread = named or sure and own_mark(u) is not None
    ranked = [name for name, _ in u.ranking[:3]]
    if title_was_there(u) and not u.topic and ranked and ranked[0] in _TITLE_MISREAD:
        # « le président du CPAS était là le 24 ? », « l'échevine vient à la réunion du 15 ? »: a member named
        # by a title, being then or coming, at a meeting designated: that member's presence, not who holds it.
        return body_presence(u) if not any(w.folded in ("vient", "viennent") for w in u.words) else "rsvp_upcoming"
    if quorum_asked(u) and idiom_topic(u) and not designates_meeting(u):
        return "attendance_meeting"  # « Le quorum était-il atteint ? »: nothing the examples weigh, the last sitting's list
    if ranked and not _first_allowed(u, ranked[0], named_misread, sure):
        return None
    implicit = last_meeting_asked(u)
    if not asks_presence(u) or not (designates_meeting(u) or named or implicit):
        return None
    if ranked and ranked[0] == "directory" and u.order is None and not implicit and not any(
            u.first(kind) is not None for kind in ("period", "month", "number")) and not meeting_at_place(u) and not (
            sure and (org := u.first("org")) is not None and names_the_meeting(u, org.start)):
        return None  # « qui sont les participants du comité ? »: the group's members, no meeting named
    scores = {name: s for name, s in u.ranking if name in _ATTENDANCE}
    if named and (u.first("org") is not None or place_subject(u) is not None) and PLACEHOLDERS["place"] in u.tokens:
        # « est-ce qu'Aubagne était là en avril ? »: a town that is a body and a meeting place was read as the
        # place, the month speaking of a meeting; it is the body whose presence is asked.
        as_body = [PLACEHOLDERS["org"] if t == PLACEHOLDERS["place"] else t for t in u.tokens]
        for name, s in model().rank(as_body):
            if name in _ATTENDANCE and s > scores.get(name, 0.0):
                scores[name] = s
    orgs = [e for e in u.entities if e.kind == "org"]
    if orgs and names_the_meeting(u, orgs[-1].start) and PLACEHOLDERS["org"] in u.tokens:
        # « combien de monde au Creusot ? »: the town of a body (CCAS du Creusot) read as the body is the place;
        # « la mutualité était là à la Mission locale ? »: the last body named, after « à », is the place.
        last = max(i for i, t in enumerate(u.tokens) if t == PLACEHOLDERS["org"])
        as_place = [PLACEHOLDERS["place"] if t == PLACEHOLDERS["org"] and (i == last or len(orgs) == 1) else t
                    for i, t in enumerate(u.tokens)]
        for name, s in model().rank(as_place):
            if name in _ATTENDANCE and s > scores.get(name, 0.0):
                scores[name] = s
    if sure and someone_answered(u):
        return "rsvp_upcoming"  # « est-ce que Karim a confirmé pour jeudi ? »: his answer to a sitting ahead
    if sure and coming_cue(u) and (listed := tense_list(u)) is not None:
        # « on sera combien au cotech ? », « combien on était au premier copil ? », « y aura du monde jeudi ? »:
        # the tense says which list, where the examples (which do not weigh « on », « aura ») would guess.
        u.framing |= crowd_verbs(u)
        return listed
    if sure and signed_up(u) and not named:
        # « je suis bien inscrit pour le 15 ? »: the asker's own announcement; « inscrit » is no cue of the model
        # (« les sujets inscrits pour jeudi »), so the examples saying it weigh nothing.
        return "rsvp_upcoming"
    if sure and not named and (mark := own_mark(u)) is not None and max(scores.values(), default=0.0) < STRONG_PLAUSIBLE:
        # « j'ai été comptée présente le 25 ? »: the asker's own mark, whose words (« compté », « j'ai été ») the
        # examples do not weigh, at a meeting designated; the tense says which list.
        return mark
    if sure and body_was_there(u):
        # « la mutualité était là à la Mission locale ? », « Actiris sera là à la prochaine réunion ? »: « était
        # là » weighs nothing to the model (grammar words), the body's people or the meeting come first; a body
        # being then (or to come) at a meeting designated says its presence.
        return body_presence(u)
    if not scores or max(scores.values()) < (STRONG_PLAUSIBLE if sure else PLAUSIBLE):
        return None
    return max(scores, key=lambda name: scores[name])
