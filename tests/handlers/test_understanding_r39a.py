"""The French of the Nord and the Pas-de-Calais, of blind set 46a (terril62,
the commission « patrimoine minier et tourisme » of an invented
agglomeration of the bassin minier, asked by a guide-conférencière on
Tuesday 1 December 2026), missed on its first run, with the neighbours that
must stay as they were:

- the ch'ti grammar words written in French: « ch'est », « eul / el »,
  « ej », « mi », « i », « dins », « quo », « pus », elisions before a
  consonant (« l'chevalement », « d'la », « s'ra », « r'parler »), the
  fillers « dis », « hein », « une fois », « biloute », « mon fieu »
  (chti_turns.py);
- a member's name said again as « il / elle » (« Sabine elle a des
  tâches ? »), and a surname opening a question as a first name does
  (« Crépin fait quoi ? »), though the name is a French word too
  (persons.py);
- a member with only cancelled tasks shows them (« Rachid il avait quoi à
  faire ? »), as one with only done tasks does (commands/tasks.py);
- « la rando du 11/19 c'était un samedi ? »: the sitting named, its weekday
  checked (answers_meetings.py, meeting_kinds.weekday_checked);
- « qui vient de l'association des anciens mineurs ? »: the body of the one
  member whose role says it (answers_people.py);
- « les guides c'est qui ? »: the one body whose name opens with the plural
  (answers_people._body_of_plural);
- an hour asked of decisions that write none is unsure (unheld_hour.py);
- « y a du neuf dans les décisions ? »: news, no ninth (spoken_numbers.py);
- « la rando », « la drache », « le coron » (lexicon.toml)."""

from __future__ import annotations

import pytest

from handlers.understanding.chti_turns import chti_as_french
from handlers.understanding.unheld_hour import hour_unheld
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def terril() -> Chat:
    return build_group("terril62")


@pytest.mark.parametrize(("typed", "meant"), [
    ("dis, ch'est quand eul prochaine commission ?", "c'est quand le prochaine commission ?"),
    ("Crépin i fait quo lui ?", "Crépin il fait quoi lui ?"),
    ("les gamins i paient pour la visite ?", "les gamins ils paient pour la visite ?"),
    ("qui représente el Département ?", "qui représente le Département ?"),
    ("on s'rvoit quand, biloute ?", "on se revoit quand ?"),
    ("la restauration d'l'chevalement ça coûte combien ?", "la restauration du chevalement ça coûte combien ?"),
    ("ch'est bien mi qui rédige el texte ?", "c'est bien moi qui rédige le texte ?"),
    ("eul Sainte-Barbe ch'est quand c't'année ?", "le Sainte-Barbe c'est quand cette année ?"),
    ("el Jean-Claude i vient jeudi avec sin géant ?", "le Jean-Claude il vient jeudi avec son géant ?"),
    ("la commission ch'est bien jeudi 10, hein ?", "la commission c'est bien jeudi 10 ?"),
])
def test_chti_written_in_french(typed: str, meant: str) -> None:
    assert chti_as_french(typed) == meant


@pytest.mark.parametrize("kept", ["Tarik el Amrani c'est qui ?", "la réunion dure 10 min environ", "on se voit en rdv",
                                  "statu quo sur le budget ?", "l'hôtel c'est où ?", "la mi-janvier c'est quand ?",
                                  "les tâches d'Aminata N'Diaye ?"])
def test_plain_french_and_names_are_left(kept: str) -> None:
    assert chti_as_french(kept) == kept


def test_chti_questions_answered(terril: Chat) -> None:
    assert "Séance n°4" in sure(terril, "dis, ch'est quand eul prochaine commission ?", "meeting_which")
    assert "Grégory Dufour" in sure(terril, "qui représente el Département ?", "org_representative")
    assert "Ludovic Lefebvre" in sure(terril, "Ludovic Lefebvre i fait quo exactement ?", "who_is")
    # The asker's own tasks, late one first, as the sets read « je suis en retard sur quelque chose ? » (r40g).
    assert "texte en picard" in sure(terril, "ej suis en r'tard sur quelque chose ?", "tasks_mine")
    assert "420 000 euros" in sure(terril, "la restauration d'l'chevalement ça coûte combien ?", "decisions_topic")
    assert "commandes" in sure(terril, "qu'est-ce que j'peux t'demander, mi ?", "help").casefold()
    # Neighbours: the chat of the Nord stays chat.
    for chat in ("bojour tertous !", "on s'boit un bistoule à l'estaminet après la commission ?",
                 "quelle drache à c't'heure à Lens, j'suis berdouillé jusqu'aux g'noux", "allez, à jeudi tertous",
                 "tiens Sabine, v'là les dépliants, s'il vous plaît"):
        assert not outcome_of(terril, chat).confident, chat


