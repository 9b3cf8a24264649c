"""How members write in a group chat, read as signs of what a message is
not: a sign-off (« à jeudi 10 à Saint-Nazaire »), news in the future tense
(« la réu sera à Rezé comme prévu »), news of a member or a body (« le
trésorier a envoyé les comptes », « la décision de la Métropole est
tombée »), a question to the other members (« qqn va à la réu de la
Région ? », « quelqu'un a le lien visio ? »), or a time or place asked where a who-reading came first
(« qqn sait qd c'est la réu de la Métropole ? »). The pipeline asks these
before it trusts a reading; none of them makes a reading confident.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.body_subject import body_acts
from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.sitting_order import FIRST, LAST, NEXT, PREVIOUS, SINGULAR

__all__ = ["PEOPLE", "asked_of_members", "thing_sought", "whereabouts", "asks_time", "cleft_news", "sitting_place_asked", "company_sought", "roll_call", "is_assent", "is_farewell", "is_future_news", "not_for_reading", "timely"]

# Intents that answer who: a question asking « quand » is none of them.
PEOPLE = frozenset({"who_is", "role_holder", "org_representative", "org_members", "directory", "in_charge"})
_DECISIONS = frozenset({"decisions_topic", "decisions_recent", "decision_number"})
# « jeudi je serai à la Noue »: the speaker's own future too.
_FUTURE = frozenset({"sera", "seront", "aura", "auront", "serons", "aurons", "viendra", "viendront", "serai", "aurai", "viendrai"})
_AUXILIARIES = frozenset({"a", "ont", "est", "sont", "va", "vont", "part", "arrive"})
_ARTICLES = frozenset({"la", "le", "l", "les", "un", "une", "des", "du"})
_WHO = frozenset({"qui", "ki"})
_VERB_OPENERS = frozenset({"s", "se", "n", "ne"})


def _asks(text: str, found: list[Word]) -> bool:
    return "?" in text or any(w.folded in lexicon().question_words for w in found)


def is_farewell(text: str, found: list[Word]) -> bool:
    """« à jeudi 10 à Saint-Nazaire », « à la prochaine »: a sign-off, asking nothing."""
    return len(found) > 1 and found[0].folded == "a" and found[1].folded != "propos" and not _asks(text, found)


# Words of assent a reply opens with (« ok pour moi pour la visio du 10 », « +1 pour Christine », « d'accord
# avec Paul »): agreeing with someone, asking nothing (set 25d).
_ASSENT = frozenset({"ok", "okay", "oki", "okok", "dac", "daccord", "entendu", "parfait", "nickel", "banco", "valide"})


def is_assent(text: str, found: list[Word]) -> bool:
    """« ok pour moi pour jeudi », « +1 pour Christine », « d'accord avec Karim sur la cotation »: assent."""
    if _asks(text, found) or not found:
        return False
    opening = " ".join(w.folded for w in found[:2])
    # « c'est bon pour moi pour jeudi »: the member's own agreement, no date asked.
    own_ok = " ".join(w.folded for w in found[:5]) in ("c est bon pour moi", "c est bon pour nous")
    return text.lstrip().startswith("+1") or found[0].folded in _ASSENT or opening in ("d accord", "ca marche") or own_ok


def is_future_news(text: str, found: list[Word]) -> bool:
    """« la réu de jeudi sera à Saint-Nazaire comme prévu »: the future tense, asking nothing."""
    return any(w.folded in _FUTURE for w in found) and not _asks(text, found)


# What « quel jour », « quelle date », « à quelle heure » ask, as « quand » does.
_TIME_NOUNS = frozenset({"jour", "jours", "date", "dates", "heure", "heures", "horaire", "horaires", "moment"})  # « c'est quels jours ? »


