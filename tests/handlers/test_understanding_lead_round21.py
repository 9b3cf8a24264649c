"""The lead's general fixes of the twenty-first round, found on the lead's
set 34 (fs-lozere, the France Services of Lozère), checked on a small group
invented here, with other sentences: an adjective of a rule after « être »
(« c'est obligatoire ? », « c'est payant ? ») asks what a decision says, not
whether a task is done (task_words.asks_done); a person the group serves,
named before a verb of sending people, then « à qui » (« une dame …, je
l'envoie à qui ? ») asks whom to send them to — the member whose role holds
the case, or the decision naming who takes them in — never the asker's own
tasks nor to whom a thing is sent (who_source.py, task_questions.py); whom to
turn to for a body named by what it does, nothing else asked (« à qui je
m'adresse pour une question d'assurance maladie ? »), is that body's people
(turn_to_body.py); a month that is a sitting's, not the deadline's (« les
stands pour le forum de mars ? » of a deadline in February before the forum
held in March: month_in_record.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import COORDINATOR, Chat

SLUG = "services-lead34"

_TEAM = (("Morgane Lescure", "Maison France Services de Millau", "Animatrice"),
         ("Denis Vayssière", "Communauté de communes de Millau Grands Causses", "Vice-président aux services publics"),
         ("Aurélie Fabre", "CPAM de l'Aveyron", "Conseillère santé solidarité"),
         ("Kevin Bouviala", "Carsat Midi-Pyrénées", "Conseiller retraite"),
         ("Sandrine Calmels", "UDAF de l'Aveyron", "Conseillère budget"),
         ("Rémi Andrieu", "Mairie de Saint-Affrique", "Agent d'accueil"))


def _group() -> Chat:
    """A decision on a compulsory training, one on free copies, one sending families in debt to the UDAF; a task
    organising the training, one of the asker's own. The asker is Rémi, the Saint-Affrique agent."""
    chat = invented_group(SLUG, *_TEAM)
    data = chat.store.group(SLUG)
    link_accounts(chat, {"Rémi Andrieu": COORDINATOR})
    start = NOW + timedelta(days=9)
    data.add_meeting(start, start + timedelta(hours=2), "Réunion du réseau, France Services de Millau", ())
    forum = datetime(2027, 3, 18, 9, 0, tzinfo=NOW.tzinfo)
    data.add_meeting(forum, forum + timedelta(hours=8), "Forum de l'accès aux droits, salle des fêtes de Millau", ())
    data.add_deadline(datetime(2027, 2, 19, 0, 0, tzinfo=NOW.tzinfo), "Réservation des stands du forum de l'accès aux droits")
    day = (NOW - timedelta(days=20)).date()
    for text in ("Chaque agent d'accueil suit la formation sur la carte grise avant le mois de mars.",
                 "Les photocopies des pièces justificatives sont faites sans frais pour les usagers.",
                 "Les familles surendettées sont accompagnées par la conseillère budget de l'UDAF."):
        data.add_decision(text, day, None, "Coordination", "telegram:coord-1",
                          datetime(day.year, day.month, day.day, 18, 0, tzinfo=NOW.tzinfo))
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Organiser la formation sur la carte grise", numbers["Morgane Lescure"], date(2027, 1, 15), None,
                  "Morgane Lescure", "Coordination", "telegram:coord-1")
    data.add_task("Envoyer le tableau des passages de novembre", numbers["Rémi Andrieu"], date(2026, 12, 7), None,
                  "Rémi Andrieu", "Coordination", "telegram:coord-1")
    return chat


def test_a_rule_asked_with_an_adjective_is_the_decision_not_the_task() -> None:
    chat = _group()
    reply = chat.say("c'est obligatoire la formation sur la carte grise ?", private=True)
    # The rule that every agent follows it, not the task of organising it.
    assert "Chaque agent d'accueil suit la formation" in reply and "Organiser la formation" not in reply


def test_a_participle_still_asks_whether_the_work_is_done() -> None:
    chat = _group()
    reply = chat.say("la formation carte grise est organisée ?", private=True)
    assert "Organiser la formation sur la carte grise" in reply


def test_a_person_sent_on_goes_to_the_member_whose_role_holds_the_case() -> None:
    chat = _group()
    reply = chat.say("une dame a une question sur sa retraite, je l'envoie à qui ?", private=True)
    assert "Kevin Bouviala" in reply and "Conseiller retraite" in reply
    assert "Tâches de Rémi Andrieu" not in reply


def test_a_family_sent_on_goes_to_whom_the_decision_names() -> None:
    chat = _group()
    reply = chat.say("une famille surendettée, on l'envoie à qui ?", private=True)
    assert "Les familles surendettées sont accompagnées" in reply and "Sandrine Calmels" in reply


def test_sending_someone_on_is_not_the_askers_own_work() -> None:
    chat = _group()
    reply = chat.say("un jeune qui cherche du boulot je l'oriente vers qui ?", private=True)
    # Nobody's role or decision speaks of it: the bot says so, it does not list the asker's own tasks.
    assert "Envoyer le tableau des passages" not in reply


def test_whom_to_turn_to_for_a_body_named_by_what_it_does() -> None:
    chat = _group()
    reply = chat.say("à qui je m'adresse pour une question d'assurance maladie ?", private=True)
    assert "Aurélie Fabre" in reply and "CPAM de l'Aveyron" in reply
    assert "pas sûr" not in reply


def test_a_charge_within_the_body_is_not_the_whole_body() -> None:
    chat = _group()
    reply = chat.say("à qui je m'adresse pour le budget des familles à l'UDAF ?", private=True)
    # A charge is named (« le budget des familles »): what the records say of it, not the body's whole list.
    assert "conseillère budget de l'UDAF" in reply and "Pour « UDAF »" not in reply


def test_a_month_that_names_the_sitting_a_deadline_comes_before() -> None:
    chat = _group()
    reply = chat.say("la réservation des stands pour le forum de mars c'est jusqu'à quand ?", private=True)
    assert "Réservation des stands du forum" in reply and "19 février 2027" in reply