def test_a_name_said_again_or_a_surname_opening(terril: Chat) -> None:
    assert "dépliants" in sure(terril, "Sabine elle a des tâches ?", "tasks_mine")
    assert "Les Marcheurs du Terril" in sure(terril, "Crépin i fait quo lui ?", "who_is")
    # Neighbour: a member greeted before a request to them is no question of the records.
    assert not outcome_of(terril, "Patrick, t'as les clés du local d'la rando ?").confident


def test_cancelled_tasks_shown_when_nothing_is_open(terril: Chat) -> None:
    reply = sure(terril, "Rachid il avait quo à faire pour les Journées du patrimoine ?", "tasks_mine")
    assert "annulée" in reply and "concert" in reply
    # Neighbour: only done tasks are shown as before (set 45a).
    assert "déjà faite" in sure(build_group("pasto65"), "Amélie elle avait quoi à faire pour la montée ?", "tasks_mine")


def test_weekday_checked_of_a_sitting_named(terril: Chat) -> None:
    assert "Séance n°2" in sure(terril, "la rando du 11/19 ch'était un samedi ?", "meeting_which")
    assert "Séance n°5" in sure(terril, "la réunion publique c'est un mercredi ?", "meeting_which")
    # Neighbour: a day that designates still does (« le 13 janvier »).
    assert "Séance n°5" in sure(terril, "le 13 janvier on s'retrouve où ?", "meeting_which")


def test_a_body_described_by_its_members_roles(terril: Chat) -> None:
    reply = sure(terril, "qui vient d'l'association des anciens mineurs ?", "org_members")
    assert "Josiane Dubrulle" in reply and "Marcel Dubrulle" in reply
    assert "Aurélie Plouvier" in sure(terril, "les guides ch'est qui ?", "org_members")
    # Neighbours: the title itself asked stays its holder.
    assert "Marcel Dubrulle" in sure(terril, "el président d'l'association des anciens mineurs ch'est qui ?",
                                     "role_holder")
    assert "Aurélie Plouvier" in sure(terril, "la guide-conférencière ch'est qui ?", "role_holder")


def test_an_hour_no_decision_holds(terril: Chat) -> None:
    assert not outcome_of(terril, "on était monté su' l'terril 74 à quelle heure en septembre ?").confident
    # Neighbour: a decision writing the hour answers it.
    assert "15 h" in sure(terril, "les visites du chevalement ch'est à quelle heure ?", "decisions_topic")


@pytest.mark.parametrize("held", ["Les UAPE ouvrent dès 7 heures le matin", "à dix-sept heures", "à 15 h", "de 14h30 à 16h",
                                  "vers midi"])
def test_an_hour_written_in_a_decision_is_held(held: str) -> None:
    # « les UAPE ouvrent à quelle heure ? » of « … dès 7 heures le matin » (set 31a) stays answered.
    assert not hour_unheld("ça ouvre à quelle heure ?", "decisions_topic", held)


def test_news_and_the_chat_words_of_the_bassin_minier(terril: Chat) -> None:
    assert "Dernières décisions" in sure(terril, "y a du neuf dins les décisions ?", "decisions_recent")
    assert "Séance n°5" in sure(terril, "la réunion avec les habitants du coron à la salle des fêtes, ch'est à quelle "
                                        "heure ?", "meeting_which")
    assert "Séance n°2" in sure(terril, "le compte rendu de la rando ?", "minutes_request").replace("séance", "Séance")
    # Neighbour: « du neuf » as a day still dates it.
    assert "mercredi 9 décembre" in sure(terril, "la réunion du neuf ?", "meeting_which")
