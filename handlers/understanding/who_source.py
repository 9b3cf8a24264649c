"""Where the answer to a « qui … » question lives.

A « qui » may be answered by a member's role (« qui préside ? »), a
member's charge (« qui s'occupe de la com ? »), a body's representative
(« qui vient pour la CAF ? »), a task's pilot (« qui envoie le
questionnaire ? »), a meeting's place, or a decision that handed the work
to a body or a person. The intent examples see the first four; three
kinds of « qui » they misread are settled here, from the message's own
grammar and the store, before the presence and charge readings run:

- the HOST of a meeting (« qui nous reçoit en février ? », « la dernière
  réunion c'était chez qui ? », « qui accueille la prochaine réunion ? »):
  the meeting named, whose place says who receives; never who came;
- the RECEIVER of a thing (« le questionnaire est envoyé à qui ? », « à
  qui on envoie le questionnaire ? », « qui reçoit le questionnaire ? »,
  « c'est destiné à qui ? »): the decision that sends it says to whom; the
  pilot of the task of sending it is who sends, the opposite answer, so
  a task never answers; with no decision clearly first, readings;
- the ACTOR a decision names (« qui mène l'enquête sur les bénévoles ? »,
  « qui fait l'étude de la légumerie ? », « c'est porté par qui ? »),
  when no reading was sure: the charge reading's own order of sources
  (a role holding the thing, else an open task on it closer than any
  decision, else the decision that names who acts, answers_people.in_charge)
  is asked, and kept only when a task or one decision clearly first answers,
  never a role guessed from part of the words.

A question on who belongs to the group named by its theme is the
directory first (own_group.py). The verbs are data (lexicon.toml, [who_source])."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.dominance import first_of, leads
from handlers.understanding.decision_lead import asks_people, fronted_relative
from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import HERE, Word
from handlers.understanding.outcome import Outcome
from handlers.understanding.group_theme import names_own_group
from handlers.understanding.payers import paying_words
from handlers.understanding.persons import holds_role
from handlers.understanding.person_not_thing import beyond_people
from handlers.understanding.pipeline import Understanding
from handlers.understanding.presence import presence_reading
from handlers.understanding.tense import did_once
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["asks_actor", "asks_host", "asks_receiver", "decision_actor", "sends_people", "served", "who_source"]

Answer = Callable[[Context, Understanding], Outcome]

# Words before « qui » that make it no subject: « à qui », « chez qui », « ceux qui » …
_NOT_ACTOR = frozenset({"a", "chez", "avec", "pour", "de", "ceux", "celui", "celle", "celles", "tous", "toutes", "vers",
                        "ce", "est-ce", "quoi"})  # « qu'est-ce qui est prévu ? » asks what, not who
# Readings a receiver or a host question is taken for, which the rules here may overrule.
_OVERRULED = frozenset({None, "in_charge", "role_holder", "org_representative", "org_members", "who_is", "tasks_mine", "directory",
                        "tasks_late", "dates_period", "attendance_meeting", "rsvp_upcoming", "meeting_next",
                        "meeting_which", "meeting_last", "agenda_items"})
_WHOM = frozenset({"qui", "quel", "quelle", "quels", "quelles"})
_ARTICLES = frozenset({"le", "la", "les", "l", "du", "des", "au", "aux"})
_MEETING_LEMMAS = SITTINGS | {"fois"}


@cache
def _words() -> dict[str, frozenset[str]]:
    """The [who_source] table of lexicon.toml, each list as a set."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle).get("who_source", {})
    return {key: frozenset(values) for key, values in table.items()}


def _is(word: Word, key: str) -> bool:
    return word.folded in _words()[key] or word.lemma in _words()[key]


def _subject_qui(found: list[Word]) -> list[int]:
    """Where « qui » asks who acts: not « à qui », « chez qui », « ceux qui »."""
    return [i for i, w in enumerate(found) if w.folded == "qui" and (i == 0 or found[i - 1].folded not in _NOT_ACTOR)]


def _to_whom(found: list[Word]) -> list[int]:
    """Where « à qui » (or « à quelles structures ») is written: the index of « qui » (« quelles »)."""
    return [i for i, w in enumerate(found) if w.folded in _WHOM and i > 0 and found[i - 1].folded in ("a", "aux")]


