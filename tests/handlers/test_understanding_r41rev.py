"""The lead's review items of the fortieth round (issue 9), with the
neighbours that must stay as they were:

- a body asked by what it is or what its people are, « le centre social
  c'est qui ? », « la prév spé c'est qui ? », « les résidents du CHRS c'est
  qui ? »: the body's people, not the role or the task sharing its words
  (body_people.py); a title asks its holder still;
- folds: the figure reader's currency words are amounts.CURRENCY_WORDS
  (unrecorded_figure.py), and the regional rewritings end with one tidy-up
  (turns_tidy.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.creole_turns import creole_as_french
from handlers.understanding.turns_tidy import tidied
from handlers.understanding.unrecorded_figure import figure_unstated
from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd30")


@pytest.fixture(scope="module")
def quartiers() -> Chat:
    return build_group("quartiers974")


@pytest.fixture(scope="module")
def usagers() -> Chat:
    return build_group("usagers72")


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea07")


@pytest.fixture(scope="module")
def cli() -> Chat:
    return build_group("cli82b")


def test_a_body_named_by_its_kind_or_a_clipped_word(clspd: Chat, quartiers: Chat) -> None:
    assert "Case de quartier des Lataniers : qui représente" in sure(
        quartiers, "le centre social c'est qui ?", "org_representative")
    assert "Association Cévennes Prévention : qui représente" in sure(
        clspd, "la prév spé c'est qui ?", "org_representative")
    # Neighbours: a title and a charge keep their holder.
    assert "Marie-Josée Dijoux" in sure(quartiers, "la directrice de la case de quartier lé ki ?", "role_holder")
    assert "Stéphanie Arnal" in sure(clspd, "la coordo prévention c'est qui ?", "role_holder")
    assert "Karim Messaoudi" in sure(clspd, "le planning des médiateurs pour les fêtes c'est qui ?", "in_charge")


def test_a_body_named_by_its_people_in_the_plural(usagers: Chat, clea: Chat, cli: Chat) -> None:
    shown = sure(usagers, "les résidents du CHRS c'est qui ?", "org_representative")
    assert "Nadia Haddad" in shown and "Fatoumata Keïta" in shown
    shown = sure(clea, "les artistes en résidence, c'est qui ?", "org_representative")
    assert "Elsa Moulin" in shown and "Nadir Belkacem" in shown and "Tâche" not in shown
    shown = sure(cli, "c'est qui les enseignants du collège de Lasserre dans le groupe ?", "org_representative")
    assert "Élodie Carrère" in shown and "Antoine Rigal" in shown


@pytest.fixture(scope="module")
def cdad() -> Chat:
    return build_group("cdad86")


@pytest.fixture(scope="module")
def egalite() -> Chat:
    return build_group("egalite38")


@pytest.fixture(scope="module")
def seniors() -> Chat:
    return build_group("seniors-riviera")


def test_the_holders_of_a_plural_title_stand_when_they_are_the_body(quartiers: Chat, seniors: Chat) -> None:
    # The asker aside, the « habitants » are the conseil citoyen's people: the title's reading stays (set 42a's label).
    assert "Josiane Ramassamy" in sure(quartiers, "les habitants du conseil citoyen lé ki ?", "role_holder")
    # « pour les PC … à la caisse »: one charge at a body, its only person though he is (set 19cb).
    assert "Pascal Borloz" in sure(seniors, "pour les PC c'est qui à la caisse ?", "in_charge")
    assert "Yannick Le Corre" in sure(build_group("cvs56"), "le point avec les familles de l'UP c'est qui ?", "in_charge")


def test_a_doer_or_a_title_the_body_s_people_do_not_all_hold(cdad: Chat, egalite: Chat) -> None:
    assert "Laure Girard" in sure(cdad, "c'est qui qui forme les animateurs de Loudun ?", "in_charge")
    assert "Thierry Moulin" in sure(egalite, "les élu.e.s de la mairie dans la commission, c'est qui ?", "role_holder")


def test_every_currency_word_is_a_sum_to_the_figure_reader() -> None:
    # « CHF » asked after « combien de » is a sum the decision states; « balles » in a decision states a sum, no count.
    assert not figure_unstated("on a combien de CHF pour le camp ?", ["Le camp reçoit 800 CHF du canton."])
    assert figure_unstated("combien de jeunes pour le camp ?", ["Le camp reçoit 800 balles du canton."])
    assert not figure_unstated("combien de jeunes pour le camp ?", ["Le camp accueille 40 jeunes."])


def test_the_regional_rewritings_share_one_tidy_up() -> None:
    assert tidied("x", " , qui  vient ?", leading=True, spaced_question=True) == "qui vient ?"
    assert tidied("kan ?", "  ?  ") == "kan ?"  # nothing worded left: the message itself
    assert tidied("on y va ?", "on  y va", two_words=True, asks=True) == "on y va ?"
    assert tidied("ki ?", "qui , ça , ok .", before_stop=True) == "qui, ça, ok."
    assert creole_as_french("Koi mi doi fé ?").startswith("Qu'est-ce que")
