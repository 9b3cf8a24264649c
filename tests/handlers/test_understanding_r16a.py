"""Organisations and roles named loosely, that blind set 24a (cle57, the
comité local pour l'emploi of the Thionville area, asked by the
agglomeration's cheffe de projet Territoire zéro chômeur) missed on its
first run, asked in its group and in others:

- a body by a word of its name in another gender or number (« les privés
  d'emploi » for the « personnes privées d'emploi »: bodies._same);
- « la miloc », « la milo » for the Mission locale (entities.toml,
  [short_forms]);
- a body's name as typed when chat shorthand reads one of its words as a
  meeting (« l'Atelier du Territoire »: entities._spelled), and a meeting
  word inside a body's name designates no meeting
  (presence_cues.designates_meeting);
- a word French knows is no slip of a shorter stem (« le forum » is not
  « formation »: topics.topic_scores);
- a title then the group it is held in (« les chargées de mission du
  comité »: own_group.group_scope), a title's one holder's tasks asked
  without « qui » (« le secrétaire a quoi à faire ? »: title_tasks.py);
- a compound first name cut short (« jean-phi »: persons._cut_short);
- a meeting at the seat of an intercommunality, named by the body
  (« la réunion à l'agglo »: body_places._seat);
- « le président du collectif » when no role names the group so and one
  member body opens with the word (group_holders.of_body_kind);
- the minutes of a month asked when (minutes_task._when_out), people sent
  « vers qui » / « chez qui » (who_source.asks_actor)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.models import replace

from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cle() -> Chat:
    """Set 24a's group, asked by Sabrina Lauer (Communauté d'agglomération Portes de France-Thionville)."""
    return build_group("cle57")


@pytest.fixture(scope="module")
def tzcld() -> Chat:
    """Another comité local pour l'emploi (Prémery, Nièvre), with a collective of people out of work."""
    return build_group("tzcld58")


@pytest.fixture(scope="module")
def task_force() -> Chat:
    """The Seine-Saint-Denis employment task force: a forum decided, a chargée de mission formation."""
    return build_group("emploi93")


def _sure(chat: Chat, text: str, intent: str, key: str, absent: str = "") -> None:
    outcome = outcome_of(chat, text)
    reply = outcome.reply.plain()
    assert outcome.confident and outcome.intent == intent, (text, outcome.intent, reply)
    assert key in reply, (text, reply)
    assert not absent or absent not in reply, (text, reply)


@pytest.mark.parametrize(("text", "intent", "key", "absent"), [
    ("le collectif des privés d'emploi c'est qui ?", "org_representative", "Bernard Stoltz", ""),
    ("qui represente les privés d'emploi au comité ?", "org_representative", "Bernard Stoltz", ""),
    ("la miloc elle est representee par qui", "org_representative", "Laurent Becker", ""),
    ("le directeur de la miloc c'est qui ?", "role_holder", "Laurent Becker", ""),
    ("qui vient de l'atelier du territoire ?", "org_representative", "Guillaume Pierson", ""),
    ("qui réserve la salle pour le forum ?", "in_charge", "Patrick Muller", "Yannick Thil"),
])
def test_cle57(cle: Chat, text: str, intent: str, key: str, absent: str) -> None:
    _sure(cle, text, intent, key, absent)


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("le collectif des privés d'emploi c'est qui ?", "org_representative", "Farida Haddad"),
    ("qui vient de la miloc ?", "org_representative", "Baptiste Morin"),
])
def test_tzcld58(tzcld: Chat, text: str, intent: str, key: str) -> None:
    _sure(tzcld, text, intent, key)


def test_forum_is_no_formation(task_force: Chat) -> None:
    _sure(task_force, "qui organise le forum ?", "in_charge", "forum des métiers", "Inès Haddou")


