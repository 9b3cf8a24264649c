"""The French of La Réunion coloured by Creole, of blind set 42a (quartiers974,
the conseil citoyen and the partners of the contrat de ville of an invented
commune of La Réunion, asked by an inhabitant of the conseil citoyen on
Tuesday 1 December 2026), missed on its first run, asked in other words (and
on another group), with the neighbours that must stay as they were:

- the Creole turns (« lé kan », « lété o », « ki i », « zot la décidé »,
  « mi doi fé », « néna », « su », « pou ») written in French before the
  message is understood, only in a message that shows one of them
  (creole_turns.py);
- a roll call closed by a member's first name (« t'es là Marcel ? ») calls
  that member: never their card (chat.py);
- a common word of a body's name asked « c'est quoi … ? » (« le maloya » of
  « Lékol maloya Ti Kaz ») asks what it is, no body's people
  (acronym_meaning.py);
- a sitting described by a qualifier and what it is on or for (« la
  réunion publique sur … », « la réunion pour … ») is the one whose heading
  and agenda say it all (described_meeting.py);
- a member's first name that is a French word too (« Gilles ») opening « …
  a des actions ? » is that member (persons.py);
- « jusqu'à combien » asks an upper amount, no date, « en retard dans son
  travail » the late tasks (lexicon.toml);
- the overseas social landlords (SEMADER, SHLMR, SIDR …) are « le
  bailleur » (entities.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def quartiers() -> Chat:
    return build_group("quartiers974")


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


def test_creole_turns_are_read_as_french(jumelage: Chat) -> None:
    assert "n°5" in sure(jumelage, "le prochain comité lé kel jour ?", "meeting_next")
    assert "n°4" in sure(jumelage, "la dernière réunion lété kel jour ?", "meeting_last")
    assert "Anja Roth" in sure(jumelage, "ki i représente l'OFAJ dans le groupe ?", "org_representative")
    assert "pompe manuelle" in sure(jumelage, "zot la décidé koi su le puits de Tangsèga ?", "decisions_topic")
    assert "liste des élèves" in sure(jumelage, "koi mi doi fé ?", "tasks_mine")
    assert "budget du 40e" in sure(jumelage, "Sophie néna koi à fé ?", "tasks_mine")


def test_creole_turns_on_the_neighbourhoods_group(quartiers: Chat) -> None:
    assert "n°6" in sure(quartiers, "le groupe de travail su le rapport annuel lé a kel heure ?", "meeting_which")
    assert "Daniel Fontaine" in sure(quartiers, "ki i vien de la CGSS ?", "org_representative")


def test_creole_marks_only_rewrite_a_creole_message() -> None:
    from handlers.understanding.creole_turns import creole_as_french
    # French words that look like Creole ones stay as typed: « mi-décembre », the initials « a.f.i.a.f », « l'été ».
    for text in ("la reunion de mi decembre est ou ?", "qui vient de l'a.f.i.a.f ?", "calendrier des seances jusqua lete",
                 "qui représente le Sleep-In ?", "le C.O.T.E.C.H. de décembre commence à quelle heure ?",
                 "pendant lété on se voit ?"):
        assert creole_as_french(text) == text, text
    assert creole_as_french("ki la excusé pou jeudi ?") == "qui s'est excusé pour jeudi ?"
    assert creole_as_french("i fo ki mi fé koi ?") == "je dois faire quoi ?"


def test_creole_chat_stays_quiet(quartiers: Chat) -> None:
    for text in ("mi sra en retard mardi, la route lé bouchée", "mersi zot tout pou le kabar", "koman i lé ?",
                 "na trouv samedi"):
        assert not outcome_of(quartiers, text).confident, text


def test_a_roll_call_closed_by_a_name_calls_that_member(jumelage: Chat) -> None:
    for text in ("t'es là Marcel ?", "tu es là Sophie ?"):
        assert not outcome_of(jumelage, text).confident, text
    assert "Marcel Hertzog" in sure(jumelage, "c'est qui Marcel ?", "who_is")


def test_a_word_of_a_body_name_asked_is_its_meaning(quartiers: Chat) -> None:
    found = outcome_of(quartiers, "qu'est-ce que c'est, le maloya ?")
    assert not found.confident and "glossaire" in found.reply.plain()
    assert "Stéphane Nativel" in sure(quartiers, "qui représente lékol maloya ?", "org_representative")


def test_a_sitting_described_by_a_qualifier_and_its_subject(quartiers: Chat) -> None:
    assert "n°7" in sure(quartiers, "la réunion publique sur le plan guide, c'est quel jour ?", "meeting_which")
    assert "n°6" in sure(quartiers, "la réunion pour le bilan 2026 du contrat de ville c'est où ?", "meeting_which")


def test_a_first_name_that_is_a_word_too_opens_a_question_of_having(quartiers: Chat) -> None:
    # « Gilles » is also a carnival figure the lemmatiser knows: a member's first name before « a des … ».
    assert "plateau sportif" in sure(quartiers, "Gilles a des actions en cours ?", "tasks_mine")
    assert "Aucune tâche en retard pour Gilles Lebon" in sure(quartiers, "Gilles a des tâches en retard ?", "tasks_late")


def test_up_to_how_much_asks_an_amount(quartiers: Chat) -> None:
    # « jusqu'à combien » is an upper amount, no date: the decision that sets it.
    assert "10 000 euros" in sure(quartiers, "dans le budget citoyen, un projet peut monter jusqu'à combien ?",
                                  "decisions_topic")
    assert "20 000 euros" in sure(quartiers, "l'aide pour rénover une case peut aller jusqu'à combien ?", "decisions_topic")


def test_the_overseas_landlord_and_work_behind(quartiers: Chat, jumelage: Chat) -> None:
    # The SEMADER is a social landlord, as the mainland's ESH whose names say no kind are.
    assert "Christelle Maillot" in sure(quartiers, "qui représente le bailleur social ?", "org_representative")
    # « en retard dans son travail »: the tasks late.
    assert "Odile Fritsch" in sure(jumelage, "qui est en retard dans son travail ?", "tasks_late")