# A subject after « quand », then another question word: « quand il gèle, on fait quoi ? » asks what, not when.
_SUBJECTS = frozenset({"il", "elle", "ils", "elles", "on", "je", "j", "tu", "nous", "vous", "ca"})
_OTHER_QUESTION = frozenset({"quoi", "ou", "comment", "combien", "quel", "quelle", "quels", "quelles"})


def circumstance_when(folded: Sequence[str]) -> bool:
    """« quand » opens a clause of circumstance (« quand il gèle, on fait quoi ? »), no time asked; so when the
    clause closes a question another word asks (« comment on fait une demande quand on est étudiant ? »: lead's
    set 65)."""
    return any(a == "quand" and b in _SUBJECTS and (set(folded[i + 2:]) & _OTHER_QUESTION
                                                    or set(folded[:i]) & (_OTHER_QUESTION - {"ou"}))
               for i, (a, b) in enumerate(zip(folded, folded[1:])))


def asks_time(found: list[Word]) -> bool:
    """« quand », or « quel jour / quelle date / quelle heure »: a time is asked, no one."""
    if circumstance_when([w.folded for w in found]):
        return False
    return any(w.folded == "quand" or w.folded in ("quel", "quelle", "quels", "quelles") and i + 1 < len(found)
               and found[i + 1].folded in _TIME_NOUNS for i, w in enumerate(found))


# The readings of one sitting a place or a time is asked of (« où on s'est vu la dernière fois ? »).
_SITTING_READINGS = frozenset({"meeting_last", "meeting_next", "meeting_which"})


def sitting_place_asked(best: str, name: str, found: list[Word], order: str | None) -> bool:
    """`name` (chat) is no rival of `best`, a sitting's reading, when the message opens on « où » or « quand » and
    picks the sitting by its order (« où on s'est vu la dernière fois ? »): the question is worded as chat is
    (« on s'est vu »), but asks where or when that sitting was (set 16h; the examples of « la fois d'avant »
    brought the chat reading within the margin)."""
    return (name == "chitchat" and best in _SITTING_READINGS and order is not None and bool(found)
            and (found[0].raw.casefold() == "où" or found[0].folded == "quand"))


def timely(ranking: list[tuple[str, float]], found: list[Word]) -> list[tuple[str, float]]:
    """The readings a question asking a time can have: none that answers who
    (« le forum à Vitry c'est quel jour ? » names a town, asks no one); and when it asks when the group met
    (« la fois d'avant on s'est réunis quel jour ? »), not the latest decisions, which say no day of a sitting."""
    if not asks_time(found):
        return ranking
    met = _met(found)
    return [(name, s) for name, s in ranking if name not in PEOPLE and not (met and name == "decisions_recent")]


# The verbs of the group meeting, said reflexively (« on s'est réunis », « on s'est retrouvés », « s'est tenue »,
# « on s'est vu(s) », « on s'est rencontrés »): lemmas.
_MEETING_VERBS = frozenset({"reunir", "retrouver", "tenu", "tenir", "voir", "vu", "rencontrer"})


def _met(found: list[Word]) -> bool:
    """« on s'est réunis quel jour ? »: a sitting held asked, with no word of deciding (« on a décidé ça quand ? »)."""
    folded = [w.folded for w in found]
    reflexive = any(a in ("s", "se") and b in ("est", "etait", "etaient", "sont") for a, b in zip(folded, folded[1:]))
    return reflexive and any(w.lemma in _MEETING_VERBS for w in found) and not any(
        w.folded.startswith(("decid", "decis", "vot", "valid", "adopt", "act")) for w in found)


def _asks_place(found: list[Word]) -> bool:
    """« où », or « ou » in a message without « qui » (« où » typed without its accent)."""
    return any(w.raw.casefold() == "où" for w in found) or (
        any(w.folded == "ou" for w in found) and not any(w.folded in _WHO for w in found))


