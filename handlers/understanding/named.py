"""Whether an answer leaves out a body the question named.

« les échéances de la Région ? » read as « les échéances » lists every
date, and « les tâches de la Région ? » the asker's own tasks: the body
named is ignored, so the answer would be a guess given with confidence.
Answers that do not look bodies up are kept confident only when their
text shows a word the question used for the body (« le rapport au Conseil
d'État » shows « État ») or the body's full name.
"""

from __future__ import annotations

import re

from handlers.understanding.acting import acts
from handlers.understanding.chat import cleft_news
from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word, fold, lexicon, proper_name, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.shape import is_clock_time
from handlers.understanding.topics import SHARE, topic_scores
from handlers.understanding.initials import shown_by_head, shown_by_kind
from handlers.understanding.world import ORG_STOP, World, bare_label, plain

__all__ = ["body_as_decision_topic", "body_names", "ignores_held_name", "ignores_named_body", "ignores_unknown_name", "news_of_people",
           "public_of_another_sense", "topic_is_a_body"]

# Answers that never look a body up.
# (Meeting answers are left out: « la prochaine réu est à Neuchâtel ou à
# La Chaux-de-Fonds ? » names towns as places, and the answer's place settles it.)
_BODILESS = frozenset({"dates_period", "decisions_recent", "tasks_mine", "tasks_late", "directory"})


def ignores_named_body(u: Understanding, shown: str) -> bool:
    """True when `u`'s answer (text `shown`) is of a kind that ignores bodies,
    the question names one that is not also a meeting's place, and none of
    the words it was named by appears in the answer."""
    if u.intent not in _BODILESS:
        return False
    places = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    answer = set(plain(shown).split())
    for body in (e for e in u.entities if e.kind == "org"):
        if any(i in places for i in range(body.start, body.end)):
            continue
        named = {w.folded for w in u.words[body.start:body.end]} - ORG_STOP
        # « le rapport au SEJ »: the answer may show the body's full name instead.
        full = bare_label(body.label)
        # « la Région » is in « l'appel à projets régional », « le département » in « départemental ».
        derived = any(a.startswith(n) for n in named if len(n) >= 4 for a in answer)
        # « l'AAP de la MEL » answered by « … de la Métropole »: the word its name opens with (initials.py).
        # « l'AAP du CD78 » answered by « … du Département »: the noun of its kind (initials.py).
        by_head = shown_by_head(body.label, sorted(named), plain(shown)) or shown_by_kind(body.label, plain(shown))
        if named and not named & answer and not derived and not by_head and f" {full} " not in f" {' '.join(plain(shown).split())} ":
            return True
    return False


# Answers found by a question's topic words, which a name they lack contradicts.
_BY_TOPIC = frozenset({"in_charge", "decisions_topic", "dates_period", "agenda_items"})


def ignores_unknown_name(u: Understanding, intent: str, shown: str) -> bool:
    """True when `u` is answered as `intent` by its topic (`shown`), and names, capitalised inside the sentence, a
    place or a person the group's store does not know (no entity, no word the lexicon knows) that the
    answer does not hold: « c'est quand la foire de Cournon ? » is not the task « réserver la place pour
    le marché », found through « foire » alone."""
    if intent not in _BY_TOPIC:
        return False
    # Words that frame the question name nothing asked (« je remplace Nathalie jeudi, il y a quoi à l'ordre du
    # jour ? »: the member stood in for, set 43b).
    covered = {i for e in u.entities for i in range(e.start, e.end)} | u.framing
    answer = set(plain(shown).split())
    # The same test normalise.words uses to keep such a name from being read as a slip.
    return any(i not in covered and not w.known and proper_name(w.raw, i, u.text) and w.folded not in answer
               for i, w in enumerate(u.words))


_DECISION_READINGS = frozenset({"decisions_topic", "decisions_recent"})


def topic_is_a_body(u: Understanding) -> bool:
    """The reading's topic, if any, is all words of bodies named (« décidé pour le bailleur ? »)."""
    in_bodies = {w.folded for e in u.entities if e.kind == "org" for w in u.words[e.start:e.end]}
    return all(w.folded in in_bodies for w in u.topic)


def body_as_decision_topic(u: Understanding, world: World) -> list[Word] | None:
    """« qu'est-ce qui a été décidé pour le conseil citoyen ? », « qu'a décidé
    le comité pour la Région ? », « décidé pour le bailleur ? »: a decision
    question whose topic is a body (also when the body is a meeting's place).
    The words it was named by, or else its name (« le bailleur » is Alsace
    Habitat), when one of the group's decisions holds them."""
    if not u.ranking or u.ranking[0][0] not in _DECISION_READINGS:
        return None
    # « décidé avec la Fondation Abbé Pierre »: what was decided with a body is about it.
    markers = lexicon().topic_markers | {"avec"}
    decisions = world.records.get("decisions_topic", ())
    # « les décisions de la Fondation Macif ? »: asked, a body after « de » is the topic too; not a town that is
    # a meeting place (« les décisions de Nanterre ? » may designate the meeting held there).
    asked_of = "?" in u.text and u.first("place") is None
    for body in (e for e in u.entities if e.kind == "org"):
        before = [w.folded for w in u.words[max(0, body.start - 3):body.start]]
        # « pour le X », « sur la X »: the body follows a topic marker (or the reading already asks a topic);
        # « qu'est-ce que la CeA a accepté ? », « qu'a promis la CAF ? »: the body is who decided (acting.py).
        if u.ranking[0][0] != "decisions_topic" and not asked_of and not any(w in markers for w in before) and not (
                "?" in u.text and acts(u.words, body.start, body.end)):
            continue
        for topic in body_names(u, body):
            if decisions and max(topic_scores(topic, decisions)) >= SHARE:
                return list(topic)
    return None


