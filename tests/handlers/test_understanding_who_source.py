"""Where a « qui … » question's answer lives (who_source.py, own_group.py and
the rules behind blind set 19b, a Morbihan social-economy group), tested on
another group in other words: the receiver of a thing is the decision that
sends it, never the pilot of the task of sending; the actor a decision
names answers « qui mène / réalise / entretient … ? »; a meeting's host is
its place, not who came; a verb of paying asks the decision even when a
member's charge names the thing paid for; the group named by its theme is
the directory; « le Mois de … » is no member; « ceux qui sont venus » asks
nothing."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.models import replace
from tests.handlers.questions_groups import NOW, invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
SLUG = "logement74"


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


@pytest.fixture()
def group() -> Chat:
    """A Haute-Savoie housing group: members with charges, decisions that hand work to bodies, tasks, meetings."""
    chat = invented_group(
        SLUG,
        ("Hélène Vuarnet", "Ville d'Annecy", "Adjointe au maire chargée du logement, présidente du groupe"),
        ("Bruno Mermillod", "ADIL 74", "Juriste"),
        ("Sarah Bouvard", "Haute-Savoie Habitat", "Responsable de la gestion locative"),
        ("Tom Pasquier", "Association Mobilité Solidaire 74", "Coordinateur du transport solidaire"),
        ("Inès Moisand", "Grand Annecy", "Chargée de mission habitat, animatrice du groupe de travail logement"),
        ("Julie Favre", "Maison de l'habitat du Grand Annecy", "Conseillère info-logement"),
    )
    data = chat.store.group(SLUG)
    numbers = {m.name: m.number for m in data.members()}
    for start, place in (("2026-10-14 14:00", "Hôtel de ville d'Annecy"), ("2026-11-18 14:00", "Siège de Haute-Savoie Habitat"),
                         ("2026-12-16 09:30", "Maison de l'habitat, Annecy"), ("2027-01-20 14:00", "Mairie de Cran-Gevrier")):
        meeting = data.add_meeting(_at(start), _at(start).replace(hour=_at(start).hour + 2), place, ())
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for text in ("Une étude sur les loyers des jeunes actifs est confiée à l'ADIL 74.",
                 "La fiche de repérage des logements indignes est transmise aux travailleurs sociaux des CCAS.",
                 "Le Grand Annecy finance les navettes solidaires vers les chantiers du bâtiment.",
                 "Le Mois du logement 2027 est organisé par la Ville d'Annecy.",
                 "Haute-Savoie Habitat assure l'accompagnement des locataires en impayé.",
                 "Haute-Savoie Habitat réunit les bailleurs du département chaque trimestre."):
        data.add_decision(text, date(2026, 11, 18), 2, "Inès Moisand", "telegram:coord-1", _at("2026-11-18 18:00"))
    data.add_task("Transmettre la fiche de repérage aux CCAS", numbers["Julie Favre"], date(2026, 12, 4), 2,
                  "Julie Favre", "Inès Moisand", "telegram:coord-1")
    data.add_task("Relancer les bailleurs qui n'ont pas répondu", numbers["Bruno Mermillod"], date(2026, 12, 11), 2,
                  "Bruno Mermillod", "Inès Moisand", "telegram:coord-1")
    data.add_task("Rédiger le bilan des permanences", numbers["Julie Favre"], date(2027, 1, 8), 2,
                  "Julie Favre", "Inès Moisand", "telegram:coord-1")
    return chat


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def test_the_receiver_of_a_thing_is_the_decision_that_sends_it_never_the_pilot_who_sends(group: Chat) -> None:
    for question in ("la fiche de repérage est transmise à qui ?", "à qui on transmet la fiche de repérage ?",
                     "qui reçoit la fiche de repérage ?", "qui sont les destinataires de la fiche de repérage ?",
                     "la fiche de repérage, elle est transmise à quels services ?"):
        reply = ask(group, question)
        assert "transmise aux travailleurs sociaux des CCAS" in reply, question
        assert "pilote : Julie Favre" not in reply, question
    # Who sends it is the task's pilot, as before.
    assert "pilote : Julie Favre" in ask(group, "qui transmet la fiche de repérage ?")
    # Whom to turn to is still a charge, not a receiver.
    assert "Bruno Mermillod" in ask(group, "à qui je m'adresse pour une question juridique ?")


def test_a_receiver_no_decision_states_is_not_guessed(group: Chat) -> None:
    data = group.store.group(SLUG)
    before = len(data.decisions())
    reply = ask(group, "le bilan des permanences est envoyé à qui ?")
    assert "Je ne suis pas sûr" in reply and "pilote : Julie Favre" not in reply
    assert len(data.decisions()) == before


def test_the_actor_a_decision_names_answers_who_does_it(group: Chat) -> None:
    for question in ("qui mène l'étude sur les loyers des jeunes ?", "qui réalise l'étude sur les loyers ?",
                     "l'étude sur les loyers, c'est confié à qui ?"):
        reply = ask(group, question)
        assert "confiée à l'ADIL 74" in reply and "Bruno Mermillod" in reply, question
        assert "Je ne suis pas sûr" not in reply, question
    reply = ask(group, "le Mois du logement, c'est porté par qui ?")
    assert "organisé par la Ville d'Annecy" in reply and "Hélène Vuarnet" in reply
    assert "Inès Moisand —" not in reply.split("Nommés par la décision")[0]


def test_a_verb_of_paying_asks_the_decision_even_when_a_charge_names_the_thing(group: Chat) -> None:
    for question in ("c'est qui qui finance les navettes ?", "les navettes solidaires sont payées par qui ?"):
        reply = ask(group, question)
        assert "Le Grand Annecy finance les navettes solidaires" in reply, question
    # Who looks after the transport is still the charge.
    reply = ask(group, "qui s'occupe du transport solidaire ?")
    assert "Tom Pasquier" in reply and "finance les navettes" not in reply


def test_the_host_of_a_meeting_is_its_place_not_who_came(group: Chat) -> None:
    assert "Mairie de Cran-Gevrier" in ask(group, "qui nous reçoit en janvier ?")
    reply = ask(group, "la dernière réunion c'était chez qui ?")
    assert "Siège de Haute-Savoie Habitat" in reply and "présence" not in reply
    assert "Maison de l'habitat, Annecy" in ask(group, "la prochaine fois on est reçus chez qui ?")
    assert "Maison de l'habitat, Annecy" in ask(group, "la prochaine réu on est reçus où ?")
    # « à quelle adresse » asks where, no receiver of a thing.
    assert "Maison de l'habitat, Annecy" in ask(group, "c'est à quelle adresse la prochaine réunion ?")


def test_the_group_named_by_its_theme_is_the_directory(group: Chat) -> None:
    for question in ("qui fait partie du groupe de travail habitat ?", "y a qui dans le groupe habitat ?",
                     "qui fait partie du GT ?"):
        reply = ask(group, question)
        assert reply.startswith("Membres du groupe (6)"), question
    # A body named on its own is still that body's people.
    assert "Julie Favre" in ask(group, "qui fait partie de la maison de l'habitat ?")


def test_a_common_word_after_an_article_is_no_member_short_form(group: Chat) -> None:
    reply = ask(group, "qu'a-t-on décidé pour le Mois du logement ?")
    assert "organisé par la Ville d'Annecy" in reply and "Inès Moisand —" not in reply


def test_a_relative_qui_after_ceux_asks_nothing(group: Chat) -> None:
    for message in ("merci à tous ceux qui sont venus mardi !", "bravo à celles qui ont monté le dossier"):
        reply = ask(group, message)
        assert "Présents" not in reply and "présence" not in reply, message


def test_the_verb_of_the_question_picks_the_task_over_a_decision_sharing_its_topic(group: Chat) -> None:
    for question in ("c'est qui qui relance les bailleurs ?", "qui doit relancer les bailleurs ?"):
        reply = ask(group, question)
        assert "pilote : Bruno Mermillod" in reply and "réunit les bailleurs" not in reply, question
    # Without the task's verb, the decision that says who acts still answers.
    reply = ask(group, "qui réunit les bailleurs ?")
    assert "Haute-Savoie Habitat réunit les bailleurs" in reply and "Sarah Bouvard" in reply


def test_what_was_planned_asks_what_not_who(group: Chat) -> None:
    # « qu'est-ce qui … » is no « qui »: no decision's actor is offered for it.
    reply = ask(group, "qu'est-ce qui est prévu pour les bailleurs ?")
    assert "Nommés par la décision" not in reply


def test_a_name_only_the_group_officers_roles_carry_is_the_group_itself() -> None:
    chat = invented_group(
        "plie-chambery",
        ("Manon Girod", "Grand Chambéry", "Coordinatrice du PLIE"),
        ("Yves Berthier", "Grand Chambéry", "Assistant, secrétariat du PLIE"),
        ("Nadia Koller", "France Travail", "Conseillère entreprises"),
        ("Paul Rosset", "Mission locale de Chambéry", "Directeur"),
    )
    reply = ask(chat, "qui fait partie du PLIE ?")
    assert reply.startswith("Membres du groupe (4)") and "Nadia Koller" in reply
    # Its officers are still asked as such, and a member's body is still that body's people.
    assert "Manon Girod" in ask(chat, "qui est la coordinatrice du PLIE ?")
    reply = ask(chat, "qui fait partie de la mission locale ?")
    assert "Paul Rosset" in reply and "Nadia Koller" not in reply


def test_the_kind_word_a_role_keeps_names_the_position() -> None:
    # « plan » is a stop word (it usually names the group): kept when a role writes it before the charge's word.
    chat = invented_group(
        "jeunesse73",
        ("Élodie Brun", "Département de la Savoie", "Cheffe de service, référente du plan jeunes"),
        ("Hugo Pellet", "Mission locale de Chambéry", "Conseiller emploi des jeunes"),
        ("Anaïs Roux", "CAF de la Savoie", "Conseillère jeunesse"),
    )
    reply = ask(chat, "qui est référente du plan jeunes ?")
    assert "Élodie Brun" in reply and "Hugo Pellet" not in reply and "Anaïs Roux" not in reply
    # The young people as a charge are still everyone's who has them.
    reply = ask(chat, "qui s'occupe des jeunes ?")
    assert "Élodie Brun" in reply and "Hugo Pellet" in reply