def _to_members(found: list[Word]) -> bool:
    """« qqn va à la réu de la Région ? »: a meeting typed as such (« le comité » is read as
    a meeting too, but names the group: kept apart by `typed`), and no « qui »."""
    return (any(w.lemma in ("reunion", "seance") and not w.typed for w in found)
            and not any(w.folded in _WHO for w in found))


def _news_of(text: str, found: list[Word], entities: list[Entity]) -> bool:
    """« le trésorier a envoyé les comptes », « la présidente est en vacances »: a verb right
    after the first person, role or body named, and nothing asked."""
    named = [e for e in entities if e.kind in ("person", "role", "org")]
    if not named or _asks(text, found):
        return False
    # « le référent à la CAF »: a preposition before an article, not a verb.
    after = found[min(e.end for e in named):]
    # « Pôle emploi s'appelle maintenant France Travail », « la CAF ne reçoit plus le vendredi »:
    # a reflexive or a negation opens a verb too.
    return len(after) >= 2 and (after[0].folded in _AUXILIARIES and after[1].folded not in _ARTICLES
                                or after[0].folded in _VERB_OPENERS and after[1].folded not in _ARTICLES)


def _of_a_body(found: list[Word], entities: list[Entity]) -> bool:
    """« la décision de la Métropole est tombée »: a body's own decision, not the group's."""
    lex = lexicon()
    starts = {e.start for e in entities if e.kind == "org"}
    for i, word in enumerate(found):
        if word.lemma in lex.decision_words or word.folded in lex.decision_words:
            j = i + 1
            while j < len(found) and found[j].folded in ("de", "du", "des", "d", "la", "l", "le"):
                j += 1
            if j > i + 1 and j in starts:
                return True
    return False


# « quelqu'un a le lien ? », « qqn peut m'envoyer le doc ? »: what a member asks of the others.
# « qqn passe par le centre social demain ? », « quelqu'un descend de Crest mardi ? », « quelqu'un va au salon ? »:
# whether someone goes somewhere (a lift, an errand) is asked of the others too; « quelqu'un vient … ? » is left to
# the readings (« quelqu'un vient de la CAF ? » may ask the bot who represents it).
_ASKED_OF_MEMBERS = frozenset({"a", "aurait", "peut", "pourrait", "sait", "saurait", "connait", "peux",
                               "va", "passe", "monte", "descend", "part", "rentre", "remonte", "redescend", "repart",
                               "ira", "passera", "montera", "descendra", "partira", "rentrera"})


# « quelqu'un l'a trouvé ? », « qqn m'envoie le lien ? »: an object pronoun before the verb.
_OBJECT_PRONOUNS = frozenset({"l", "le", "la", "les", "m", "me", "t", "te", "y", "en", "nous", "vous", "lui", "leur"})


# « personne n'a la clé ? », « personne n'a vu mon chargeur ? »: the negated « quelqu'un » before what is had or seen
# (not « personne n'a encore envoyé le CR ? », a task's state: nobody.py and the readings).
_HELD_NEXT = frozenset({"le", "la", "l", "les", "un", "une", "des", "du", "mon", "ma", "mes", "ton", "ta", "tes", "notre",
                        "nos", "votre", "vos", "son", "sa", "ses", "vu", "trouve", "retrouve"})


def _nobody_has(found: list[Word]) -> int | None:
    """Where the verb is in « personne n'a / ne sait … » opening the message (set 45c)."""
    if len(found) > 3 and found[0].folded == "personne" and found[1].folded in ("n", "ne") and (
            found[2].folded in _ASKED_OF_MEMBERS and found[3].folded in _HELD_NEXT):
        return 2
    return None


def _asked_of_members(found: list[Word]) -> int | None:
    """Where the verb is when the message asks whether someone among the members has, can or knows
    something: opening it, or after a sentence of context (« j'ai oublié mon badge à la dernière
    réunion, quelqu'un l'a trouvé ? »); « quelqu'un de la CAF » names a body, it asks the bot."""
    if (nobody := _nobody_has(found)) is not None:
        return nobody
    for i in range(len(found) - 2):
        if [w.folded for w in found[i:i + 2]] != ["quelqu", "un"]:
            continue
        j = i + 2
        while j < len(found) - 1 and found[j].folded in _OBJECT_PRONOUNS:
            j += 1
        if found[j].folded in _ASKED_OF_MEMBERS:
            return j
    return None


