"""Questions in the French of Marseille and Provence, and in the words of
the quartiers, of blind set 44a (npnru13, the comité de suivi of an urban
renewal project in the north of Marseille, asked by a youth association's
educator on Tuesday 1 December 2026), missed on its first run, with the
neighbours that must stay as they were:

- an interjection opening or closing the question (« vé », « zou »,
  « peuchère », « oh fada »), a word of address closing it with no comma
  (« c'est qui frère ? »), « en bas » / « là-haut » said of a place, the
  Provençal words (« on se capte », « on cause », « tarpin de », « les
  minots », « ça boulègue ? », « qui monte au Pharo ? ») and a comment after
  the question (« …, dégun le connaît ? », « … ou il s'est ensuqué ? ») are
  read in plain French (marseille_turns.py);
- « la MPT » is the Maison pour tous: « pour » is said in initials
  (initials.py); « la mairie de secteur » is the mairie of the arrondissements
  (entities.toml, kinds);
- « on est qui dans le comité de suivi ? », « la date du précédent comité de
  suivi ? », the sittings' heading found as their place (intents.toml);
- a count asked (« combien il y a de … ») is checked against the decision as
  « combien de … » is; a rate (« combien de l'heure ») counts nothing, and a
  unit written short is the measure asked (« 18 km ») (decision_lead.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.initials import word_initials
from handlers.understanding.marseille_turns import marseille_as_french
from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def npnru() -> Chat:
    return build_group("npnru13")


def test_interjections_and_address_are_read_away(npnru: Chat) -> None:
    assert "n°5" in sure(npnru, "vé, la prochaine réunion elle commence à quelle heure ?", "meeting_next")
    assert "Point d'étape du relogement" in sure(npnru, "zou, l'ordre du jour de mardi ?", "agenda_items")
    assert "Marius Roubaud" in sure(npnru, "le président de l'amicale des locataires, c'est qui frère ?",
                                    "role_holder")
    assert "n°1" in sure(npnru, "le PV du 17 septembre stp frère", "minutes_request")
    # Neighbours: a brother or a colleague who is someone's, and a message of nothing else, stay as typed.
    kept = ("c'est qui son frère ?", "la remplaçante de ma collègue ?", "peuchère", "le frère de Karim vient ?")
    assert [marseille_as_french(text) for text in kept] == list(kept)


def test_down_there_and_up_there_name_no_place(npnru: Chat) -> None:
    assert "Samia Ouali" in sure(npnru, "le centre social c'est qui en bas ?", "org_representative")
    assert "Sylvie Arnaud" in sure(npnru, "Sylvie Arnaud elle bosse où, là-haut ?", "who_is")
    assert "n°5" in sure(npnru, "frère la réu de mardi c'est en bas au Pharo ou là-haut au centre social ?",
                         "meeting_which")
    # Neighbour: « en bas du bâtiment A » is a place of its own.
    assert marseille_as_french("c'est chaud en bas du A") == "c'est chaud en bas du A"


def test_provencal_words_are_read_in_plain_french(npnru: Chat) -> None:
    assert "n°5" in sure(npnru, "on se capte quand pour le comité de suivi ?", "meeting_which")
    assert "Point d'étape du relogement" in sure(npnru, "de quoi on cause mardi au Pharo ?", "agenda_items")
    assert "en retard" in sure(npnru, "le planning des démolitions, ça boulègue ou pas ?", "in_charge")
    assert "Annoncés présents" in sure(npnru, "qui monte au Pharo mardi ?", "rsvp_upcoming")
    assert "Prochaines séances" in sure(npnru, "on a tarpin de réunions d'ici le printemps, c'est quoi les dates ?",
                                        "meetings_upcoming")
    assert "Choix des jeux pour enfants" in sure(npnru, "à l'atelier du parc on choisit les jeux des minots ?",
                                                 "agenda_items")
    # A word written with a capital is a name, not the chat's.
    assert marseille_as_french("qui représente l'association Dégun ?") == "qui représente l'association Dégun ?"


def test_a_comment_after_the_question_asks_nothing(npnru: Chat) -> None:
    assert "Lucienne Ferracci" in sure(npnru, "le Département c'est qui, dégun vient jamais ?", "org_representative")
    assert "Karim Hadjadj" in sure(npnru, "c'est qui le délégué du préfet, dégun le connaît ?", "role_holder")
    assert "n°4" in sure(npnru, "le CR du dernier comité il est sorti ou il s'est ensuqué quelque part ?",
                         "minutes_request")
    # Neighbour: nobody asked about is the question itself, not a comment.
    assert marseille_as_french("dégun a vu mon chargeur ?") == "personne a vu mon chargeur ?"


def test_initials_say_pour_and_the_mairie_de_secteur_is_the_arrondissements(npnru: Chat) -> None:
    assert "Sylvie Arnaud" in sure(npnru, "la MPT c'est qui dans le groupe ?", "org_representative")
    assert "n°2" in sure(npnru, "la réunion avec les habitants à la MPT c'était à quelle heure ?", "meeting_which")
    assert "Grégory Avakian" in sure(npnru, "zou, la mairie de secteur c'est qui ?", "org_representative")
    assert "Grégory Avakian" in sure(npnru, "Grégory Avakian il est à la mairie de secteur ?", "who_is")
    assert "mpt" in word_initials("Maison pour tous Saint-Barthélemy")
    # Neighbour: the initials a name had keep being read.
    assert "mde" in word_initials("Maison de l'emploi du Cambrésis")


def test_the_comite_de_suivi_named_by_its_heading(npnru: Chat) -> None:
    assert "Membres du groupe" in sure(npnru, "on est qui dans le comité de suivi ?", "directory")
    assert "n°4" in sure(npnru, "Pourriez-vous me rappeler la date du précédent comité de suivi ?", "meeting_last")
    # Neighbour: the plain question.
    assert "n°4" in sure(npnru, "le dernier comité de suivi ?", "meeting_last")


def test_a_count_is_checked_against_the_decision(npnru: Chat) -> None:
    assert "96 logements" in sure(npnru, "il y a combien de logements dans le bâtiment A ?", "decisions_topic")
    assert "douze jeunes" in sure(npnru, "on prend combien de jeunes sur les chantiers éducatifs ?", "decisions_topic")
    # Neighbour: a rate asked (« combien de l'heure ») counts nothing; the decision stating it answers.
    rate = "les mamans de jour touchent combien de l'heure ?"
    assert "7 francs" in sure(build_group("aje-gdv"), rate, "decisions_topic")
    # Neighbour: a unit written short is the measure asked (« combien de kilomètres ? » of « … 18 km »).
    assert "18 km" in sure(build_group("pcaet26"), "la voie verte fera combien de kilomètres ?", "decisions_topic")