def body_names(u: Understanding, body: Entity) -> list[list[Word]]:
    """The ways a decision may name a body the question names: the words it was named by, then its full
    name (each one's, when « le bailleur » names several: « A / B »), then the initials its name gives in
    brackets (« Collectivité européenne d'Alsace (CeA) »), which minutes use, and the initials it opens with
    (« la CAF » for « CAF du Bas-Rhin »)."""
    labels = body.label.split(" / ")
    heads = [label.split()[0] for label in labels if len(label.split()) > 1 and label.split()[0].isupper()]
    return [list(u.words[body.start:body.end]),
            *(words(re.sub(r"\([^)]*\)", " ", label), shorthand=False) for label in labels),
            *(words(short, shorthand=False) for label in labels for short in re.findall(r"\(([^)]*)\)", label)),
            *(words(head, shorthand=False) for head in heads)]


_PEOPLE_READINGS = frozenset({"org_members", "org_representative", "who_is", "role_holder"})
_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meetings_upcoming", "agenda_items"})


def news_of_people(u: Understanding) -> bool:
    """« les gens de l'ACCOORD passent demain », « Karim vient jeudi », « le VP
    arrive à 10h »: people and a day or a time, with no question mark nor
    question word, are news, not a question about who they are."""
    if cleft_news(u.text, u.words, u.entities):
        return True  # « c'est Lucie qui anime la formation samedi »: who does it, told (chat.py)
    lex = lexicon()
    day = any(e.kind == "period" for e in u.entities)
    clock = any(is_clock_time(w) for w in u.words)
    # « rappel : réu jeudi 10 à 14h à Saint-Nazaire »: a meeting's day and time, asked nothing, announce it.
    told = u.intent in _PEOPLE_READINGS and (day or clock) or u.intent in _MEETING_READINGS and day and clock
    return told and "?" not in u.text and not any(w.folded in lex.question_words for w in u.words)


def ignores_held_name(u: Understanding, intent: str, shown: str, records: list[str]) -> bool:
    """« le Pass'ados est ouvert quand ? » answered with the decisions on « ouvert »: the question names, capitalised
    inside the sentence, a thing of the group (a service, an event: « Pass'ados », « Ribambelle ») that one of the
    group's records holds and the answer does not. The answer is then about something else the other words found,
    given with confidence; as with a name no record holds (ignores_unknown_name), it is offered, not given."""
    if intent not in _BY_TOPIC:
        return False
    covered = {i for e in u.entities for i in range(e.start, e.end)} | u.framing
    answer = set(plain(shown).split())
    held = {w for text in records for w in plain(text).split()}
    # « la subvention de la Région » is in « la subvention régionale »: a word the answer derives from it is shown.
    return any(i not in covered and proper_name(w.raw, i, u.text) and w.folded not in answer and w.folded in held
               and not any(a.startswith(w.folded) for a in answer) for i, w in enumerate(u.words))


# « le public du PLIE », « les publics de la mission locale »: « public » after a determiner is a noun, the people a
# body serves; after a noun (« les marchés publics », « le service public », « une réunion publique ») it is an
# adjective and says nothing of them.
_DETERMINERS = r"(?:le|les|du|des|au|aux|ce|ces|notre|nos|votre|vos|leur|leurs|son|ses|quel|quels)"
_PUBLIC_NOUN = re.compile(rf"\b{_DETERMINERS}\s+publics?\b")
# The public of a body (« le public du PLIE »): whom it serves. « informer le public » is everyone, whom a « réunion
# publique » is for (set 15d).
_PUBLIC_OF = re.compile(rf"\b{_DETERMINERS}\s+publics?\s+(?:du|de|des|d)\b")
_PUBLIC_ANY = re.compile(r"\bpubli(?:c|cs|que|ques)\b")


def public_of_another_sense(u: Understanding, intent: str, shown: str) -> bool:
    """« le public du PLIE on l'a défini comment ? » answered with « Les marchés publics … réservent 10 % des
    heures aux participants du PLIE »: the question's noun (the people served) found only as the adjective of
    another thing in the records shown (their heading, which repeats the question's words, left aside)."""
    if intent not in _BY_TOPIC or not _PUBLIC_OF.search(fold(u.text)):
        return False
    records = fold("\n".join(shown.split("\n")[1:]))
    return bool(_PUBLIC_ANY.search(records)) and not _PUBLIC_NOUN.search(records)