def asks_actor(found: list[Word]) -> bool:
    """« qui mène l'enquête ? », « c'est porté par qui ? », « c'est confié à qui ? »: who acts; « on les oriente vers
    qui ? », « on les envoie chez qui ? », « un usager …, je l'envoie à qui ? »: who takes in the people sent, whom
    the decision sending them names."""
    return bool(_subject_qui(found)) or bool(_to_whom(found)) and any(_is(w, "entrusting") for w in found) or any(
        w.folded == "qui" and i > 0 and found[i - 1].folded in ("vers", "chez") for i, w in enumerate(found)) and any(
        _is(w, "sending_people") for w in found) or _people_sent(found)


def served(word: Word) -> bool:
    """A word for the people a group serves (lexicon.toml [who_source] `sent_people`: « usagers », « familles »)."""
    return _is(word, "sent_people")


def sends_people(found: list[Word]) -> bool:
    """« on les oriente vers qui ? », « je l'envoie chez qui ? », « un usager …, je l'envoie à qui ? »: whom to send
    people to, a member's charge; the asker's « je » is no question on their own work."""
    return any(_is(w, "sending_people") for w in found) and any(
        w.folded == "qui" and i > 0 and found[i - 1].folded in ("vers", "chez", "a") for i, w in enumerate(found))


def _people_sent(found: list[Word]) -> bool:
    """« un usager a une question sur sa retraite, je l'envoie à qui ? »: a person the group serves, named before a
    verb of sending people, then « à qui »: whom to send them to, a member's charge (not « le questionnaire, je
    l'envoie à qui ? », a thing sent)."""
    verbs = [i for i, w in enumerate(found) if _is(w, "sending_people")]
    # (« je l'oriente vers qui ? », « on l'envoie chez qui ? » as well as « à qui »)
    towards = any(w.folded == "qui" and i > 0 and found[i - 1].folded in ("vers", "chez") for i, w in enumerate(found))
    return bool(verbs) and (bool(_to_whom(found)) or towards) and any(
        w.folded in _words()["sent_people"] for w in found[:verbs[0]])


def _turning(found: list[Word], at: int) -> bool:
    """« à qui je m'adresse pour … », « à qui s'adresser », « à qui demander »: whom to turn to, a charge."""
    return any(w.folded in _words()["turning"] for w in found[at + 1:at + 2]) or any(
        w.folded in _words()["turning_verbs"] for w in found)


def asks_receiver(found: list[Word]) -> bool:
    """« envoyé à qui », « à qui on envoie », « qui reçoit », « destiné à qui »: who a thing goes to."""
    if _people_sent(found):
        return False  # « un usager …, je l'envoie à qui ? »: who takes them in (asks_actor)
    to_whom = [i for i in _to_whom(found) if not _turning(found, i)]
    # « destiné à quelles structures » (the participle right before): not « c'est à quelle adresse ? ».
    to_whom = [i for i in to_whom if found[i].folded == "qui" or i > 1 and _is(found[i - 2], "sending")]
    if to_whom and any(_is(w, "sending") for w in found) and not any(_is(w, "entrusting") for w in found):
        return True
    # « la halte-répit accueille qui ? », « le dispositif concerne qui ? »: « qui » the object of a verb of taking in or
    # aiming at, nobody of the group received (« on est reçus chez qui ? », « qui nous accueille ? » ask a host).
    if any(w.folded == "qui" and i > 0 and (_is(found[i - 1], "hosting") or found[i - 1].folded in _AIMING)
           for i, w in enumerate(found)) and not any(w.folded in ("nous", "vous", "on") for w in found):
        return True
    # « qui reçoit le questionnaire ? », « qui sont les destinataires … » (not « qui nous reçoit … »: a host).
    return any(_is(w, "receiving") for i in _subject_qui(found) for w in found[i + 1:i + 4]
               if w.folded not in ("nous", "vous")) or _entitled(found)


# Verbs of aiming a thing at people (« le dispositif concerne qui ? », « l'appel à projets vise qui ? »).
_AIMING = frozenset({"concerne", "concernent", "vise", "visent", "cible", "ciblent"})


def _entitled(found: list[Word]) -> bool:
    """« qui peut avoir un colis ? », « qui pourra obtenir la prime ? »: whom a decision entitles to a thing."""
    return any(i + 2 < len(found) and _is(found[i + 1], "entitled_may") and _is(found[i + 2], "entitled_having")
               for i in _subject_qui(found))


