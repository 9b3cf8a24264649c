"""The confident wrong answers and chat answered left over after the twenty-fifth round, asked in other words and in
other groups than the sets that showed them:

- « rappelle-moi », « rappelle-moi stp », « dis-moi » said alone name nothing to recall: asked back, never the next
  meeting (indirect.bare_order);
- « bonne journée ? », « bon week-end à tous », « bonne réunion » are wishes, whose nouns a record may share
  (« la journée des aidants »): no answer from the data (wishes.py);
- « la réunion d'après janvier », « le comité de projet après décembre »: the span after the month, not the month's
  own meeting (month_bounds.after_month);
- « on a le budget prévisionnel de Vierzon ? »: the group's having a thing a task asks to get; the task's line, not
  the decision that says why it is missing (received_task.had_task);
- « qui est la référente de l'État ? » of a « Référente … pour l'État »: the title's holder (body_titles.py), while
  « le référent de la mission locale ? » of a « référent du contrat d'engagement jeune » stays the body's;
- « dis greffier on a réunion la semaine prochaine », dictated: the call « dis » asks (addressing.strip_address);
- news and chat: « le train a du retard » (clauses.is_news), « quel temps fait-il à Laissac ? » (weather.py),
  « c'est bon pour moi pour jeudi » (chat.is_assent)."""

from __future__ import annotations

import pytest

from handlers.understanding.addressing import strip_address
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def reunion() -> Chat:
    return build_group("domicile-est974")


@pytest.fixture(scope="module")
def fondation() -> Chat:
    return build_group("fondation45")


@pytest.fixture(scope="module")
def pvd() -> Chat:
    return build_group("pvd15")


@pytest.fixture(scope="module")
def couronneries() -> Chat:
    return build_group("couronneries86")


@pytest.fixture(scope="module")
def cil() -> Chat:
    return build_group("cil76")


@pytest.fixture(scope="module")
def neuchatel() -> Chat:
    return build_group("insertion-ne")


@pytest.mark.parametrize("message", ["rappelle-moi", "rappelle-moi stp", "rappelle moi", "rappelez-moi svp",
                                     "dis-moi", "rappelle-moi s'il te plaît !", "redis-moi ça"])
def test_a_bare_order_is_asked_back(reunion: Chat, fondation: Chat, message: str) -> None:
    for chat in (reunion, fondation):
        outcome = outcome_of(chat, message)
        assert not outcome.confident and "Que voulez-vous savoir ?" in outcome.reply.plain()
        assert "séance" not in outcome.reply.plain()


def test_an_order_with_its_object_still_asks(fondation: Chat) -> None:
    assert "10 décembre" in sure(fondation, "rappelle-moi la prochaine réunion", "meeting_next")
    assert "Que voulez-vous savoir" not in outcome_of(fondation, "rappelle-moi ce que je dois faire").reply.plain()


@pytest.mark.parametrize("message", ["bonne journée ?", "bonne journée à tous !", "bon week-end Fabienne",
                                     "bonne réunion à tous", "bonne fin de journée", "bonnes fêtes !"])
def test_a_wish_gets_no_answer(reunion: Chat, message: str) -> None:
    outcome = outcome_of(reunion, message)
    assert not outcome.confident and "Tâche" not in outcome.reply.plain()


@pytest.mark.parametrize("message", ["bon courage pour le comité !", "bonne réunion ?"])
def test_a_wish_elsewhere_gets_no_answer(fondation: Chat, message: str) -> None:
    assert not outcome_of(fondation, message).confident


def test_a_wish_s_noun_asked_is_still_answered(reunion: Chat, fondation: Chat) -> None:
    assert outcome_of(reunion, "la journée des aidants c'est quand ?").confident
    assert "Gilles Marchetti" in sure(fondation, "bonne question, qui préside ?", "role_holder")


@pytest.mark.parametrize(("message", "key"), [("le comité de projet après décembre", "11 mars"),
                                              ("la réunion d'après janvier", "11 mars"),
                                              ("le comité technique après le mois de janvier ?", "20 mai"),
                                              ("le comité de projet d'après décembre, il est prévu quand ?", "11 mars")])
def test_after_a_month_is_the_meeting_after_it(pvd: Chat, message: str, key: str) -> None:
    assert key in sure(pvd, message, "meeting_which")


def test_after_a_month_elsewhere(fondation: Chat) -> None:
    assert "11 mars" in sure(fondation, "la réunion d'après janvier c'est quand ?", "meeting_which")
    assert "11 mars" in sure(fondation, "le comité d'attribution après décembre ?", "meeting_which")
    dates = sure(fondation, "les échéances après janvier ?", "dates_period")
    assert "26 février" in dates and "dès le 01/02" in dates