def asked_of_members(found: list[Word], opening: bool = False) -> bool:
    """« quelqu'un a le numéro de la halte-répit ? »: the members are asked, not the bot; `opening`: only when the
    message opens so (« un élu me demande combien de places …, quelqu'un a l'info ? » asks a question first)."""
    verb = _asked_of_members(found)
    return verb is not None and (not opening or verb <= 3)


def thing_sought(found: list[Word]) -> bool:
    """« quelqu'un a la clé ? », « personne n'a vu mon chargeur ? »: whether a member has (or saw) a thing is asked
    of the members; a decision sharing the thing's word is no answer (set 45c)."""
    verb = _asked_of_members(found)
    return verb is not None and verb <= 3 and found[verb].folded in ("a", "aurait") and not _the_group_s_record(
        "decisions_recent", found, [])


# « quelqu'un sait c'est où jeudi ? »: asked of everyone, the bot among them, about the group's own meetings.
_KNOWS = frozenset({"sait", "saurait", "connait"})
_SAY = frozenset({"dire", "redire", "rappeler", "confirmer", "reconfirmer", "indiquer", "preciser", "repreciser"})
_MEETINGS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})


def _the_group_s_meeting(best: str, found: list[Word], entities: list[Entity]) -> bool:
    """Someone is asked whether they know when or where the group meets; no body is named
    (« qqn sait qd c la reu de la metropole ? » asks of another body's meeting)."""
    verb = _asked_of_members(found)
    if verb is None or best not in _MEETINGS or any(e.kind in ("org", "person") for e in entities):
        return False
    # « qqn peut me redire la date de la prochaine réu ? », « quelqu'un pourrait me rappeler l'heure ? »: asking
    # to be told what the group's calendar says is asking the bot too (« qqn peut m'envoyer le lien ? » is not).
    told = next((w for w in found[verb + 1:] if w.folded not in _OBJECT_PRONOUNS), None)
    return found[verb].folded in _KNOWS or told is not None and told.lemma in _SAY


def _the_group_s_people(best: str, found: list[Word], entities: list[Entity]) -> bool:
    """« quelqu'un sait qui représente la CAF (dans le réseau) ? »: whether anyone knows who, among the group's
    members, represents a body or holds a role the group's store names — its directory answers (« quelqu'un sait
    qui remplace la gardienne ? », nothing of the store named, is still asked of the members)."""
    verb = _asked_of_members(found)
    # « Sophie demande qui représente le CDOS, quelqu'un sait ? »: the tag closing the question asks it of everyone.
    return (verb is not None and best in PEOPLE and found[verb].folded in _KNOWS
            and (verb + 1 == len(found) or found[verb + 1].folded == "qui")
            and any(e.kind in ("org", "person", "role") for e in entities))


# « t'es où ? », « tu es où là ? », « vous êtes où ? »: where the one spoken to is, asked of a member (set 45c).
_YOU_ARE = (("t", "es"), ("tu", "es"), ("t", "est"), ("vous", "etes"), ("t", "etais"), ("tu", "etais"))


def whereabouts(found: list[Word]) -> bool:
    """The message opens on « t'es où » (or « tu es / vous êtes où »): no meeting named, a person's whereabouts."""
    folded = [w.folded for w in found]
    return (len(folded) >= 3 and tuple(folded[:2]) in _YOU_ARE and folded[2] == "ou"
            and not any(w.lemma in SITTINGS for w in found))


