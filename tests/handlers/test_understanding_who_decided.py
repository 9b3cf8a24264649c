"""« qui tient le registre ? » when no role speaks of it but a decision says
which body does (« … est tenu par la Fondation Lumière »): the decision, then
that body's members, since « qui » asks for people; and a task's status asked
with a role's words but no « qui » (« l'info aux travailleurs sociaux a été
faite ? ») is the task's, not the role's holder. Found by merging the
seventh round's branches (set 16c, set 16eb); tested on invented groups."""

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
