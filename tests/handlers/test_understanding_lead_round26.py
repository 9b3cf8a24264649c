"""The lead's general fixes of the twenty-sixth round, found on the lead's
sets 40 (geronto71, a filière gérontologique), 41 (cdad86, a conseil
départemental de l'accès au droit) and 42 (vif29, a network against
violence within families), and checked in other words: « qui est
en retard ? » asks whose tasks are late, not who acts on a decision about
delays (who_source._actor); « le groupe de travail d'après janvier » is one
sitting, as « le groupe de travail de mars » was (glued._one_sitting); « la
filière » names a health and care group itself (lexicon.toml); care and
justice bodies by their initials, their former names or what they are: the
CH, the HAD, the PTA and the MAIA for the DAC, an agglomeration named
« Grand … », « l'aide aux victimes », « l'administration pénitentiaire »
(entities.toml); « Maître » before a lawyer's or a notary's name
(entities.toml honorifics; letter._NAME_HEAD: spoken to so, or by a rank,
the member is asked, not the bot); « les soignants » are the « professionnels
de santé » (families.toml); the « c » of « c'était » after a body's
initials spells no longer acronym (entities._BE); an act due on a paper
(« Retour des plannings de permanence des avocats ») does not date the
habit the paper is of (event_date._act_on_paper); as close to a task and to
a coming agenda point, a thing asked as due is the task's
(agenda_when._due_asked)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def chalon() -> Chat:
    return build_group("geronto71")


@pytest.fixture(scope="module")
def vienne() -> Chat:
    return build_group("cdad86")


@pytest.fixture(scope="module")
def brest() -> Chat:
    return build_group("vif29")


def test_who_is_late_asks_the_late_tasks(chalon: Chat, vienne: Chat) -> None:
    reply = sure(chalon, "qui est en retard ?", "tasks_late")
    assert "Rédiger la fiche de liaison" in reply and "quarante-huit heures" not in reply
    assert "Recruter deux conciliateurs" in sure(vienne, "qui est en retard ?", "tasks_late")
    # A delay that is a thing of its own stays a question on who handles it.
    assert outcome_of(chalon, "qui gère les retards de paiement ?").intent != "tasks_late"


def test_a_working_group_bounded_by_a_month_or_dated_is_one_sitting(chalon: Chat) -> None:
    assert "mardi 16 mars 2027" in sure(chalon, "le groupe de travail d'après janvier c'est quand ?", "meeting_which")
    assert "centre hospitalier" in sure(chalon, "le groupe de travail du 16 mars se tient où ?", "meeting_which")
    assert "mardi 8 décembre 2026" in sure(chalon, "le groupe de travail avant janvier, c'est à quelle heure ?",
                                         "meeting_which")
    # The working group in general is still the group's own meetings.
    assert "Prochaines séances" in sure(chalon, "les dates des prochaines séances du groupe de travail ?",
                                        "meetings_upcoming")


def test_the_filiere_is_the_group_itself(chalon: Chat) -> None:
    assert "mardi 8 décembre 2026" in sure(chalon, "C'est quand la prochaine réunion de la filière ?", "meeting_next")
    assert "mardi 8 décembre 2026" in sure(chalon, "prochain rdv de la filière ?", "meeting_next")
    assert "Membres du groupe" in sure(chalon, "qui fait partie de la filière ?", "directory")
    # Its committee, named so, is still that kind of sitting.
    assert "jeudi 21 janvier 2027" in sure(chalon, "le prochain comité de filière c'est où ?", "meeting_which")


def test_care_bodies_by_their_initials_or_former_names(chalon: Chat) -> None:
    for text in ("c'est qui à la PTA ?", "la MAIA c'est qui ?", "qui représente le dispositif d'appui à la coordination ?"):
        assert "Claire Dumoulin" in sure(chalon, text, "org_representative"), text
    for text in ("qui représente l'hospitalisation à domicile ?", "qui vient de l'HAD ?"):
        assert "Rachid Benali" in sure(chalon, text, "org_representative"), text
    for text in ("qui vient du CH William Morey ?", "le CH est représenté par qui ?"):
        assert "Hélène Vasseur" in sure(chalon, text, "org_representative"), text


def test_an_agglomeration_named_grand_and_its_town(chalon: Chat) -> None:
    for text in ("qui est là pour l'agglo ?", "qui représente l'interco ?"):
        reply = sure(chalon, text, "org_representative")
        assert "Jean-Paul Ferrand" in reply and "Denis Aubry" not in reply, text
    # The health professionals' community named after it is its own body.
    assert "Denis Aubry" in sure(chalon, "qui vient de la CPTS ?", "org_representative")


def test_maitre_before_a_lawyers_or_notarys_name(vienne: Chat) -> None:
    assert "Thierry Lemaire" in sure(vienne, "qui est Maître Lemaire ?", "who_is")
    assert "Amandine Roux" in sure(vienne, "Maître Roux, c'est qui ?", "who_is")
    # Spoken to by that title, she is asked something herself, not the bot.
    for text in ("Maître Roux, pouvez-vous me rappeler ?", "Docteur Vidal, vous avez reçu mon message ?"):
        assert not outcome_of(vienne, text).confident, text


def test_an_officer_spoken_to_by_rank_is_asked_not_the_bot(brest: Chat) -> None:
    for text in ("Commandant Kerbrat, pouvez-vous me rappeler ?", "Capitaine Quéré, vous serez là vendredi ?"):
        assert not outcome_of(brest, text).confident, text
    assert "Yann Kerbrat" in sure(brest, "le commandant Kerbrat, c'est qui ?", "who_is")


def test_soignants_are_the_professionnels_de_sante(brest: Chat) -> None:
    for text in ("les inscriptions à la formation des soignants, c'est jusqu'à quand ?",
                 "la formation du personnel soignant, on s'inscrit avant quand ?"):
        assert "vendredi 8 janvier 2027" in sure(brest, text, "dates_period"), text


def test_justice_bodies_by_what_they_are(vienne: Chat) -> None:
    assert "Romain Caillaud" in sure(vienne, "qui représente l'aide aux victimes ?", "org_representative")
    assert "Benoît Chaigne" in sure(vienne, "qui vient de l'administration pénitentiaire ?", "org_representative")


def test_the_c_of_cetait_spells_no_initial(vienne: Chat) -> None:
    assert "jeudi 15 octobre 2026" in sure(vienne, "la réunion d'octobre à la MJD, c'était quel jour ?", "meeting_which")
    assert "Karima Bensaïd" in sure(vienne, "la MJD, c'est qui ?", "org_representative")


def test_an_act_due_on_a_paper_does_not_date_the_habit(vienne: Chat) -> None:
    assert "premier samedi" in sure(vienne, "la permanence des avocats, c'est quand ?", "decisions_topic")
    # The paper named, or its due date asked, is the deadline.
    for text in ("les plannings de permanence des avocats, c'est quand ?",
                 "le retour des plannings des avocats c'est pour quand ?"):
        assert "lundi 7 décembre 2026" in sure(vienne, text, "dates_period"), text


def test_a_thing_due_is_the_tasks_not_the_point_talked_about() -> None:
    # Found at the merge: a task and a coming agenda point as close to the question (« Organiser le renfort du 115 … »,
    # « Renfort du 115 … »): a date the thing is due by is the task's; « quand » alone or « on en parle » the point's.
    dijon = build_group("pdalhpd21")
    for text in ("le renfort du 115, ça doit être prêt quand ?", "le renfort du 115, c'est pour quand ?"):
        assert "vendredi 4 décembre" in sure(dijon, text, "in_charge"), text
    for text in ("le renfort du 115, c'est quand ?", "le renfort du 115, on en parle quand ?"):
        assert "séance n°5" in sure(dijon, text, "meeting_which"), text
