"""The families blind set 36b (port56, the conseil portuaire of a Morbihan
port, asked by the yachtsmen's president on Tuesday 1 December 2026: members
CHECKING what they think they know, the guess right or wrong) missed on its
first run, asked in other words and in another group (ccource10, the
commission mobilité of a communauté de communes), with the neighbours that
must stay as they were:

- a member guessed for a title or a body and checked (« le maître de port
  c'est toujours Ronan Guillou ? », « c'est bien X qui préside … ? »,
  « c'est Karine qui représente la CCI, non ? », « l'office de tourisme est
  représenté par X ? », « c'est bien X pour la DDTM ? »): who holds it, the
  guess set aside — the guess's card said nothing when the guess was wrong
  (guessed_holder.py); a title checked on a first name is read as its holder
  before the card the whole message may draw (answer.py, title_checked.py);
- a day checked against the meeting of a month named (« la réunion de
  janvier c'est un jeudi, non ? », « la réunion d'octobre c'était le 14,
  hein ? »): that month's meeting, its date showing the right day
  (month_day_check.py);
- « la dernière fois on s'était vus à X, non ? »: the last meeting, its place
  checked, not the last one held at X (meeting_rivals.checked_at);
- a day checked that a deadline holding the topic falls on (« le budget 2027
  est voté le 31 mars, c'est bien ça ? »): the deadline, not the decisions
  mentioning the budget (deadline_asked.py);
- reopening asked of what a decision keeps closed (« la passerelle est
  rouverte ? »): lexicon.toml [topics]."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def port() -> Chat:
    return build_group("port56")


@pytest.fixture(scope="module")
def cc() -> Chat:
    return build_group("ccource10")


@pytest.mark.parametrize(("text", "holder", "guess"), [
    ("le maître de port c'est toujours Katell Moysan ?", "Ronan Guillou", "Katell Moysan"),
    ("c'est pas Paul qui préside le conseil portuaire ?", "Anne-Sophie Kerhervé", "Paul Rivoal"),
    ("le directeur du syndicat mixte, c'est bien Yves Kervella ?", "Erwan Le Dantec", "Yves Kervella"),
])
def test_a_wrong_guess_for_a_title_gets_its_holder(port: Chat, text: str, holder: str, guess: str) -> None:
    reply = sure(port, text, "role_holder")
    assert holder in reply and guess not in reply, reply


@pytest.mark.parametrize(("text", "people"), [
    ("c'est Paul qui représente la CCI, hein ?", "Karine Le Floch"),
    ("pour le comité des pêches c'est toujours Paul Rivoal ?", "Soizic Le Bihan"),
    ("la SNSM est représentée par Bertrand Le Meur ?", "Thierry Le Roux"),
    ("c'est bien Nolwenn Cadiou pour l'office de tourisme ?", "Nolwenn Cadiou"),
])
def test_a_guess_for_a_body_gets_its_people(port: Chat, text: str, people: str) -> None:
    assert people in sure(port, text, "org_representative")


@pytest.mark.parametrize(("text", "intent", "holder"), [
    ("le DGS c'est Gilles Pasquier, c'est ça ?", "role_holder", "Caroline Mathieu"),
    ("c'est bien Bernard Guyot qui préside la commission ?", "role_holder", "Sandrine Colas"),
    ("c'est Marc qui représente la sous-préfecture, non ?", "org_representative", "Hélène Bouchard"),
])
def test_guesses_checked_in_another_group(cc: Chat, text: str, intent: str, holder: str) -> None:
    assert holder in sure(cc, text, intent)


def test_a_first_name_checked_for_a_charge_in_a_role(port: Chat) -> None:
    # « référente Ports propres » is no title entity: read as « qui est la référente Ports propres ? » first.
    assert "Élodie Marrec" in sure(port, "la référente Ports propres c'est Katell ?", "role_holder")


@pytest.mark.parametrize("text", [
    "Thierry Le Roux il est bien de la SNSM ?",  # the member asked about: the card
    "Erwan Le Dantec c'est bien le directeur du syndicat mixte ?",
    "Paul Rivoal est pêcheur ?",
])
def test_a_member_named_first_keeps_the_card(port: Chat, text: str) -> None:
    sure(port, text, "who_is")


def test_neighbours_of_the_guess_stay(cc: Chat, port: Chat) -> None:
    # A task's verb in the cleft: the task's pilot (cleft_check.py), not a body's people.
    assert "Émilie Sauvageot" in sure(cc, "c'est bien Émilie qui prépare le dossier DETR ?", "in_charge")
    assert "Katell Moysan" in sure(port, "c'est Katell qui recense les bateaux ventouses ?", "in_charge")
    # Who is announced for a meeting is no holder of a title.
    outcome = outcome_of(port, "c'est bien Paul qui vient pour la CCI le 10 ?")
    assert not (outcome.confident and outcome.intent in ("role_holder", "org_representative"))


@pytest.mark.parametrize(("chat", "text", "shown"), [
    ("port56", "la commission de janvier c'est un jeudi, non ?", "mardi 19 janvier"),
    ("port56", "le conseil de mars c'est le 11 ?", "jeudi 18 mars"),
    ("ccource10", "la commission de janvier c'est un mardi, non ?", "jeudi 14 janvier"),
    ("ccource10", "la réunion d'octobre c'était le 15, hein ?", "mercredi 14 octobre"),
    ("ccource10", "la commission de janvier c'est bien le 14 ?", "jeudi 14 janvier"),
])
def test_a_day_checked_against_the_meeting_of_a_month(chat: str, text: str, shown: str) -> None:
    assert shown in sure(build_group(chat), text, "meeting_which")


def test_a_day_in_the_month_named_is_read_as_before(cc: Chat) -> None:
    # « le 14 janvier » carries its own month: that day's meeting, as before.
    assert "jeudi 14 janvier" in sure(cc, "la réunion du 14 janvier c'est où ?", "meeting_which")


def test_the_place_of_the_last_meeting_checked(port: Chat, cc: Chat) -> None:
    reply = sure(port, "la dernière fois on s'était réunis à la capitainerie, non ?", "meeting_last")
    assert "n°3" in reply and "mairie de Kerbihan" in reply, reply
    # « la dernière fois qu'on s'est vus à … »: the last one held there, as before.
    assert "n°1" in sure(cc, "la dernière fois qu'on s'est vus à Essoyes c'était quand ?", "meeting_last")


def test_a_day_checked_of_a_deadline(port: Chat, cc: Chat) -> None:
    assert "31 mars" in sure(port, "le budget 2027 est voté le 31 mars, c'est bien ça ?", "dates_period")
    assert "30 mars" in sure(cc, "le budget 2027 est voté le 30 mars, c'est bien ça ?", "dates_period")
    # Said without the tag, the decisions and the deadline stay in doubt: offered, never a wrong guess.
    assert not outcome_of(cc, "le budget 2027 sera voté le 30 mars ?").confident


def test_reopening_asked_of_what_is_closed(port: Chat) -> None:
    assert "reste fermée" in sure(port, "la passerelle est rouverte ?", "decisions_topic")
