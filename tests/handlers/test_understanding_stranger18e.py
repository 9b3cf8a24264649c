"""The general causes behind blind sets 18e and 18eb's misses (a
Lyon-Villeurbanne « politique de la ville » group), tested on other groups
in other words: who pays is a decision; school holidays and a year named
in words; the meeting after another's day; the group called by its own
name after its noun; the role that names the group; who represents words
of a role; an acronym a role or decision spells out; an age, a rhythm or a
duration a decision sets; taking turns in other words; a body's short form
followed by the rest of its name; « en état » is no State; the dates « à ne
pas manquer »; the morning or the afternoon."""

from __future__ import annotations

from tests.handlers.questions_groups import build_group


def test_who_pays_is_answered_by_the_decision_that_says_so() -> None:
    ville = build_group("ville69")
    for question in ("c'est qui qui finance l'adulte-relais ?", "qui paie le poste d'adulte relais à Saint-Jean ?"):
        reply = ville.say(question, private=True)
        assert reply.startswith("Décisions sur"), question
        assert "La Métropole finance un poste d'adulte-relais" in reply
    # « réparation » finds « remise en état », « entrées d'immeubles » the « halls » (families.toml).
    for question in ("qui paye la réparation des halls ?", "on avait décidé quoi pour les entrées d'immeubles abîmées ?"):
        assert "remise en état des halls" in ville.say(question, private=True), question
    emploi = build_group("emploi95")
    assert "financées par l'agglomération" in emploi.say("qui paye les navettes vers l'aéroport ?", private=True)
    network = build_group("reseau92")
    assert "Une subvention de 15 000 € est demandée au Département" in network.say(
        "qui paie le forum de l'emploi ?", private=True)


def test_before_and_after_the_holidays_are_spans() -> None:
    ville = build_group("ville69")
    reply = ville.say("avant les vacances on a quoi comme dates limites ?", private=True)
    assert reply.startswith("Agenda avant les vacances de Noël (jusqu'au 18/12/2026)")
    assert "Fiches projets des chantiers éducatifs" in reply and "Ville Vie Vacances" not in reply
    reply = ville.say("quelles réunions sont prévues après les fêtes ?", private=True)
    assert "n°5 : mardi 19 janvier 2027" in reply and "n°4" not in reply
    network = build_group("reseau92")
    reply = network.say("les échéances d'ici les vacances ?", private=True)
    assert "Envoi des contributions au rapport annuel" in reply and "économie sociale et solidaire" in reply
    assert "questionnaire sur la mobilité" not in reply
    # « les vacances apprenantes » are a programme, not the holidays: still a decision's topic.
    reply = build_group("citeeduc68").say("qu'a-t-on décidé avant les vacances apprenantes ?", private=True)
    assert "Les vacances apprenantes de Pâques sont organisées" in reply


def test_a_year_by_its_number_and_the_meeting_counted_within_it() -> None:
    ville = build_group("ville69")
    assert ville.say("la 2e réunion de 2027 c'est quand ?", private=True).startswith("Séance n°6 — mardi 23 février 2027")
    # The last of that year, still to come on 1 December (as « la dernière séance avant les fêtes », meeting_kinds.py).
    assert ville.say("la dernière réunion de 2026 ?", private=True).startswith("Dernière séance en 2026 n°4 — jeudi 10 décembre 2026")
    network = build_group("reseau92")
    reply = network.say("les réunions en 2027 ?", private=True)
    assert "n°5 : mardi 19 janvier 2027" in reply and "n°6 : mardi 16 mars 2027" in reply and "n°4" not in reply
    assert network.say("la première réunion de 2027 ?", private=True).startswith("Séance n°5 — mardi 19 janvier 2027")
    reply = network.say("Pourriez-vous me communiquer le calendrier prévisionnel des réunions de l'année 2027 ?", private=True)
    assert reply.startswith("Prochaines séances en 2027") and "n°6 : mardi 16 mars 2027" in reply and "n°4" not in reply


def test_the_meeting_after_another_s_day() -> None:
    ville = build_group("ville69")
    assert ville.say("la réunion suivante, après celle du 10 décembre, c'est quand ?", private=True).startswith(
        "Séance n°5 — mardi 19 janvier 2027")
    network = build_group("reseau92")
    reply = network.say("et la réunion d'après celle du 10 décembre, elle est où ?", private=True)
    assert reply.startswith("Séance n°5 — mardi 19 janvier 2027") and "Visioconférence" in reply


