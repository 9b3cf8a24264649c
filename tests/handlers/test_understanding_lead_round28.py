"""The lead's general fixes of the twenty-eighth round, found on the lead's
sets 46 (pat-brocel46, a projet alimentaire territorial), 47 (cispd-avre47,
a CISPD's working group) and 48 (quartier-vernier48, a Geneva contrat de
quartier) and on leftovers of earlier rounds, and checked in other words:
who speaks for a public (publics.py), who heads a body by the verb or the
title (body_head.py), a body called by the code in its name (« 3F »:
org_names._coded_words), the nouns of action of irregular verbs
(« la mise à jour », « mettre à jour »: derivation.py), « la quinzaine qui
vient » and « le mois à venir » (periods.py), decisions « prises » in the
past (days.py), the sittings only when « comme réunions » narrows what is
planned and the group's calendar by its own name (kind_lists.py), a sitting
named by the noun its heading opens with (meeting_named._heads) or by the
initials of its subject (« le groupe VIF »: formation_subject.py), a
formation's own noun before its subject (« la commission cantine »), the
date of a sitting one place alone holds (meeting_rivals.one_sitting), how
the bot is used (bot_named.asks_use), the cancelled tasks asked with
« abandonnée » (task_match.py), a period that is part of a deadline's own
words (month_in_record.py), the units of time that are no name cut short
(persons.py), and the place of the meeting whose decisions are listed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def basin() -> Chat:
    """An invented water-management group with bodies that speak for publics, a gendarmerie and a landlord."""
    return invented_group(
        "bassin29",
        ("Hervé Quéré", "AAPPMA de l'Aulne", "Président"),
        ("Gaëlle Prigent", "UDAF du Finistère", "Administratrice"),
        ("Yannick Le Roux", "Chambre d'agriculture de Bretagne", "Conseiller bassin versant"),
        ("Anne Kervella", "Syndicat du bassin de l'Aulne", "Directrice"),
        ("Loïc Tanguy", "Syndicat du bassin de l'Aulne", "Technicien de rivière"),
        ("Sophie Bihan", "Compagnie de gendarmerie de Châteaulin", "Capitaine, commandante de la compagnie"),
        ("Marc Gourmelon", "Compagnie de gendarmerie de Châteaulin", "Adjudant, référent environnement"),
        ("Claire Moan", "Sous-préfecture de Châteaulin", "Sous-préfète de l'arrondissement"),
        ("Jean Stéphan", "Sous-préfecture de Châteaulin", "Secrétaire général"),
        ("Nadia Cosquer", "Habitat 29 / Logis B2", "Chargée de clientèle"),
    )


@pytest.mark.parametrize(("question", "named"), [
    ("qui représente les pêcheurs ?", "Hervé Quéré"),
    ("qui parle au nom des familles ?", "Gaëlle Prigent"),
    ("c'est qui le porte-parole des agriculteurs ?", "Yannick Le Roux"),
    ("qui représente la pêche ?", "Hervé Quéré"),
])
def test_the_body_that_speaks_for_a_public(basin: Chat, question: str, named: str) -> None:
    reply = sure(basin, question, "org_representative")
    assert named in reply and "Anne Kervella" not in reply


def test_every_body_that_speaks_for_a_public() -> None:
    chat = invented_group("emploi29", ("Rémi Le Gall", "Union départementale CGT du Finistère", "Secrétaire général"),
                          ("Inès Caradec", "CFDT Bretagne", "Secrétaire régionale"),
                          ("Paul Mao", "MEDEF Finistère", "Délégué général"))
    reply = sure(chat, "qui parle pour les salariés ?", "org_representative")
    assert "Rémi Le Gall" in reply and "Inès Caradec" in reply and "Paul Mao" not in reply
    reply = sure(chat, "qui représente les employeurs ?", "org_representative")
    assert "Paul Mao" in reply and "Rémi Le Gall" not in reply


def test_a_public_no_body_speaks_for_is_not_given_one(basin: Chat) -> None:
    # No body of the group exists to speak for tenants or consumers: the bot does not pick one.
    for question in ("qui représente les locataires ?", "qui parle au nom des consommateurs ?"):
        assert not outcome_of(basin, question).confident, question


def test_who_heads_a_body_by_the_verb_or_the_title(basin: Chat) -> None:
    reply = sure(basin, "qui commande la compagnie de gendarmerie ?", "role_holder")
    assert "Sophie Bihan" in reply and "Marc Gourmelon" not in reply
    reply = sure(basin, "qui dirige le syndicat du bassin ?", "role_holder")
    assert "Anne Kervella" in reply and "Loïc Tanguy" not in reply
    reply = sure(basin, "c'est qui la sous-préfète ?", "role_holder")
    assert "Claire Moan" in reply and "Jean Stéphan" not in reply
    # The body's people asked plainly are still all of them.
    reply = sure(basin, "qui représente la sous-préfecture ?", "org_representative")
    assert "Claire Moan" in reply and "Jean Stéphan" in reply


def test_a_body_called_by_the_code_in_its_name(basin: Chat) -> None:
    assert "Nadia Cosquer" in sure(basin, "qui vient de chez B2 ?", "org_representative")


@pytest.fixture(scope="module")
def pat() -> Chat:
    return build_group("pat-brocel46")


@pytest.fixture(scope="module")
def cispd() -> Chat:
    return build_group("cispd-avre47")


@pytest.fixture(scope="module")
def quartier() -> Chat:
    return build_group("quartier-vernier48")


def test_the_coming_fortnight_and_month(pat: Chat) -> None:
    reply = sure(pat, "quelles échéances dans la quinzaine à venir ?", "dates_period")
    assert "dans les quinze prochains jours" in reply and "8 décembre" in reply and "18 décembre" not in reply
    reply = sure(pat, "qu'est-ce qui tombe le mois qui vient ?", "dates_period")
    assert "dans le mois qui vient" in reply and "18 décembre" in reply and "22 janvier" not in reply
    reply = sure(pat, "y a quoi la semaine qui vient ?", "dates_period")
    assert "la semaine prochaine" in reply and "10 décembre" in reply


def test_the_sittings_only_when_the_words_narrow_to_them(pat: Chat) -> None:
    reply = sure(pat, "qu'est-ce qui est prévu comme séances d'ici février ?", "meetings_upcoming")
    assert "Prochaines séances" in reply and "Échéance" not in reply and "n°6" in reply
    # Without the narrowing word, what is planned is every date.
    assert "Échéance" in sure(pat, "qu'est-ce qui est prévu d'ici février ?", "dates_period")


def test_a_sitting_named_by_its_heading_or_its_subject(pat: Chat, cispd: Chat) -> None:
    reply = sure(pat, "la visite d'octobre, c'était où déjà ?", "meeting_which")
    assert "Bois-Ruffin" in reply and "Tâche" not in reply
    reply = sure(pat, "la prochaine commission cantine, c'est quand ?", "meeting_which")
    assert "n°6" in reply and "Forum" not in reply.split("\n")[0]
    reply = sure(cispd, "la réunion du groupe VIF c'est où ?", "meeting_which")
    assert "maison de justice" in reply
    reply = sure(pat, "vous pouvez me rappeler la date du forum de l'alimentation locale ?", "meeting_which")
    assert "n°7" in reply


def test_how_the_bot_is_used(pat: Chat) -> None:
    for question in ("comment on se sert de ce robot ?", "comment je me sers de ce bot ?"):
        assert "Je réponds aux questions" in sure(pat, question, "help"), question


def test_the_cancelled_tasks_asked_as_dropped(quartier: Chat, cispd: Chat) -> None:
    assert "Tâches annulées" in sure(quartier, "il y a des actions qui ont été abandonnées ?", "tasks_late")
    assert "Tâches annulées" in sure(cispd, "y a une tâche qu'on a abandonnée ?", "tasks_late")


def test_a_period_in_the_deadline_s_own_words(cispd: Chat) -> None:
    reply = sure(cispd, "la remontée des chiffres du premier trimestre c'est pour quand ?", "dates_period")
    assert "18 décembre" in reply


def test_a_unit_of_time_is_no_name_cut_short(pat: Chat) -> None:
    reply = sure(pat, "les chèques alimentation, ça fait combien par mois ?", "decisions_topic")
    assert "20 euros" in reply and "Moisan" not in reply


def test_the_decisions_of_a_meeting_named_by_its_place(quartier: Chat) -> None:
    reply = sure(quartier, "qu'est-ce qui a été retenu à l'issue de la marche ?", "decisions_recent")
    assert "séance n°2" in reply and "place des Marronniers" in reply


def test_decisions_taken_are_in_the_past() -> None:
    chat = build_group("lecture58")
    reply = sure(chat, "les décisions qui ont été prises à la rentrée ?", "decisions_recent")
    assert "séance n°1" in reply
    # Decisions still to take are no past meeting's.
    assert "séance n°1" not in outcome_of(chat, "quelles décisions seront prises à la rentrée ?").reply.plain()


def test_a_noun_of_action_of_an_irregular_verb() -> None:
    # The group's deadline « Mise à jour du guide départemental des ressources » beside a member's task on the guide.
    chat = build_group("vif29")
    assert "2 avril" in sure(chat, "le guide, on a jusqu'à quand pour le mettre à jour ?", "dates_period")
    data = chat.store.group("vif29")
    data.add_deadline(datetime(2027, 2, 5, 23, 59, tzinfo=PARIS), "Remise du rapport d'activité au Département")
    assert "5 février" in sure(chat, "le rapport d'activité, on a jusqu'à quand pour le remettre ?", "dates_period")


def test_the_contrat_de_quartier_is_the_group_itself(quartier: Chat) -> None:
    assert "Prochaines séances" in sure(quartier, "les prochaines séances du contrat de quartier ?", "meetings_upcoming")
    assert "Membres du groupe" in sure(quartier, "qui est dans le contrat de quartier ?", "directory")


def test_people_asked_are_no_decision_and_a_departure_no_task(quartier: Chat) -> None:
    # « la commune » names no body of the directory here: the bot does not answer with a decision naming the commune.
    outcome = outcome_of(quartier, "quelles sont les personnes de la commune ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic"), outcome.reply.plain()
    outcome = outcome_of(quartier, "la marche, elle partait d'où ?")
    assert "Tâche" not in outcome.reply.plain()
