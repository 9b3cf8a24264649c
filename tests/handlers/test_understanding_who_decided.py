"""« qui tient le registre ? » when no role speaks of it but a decision says
which body does (« … est tenu par la Fondation Lumière »): the decision, then
that body's members, since « qui » asks for people; and a task's status asked
with a role's words but no « qui » (« l'info aux travailleurs sociaux a été
faite ? ») is the task's, not the role's holder; « qui représente l'ABC ? »
for a body the group lacks is said so, not answered by a task on
« représentants ». Found by merging the seventh round's branches (sets 16c,
16eb, the lead's set 5); tested on invented groups."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")


def _group() -> Chat:
    """A group whose decisions name a body of the group as who acts, and one that names nobody."""
    chat = invented_group("registre-test", ("Irène Vasseur", "Fondation Lumière", "Chargée de projets"),
                          ("Omar Diallo", "Fondation Lumière", "Directeur"),
                          ("Julie Perrot", "Ville de Douai", "Adjointe aux solidarités"))
    data = chat.store.group("registre-test")
    meeting = data.add_meeting(datetime(2026, 11, 10, 14, tzinfo=PARIS), datetime(2026, 11, 10, 16, tzinfo=PARIS),
                               "Mairie de Douai", ())
    at = datetime(2026, 11, 10, 18, tzinfo=PARIS)
    data.add_decision("Le registre des bénévoles est tenu par la Fondation Lumière.", date(2026, 11, 10),
                      meeting.number, "Julie Perrot", "telegram:coord-1", at)
    data.add_decision("Un registre des dons alimentaires est ouvert en janvier.", date(2026, 11, 10),
                      meeting.number, "Julie Perrot", "telegram:coord-1", at)
    return chat


def test_who_keeps_it_shows_the_decision_and_the_people_of_the_body_it_names() -> None:
    reply = ask(_group(), "qui tient le registre des bénévoles ?")
    assert "Le registre des bénévoles est tenu par la Fondation Lumière." in reply
    assert "Irène Vasseur" in reply and "Omar Diallo" in reply
    assert "Julie Perrot" not in reply


def test_a_decision_that_names_nobody_lists_no_one() -> None:
    reply = ask(_group(), "qui s'occupe du registre des dons alimentaires ?")
    assert "Irène Vasseur" not in reply and "Omar Diallo" not in reply


def test_a_task_s_status_asked_with_a_role_s_words_is_the_task_s() -> None:
    chat = build_group("mobilite29")  # « Informer les travailleurs sociaux du CCAS … », due 27 November
    for question in ("l'information des travailleurs sociaux, c'est fait ?", "les travailleurs sociaux ont été informés ?"):
        reply = ask(chat, question)
        assert reply.startswith("Tâche sur ce sujet") and "Informer les travailleurs sociaux" in reply
    # Asked « qui », the role's holder answers, as before.
    assert "Nicolas Floch" in ask(chat, "qui est travailleur social au CCAS ?")


def test_a_body_the_group_lacks_is_said_so_not_answered_by_a_task_on_representatives() -> None:
    chat = invented_group("parents-test", ("Nora Klein", "Ville de Colmar", "Chargée de mission éducation"))
    data = chat.store.group("parents-test")
    nora = data.members()[0]
    data.add_task("Organiser l'élection des représentants des parents", nora.number, date(2027, 1, 15), None,
                  nora.name, "Nora Klein", "telegram:coord-1")
    for question in ("qui représente l'ABC ?", "qui represente m2A ?"):
        reply = ask(chat, question)
        assert reply.startswith("Je ne trouve pas") and "Tâche" not in reply
    # The task is still found by its own words.
    assert "Organiser l'élection des représentants des parents" in ask(chat, "qui organise l'élection des parents ?")