def test_the_group_called_by_its_own_name_after_its_noun() -> None:
    ville = build_group("ville69")
    for question in ("la prochaine reunion du groupe quartiers c'est quand",
                     "Bonsoir, quelqu'un sait où a lieu la prochaine séance du groupe politique de la ville ?"):
        assert ville.say(question, private=True).startswith("Prochaine séance n°4"), question
    assert ville.say("qui fait partie du groupe politique de la ville ?", private=True).startswith("Membres du groupe (15)")
    emploi = build_group("emploi95")
    assert emploi.say("le prochain comité emploi et insertion c'est où ?", private=True).startswith("Prochaine séance n°4")


def test_the_role_that_names_the_group_when_the_question_does() -> None:
    ville = build_group("ville69")
    reply = ville.say("qui coordonne le groupe ?", private=True)
    assert "Aurélie Gauthier" in reply and "Leïla Bensaïd" not in reply
    # Without the group named, a coordinator by title is still the answer.
    assert "Leïla Bensaïd" in ville.say("qui coordonne l'accompagnement vers le logement ?", private=True)


def test_who_represents_words_of_a_role() -> None:
    ville = build_group("ville69")
    assert "Grégoire Vial" in ville.say("qui représente Mermoz ?", private=True)
    assert "Rachid Amrani" in ville.say("qui représente les habitants ?", private=True)
    youth = build_group("jeunesse49")
    assert "Benoît Lhomme" in youth.say("qui représente Belle-Beille ?", private=True)
    # Words in no role: still not found, said so.
    assert ville.say("qui représente les locataires ?", private=True).startswith("Je ne trouve pas « locataires »")


def test_an_acronym_spelled_out_in_a_role_or_a_decision() -> None:
    ville = build_group("ville69")
    assert "Émilie Charvet" in ville.say("la référente QPV à France Travail c'est qui ?", private=True)
    assert "L'abattement de TFPB" in ville.say("qu'est-ce qui a été acté pour l'abattement de taxe foncière ?", private=True)
    task_force = build_group("emploi93")
    assert "Laure Vidal" in task_force.say("qui s'occupe des QPV ?", private=True)


def test_an_age_or_a_rhythm_set_by_a_decision() -> None:
    ville = build_group("ville69")
    assert "16 à 25 ans" in ville.say("les chantiers d'été c'est pour quel âge ?", private=True)
    assert "une fois par mois" in ville.say("on se réunit tous les combien déjà ?", private=True)
    network = build_group("reseau92")
    assert "chaque trimestre" in network.say("la lettre d'information sort tous les combien ?", private=True)
    assert "pendant trois ans" in ville.say("le poste d'adulte-relais c'est pour combien de temps ?", private=True)
    emploi = build_group("emploi95")
    assert "pendant six mois" in emploi.say("les navettes sont financées pour combien de temps ?", private=True)


def test_taking_turns_in_other_words() -> None:
    ville = build_group("ville69")
    assert "en alternant Villeurbanne et Lyon" in ville.say("on alterne les lieux de réunion ou pas ?", private=True)
    network = build_group("reseau92")
    assert "à tour de rôle dans les communes membres" in network.say("on alterne les lieux de réunion ?", private=True)


def test_a_body_s_short_form_and_the_rest_of_its_name() -> None:
    ville = build_group("ville69")
    reply = ville.say("qui est là pour la caf du rhone ?", private=True)
    assert reply.startswith("Caisse d'allocations familiales du Rhône : qui représente l'organisation")
    assert "Jérôme Faure" in reply


def test_a_state_of_things_is_no_state() -> None:
    ville = build_group("ville69")
    reply = ville.say("l'état des lieux des halls, c'est décidé ?", private=True)
    assert "remise en état des halls" in reply and "Préfecture" not in reply
    # « l'État » alone is still the prefecture.
    assert "Claire Dumontet" in ville.say("qui est là pour l'État ?", private=True)


def test_dates_not_to_miss_and_the_part_of_the_day() -> None:
    ville = build_group("ville69")
    assert ville.say("Bonjour, quelles sont les prochaines échéances à ne pas manquer ?", private=True).startswith(
        "Dates à venir")
    reply = ville.say("Bonjour, la rencontre prévue à Lyon 3e en janvier est-elle le matin ou l'après-midi ?", private=True)
    assert reply.startswith("Séance n°5 — mardi 19 janvier 2027, 09h30–12h00")