# The group's own records a member may ask the room for (« quelqu'un a les décisions de la dernière réunion ? »,
# « personne n'a le CR du 19 ? », « quelqu'un a la date de la prochaine réunion ? »): what the bot holds.
_RECORDS = frozenset({"decision", "decisions", "compte", "cr", "pv", "proces", "releve", "ordre", "odj", "date", "dates",
                      "echeance", "echeances", "calendrier"})
_RECORD_ANSWERS = _MEETINGS | _DECISIONS | {"minutes_request", "dates_period", "meetings_upcoming"}
# What names the record as the group's: a sitting, by its order or day (« de la dernière réunion », « du 19 »);
# « le compte rendu du conseil municipal de Metz » is another body's.
_OWN_SITTING = frozenset({"reunion", "seance", "reu", "bureau"}) | (NEXT | LAST | PREVIOUS) & SINGULAR


def _the_group_s_record(best: str, found: list[Word], entities: list[Entity]) -> bool:
    """Someone is asked whether they have one of the group's records (its decisions, minutes, agenda, dates) of one
    of its sittings; the store answers, the bot among the members (set 45c)."""
    verb = _asked_of_members(found)
    if verb is None or best not in _RECORD_ANSWERS or found[verb].lemma not in ("avoir",) and found[verb].folded != "a":
        return False
    if any(e.kind in ("org", "person") for e in entities):
        return False
    rest = found[verb + 1:]
    noun = next((w for w in rest if w.folded not in _OBJECT_PRONOUNS and w.folded not in _ARTICLES), None)
    if noun is None or noun.folded not in _RECORDS:
        return False
    # (A month alone is left to the members: « qqn a le compte-rendu de novembre ? », set 17c's chatter.)
    return any(w.folded in _OWN_SITTING for w in rest) or any(e.kind == "period" for e in entities)


# Times of the year known by name, which a « quand » asks the date of (general knowledge, not the group's).
_SEASONS = frozenset({"vacances", "noel", "paques", "toussaint", "rentree", "ascension", "pentecote", "carnaval",
                      "fetes", "ete", "hiver", "printemps", "automne", "feries", "ferie"})
# A meeting the season qualifies (« la réunion avant Noël »): its date is asked, not the season's.
_MEETING_NOUNS = SITTINGS
# Order words that stand for a meeting before a season (« la dernière avant l'été », « la première après Noël »).
_ORDERED = (NEXT | LAST | FIRST) & SINGULAR
# What may stand between « quand » and what it asks about: « c'est quand les … », « quand sont les … ».
_BETWEEN = frozenset({"c", "est", "sont", "etre", "commencent", "commence", "tombent", "tombe", "debutent", "le", "la",
                      "les", "l", "en", "ce", "que", "qu"})


def _asks_season(found: list[Word], entities: list[Entity]) -> bool:
    """« c'est quand les vacances de Noël (en Valais) ? », « les vacances de Pâques c'est quand ? »:
    the date of a named time of the year is asked, not what the group has then."""
    # Only « quand » is followed here: « quel jour », « quelle heure » ask of an event, not a season.
    at = next((i for i, w in enumerate(found) if w.folded == "quand"), None)
    if at is None:
        return False
    for period in (e for e in entities if e.kind == "period"):
        if not any(w.folded in _SEASONS for w in found[period.start:period.end]):
            continue
        # (three words back: « les séances de l'hiver c'est quand ? », the season read from « hiver »)
        if any(w.lemma in _MEETING_NOUNS or w.folded.removesuffix("s") in _MEETING_NOUNS
               for w in found[max(0, period.start - 3):period.start]) or any(
                e.kind == "place" and period.start - 2 <= e.end <= period.start for e in entities):
            continue  # « la dernière réunion avant les vacances c'est quand ? »: the meeting is asked, not the season
        if any(w.folded in _ORDERED for w in found[max(0, period.start - 2):period.start]):
            continue  # « la dernière avant l'été c'est quand ? »: a meeting, its noun left out (set 23c)
        gap = found[at + 1:period.start] if period.start > at else found[period.end:at]
        if all(w.folded in _BETWEEN for w in gap):
            return True
    return False


