"""The lead's general fixes of the seventeenth round, found on the lead's set
28 (ctai-grenoble, a refugees' reception and integration contract) and
checked on small groups invented here, with other sentences: the title asked
« of » the group by its own name goes to the role carrying that name
(group_holders.over_own_name); a formation asked for who belongs to it is the
group itself (group_name.formation_as_group), never a topic « partie »; a
co-chair is asked with « copréside » (entities.toml); « rendez-vous » is a
meeting, plural after a plural word (lexicon.toml); « les prochaines dates »
are the coming meetings (intents.toml); a working group is named by one of
the subjects its place joins with « et » (venues.py); the people a network
serves are a case a rule settles, with its light verbs left out
(eligibility.py); a share of a sum says who pays (payers.py); « FLE » is
French classes (lexicon.toml)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from storage.models import AgendaItem
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

SLUG = "pacte-lead17"


def _group(*members: tuple[str, str, str], places: tuple[str, ...] = ("Salle du conseil",)) -> Chat:
    """A small group named « pacte … » with `members` and one meeting a week apart per place, the first two held."""
    chat = invented_group(SLUG, *members)
    data = chat.store.group(SLUG)
    for k, place in enumerate(places):
        start = NOW + timedelta(days=7 * (k + 1) - 15)
        data.add_meeting(start, start + timedelta(hours=2), place, (AgendaItem("Point d'étape", "Coordination"),))
    return chat


def _decide(chat: Chat, text: str) -> None:
    chat.store.group(SLUG).add_decision(text, date(2026, 11, 12), 1, "Coordination", "telegram:coord-1",
                                        datetime(2026, 11, 12, 18, 0, tzinfo=NOW.tzinfo))


def _task(chat: Chat, text: str, pilot: str, due: date = date(2026, 12, 18)) -> None:
    data = chat.store.group(SLUG)
    number = next(m.number for m in data.members() if m.name == pilot)
    data.add_task(text, number, due, 1, pilot, "Coordination", "telegram:coord-1")


_TEAM = (("Lina Moreau", "Ville de Vénissieux", "Chargée de mission PACTE, animatrice"),
         ("Omar Haddad", "Centre social Eugénie Cotton", "Animateur"),
         ("Claire Vidal", "Préfecture du Rhône", "Sous-préfète, coprésidente du comité de pilotage"),
         ("Jules Perrin", "Ville de Vénissieux", "Adjoint au maire, coprésident du comité de pilotage"),
         ("Rita Nunes", "Association Habitat et Humanisme", "Chargée d'accompagnement"))


def test_the_title_asked_of_the_group_by_its_own_name_goes_to_the_role_carrying_it() -> None:
    chat = _group(*_TEAM)
    reply = chat.say("qui anime le PACTE ?", private=True)
    assert "Lina Moreau" in reply and "Omar Haddad" not in reply
    # Without the group's name, both titles stay in the answer.
    both = chat.say("qui est l'animateur ?", private=True)
    assert "Omar Haddad" in both


def test_a_formation_asked_for_who_belongs_to_it_is_the_group_s_directory() -> None:
    chat = _group(*_TEAM, places=("Comité de pilotage, mairie de Vénissieux", "Comité technique, centre social"))
    _decide(chat, "Les ateliers de français commencent à partir de janvier au centre social.")
    for question in ("qui fait partie du comité technique ?", "c'est qui les membres du copil ?",
                     "la composition du comité de pilotage svp"):
        reply = chat.say(question, private=True)
        assert reply.startswith("Membres du groupe"), question
        assert "Rita Nunes" in reply and "Décision" not in reply, question
    # One sitting of it stays that sitting.
    assert "Membres du groupe" not in chat.say("qui était au dernier comité technique ?", private=True)


def test_a_co_chair_is_asked_with_the_verb() -> None:
    chat = _group(*_TEAM)
    reply = chat.say("c'est qui qui copréside le copil ?", private=True)
    assert "Claire Vidal" in reply and "Jules Perrin" in reply and "Omar Haddad" not in reply


def test_rendez_vous_and_the_next_dates_are_the_coming_meetings() -> None:
    chat = _group(*_TEAM, places=("Salle du conseil", "Centre social", "Mairie annexe", "Salle des fêtes"))
    for question in ("c'est quand nos prochains rendez-vous ?", "les prochaines dates svp", "toutes les prochaines dates ?"):
        reply = chat.say(question, private=True)
        assert reply.startswith("Prochaines séances"), question
        assert "Mairie annexe" in reply and "Salle des fêtes" in reply, question
    # The deadlines' word keeps the deadlines.
    assert not chat.say("les prochaines dates limites ?", private=True).startswith("Prochaines séances")


def test_a_working_group_is_named_by_one_of_its_subjects() -> None:
    chat = _group(*_TEAM, places=("Salle du conseil", "Groupe de travail santé et accès aux soins, centre social"))
    reply = chat.say("le groupe santé c'est quel jour ?", private=True)
    assert "Séance n°2" in reply and "centre social" in reply


def test_the_people_a_network_serves_are_a_case_a_rule_settles() -> None:
    chat = _group(*_TEAM)
    _decide(chat, "Les ateliers numériques sont ouverts aux demandeurs d'asile dès le dépôt de leur demande.")
    _decide(chat, "La permanence logement reçoit sur rendez-vous le mardi matin.")
    reply = chat.say("un migrant qui vient de déposer sa demande peut aller aux ateliers numériques ?", private=True)
    assert "ateliers numériques sont ouverts" in reply and "permanence logement" not in reply


def test_french_classes_said_fle() -> None:
    chat = _group(*_TEAM)
    _decide(chat, "Les cours de français du soir ont lieu au centre social le jeudi.")
    assert "cours de français du soir" in chat.say("on a décidé quoi pour les cours de FLE ?", private=True)


def test_a_share_of_a_sum_says_who_pays() -> None:
    chat = _group(*_TEAM)
    _decide(chat, "Le budget 2027 du PACTE est de 90 000 euros, à parts égales entre l'État et la Ville.")
    _decide(chat, "Le bilan du PACTE est présenté en juin.")
    reply = chat.say("qui finance le PACTE ?", private=True)
    assert "90 000 euros, à parts égales" in reply
    assert "bilan" not in reply or reply.index("90 000 euros") < reply.index("bilan")


def test_the_tasks_someone_has_going_and_what_should_have_been_done() -> None:
    chat = _group(*_TEAM)
    _task(chat, "Envoyer la liste des familles", "Omar Haddad", date(2026, 11, 20))
    assert "Envoyer la liste des familles" in chat.say("Omar il a quoi en cours ?", private=True)
    assert "Envoyer la liste des familles" in chat.say("y a des choses qui auraient dû être faites ?", private=True)
    card = chat.say("Rita Nunes elle fait quoi chez Habitat et Humanisme ?", private=True)
    assert "Chargée d'accompagnement" in card


def test_a_kind_of_sitting_that_is_also_the_thing_decided_is_asked_as_a_thing() -> None:
    # From the lead's set 29: « Atelier … » names sittings and the workshops decided (sitting_thing.py).
    chat = _group(*_TEAM, places=("Salle du conseil", "Atelier cuisine, centre social", "Salle du conseil",
                                  "Atelier cuisine, centre social"))
    _decide(chat, "Des ateliers cuisine à 2 euros sont ouverts aux familles, huit personnes par séance.")
    _decide(chat, "Une formation des bénévoles à l'accueil dure trois demi-journées.")
    _decide(chat, "Un jardin partagé est créé avec le centre social.")
    assert "2 euros" in chat.say("les ateliers cuisine c'est payant ?", private=True)
    assert "huit personnes par séance" in chat.say("on peut être combien par atelier cuisine ?", private=True)
    assert "trois demi-journées" in chat.say("la formation des bénévoles dure combien de temps ?", private=True)
    assert "jardin partagé" in chat.say("qu'est-ce qu'on a décidé avec le centre social ?", private=True)
    # A sitting's own questions stay the sittings'.
    assert "Atelier cuisine" in chat.say("le prochain atelier cuisine c'est quand ?", private=True)
    assert "Décision" not in chat.say("la réunion dure combien de temps ?", private=True)