def asks_host(u: Understanding) -> bool:
    """« chez qui », « qui nous reçoit », « qui accueille la réunion »: a meeting named, asked where it is held."""
    folded = [w.folded for w in u.words]
    meeting = any(w.lemma in _MEETING_LEMMAS or w.folded in _MEETING_LEMMAS for w in u.words) or any(
        u.first(k) is not None for k in ("month", "period"))
    # « les jeunes, on les envoie chez qui ? »: people sent to someone, no meeting's host.
    at_home = any(a == "chez" and b == "qui" for a, b in zip(folded, folded[1:])) and not any(
        _is(w, "sending_people") for w in u.words)
    welcomed = any(_is(w, "hosting") for w in u.words) and ("nous" in folded or "on" in folded or meeting)
    return meeting and (at_home or welcomed)


def _host(ctx: Context, u: Understanding, meeting: Answer, last: Answer) -> Outcome:
    u.readings = []
    if u.order in ("dernier", "precedent"):
        u.intent = "meeting_last"
        return last(ctx, u)
    u.intent = "meeting_which" if u.has("qualifier") else "meeting_next"
    return meeting(ctx, u)


# What a person sent on wants, around the case itself (« une famille veut faire une demande d'APA », « un usager a
# besoin d'un renseignement sur sa retraite », « elle voudrait déposer un dossier de surendettement »).
_REQUEST = frozenset({"vouloir", "veut", "veulent", "voudrait", "voudraient", "souhaiter", "souhaite", "souhaitent",
                      "faire", "fait", "demande", "demandes", "demander", "question", "questions", "besoin", "besoins",
                      "renseignement", "renseignements", "info", "infos", "information", "informations", "dossier",
                      "dossiers", "deposer", "depose", "remplir", "chercher", "cherche", "cherchent"})


def _thing(u: Understanding) -> list[Word]:
    """The words of the thing asked about, without the verbs that ask who sends, receives or acts."""
    kept = content_words(u.words)
    # « le Mois de l'ESS »: a word capitalised after an article is part of a name, whatever its common sense.
    named = [w for i, w in enumerate(u.words) if i and w.raw[:1].isupper() and not w.raw.isupper() and w not in kept
             and u.words[i - 1].folded in _ARTICLES]
    # « destiné à quelles structures »: the noun after « quelles » is what is asked, not the thing.
    asked = {b.folded for a, b in zip(u.words, u.words[1:]) if a.folded in _WHOM and a.folded != "qui"}
    thing = [w for w in (*named, *kept) if w.folded not in asked and not any(_is(w, k) for k in ("sending", "receiving", "framing"))]
    if _people_sent(u.words) and (case := [w for w in thing if w.folded not in _words()["sent_people"]
                                           and w.lemma not in _REQUEST and w.folded not in _REQUEST
                                           and not _is(w, "sending_people")]):
        return case  # « un usager a une question sur sa retraite » asks about « retraite »: the person is who is sent
    return thing


def _receiver(ctx: Context, u: Understanding, decisions: tuple[str, ...], answer: Answer) -> Outcome | None:
    thing = _thing(u)
    if not thing or first_of(thing, decisions) is None:
        return None
    if len(rest := beyond_people(u, thing)) < len(thing) and (not rest or first_of(rest, decisions) is None):
        return None  # « Loïc Salaün il bosse pour qui ? »: his card, not a decision naming him (person_not_thing.py)
    kept = (u.intent, u.topic, u.readings)
    u.intent, u.topic, u.readings = "decisions_topic", thing, []
    if _takes_in_people(u.words):
        # « qui reçoit le plaignant quand sa plainte porte sur des soins médicaux ? » (the lead's set 64): a person the
        # group serves taken in by someone, who is asked; the decision with the members it names (« … transmise au
        # médiateur médecin » of a « … médiateur médecin de la commission »), as second_look reads « qui reçoit les
        # saisonniers sans rendez-vous ? ».
        from handlers.understanding.answers_people import who_the_decision_names  # it reads who_source's callers

        scores = topic_scores(thing, decisions)
        texts = [t for t, s in zip(decisions, scores) if s == max(scores)]
        outcome = who_the_decision_names(ctx, u, texts)
        if outcome.confident:
            return outcome
        u.intent, u.topic, u.readings = "decisions_topic", thing, []
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.intent, u.topic, u.readings = kept
    return None


def _takes_in_people(found: list[Word]) -> bool:
    """« qui reçoit le plaignant … ? », « qui accueille les familles ? »: « qui » the subject of a verb of receiving or
    taking in, whose object is a person the group serves (lexicon.toml [who_source] sent_people), not a thing
    (« qui reçoit le questionnaire ? »)."""
    for i in _subject_qui(found):
        verb = next((j for j in range(i + 1, min(i + 3, len(found))) if _is(found[j], "receiving")
                     or _is(found[j], "hosting")), None)
        if verb is not None and any(w.folded in _words()["sent_people"] for w in found[verb + 1:verb + 4]):
            return True
    return False


