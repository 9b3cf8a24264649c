"""What the lead's blind set 95 (ccjvd, the commission consultative de la
jeunesse of an invented commune of the Nord vaudois, asked by a young member
on Tuesday 1 December 2026) missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- what the bot can do asked as « t'es capable de quoi ? », « de quoi es-tu
  capable ? » (lexicon.toml [shorthand_phrases]);
- a thing asked by a kind or another word of what the record says: « les
  lampes » of « … est éclairé » ([eclairage]), « la bière » of « aucune
  boisson alcoolisée » ([alcool]), « choisir » of « soumis à un vote »
  ([choisir]), « vérifier » of « un examen de faisabilité » ([verifier]),
  « ouvert plus tard » of « prolonger l'accueil libre » ([ouvert_plus_tard]),
  all in families.toml;
- a unit written as a noun and its adjective after its body's comma
  (« Commune de Corvallaz, greffe municipal ») called by its noun
  (unit_head.py);
- « le foot » for a body named « FC … » (entities.toml [kinds]);
- « on s'est vu quel jour ? » (participle unagreed) is the group meeting
  (lexicon.toml, chat.py);
- a part of the day right after a day said without article (« mardi
  soir ») belongs to the day, no topic (day_spans.py);
- « de quelle société ? » asks the member's body (lexicon.toml
  vocabulary);
- « on reçoit le PV combien de temps après la séance ? »: the decision
  giving the delay, found by words it holds only together (« procès
  verbal » of its « PV »), « après » no topic (delays.py);
- the group's own acronym read from its offices (« présidente de la CCJ »)
  spelled out in full (« la commission consultative de la jeunesse »): the
  group itself (own_group.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccj() -> Chat:
    return build_group("ccjvd")


def test_what_the_bot_can_do(ccj: Chat) -> None:
    assert "commandes" in sure(ccj, "de quoi es-tu capable ?", "help")
    assert "commandes" in sure(ccj, "vous êtes capable de quoi exactement ?", "help")
    # Someone else's abilities are no question for the bot.
    assert not outcome_of(ccj, "il est capable de quoi le nouveau logiciel ?").confident


def test_a_thing_asked_in_other_words_than_the_record(ccj: Chat) -> None:
    assert "éclairé jusqu'à 22h00" in sure(ccj, "des projecteurs au skatepark, c'est décidé ?", "decisions_topic")
    assert "boisson alcoolisée" in sure(ccj, "y aura du vin aux soirées de la CCJ ?", "decisions_topic")
    assert "vote en ligne" in sure(ccj, "les projets retenus sont choisis comment ?", "decisions_topic")
    assert "faisabilité" in sure(ccj, "les projets sont contrôlés par la CCJ avant le vote ?", "decisions_topic")
    assert "accueil libre" in sure(ccj, "le local va fermer plus tard le samedi ?", "decisions_topic")


def test_a_choice_is_no_vote_left_out() -> None:
    sivom = build_group("sivom15")
    # « mis au vote » is no public's vote: the reason of the choice keeps its answer.
    assert "mieux-disante" in sure(sivom, "pourquoi on a choisi les Cars du Carladès ?", "decisions_topic")


def test_lighting_elsewhere_stays_found() -> None:
    avre = build_group("cispd-avre47")
    assert "passage souterrain" in sure(avre, "les lampes du souterrain, c'est décidé ?", "decisions_topic")


def test_a_unit_called_by_its_noun(ccj: Chat) -> None:
    assert "Anne-Claude Duc" in sure(ccj, "les gens du greffe ?", "org_members")
    # The service named whole keeps its answer.
    assert "Yvan Mottaz" in sure(ccj, "qui représente le service des bâtiments ?", "org_representative")


def test_the_football_club(ccj: Chat) -> None:
    assert "Cédric Jaunin" in sure(ccj, "qui est là pour le foot ?", "org_representative")
    jumelage = build_group("jumelage68")
    assert "FC Altmatten" in sure(jumelage, "qui représente le foot ?", "org_representative")


def test_the_last_time_we_met(ccj: Chat) -> None:
    assert "n°3" in sure(ccj, "on s'est vu où la dernière fois ?", "meeting_last")
    sivom = build_group("sivom15")
    assert "Dernière" in sure(sivom, "la fois d'avant on s'est vu quel jour ?", "meeting_last")


def test_a_part_of_the_day_after_the_day(ccj: Chat) -> None:
    assert "a annoncé sa présence" in sure(ccj, "Mélanie Rochat sera là mardi soir ?", "rsvp_upcoming")
    # A habit (« le mercredi matin ») stays the decision's.
    ctg = build_group("ctg26")
    assert "mercredi matin" in sure(ctg, "les centres de loisirs sont ouverts le mercredi matin ?", "decisions_topic")


def test_the_body_asked_as_a_society(ccj: Chat) -> None:
    assert "Jeunesse de Corvallaz" in sure(ccj, "Romain Cuendet fait partie de quelle société ?", "who_is")


def test_the_delay_of_the_minutes(ccj: Chat) -> None:
    assert "dans les dix jours" in sure(ccj, "le PV arrive combien de temps après la séance ?", "decisions_topic")
    assert "dans les dix jours" in sure(ccj, "on reçoit le compte rendu combien de jours après ?", "decisions_topic")


def test_the_group_spelled_out(ccj: Chat) -> None:
    assert "Membres du groupe" in sure(ccj, "les membres de la commission consultative de la jeunesse ?", "directory")
    # The acronym keeps its answer.
    assert "Membres du groupe" in sure(ccj, "qui fait partie de la CCJ ?", "directory")
    # Words whose initials fall on the acronym by chance name no group: a town closes them, or a month.
    cls = build_group("clsardennes08")
    assert "Nadège Poncelet" in sure(cls, "qui prépare la convention des locaux de Sedan ?", "in_charge")