# « qui monte avec moi depuis Bron ? », « qui vient avec nous à pied ? »: a member looks for company on the way.
# Infinitives and the forms « qui » takes (the lemmatiser reads « monte » as a noun).
_GOING = frozenset({"venir", "aller", "monter", "descendre", "partir", "rentrer", "rouler", "passer", "marcher",
                    "manger", "dejeuner", "covoiturer", "remonter", "redescendre", "repartir", "vient", "va", "monte",
                    "descend", "part", "rentre", "roule", "passe", "marche", "mange", "dejeune", "covoiture", "remonte",
                    "redescend", "repart", "viendra", "ira", "montera", "descendra", "partira", "rentrera"})
_COMPANY = frozenset({"moi", "nous"})


def company_sought(found: list[Word]) -> bool:
    """« qui <aller, venir, monter …> avec moi / nous » asks the other members to come along, not the records."""
    return any(w.folded in _WHO and i + 1 < len(found) and (found[i + 1].lemma in _GOING or found[i + 1].folded in _GOING)
               and any(a.folded == "avec" and b.folded in _COMPANY for a, b in zip(found[i + 2:], found[i + 3:]))
               for i, w in enumerate(found))


# « Laurent peut me rappeler ? », « Fatou pourrait nous envoyer le lien ? »: a favour asked of a member named.
_CAN = frozenset({"peut", "pourrait", "peux", "pourrais", "pourra"})
_TO_ME = frozenset({"me", "m", "nous"})


def favour_asked(found: list[Word], entities: list[Entity]) -> bool:
    """A member named, then « peut / pourrait me … »: asked of that member, not of the bot."""
    return any(e.kind == "person" and e.end + 1 < len(found) and found[e.end].folded in _CAN
               and found[e.end + 1].folded in _TO_ME for e in entities)


def not_for_reading(best: str, text: str, found: list[Word], entities: list[Entity]) -> bool:
    """The message cannot be the question `best` answers, however close its wording."""
    if best in PEOPLE and favour_asked(found, entities):
        return True
    if best in _MEETINGS | {"dates_period"} and _asks_season(found, entities):
        return True
    if best == "agenda_items" and any(a.folded == "de" and b.folded == "qui" for a, b in zip(found, found[1:])):
        return True  # « on parle de qui là ? » asks who someone meant, no agenda (an agenda holds things)
    if whereabouts(found):
        return True
    if asked_of_members(found):
        return not (_the_group_s_meeting(best, found, entities) or _the_group_s_people(best, found, entities)
                    or _the_group_s_record(best, found, entities))
    if best in PEOPLE:
        # « X travaille où ? » asks about a member; « on est combien dans le comité ? » is the directory.
        if best != "who_is" and _asks_place(found):
            return True
        if best not in ("who_is", "directory") and _to_members(found):
            return True
        if best in ("org_representative", "org_members") and body_acts(found, entities):
            return True  # « la CPAM vient au CCAS ? »: body_subject.py
        return asks_time(found) or _news_of(text, found, entities) or cleft_news(text, found, entities)
    return best in _DECISIONS and (_of_a_body(found, entities) or _news_of_nothing(text))


# « des nouvelles ? », « vous avez des nouvelles ? »: news asked of nothing named is chatter; of a subject or of the
# decisions (« des nouvelles du local ? », « quoi de neuf côté décisions ? ») they are asked of the bot.
_NEWS = frozenset({"nouvelle", "nouvelles", "nouveau", "neuf", "news", "nouveaute", "nouveautes"})