def _actor(ctx: Context, u: Understanding, decisions: tuple[str, ...], in_charge: Answer) -> Outcome | None:
    thing = _thing(u)
    if not thing or presence_reading(u) is not None:
        return None
    if len(rest := beyond_people(u, thing)) < len(thing) and (not rest or first_of(rest, decisions) is None):
        return None  # « c'est qui Yann ? »: who they are, not a decision naming one of them (person_not_thing.py)
    if all(w.folded.startswith("retard") for w in thing):
        return None  # « qui est en retard ? »: whose tasks are late (task_questions.py), not who acts on a delay
    placed = {id(u.words[i]) for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    if all(id(w) in placed for w in thing):
        return None  # « c'est qui pour Rennaz ? »: who speaks for a town, not whom a decision sends there
    scores = topic_scores(thing, decisions)
    role = u.first("role")
    if role is not None and _served_title(u, role.start):
        # « la visite du chantier pour les CPIP, qui devait l'organiser ? »: whom the thing is for, no title asked,
        # nor a charge the title's holders hold: the errand is the rest of the words.
        served = {id(u.words[i]) for i in range(role.start, role.end)}
        thing, role = [w for w in thing if id(w) not in served], None
        scores = topic_scores(thing, decisions)
    if role is not None and max(topic_scores(u.words[role.start:role.end], [decisions[scores.index(max(scores))]])) < 1.0:
        return None  # « qui est le trésorier de France Travail ? »: a title no decision speaks of, nobody holding it
    orgs = [e for e in u.entities if e.kind == "org"]
    if role is not None and role.extra.get("titled") and len(orgs) == 1 and any(
            holds_role(m.role, role.extra["stem"].split("|")) for m in orgs[0].items):
        # « l'animateur de France Services c'est qui ? »: the body's member with that title (a noun, not « qui
        # copréside … »), no decision speaking of such people.
        return None
    kept = (u.intent, u.topic, u.readings)
    u.intent, u.topic, u.readings = "in_charge", thing, []
    outcome = in_charge(ctx, u)
    shown = outcome.reply.plain()
    by_task = shown.startswith("Tâche")
    by_decision = "Nommés par la décision" in shown and leads(topic_scores(thing, decisions))
    # « un usager a une question sur sa retraite, je l'envoie à qui ? » of a « Conseiller retraite »: a role holding
    # every word of the thing, not a role guessed from part of them.
    by_role = "d'après leur rôle" in shown and _people_sent(u.words) and any(
        score >= 1.0 for score in topic_scores(thing, [m.role for m in ctx.data.members()]))
    if outcome.confident and (by_task or by_decision or by_role):
        return outcome
    u.intent, u.topic, u.readings = kept
    return None


def _served_title(u: Understanding, start: int) -> bool:
    """« … pour les CPIP, qui devait l'organiser ? » (the lead's set 69): a title after « pour les » says whom the
    thing is for, when « qui » is the subject of another verb (« qui devait l'organiser »); the holder of that title
    is not asked, as « qui est le CPIP ? » or « c'est qui pour les CPIP ? » asks."""
    folded = [w.folded for w in u.words]
    if start < 2 or folded[start - 2] != "pour" or folded[start - 1] not in ("les", "des"):
        return False
    return any(w == "qui" and i + 1 < len(folded) and folded[i + 1] not in ("est", "sont", "c", "etait")
               and not (i > 0 and folded[i - 1] in _NOT_ACTOR) for i, w in enumerate(folded))


def who_source(ctx: Context, u: Understanding, decisions: tuple[str, ...], answers: dict[str, Answer],
               unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The answer from the source a « qui » question's grammar asks for, or None (nothing changes)."""
    if names_own_group(u, ctx.data.members(), [m.place for m in ctx.data.meetings()]):
        u.intent, u.readings = "directory", []  # « qui fait partie du groupe de travail ESS ? »: own_group.py
        return answers["directory"](ctx, u)
    if u.intent not in _OVERRULED or not u.words or not _asked(u, ("qui", "a", "chez", "c")):
        return None  # « je sais pas qui a laissé son parapluie à Kercado »: told, not asked
    if any(w.folded in ("qui", "ou") for w in u.words) and asks_host(u):
        return _host(ctx, u, answers["meeting_next"], answers["meeting_last"])  # « on est reçus où ? » too
    if not any(w.folded in _WHOM for w in u.words):
        return None
    if any(a.folded == "pour" and b.folded == "qui" for a, b in zip(u.words, u.words[1:])) and (
            found := _receiver(ctx, u, decisions, answers["decisions_topic"])) is not None:
        return found  # « la PASS du CHU c'est pour qui ? »: whom the decision serves, when one clearly says it
    if asks_receiver(u.words):
        if (found := _receiver(ctx, u, decisions, answers["decisions_topic"])) is not None:
            return found
        # No decision clearly says to whom: the pilot of the task of sending is who sends, no answer.
        u.intent, u.readings = None, ["decisions_topic"]
        return unsure(u)
    if u.intent is None and not fronted_relative(u.text, [w.folded for w in u.words]):
        # (« les familles qui ont pas de quoi manger, on les aide ? » asks no one: decision_lead.py)
        return decision_actor(ctx, u, decisions, answers["in_charge"])
    return None


def _asked(u: Understanding, openings: tuple[str, ...]) -> bool:
    """A « qui » question as chat writes it: a question mark, a message opening on one of `openings`, or one ending
    on « par qui », « à qui », « pour qui » or « chez qui » with no mark (« les tablettes c assuré par qui », « la
    coloc c pour qui », typed fast)."""
    folded = [w.folded for w in u.words]
    return "?" in u.text or folded[0] in openings or len(folded) > 2 and folded[-1] == "qui" and folded[-2] in (
        "par", "a", "pour", "chez")


def decision_actor(ctx: Context, u: Understanding, decisions: tuple[str, ...], in_charge: Answer) -> Outcome | None:
    """« qui mène l'enquête ? » when no reading was sure (or the one read, a role's holder, found nobody): the task
    or the one decision that says who acts, with the members it names; else None."""
    if not decisions or not asks_actor(u.words) or not _asked(u, ("qui", "c")):
        return None
    if paying_words(u.words) or any(_is(w, "paying_nouns") for w in u.words):
        return None  # « qui paie les navettes ? », « qui assure le financement … ? »: who pays (payers.py), or doubt
    if asks_time(u.words) or any(w.folded in ("combien", "ou", "quel", "quelle", "quels", "quelles") for w in u.words):
        return None  # « qui réserve des colis aux étudiants, c'est quel jour ? » asks the day, not who
    if any(w.folded in ("quoi", "comment", "pourquoi") for w in u.words) and not asks_people([w.folded for w in u.words]):
        return None  # « c'est quoi la priorité pour les parents qui reprennent un job ? »: « qui » is a relative
    if _told_of_an_event(u.words):
        return None  # « qui a pris mon chargeur ? »: who did something once, or one's own things; no work handed out
    folded = [w.folded for w in u.words]
    if any(f in _CONTACT_NOUNS for f in folded):
        return None  # « qui est le contact pour l'EVAM ? »: whom to speak to there, not who does a task naming it
    if _there_is_one_which(folded):
        return None  # « y a une action qui a été abandonnée ? »: « qui » is a relative, whether there is one is asked
    if any(a in ("fait", "font", "faisait", "faisaient") and b == "partie" for a, b in zip(folded, folded[1:])):
        return None  # « qui fait partie du copil ? »: who belongs, no one a decision sets to work (« partie » no « partir »)
    return _actor(ctx, u, decisions, in_charge)


# The one to speak to at a body (« le contact », « la personne de contact », « notre interlocuteur »): its
# representative, whom no task or decision sets to work (set 39b).
_CONTACT_NOUNS = frozenset({"contact", "contacts", "interlocuteur", "interlocutrice", "interlocuteurs",
                            "interlocutrices"})


def _there_is_one_which(folded: list[str]) -> bool:
    """« y a une action qui … », « il y a des tâches qui … »: « qui » after an indefinite noun of « y a »."""
    pairs = list(zip(folded, folded[1:]))
    return any(w == "qui" and ("y", "a") in pairs[:i] and any(f in ("un", "une", "des") for f in folded[max(0, i - 3):i])
               for i, w in enumerate(folded))


def _told_of_an_event(found: list[Word]) -> bool:
    """« qui a pris … », « qui a vu … » (a past deed, not « qui a été désigné »), or « mon », « ma », « mes »."""
    folded = [w.folded for w in found]
    return did_once(folded) or any(w in ("mon", "ma", "mes") for w in folded)
