"""Settling a reading within a family of intents by what the message names.

The examples tell "a question about bodies" from "a question about
meetings"; which answer of the family fits is then plain from the entities
found: "les membres du CD92" names a body (its members, not the whole
directory), "qu'a-t-on décidé pour la newsletter" a topic (those decisions,
not the latest ones), "la réunion à Sceaux, c'était quand ?" a place.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.pipeline import Understanding
from handlers.understanding.shape import is_clock_time
from handlers.understanding.last_presence import asks_last_presence
from handlers.understanding.my_duty import owes, owes_what
from handlers.understanding.settle_charges import charge_within_body
from handlers.understanding.topics import topic_stems

__all__ = ["MEETING_DETAILS", "RULES", "settle"]

Test = Callable[[Understanding], bool]


def _has(kind: str) -> Test:
    return lambda u: u.first(kind) is not None


def _lacks(kind: str) -> Test:
    return lambda u: u.first(kind) is None


def _qualifies_topic(u: Understanding) -> bool:
    """The role word follows a topic word: « les achats responsables », not « le responsable des achats »; or
    completes it: « la formation des agents », « l'accès au médecin traitant » (lead's sets 55 and 56) are charges,
    the people the work is for, not the title of who does it."""
    role = u.first("role")
    if role is None or role.start == 0:
        return False
    j = role.start - 1
    while j > 0 and u.words[j].folded in _COMPLEMENT_LINKS and role.start - j <= 3:
        j -= 1
    return any(w is u.words[j] for w in u.topic) and (j == role.start - 1 or u.words[j + 1].folded in _OF_LINKS)


# The links between a noun and the one completing it (« la formation des agents », « l'accès au médecin »).
_OF_LINKS = frozenset({"de", "des", "du", "d", "au", "aux", "a"})
_COMPLEMENT_LINKS = _OF_LINKS | {"la", "le", "l", "les", "un", "une"}


def _role_in_body_name(u: Understanding) -> bool:
    """Every word of the role found, and the word before it, is written in the body's name (« le cabinet infirmier de
    Héric » of « Cabinet infirmier du Bourg, Héric »)."""
    role, org = u.first("role"), u.first("org")
    if role is None or org is None or role.start == 0:
        return False
    name = set(fold(org.label).replace("'", " ").replace(",", " ").split())
    said = [w.folded for w in u.words[role.start - 1:role.end]]
    return all(w in name for w in said)


def _past_order(u: Understanding) -> bool:
    return u.order in ("dernier", "precedent")


def _qualified(u: Understanding) -> bool:
    return any(u.first(kind) for kind in ("place", "month", "period"))


# Words that ask for dates in general, not for one meeting.
_DATE_WORDS = frozenset({"echeance", "echeances", "date", "dates", "delai", "calendrier", "agenda", "quoi",
                        "chose", "prevu"})
# As typed, singular: « visio » or « atelier » may be any event of the period.
_MEETING_NOUNS = SITTINGS


def _one_meeting(u: Understanding) -> bool:
    """« la séance prévue en janvier ? »: one meeting (a singular meeting noun)
    in a period, and no word asking for dates in general."""
    singular = any(w.folded in _MEETING_NOUNS for w in u.words)
    return singular and _qualified(u) and not any(w.folded in _DATE_WORDS or w.lemma in _DATE_WORDS for w in u.words)


# Role words that only say "in charge of": the topic names the charge.
_CHARGES = frozenset({"charge", "responsable"})
# Words that, with a topic, make a body's representative the one in charge of that topic there.
_CHARGE_VERBS = frozenset({"occuper", "gerer", "charge", "responsable", "suivre", "referent", "contact", "interlocuteur"})
# Verbs that ask who takes care of a unit (not « contact », « interlocuteur »: whom to address, a representative).
_UNIT_VERBS = frozenset({"occuper", "gerer", "suivre", "charge", "responsable"})


def _body_by_its_unit(u: Understanding) -> bool:
    """« qui s'occupe de la Maison de l'habitat ? »: the body was found through a place of its own (a unit a
    member's role names, where meetings are held) whose words its name lacks, asked with a verb of charge
    and no other topic: the charge of that unit, which the roles answer (not the town's representatives)."""
    org = u.first("org")
    if org is None or u.topic or not any(w.lemma in _UNIT_VERBS for w in u.words):
        return False
    if not any(e.kind == "place" and e.start == org.start and e.end == org.end for e in u.entities):
        return False
    named = set(_plain_words(org.label))
    said = [w.folded for w in u.words[org.start:org.end] if w.folded not in lexicon().stopwords and len(w.folded) > 2]
    # The unit's words are in a role of the body (« Chargée de mission à la Maison de l'habitat »), not an
    # alias of the body itself (« la mairie de Nanterre » for the Ville de Nanterre).
    roles = [set(_plain_words(m.role)) for m in org.items if m.role]
    return bool(said) and not all(w in named for w in said) and any(all(w in role for w in said) for role in roles)


def _plain_words(text: str) -> list[str]:
    return fold(text).replace("'", " ").replace("-", " ").split()


def _deadline_not_meeting(u: Understanding) -> bool:
    """An « échéance » (or « deadline », « date limite ») is named, and no meeting."""
    folded = {w.folded for w in u.words} | {w.lemma for w in u.words}
    return bool(folded & {"echeance", "echeances"}) and not folded & {"reunion", "reunions", "seance", "rencontre"}


def _programme_of_span(u: Understanding) -> bool:
    """« c'est quoi le programme en janvier ? »: the programme of a span longer
    than a day, no meeting named, is what falls in it (« le programme de jeudi »
    stays that meeting's agenda; so does « le CLE de février il y a quoi au programme ? », a sitting named by its
    place: the lead's set 67)."""
    if not any(w.folded in ("programme", "programmes") for w in u.words) or any(w.folded in _MEETING_NOUNS for w in u.words):
        return False
    if u.first("place") is not None:
        return False
    period = u.first("period")
    return u.first("month") is not None or period is not None and (period.extra["period"].end - period.extra["period"].start).days > 1


# Words that ask where, when or how long a meeting is, or whether it still holds: « le 9, c'est où ? »,
# « ça joue toujours pour le 10 ? » (« maintenue ») ask for a meeting.
_MEETING_DETAILS = frozenset({"ou", "heure", "heures", "h", "lieu", "adresse", "salle", "commence", "commencer",
                              "finit", "finir", "termine", "terminer", "dure", "durer", "visio", "presentiel",
                              "maintenu", "maintenue", "maintenir", "annule", "annulee", "annuler", "reporte",
                              "reportee", "reporter", "confirme", "confirmee", "confirmer", "tenir", "tient"})
MEETING_DETAILS = _MEETING_DETAILS  # day_meeting.py: a day's meeting asked only how it is held


_MEETING_PRONOUNS = frozenset({"celle", "celles"})


def _a_day_not_a_meeting(u: Understanding) -> bool:
    """« le 9 décembre c'est quoi déjà ? »: read like « la réunion du 9 », but
    no meeting is spoken of (no meeting word, place, order or meeting detail):
    what falls that day is asked, a deadline as much as a meeting."""
    from handlers.understanding.reading_tokens import MEETING_WORDS  # pipeline imports settle's readers late

    if u.first("period") is None or u.first("place") is not None or u.order is not None:
        return False
    # « jeudi à 14h c'est quoi ? »: an hour names a meeting too; so does « celle » after a meeting was
    # spoken of (« et celle du 21 janvier ? », the feminine of « la séance »).
    period = u.first("period")
    if any(w.folded in _ORDER_PRONOUNS for i, w in enumerate(u.words) if not period.start <= i < period.end):
        return False  # « la dernière avant l'été c'est quand ? »: the feminine order word stands for « la séance » (set 23c)
    return not any(w.folded in _MEETING_PRONOUNS or w.lemma in MEETING_WORDS or w.folded in _MEETING_NOUNS or w.folded in _MEETING_DETAILS
                   or w.lemma in _MEETING_DETAILS or is_clock_time(w) or fold(w.typed or w.raw).startswith(_CALLED) for w in u.words)


# « je suis convoqué mardi ? », « une convoc pour le 8 ? »: one is called to a sitting, never to a deadline (set 49b);
# the lexicon reads « convoqué » as « prévu », so the word is checked as typed.
_CALLED = ("convoqu", "convoc")


# « je dois venir le 10 ? », « il faut être là jeudi ? »: the asker (or « on ») obliged to come asks whether a sitting
# is held then, and when; the announcements of who said they would come do not answer it (set 37a).
_OBLIGED = frozenset({"dois", "doit", "devons", "devez", "faut", "faudra", "faudrait", "devrais", "devrait"})
_SUBJECTS_OBLIGED = frozenset({"je", "j", "on", "nous", "il", "vous"})


def _obliged_to_come(u: Understanding) -> bool:
    """« je dois venir le 10 ? », « faut-il être là mardi ? »: the asker's own coming, owed; not « Paul doit venir ? »."""
    folded = [w.folded for w in u.words]
    for i, word in enumerate(folded):
        if word not in _OBLIGED:
            continue
        before = folded[i - 1] if i else ""
        after = folded[i + 1:i + 3]
        owed = before in _SUBJECTS_OBLIGED or word.startswith("fa") and before in ("", "il")
        coming = after[:1] == ["venir"] or after == ["etre", "la"]
        if owed and coming and "qui" not in folded and u.first("person") is None:
            return True
    return False


def _asks_both(found: list) -> bool:
    from handlers.understanding.meeting_rivals import asks_both  # pipeline imports settle's readers late

    return asks_both(found)


def _coming_months(found: list) -> bool:
    """« ces prochains mois », « les prochaines semaines »: « prochain » in the plural before a unit of time."""
    return any(a.folded in ("prochains", "prochaines") and b.folded in ("mois", "semaines")
               for a, b in zip(found, found[1:]))


def _kinds_in_span(u: Understanding) -> bool:
    """« on a quoi comme commissions d'ici le printemps ? »: a kind of sitting typed in the plural and a span of
    more than a week ask for the sittings of that kind in it, not one of them (set lead76)."""
    period = u.first("period")
    if period is None or (period.extra["period"].end - period.extra["period"].start).days <= 7:
        return False
    # The kind's noun itself in the plural after a plural determiner (« comme commissions », « les commissions »), not
    # a name closing on an « s » (« le groupe seniors », « la commission du CCAS »).
    return any(e.kind == "place" and e.extra.get("formation") and e.start > 0
               and u.words[e.start - 1].folded in _PLURAL_BEFORE and u.words[e.start].folded.endswith(("s", "x"))
               for e in u.entities)


_PLURAL_BEFORE = frozenset({"les", "des", "comme", "quelles", "quels", "nos", "vos", "ces", "aux"})


def _coming_days(found: list) -> bool:
    """« dans les prochains jours »: the days just ahead, in which the next meeting is asked, not every one to come."""
    return any(a.folded == "prochains" and b.folded == "jours" for a, b in zip(found, found[1:]))


# Feminine order words outside the period, standing for « la séance » (« le premier » may be a day of the month).
_ORDER_PRONOUNS = frozenset({"derniere", "premiere"})


# (intents read, condition on the message, intent answered); first match wins.
RULES: tuple[tuple[frozenset[str], Test, str], ...] = (
    # "c'est qui le stagiaire Olivier ?": the person named is the question.
    (frozenset({"role_holder"}), _has("person"), "who_is"),
    # « Sébastien Bouscaren c'est le monsieur de la MDS ? », « Mme Issaly s'occupe de la CAF ? »: a member named,
    # no « qui » asked: whether they are who the rest says, which their card shows.
    (frozenset({"in_charge", "org_representative", "org_members"}), lambda u: _has("person")(u)
     and not any(w.folded in ("qui", "quelqu") for w in u.words), "who_is"),
    # « qui est en charge des achats ? »: « charge » alone names no role, the topic decides.
    # « qui s'occupe de la prévention des expulsions ? »: an activity opening someone's role stays a charge.
    # « qui est responsable de l'accueil des requérants ? » read as a charge stays one; « qui a la
    # charge du logement à X ? » read as a role is one: « charge » names no title, its topic decides.
    # « qui gère les achats responsables ? »: a role word right after a topic word qualifies it, as an adjective.
    # « qui est le chargé de développement territorial ? »: with an article, « chargé » is a title.
    (frozenset({"in_charge"}), lambda u: _has("role")(u)
     and (u.first("role").extra["stem"].split("|")[0] not in _CHARGES or u.first("role").extra.get("titled", False))
     and not u.first("role").extra.get("activity") and not _qualifies_topic(u), "role_holder"),
    # « qui est le chargé de mission jeunesse ? »: with an article, « chargé » is a title, its words say which.
    (frozenset({"role_holder"}), lambda u: _has("role")(u) and u.first("role").extra["stem"].split("|")[0] == "charge"
     and bool(u.topic) and not u.first("role").extra.get("titled", False), "in_charge"),
    (frozenset({"role_holder"}), _lacks("role"), "in_charge"),
    # « qui s'occupe des procès-verbaux ? », « c'est qui qui fait le PV ? » ask who keeps the minutes, not for them.
    (frozenset({"minutes_request"}), lambda u: bool(u.words) and u.words[0].folded == "qui"
     or [w.folded for w in u.words[:4]] == ["c", "est", "qui", "qui"], "in_charge"),
    # « qui suit le Comminges à l'ARS ? »: a territory the body's referent follows, a charge there (settle_charges.py).
    (frozenset({"org_representative", "org_members", "role_holder"}), charge_within_body, "in_charge"),
    # "qui s'occupe de la trésorerie à l'AMD 92 ?": a role within a body.
    # « qui s'occupe de l'accès aux droits à la CAF ? »: an activity opening a role (entities.py,
    # role_phrases.py) is a charge within the body, below.
    # « qui est en charge du logement à Toulouse Métropole ? »: « charge » without an article names no title either.
    # « qui représente le cabinet infirmier de Héric ? »: a role word the body's own name writes is part of its name
    # (« Cabinet infirmier du Bourg, Héric », lead's set 56), no title asked.
    (frozenset({"org_representative", "org_members"}), lambda u: _has("role")(u)
     and not u.first("role").extra.get("activity") and not _role_in_body_name(u)
     and not (u.first("role").extra["stem"].split("|")[0] in _CHARGES and not u.first("role").extra.get("titled", False)),
     "role_holder"),
    # "qui s'occupe de la transition écologique à Givors ?": a charge within a body; so is « le référent
    # insertion à la sous-préfecture », « notre contact pour le logement à la CAF » (a referent names a charge).
    (frozenset({"org_representative"}), lambda u: bool(u.topic) and any(
        w.lemma in _CHARGE_VERBS for w in u.words), "in_charge"),
    (frozenset({"org_representative"}), _body_by_its_unit, "in_charge"),
    (frozenset({"directory"}), _has("org"), "org_members"),
    (frozenset({"org_representative", "org_members"}), _lacks("org"), "directory"),
    (frozenset({"decisions_recent", "decisions_topic"}), _has("number"), "decision_number"),
    (frozenset({"decisions_recent"}), lambda u: bool(topic_stems(u.topic)), "decisions_topic"),
    (frozenset({"decisions_topic"}), lambda u: not u.topic, "decisions_recent"),
    # « la dernière fois que je suis venue, c'était quelle réunion ? »: the last one the member came to, which the
    # attendance recorded says, not the group's last (last_presence.py, set 49b).
    (frozenset({"meeting_last", "meeting_which"}), lambda u: asks_last_presence(u.words), "attendance_meeting"),
    (frozenset({"meeting_next"}), _past_order, "meeting_last"),
    # « en janvier y a une séance et des délais ? »: both asked, the period's dates list both (meeting_rivals.py).
    (frozenset({"meeting_which", "meeting_next", "meeting_last"}), lambda u: _asks_both(u.words), "dates_period"),
    # « on se voit quand ces prochains mois ? »: a span in the plural asks for the meetings in it (set 23c).
    (frozenset({"meeting_next"}), lambda u: _coming_months(u.words), "meetings_upcoming"),
    (frozenset({"meeting_which", "meeting_next"}), _kinds_in_span, "meetings_upcoming"),
    # « on se réunit quand dans les prochains jours ? »: the next meeting, read close to the meetings to come.
    (frozenset({"meetings_upcoming"}), lambda u: _coming_days(u.words) and u.first("period") is None, "meeting_next"),
    # « pouvez-vous me rappeler la date de notre précédente réunion ? »: one meeting, the last held.
    (frozenset({"meetings_upcoming", "dates_period"}), lambda u: _past_order(u) and not _qualified(u)
     and any(w.folded in _MEETING_NOUNS for w in u.words), "meeting_last"),
    (frozenset({"meeting_last"}), _qualified, "meeting_which"),
    # « quand nous réunissons-nous la prochaine fois ? »: read close to « la dernière fois », asks the next.
    (frozenset({"meeting_last"}), lambda u: u.order is None and any(w.lemma == "prochain" for w in u.words),
     "meeting_next"),
    # « c'était quand notre toute première séance ? »: the first, not the last.
    (frozenset({"meeting_last", "meeting_next"}), lambda u: u.order == "premier", "meeting_which"),
    (frozenset({"dates_period"}), _one_meeting, "meeting_which"),
    # « j'ai des trucs à rendre cette semaine ? »: what I must do (my_duty.py), not the group's deadlines.
    (frozenset({"dates_period"}), lambda u: owes(u.words), "tasks_mine"),
    # « je dois m'occuper de quoi avant le comité de décembre ? »: the asker's work up to a meeting, not the meeting.
    (frozenset({"meeting_which", "meeting_next", "meeting_last"}), lambda u: owes_what(u.words), "tasks_mine"),
    # « c'est quand la prochaine deadline ? » reads like « la prochaine séance »: a deadline is asked.
    (frozenset({"meeting_next"}), _deadline_not_meeting, "dates_period"),
    (frozenset({"agenda_items"}), _programme_of_span, "dates_period"),
    (frozenset({"meeting_which", "meeting_next"}), _a_day_not_a_meeting, "dates_period"),
    # « je suis convoqué mardi ? »: one is called to the sitting of that day, never to a deadline (set 49b; the word
    # checked as typed, the lexicon reading « convoqué » as « prévu »).
    (frozenset({"dates_period"}), lambda u: u.first("period") is not None and any(
        fold(w.typed or w.raw).startswith(_CALLED) for w in u.words), "meeting_which"),
    (frozenset({"rsvp_upcoming"}), _obliged_to_come, "meeting_which"),
    # « c'est toujours à 14h jeudi 10 ? »: a day and an hour ask for the meeting then (bare_period.py).
    (frozenset({"dates_period"}), lambda u: u.first("period") is not None and any(is_clock_time(w) for w in u.words)
     and (u.first("period").extra["period"].end - u.first("period").extra["period"].start).days <= 1, "meeting_which"),
    # « c'était à quelle heure la réunion d'octobre ? » read close to « la prochaine réunion »: a month,
    # place or day names the meeting, which the same answer (answers_meetings.meeting) finds.
    (frozenset({"meeting_next"}), _qualified, "meeting_which"),
)


def settle(u: Understanding) -> str:
    """The intent to answer, given the confident reading `u.intent`."""
    assert u.intent is not None
    for read, condition, answered in RULES:
        if u.intent in read and condition(u):
            return answered
    return u.intent