def test_a_month_alone_is_still_its_own_meeting(pvd: Chat) -> None:
    assert "14 janvier" in sure(pvd, "la réunion de janvier ?", "meeting_which")
    assert "10 décembre" in sure(pvd, "le comité de projet de décembre ?", "meeting_which")


@pytest.mark.parametrize("message", ["on a le budget prévisionnel de Vierzon ?",
                                     "on a bien le budget prévisionnel de l'auto-école ?"])
def test_having_a_thing_a_task_gets(fondation: Chat, message: str) -> None:
    reply = sure(fondation, message, "in_charge")
    assert "Obtenir le budget prévisionnel" in reply and "Sophie Langlois" in reply and "ajourné" not in reply


def test_having_a_thing_a_task_gets_elsewhere(couronneries: Chat, cil: Chat) -> None:
    assert "Nadia Belkhir" in sure(couronneries, "on a l'attestation d'assurance du local ?", "in_charge")
    assert "Laurence Thibout" in sure(cil, "on a déjà l'avis du Département ?", "in_charge")


def test_having_what_no_task_gets_stays_as_it_was(couronneries: Chat, fondation: Chat) -> None:
    assert "Tâche" not in outcome_of(couronneries, "on a la salle ?").reply.plain()
    assert "Vierzon" in sure(fondation, "qu'a-t-on décidé sur Vierzon ?", "decisions_topic")


@pytest.mark.parametrize("message", ["j'aimerais savoir qui est la référente de l'État", "qui est la référente de l'État ?",
                                     "c'est qui la référente de l'État ?"])
def test_a_title_held_for_the_body_named(pvd: Chat, message: str) -> None:
    reply = sure(pvd, message, "role_holder")
    assert "Hélène Bouquet" in reply and "Isabelle Fabre" not in reply


def test_the_body_s_people_stay_the_body_s(pvd: Chat) -> None:
    reply = sure(pvd, "qui représente l'État ?", "org_representative")
    assert "Hélène Bouquet" in reply and "Isabelle Fabre" in reply
    assert "Hélène Bouquet" in sure(pvd, "qui est la référente de la DDT ?", "org_representative")


def test_a_title_held_for_something_else_stays_the_body_s() -> None:
    ales = build_group("pacte-ales30")
    assert "Benoît Chapelle" in sure(ales, "le référent de la mission locale ?", "org_representative")


def test_dis_greffier_asks() -> None:
    assert strip_address("dis greffier on a réunion la semaine prochaine") == "on a réunion la semaine prochaine ?"
    assert strip_address("dis greffier la prochaine reunion cest quand point d'interrogation").endswith("interrogation")
    assert strip_address("greffier on a réunion la semaine prochaine") == "on a réunion la semaine prochaine"
    assert strip_address("ok greffier, merci !") == "merci !"


def test_dis_greffier_is_answered(reunion: Chat) -> None:
    assert "n°4" in sure(reunion, "dis greffier on a réunion la semaine prochaine", "meeting_which")


@pytest.mark.parametrize("message", ["le train a du retard", "le train de 13h12 a du retard", "quel temps fait-il à Laissac ?",
                                     "quel temps fera-t-il demain ?", "c'est bon pour moi pour jeudi"])
def test_news_and_chat_get_no_answer(neuchatel: Chat, message: str) -> None:
    assert not outcome_of(neuchatel, message).confident


def test_delays_and_time_asked_are_still_answered(neuchatel: Chat) -> None:
    assert outcome_of(neuchatel, "on a du retard sur quoi").intent == "tasks_late"
    assert outcome_of(neuchatel, "on a du retard ?").confident


@pytest.mark.parametrize("message", ["la réunion du 8 est maintenue n'est-ce pas", "la réunion du 8 est maintenue oui ou non",
                                     "la réunion du 8 elle est maintenue c'est bien ça"])
def test_a_dictated_tag_asks(reunion: Chat, message: str) -> None:
    assert "8 décembre" in sure(reunion, message, "meeting_which")


@pytest.mark.parametrize("message", ["la réunion du 8 elle est maintenue", "oui c'est ça", "c'est ça"])
def test_no_tag_no_question(reunion: Chat, message: str) -> None:
    assert not outcome_of(reunion, message).confident


def test_a_cleft_after_a_lead_in_is_chat(fondation: Chat) -> None:
    assert not outcome_of(fondation, "haha la prochaine fois c'est toi qui fais le CR Paul 😂").confident
    assert not outcome_of(fondation, "bon ben cette fois c'est moi qui envoie le relevé").confident