def _news_of_nothing(text: str) -> bool:
    """The question (up to its first « ? »: « Des nouvelles ? La CAF a validé … ») names nothing but news."""
    found = words(text.split("?")[0])
    lex = lexicon()
    # « décisions » is a stop word (it names no topic), but news of the decisions are asked.
    rest = [w for w in found if w.folded not in lex.function_words and w.lemma not in lex.function_words
            and (w.folded not in lex.stopwords or w.lemma in lex.decision_words) and w.folded not in lex.openers]
    return bool(rest) and all(w.folded in _NEWS or w.lemma in _NEWS for w in rest)


# « c'est Lucie qui anime », « c'est moi qui gère »: who is put forward by a cleft sentence.
_CLEFT_PRONOUNS = frozenset({"moi", "toi", "lui", "elle", "nous", "vous", "eux", "elles"})


def cleft_news(text: str, found: list[Word], entities: list[Entity]) -> bool:
    """« c'est Lucie qui anime la formation samedi »: a member put forward by « c'est … qui », without a
    question mark, says who does something; it asks nothing (« c'est Lucie qui anime ? » asks). A lead-in before it
    changes nothing (« haha la prochaine fois c'est toi qui fais le CR Paul »)."""
    if "?" in text or len(found) < 4:
        return False
    for i in range(len(found) - 3):
        if found[i].folded not in ("c", "ce") or found[i + 1].lemma != "etre":
            continue
        person = next((e for e in entities if e.kind == "person" and e.start == i + 2), None)
        end = person.end if person is not None else i + 3 if found[i + 2].folded in _CLEFT_PRONOUNS else None
        if end is not None and end < len(found) and found[end].folded in _WHO:
            return True
    return False


# « tu es là ? », « t'es là ? », « vous êtes là ? », « tu m'entends ? »: whether the bot is listening.
_ROLL_CALLS = (("tu", "es", "la"), ("t", "es", "la"), ("es", "tu", "la"), ("vous", "etes", "la"),
               ("etes", "vous", "la"), ("tu", "m", "entends"), ("vous", "m", "entendez"), ("tu", "dors"),
               ("tu", "fonctionnes"), ("tu", "marches"), ("tu", "es", "reveille"), ("t", "es", "reveille"))


_WHEN_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier",
                         "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
                         "decembre", "demain", "aujourd", "ce", "cet"})


def roll_call(found: Sequence[Word]) -> bool:
    """« Greffier, tu es là ? »: a check that the bot listens, answered by saying so (never a record)."""
    # the call ends the message: « vous êtes là jeudi ? » asks the members about Thursday
    kept = [w for w in found if w.folded not in ("greffier", "bot")]
    # « tu es là Gilles ? », « t'es là Nadia ? »: a first name closing the call calls that member, a call all the same
    # (not their card); a name is capitalised and no day or month (« vous êtes là Jeudi ? » asks the day).
    if len(kept) > 1 and kept[-1].raw[:1].isupper() and kept[-1].folded not in _WHEN_WORDS:
        kept = kept[:-1]
    folded = tuple(w.folded for w in kept)
    return len(folded) <= 5 and any(folded[-len(call):] == call for call in _ROLL_CALLS)


# Forms of « venir » that say someone comes (present and future).
_COMES = frozenset({"vient", "viennent", "viendra", "viendront", "venir"})


def coming_on_day(ranking: list[tuple[str, float]], found: list[Word],
                  entities: list[Entity]) -> list[tuple[str, float]]:
    """« Claude Boichard il vient le 8 décembre ? »: someone named coming on a day is their announced presence, not
    where they come from (« il vient d'où ? », the card's example the pronoun brought close: the lead's set 87).
    The card is no reading when « vient » is followed by the day said and no « où » is asked."""
    days = [e for e in entities if e.kind == "period"]
    if not days or not any(e.kind == "person" for e in entities) or _asks_place(found):
        return ranking
    comes = [i for i, w in enumerate(found) if w.folded in _COMES]
    if not any(d.start - 3 <= i < d.start for i in comes for d in days):
        return ranking
    return [(name, s) for name, s in ranking if name != "who_is"]