def test_sur_le_territoire_is_chat(cle: Chat) -> None:
    assert not outcome_of(cle, "sur le territoire on a encore 1200 demandeurs d'emploi de longue durée").confident


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("les chargées de mission du comite c'est qui ?", "role_holder", "Christelle Fabing"),
    ("les educs du comite c'est qui ?", "role_holder", "Léa Collignon"),
    ("le secretaire a quoi a faire ?", "tasks_mine", "Envoyer le compte rendu"),
    ("c'est qui jean-phi ?", "who_is", "Jean-Philippe Kieffer"),
    ("la reunion a l'agglo c'etait quand ?", "meeting_which", "n°2"),
    ("qu'est-ce qui a été acté à l'agglo en octobre ?", "decisions_recent", "séance n°2"),
])
def test_cle57_titles_names_seats(cle: Chat, text: str, intent: str, key: str) -> None:
    _sure(cle, text, intent, key)


def test_title_holder_still_asked(cle: Chat) -> None:
    _sure(cle, "qui est le secretaire du comite ?", "role_holder", "Thomas Weber")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("qui est la porte-parole du collectif ?", "role_holder", "Farida Haddad"),
    ("les chargés de mission du comité c'est qui ?", "role_holder", "Jean-Marc Ravier"),
    ("le secrétaire a quoi à faire ?", "tasks_mine", "Hugo Lemaire"),
])
def test_tzcld58_titles(tzcld: Chat, text: str, intent: str, key: str) -> None:
    _sure(tzcld, text, intent, key)


def test_seat_of_another_community() -> None:
    """A meeting at the seat of another group's communauté de communes, asked as « la com com »."""
    chat = build_group("ess-na")
    data = chat.store.group("ess-na")
    start = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    meeting = data.add_meeting(start, start + timedelta(hours=2), "Hôtel de communauté du Béarn des Gaves, Oloron", ())
    data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    _sure(chat, "la reunion a la com com c'etait quand ?", "meeting_which", f"n°{meeting.number}")
    _sure(chat, "qui vient de la com com ?", "org_representative", "Jean-Baptiste Larrieu")


def test_cut_first_name_in_another_group() -> None:
    _sure(build_group("reseau92"), "c'est qui jean-bapt ?", "who_is", "Jean-Baptiste Okafor")


@pytest.mark.parametrize(("text", "intent", "key", "absent"), [
    ("qui est le president du collectif ?", "role_holder", "Bernard Stoltz", "Claire Vautrin"),
    ("qui preside le comite ?", "role_holder", "Claire Vautrin", "Bernard Stoltz"),
    ("le CR de novembre on l'a quand ?", "in_charge", "3 décembre", ""),
    ("les jeunes sans solution on les oriente vers qui ?", "in_charge", "Laurent Becker", ""),
])
def test_cle57_bodies_by_kind_and_records(cle: Chat, text: str, intent: str, key: str, absent: str) -> None:
    _sure(cle, text, intent, key, absent)


def test_president_of_the_association_among_co_chairs() -> None:
    """A group co-chaired « du réseau » with an association's own président sitting in it."""
    chat = invented_group("r16a-asso", ("Anne Morel", "Ville de Redon", "Adjointe au maire, co-présidente du réseau"),
                          ("Paul Guérin", "Redon Agglomération", "Vice-président, co-président du réseau"),
                          ("Yves Le Goff", "Association Familles rurales du pays de Redon", "Président"))
    _sure(chat, "qui est le président de l'association ?", "role_holder", "Yves Le Goff", "Anne Morel")
    _sure(chat, "qui préside le réseau ?", "role_holder", "Anne Morel", "Yves Le Goff")


def test_minutes_of_a_month_in_another_group() -> None:
    _sure(build_group("pedt79"), "le CR de novembre on l'a quand ?", "in_charge", "4 décembre")


def test_elected_are_no_chairs_elsewhere(cle: Chat) -> None:
    """« les élus »: the sous-préfète co-chairing and the collective's président are no elected officials."""
    _sure(cle, "les élus c'est qui ?", "role_holder", "Marc Hennequin", "Claire Vautrin")
    _sure(cle, "les élus c'est qui ?", "role_holder", "Hélène Gross", "Bernard Stoltz")


def test_elected_in_another_group() -> None:
    """Niort's PEDT: the sports union's « délégué départemental » is no elected official."""
    _sure(build_group("pedt79"), "les élus c'est qui ?", "role_holder", "Véronique Charrier", "Nicolas Bréchet")
