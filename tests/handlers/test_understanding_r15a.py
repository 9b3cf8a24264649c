"""Members speaking of their own body and of its people, that blind set 23a
(cdad95, the Conseil départemental de l'accès au droit du Val-d'Oise, asked
by a lawyer of the association Du Côté des Femmes) missed on its first run,
asked in its group and in others whose asker is linked to a member:

- « mon asso », « notre structure », « de chez nous »: the asker's body
  (own_body.py), unless its name holds a meeting place's word;
- « ma cheffe », « ma directrice », « mon président »: the one member of the
  asker's body holding that head's title; « c'est qui ma directrice ? »
  asks the title within the body; « ma collègue »: the one other member;
- « qui vient de <body> jeudi ? »: that body's people at the meeting, not
  its representatives (presence_body.body_people_there);
- « le barreau », « les notaires », « le tribunal »: the bodies of justice
  and access to rights by their usual names (entities.toml, [kinds])."""

from __future__ import annotations

import pytest

from handlers.understanding.own_body import own_words
from storage.models import Member
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cdad() -> Chat:
    """Set 23a's group, asked by Nadège Kouassi (Du Côté des Femmes; her director Laetitia Bonnard)."""
    return build_group("cdad95")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("ma cheffe vient jeudi ?", "rsvp_upcoming", "Laetitia Bonnard (Association Du Côté des Femmes) a présenté ses excuses"),
    ("notre directrice était présente en novembre ?", "attendance_meeting", "parmi les excusés"),
    ("qui vient de chez nous jeudi ?", "rsvp_upcoming", "Laetitia Bonnard"),
    ("qu'est-ce que mon asso doit faire ?", "tasks_mine", "convention"),
    ("ma cheffe a des choses à faire ?", "tasks_mine", "Signer la convention"),
    ("c'est qui ma directrice deja ?", "role_holder", "Laetitia Bonnard"),
    ("qui vient du barreau jeudi ?", "rsvp_upcoming", "Karim Haddouche"),
    ("qui represente le barreau ?", "org_representative", "Sophie Albertini"),
])
def test_own_body_in_set_group(cdad: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(cdad, text, intent)


def test_my_director_is_not_every_director(cdad: Chat) -> None:
    assert "Patricia Nguyen" not in sure(cdad, "c'est qui ma directrice deja ?", "role_holder")


@pytest.mark.parametrize(("group", "text", "intent", "key"), [
    ("charleroi", "mon président vient à la prochaine réunion ?", "rsvp_upcoming", "Jean-Luc Mertens"),
    ("ess56", "ma coordinatrice a des choses à faire ?", "tasks_mine", "Gaëlle Le Floch"),
    ("ess56", "c'est qui ma coordinatrice ?", "role_holder", "Gaëlle Le Floch"),
    ("aulnay93", "mon élue vient à la prochaine réunion ?", "rsvp_upcoming", "Nadia Belhadj"),
])
def test_own_body_in_other_groups(group: str, text: str, intent: str, key: str) -> None:
    assert key in sure(build_group(group), text, intent)


def _member(name: str, body: str, role: str) -> Member:
    return Member(number=0, name=name, organisation=body, role=role)


def test_words_of_the_askers_body_are_read_as_it() -> None:
    me = _member("Anne Roy", "Association Solidarité Femmes", "Juriste")
    boss = _member("Lise Bart", "Association Solidarité Femmes", "Directrice")
    other = _member("Paul Noé", "CCAS de Vif", "Directeur")
    assert own_words("mon asso doit faire quoi ?", me, [me, boss, other]) == "Association Solidarité Femmes doit faire quoi ?"
    assert own_words("ma cheffe vient jeudi ?", me, [me, boss, other]) == "Lise Bart vient jeudi ?"
    assert own_words("ma collègue Lise vient ?", me, [me, boss, other]) == "ma collègue Lise vient ?"
    # A body whose name holds a meeting place's word is left as typed; no member, nothing read.
    assert own_words("mon asso doit faire quoi ?", me, [me, boss], ["Salle des Femmes, Vif"]) == "mon asso doit faire quoi ?"
    assert own_words("ma cheffe vient jeudi ?", None, [me, boss]) == "ma cheffe vient jeudi ?"


def test_two_heads_name_none() -> None:
    me = _member("Anne Roy", "Ville de Vif", "Chargée de mission")
    heads = [_member("Lise Bart", "Ville de Vif", "Directrice générale des services"),
             _member("Paul Noé", "Ville de Vif", "Directeur de la culture")]
    assert own_words("ma directrice vient jeudi ?", me, [me, *heads]) == "ma directrice vient jeudi ?"


def test_a_body_coming_without_a_meeting_still_asks_its_representative(cdad: Chat) -> None:
    assert "Mamadou Sow" in sure(cdad, "qui vient de France Victimes ?", "org_representative")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("nos taches ?", "tasks_mine", "Signer la convention"),
    ("on doit rendre quoi nous ?", "tasks_mine", "Signer la convention"),
    ("on a décidé quoi pour nous ?", "decisions_topic", "18 000"),
    ("qui d'autre est de mon asso dans le conseil ?", "org_representative", "Laetitia Bonnard"),
    ("je suis enregistree avec quel role ?", "who_is", "Juriste"),
])
def test_we_and_mine_in_set_group(cdad: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(cdad, text, intent)


def test_a_colleague_of_another_body_is_not_mine() -> None:
    me = _member("Anne Roy", "Association X", "Juriste")
    boss = _member("Lise Bart", "Association X", "Directrice")
    assert own_words("ma collègue de la CAF vient ?", me, [me, boss]) == "ma collègue de la CAF vient ?"
    assert own_words("ma collègue vient ?", me, [me, boss]) == "Lise Bart vient ?"


@pytest.mark.parametrize(("group", "text", "key"), [
    ("cdad95", "ma directrice a été notée présente le 19 ?", "Laetitia Bonnard (Association Du Côté des Femmes) figure parmi les excusés"),
    ("cdad95", "Karim a été noté absent en octobre ?", "parmi les présents"),
    ("prelaz-lausanne", "Léa a été notée présente le 25 ?", "parmi les excusés"),
])
def test_a_members_mark_asked(group: str, text: str, key: str) -> None:
    assert key in sure(build_group(group), text, "attendance_meeting")


def test_the_bar_by_its_order(cdad: Chat) -> None:
    assert "Sophie Albertini" in sure(cdad, "qui est membre de l'ordre des avocats ?", "org_members")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("je suis de quelle structure ?", "who_is", "Juriste"),
    ("moi je représente qui dans le groupe ?", "who_is", "Association Du Côté des Femmes"),
    ("c'est quoi ma fonction dans le conseil ?", "who_is", "Juriste"),
    ("qui sont mes collègues dans le groupe ?", "org_members", "Laetitia Bonnard"),
])
def test_the_askers_own_line(cdad: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(cdad, text, intent)


@pytest.mark.parametrize("text", ["qui a seché la reunion de novembre sans prevenir ?",
                                  "qui était absent en novembre sans prevenir ?"])
def test_absent_without_warning_typed_plainly(cdad: Chat, text: str) -> None:
    assert "Absents (2)" in sure(cdad, text, "attendance_meeting")


def test_skipped_in_another_group() -> None:
    assert "Absents (2)" in sure(build_group("prelaz-lausanne"), "qui a séché la séance du 25 ?", "attendance_meeting")
