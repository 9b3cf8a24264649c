"""The French of Alsace and the Moselle, of blind set 48a (sundgau68, the
comité de pilotage of a PEDT in the Sundgau, asked by the périscolaire's
director on Tuesday 1 December 2026), missed on its first run, with the
neighbours that must stay as they were:

- the Alsatian and Platt turns around a question (« ça geht's ? … »,
  « awa, … », « …, hopla », « dis-moi voir un peu », « il vient avec
  mardi ? », « schwätze », « on fait comment avec le car ? », « gell »
  after a question word, « am Dienstag 8.12. um 18 Uhr »: alsace_turns.py);
- a tag after a clause about oneself asks to confirm that clause, which is
  the question (« j'étais marquée excusée la dernière fois, non ? »:
  clauses.py);
- the article before a surname (« le Meyer de Dannemarie »: german_turns.py);
- « qui avait réservé le car … ? »: a deed done, in the pluperfect (task_first.py);
- « le car roule », « s'il neige » of « ne circule pas », « neige ou
  verglas »; « le péri » (lexicon.toml);
- a weekday a record writes after a noun (« le plan mercredi ») is part of
  its name, not next Wednesday (record_period.py);
- « Didier il fait quoi dans le copil ? »: the group itself, his card
  (group_name.asks_membership);
- « Yannick c'est la CeA ou l'Éducation nationale ? »: his card
  (card_body.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.alsace_turns import alsace_as_french
from handlers.understanding.german_turns import german_as_french
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def sundgau() -> Chat:
    return build_group("sundgau68")


@pytest.fixture(scope="module")
def briochin() -> Chat:
    return build_group("briochin22")


def test_alsatian_openings_and_softeners(sundgau: Chat) -> None:
    assert "Séance n°4" in sure(sundgau, "ça geht's ? c'est toujours mardi 18h la réunion ?", "meeting_which")
    assert "Séance n°4" in sure(sundgau, "awa, on se retrouve quand pour le copil ?", "meeting_which")
    assert "Prochaine séance n°4" in sure(sundgau, "dis-moi voir un peu c'est quand la prochaine", "meeting_next")
    assert "22 janvier 2027" in sure(sundgau, "tu peux me dire un peu c'est quoi les échéances en janvier ?",
                                     "dates_period")
    assert "verglas" in sure(sundgau, "la décision numéro 12, hopla", "decision_number")
    assert "Renouvellement du PEDT" in sure(sundgau, "de quoi on va schwätze mardi ?", "agenda_items")
    assert "Je réponds aux questions" in sure(sundgau, "je peux te demander quoi, gell ?", "help")


def test_german_days_and_hours(sundgau: Chat) -> None:
    assert "mardi 8 décembre 2026, 18h00" in sure(
        sundgau, "Bonjour, la prochaine séance est am Dienstag 8.12. um 18 Uhr, c'est juste ?", "meeting_which")
    assert "jeudi 14 janvier 2027, 17h00" in sure(
        sundgau, "la réunion à Allschwil commence à quelle heure, 17 Uhr ?", "meeting_which")


def test_coming_with_no_one_after(sundgau: Chat) -> None:
    assert "a annoncé sa présence" in sure(sundgau, "le Jean-Marc Schmitt il vient avec mardi ?", "rsvp_upcoming")
    # Neighbours: « avec » before someone or something is kept.
    assert alsace_as_french("tu viens avec Paul mardi ?") == "tu viens avec Paul mardi ?"
    assert alsace_as_french("on vient avec nos enfants ?") == "on vient avec nos enfants ?"


def test_how_we_do_with_a_thing(sundgau: Chat) -> None:
    assert "Ferrette, Hirsingue et Dannemarie" in sure(sundgau, "on fait comment avec le car ?", "decisions_topic")
    # Before another question the lead-in alone goes: not the tasks on the bus any more, and no guess.
    assert not outcome_of(sundgau, "on fait comment avec le car le mercredi, il passe où ?").confident
    # Neighbour: « on fait comment pour … » is a command's help (howto.py), untouched.
    assert alsace_as_french("on fait comment pour décaler une réunion ?") == "on fait comment pour décaler une réunion ?"


def test_tags(sundgau: Chat) -> None:
    assert "Vous figurez parmi les excusés" in sure(
        sundgau, "j'étais marquée excusée la dernière fois, gell ?", "attendance_meeting")
    assert "Vous figurez parmi les excusés" in sure(sundgau, "j'étais là la dernière fois, non ?", "attendance_meeting")
    # Neighbours: a clause about oneself before a real question is still context; a check keeps its « non ? ».
    assert "14 présents, 4 excusés" in sure(sundgau, "je n'étais pas là en octobre, qui était là ?", "attendance_meeting")
    assert alsace_as_french("le car c'est gratuit, hein gell ?") == "le car c'est gratuit, gell ?"
    assert "gratuit pour les familles" in sure(sundgau, "hopla, le car c'est gratuit gell ?", "decisions_topic")


def test_the_article_before_a_surname(sundgau: Chat, briochin: Chat) -> None:
    assert "Adjoint au maire chargé des écoles" in sure(sundgau, "le Meyer de Dannemarie, c'est qui ?", "who_is")
    assert "Directrice de l'école" in sure(sundgau, "la Muller elle fait quoi ?", "who_is")
    # Neighbour: a surname that opens with « Le » keeps it.
    assert german_as_french("c'est qui Le Goff ?", names=["Yannick Le Goff"]) == "c'est qui Le Goff ?"
    # Nor before a surname French knows as a word, or that the group's other texts write (a body, a place).
    assert german_as_french("qui représente la Vienne ?", names=["Paul Vienne"]) == "qui représente la Vienne ?"
    assert german_as_french("qui représente la Marne ?", lambda: ["Conseil départemental de la Marne"],
                            names=["Paul Marne"]) == "qui représente la Marne ?"
    assert "Saint-Brieuc Armor Agglomération" in sure(briochin, "c'est qui M. Le Goff ?", "who_is")


def test_a_deed_done_in_the_pluperfect(sundgau: Chat) -> None:
    reply = sure(sundgau, "qui avait réservé le car pour la visite de Hirsingue ?", "in_charge")
    assert "Tâche n°1 (faite)" in reply and "Josiane Walch" in reply
    assert "Tâche n°1 (faite)" in sure(sundgau, "qui a réservé le car pour la visite de Hirsingue ?", "in_charge")


def test_running_buses_snow_and_the_peri(sundgau: Chat) -> None:
    assert "verglas" in sure(sundgau, "s'il neige, le car du mercredi roule quand même ?", "decisions_topic")
    assert "SMS" in sure(sundgau, "on prévient les familles comment si le car roule pas ?", "decisions_topic")
    assert "Séance n°2" in sure(sundgau, "la visite du péri de Hirsingue c'était quel jour ?", "meeting_which")
    assert "48 places" in sure(sundgau, "le péri de Hirsingue a combien de places maintenant ?", "decisions_topic")


def test_a_weekday_in_a_record_s_name(sundgau: Chat) -> None:
    assert "Retour des fiches-bilans" in sure(
        sundgau, "les fiches-bilans du plan mercredi, c'est pour quand ?", "dates_period")
    # Neighbour: a weekday alone is still the day.
    assert "mercredi 2 décembre 2026" in sure(sundgau, "qu'est-ce qu'on a mercredi ?", "dates_period")


def test_someone_s_part_in_the_group(sundgau: Chat) -> None:
    assert "Directeur du centre socioculturel" in sure(sundgau, "Didier Scherrer il fait quoi dans le copil ?", "who_is")
    # Neighbours: the group's members asked « dans le copil »; « on fait quoi dans le copil ? » is no one's card.
    assert "Membres du groupe (20)" in sure(sundgau, "qui est dans le copil ?", "directory")
    assert outcome_of(sundgau, "on fait quoi dans le copil ?").intent != "who_is"


def test_a_member_checked_against_two_bodies(sundgau: Chat) -> None:
    assert "Chargé de mission bilinguisme" in sure(
        sundgau, "Yannick Stoecklin c'est la CeA ou l'Éducation nationale ?", "who_is")
    # Neighbour: one body checked, as before.
    assert "Chargé de mission bilinguisme" in sure(sundgau, "Yannick Stoecklin c'est la CeA ?", "who_is")


def test_the_pluperfect_describing_a_member_is_no_deed_asked() -> None:
    # « le monsieur qui avait proposé les permanences à Beaune » describes whom the decision names (set 34a), as before.
    chat = build_group("pdalhpd21")
    assert "Pierre-Yves Cornu" in sure(chat, "le monsieur qui avait proposé les permanences à Beaune, c'est qui ?",
                                       "in_charge")
