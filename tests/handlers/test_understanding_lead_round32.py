"""The lead's general fixes of the thirty-second round (from the lead's sets 58
to 60), checked in other words than the sets' rows: a body coming when a record
grounds only the tense (« Caritas sera présente … ? »), what falls due on the
very day of « avant <jour> », meetings described by a verb, a heading or with
whom, « où » as a relative, the group named by its kind's head (« le pôle ») or
by the formation its plenaries are of, someone fronted before « qui », a
thing to be ready, points passing before a sitting,
attendance sheets due."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cosoc() -> Chat:
    return build_group("cosoc-vd")


@pytest.fixture(scope="module")
def cpts() -> Chat:
    return build_group("cpts44")


def test_a_body_coming_is_asked_even_when_a_record_says_it_with_etre(cosoc: Chat) -> None:
    # Decision n°3 says « … de Caritas sont remis au guichet … »: the pair grounds « sera », the tense, as a topic.
    for question in ("Est-ce que Caritas sera là à la séance du 8 ?", "Caritas sera présente à la séance du 8 décembre ?"):
        reply = sure(cosoc, question, "rsvp_upcoming")
        assert "Isabelle Monnier (Caritas Vaud) a annoncé sa présence" in reply


def test_before_a_day_shows_that_day_s_deadline_beside_the_tasks_due_before(cpts: Chat) -> None:
    # Nothing but task n°8 (4 December) falls before Monday 7 December; deadline n°1 falls on the day itself.
    reply = sure(cpts, "il y a quoi à rendre avant le 7 décembre ?", "dates_period")
    assert "le jour même" in reply and "disponibilités des médecins" in reply and "Tâche n°8" in reply


@pytest.fixture(scope="module")
def access() -> Chat:
    return build_group("access80")


@pytest.fixture(scope="module")
def mss() -> Chat:
    return build_group("mss63")


def test_a_meeting_described_by_a_verb_whose_noun_its_agenda_says(access: Chat, mss: Chat) -> None:
    # n°7's agenda says « Adoption du rapport annuel … », n°5's « Premiers éléments du rapport annuel … »: « adopter »
    # is « Adoption », so n°7 says more of the description than n°5.
    assert "Séance n°7" in sure(access, "celle où on adoptera le rapport annuel, c'est quel jour ?", "meeting_which")
    # mss63's n°7: « Validation du dossier de renouvellement du label avant son dépôt ».
    assert "Séance n°7" in sure(mss, "la réunion où l'on valide le renouvellement du label, c'est quand ?", "meeting_which")


def test_a_relative_ou_after_a_meeting_noun_asks_no_place(access: Chat) -> None:
    # « où » opens a relative clause here: no decision on where the commission meets answers it.
    outcome = outcome_of(access, "la réunion où on vote le rapport annuel ?")
    assert not outcome.confident and "Décision n°1" not in outcome.reply.plain()


def test_tasks_realised_are_the_done_ones(mss: Chat) -> None:
    # « réalisé » without its feminine ending (« les actions qu'on a déjà réalisé ») is done, as « réalisées » was.
    for question in ("qu'est-ce qu'on a réalisé comme tâches ?", "les actions qu'on a déjà réalisé ?"):
        assert "Tâches faites (2)" in sure(mss, question, "tasks_late")


@pytest.fixture(scope="module")
def pdlhi() -> Chat:
    return build_group("pdlhi83")


def test_someone_fronted_before_qui_dans_le_groupe_is_no_directory(mss: Chat) -> None:
    # « X c'est qui dans le groupe ? » asks who X is; the whole directory answered it with confidence.
    for question in ("la gym c'est qui dans le groupe ?", "le sport adapté c'est qui dans le groupe ?"):
        outcome = outcome_of(mss, question)
        assert not outcome.confident and "Membres du groupe" not in outcome.reply.plain()
    # Nobody in particular before « qui »: the directory still.
    assert "Membres du groupe (17)" in sure(mss, "les gens c'est qui dans le groupe ?", "directory")


def test_the_pole_is_the_pdlhi_itself(pdlhi: Chat) -> None:
    # A PDLHI (lexicon.toml group_kinds) its roles name; « le pôle » alone is the group, no topic « pôle ».
    assert "Dernières décisions" in sure(pdlhi, "quelles sont les décisions récentes du pôle ?", "decisions_recent")
    assert "Prochaines séances (3)" in sure(pdlhi, "c'est quand les prochaines réunions du pôle ?", "meetings_upcoming")


def test_a_thing_to_be_ready_is_no_decision_s_habit(pdlhi: Chat) -> None:
    # Decision n°11 says when the ADIL's permanence is held; the calendar to prepare is task n°11, the ADIL's pilot's.
    outcome = outcome_of(pdlhi, "le calendrier des permanences de l'ADIL, il doit être prêt quand ?")
    assert "Décision n°11" not in outcome.reply.plain()


def test_a_point_that_passes_before_a_sitting_is_its_agenda(mss: Chat) -> None:
    # Decision n°8 opens the aquagym slot; « passer au copil » asks whether n°5's agenda holds the point.
    reply = sure(mss, "est-ce que l'aquagym à la piscine des Prades passera au copil de décembre ?", "agenda_items")
    assert "Ouverture du créneau d'aquagym adaptée" in reply and "séance n°5" in reply


def test_attendance_sheets_asked_for_when_are_the_deadline(mss: Chat) -> None:
    # « pour quand » asks when the sheets are due (deadline n°1), not who came in November.
    reply = sure(mss, "les feuilles d'émargement du mois de novembre, c'est pour quand ?", "dates_period")
    assert "4 décembre 2026" in reply and "listes d'émargement" in reply


def test_the_commission_whose_plenaries_are_held_is_the_group(access: Chat) -> None:
    # « Séance plénière de la commission communale … » is a plenary OF the commission: « la commission » is the
    # group, not the three plenaries (decisions n°1–3 only), whose latest decisions are n°4's.
    reply = sure(access, "quelles sont les décisions les plus récentes de la commission ?", "decisions_recent")
    assert reply.startswith("Dernières décisions")


def test_a_meeting_with_no_agenda_is_described_by_its_heading(pdlhi: Chat) -> None:
    # n°3 has no agenda; its heading « Groupe de travail relogement et hébergement des occupants » says what it was
    # on, and « avec le FSL » before « sur » says whom it was held with. Decisions n°6 and n°7 (the FSL, rehousing)
    # answered it.
    reply = sure(pdlhi, "la rencontre avec le FSL sur l'hébergement des occupants, c'était quel jour ?", "meeting_which")
    assert "Séance n°3" in reply


def test_a_national_count_is_no_record_of_the_group(mss: Chat, pdlhi: Chat) -> None:
    # A decision naming the maison sport-santé was shown as if it counted them nationwide.
    for chat, question in ((mss, "le nombre de maisons sport-santé en France ?"),
                           (pdlhi, "il y a combien d'arrêtés d'insalubrité par an au niveau national ?")):
        outcome = outcome_of(chat, question)
        assert not outcome.confident and "pas de chiffres nationaux" in outcome.reply.plain()
    # The group's own count is still its record's.
    assert "180" in sure(mss, "on a accompagné combien de bénéficiaires en 2026 ?", "decisions_topic")


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def test_an_event_is_dated_by_its_decision_not_by_a_file_due_for_it(cmj: Chat) -> None:
    # « Dépôt du dossier de subvention du festival » is the file's deadline; decision n°5 dates the festival itself.
    assert "5 juin 2027" in sure(cmj, "le festival, il a lieu quand ?", "decisions_topic")


def test_a_complement_an_agenda_says_whole_beats_another_sitting_s_place_word(cmj: Chat) -> None:
    # « recyclage » is in the Forum's heading (n°3); n°5's agenda says the recycling and the Restos du cœur both.
    reply = sure(cmj, "la réunion sur le recyclage et la collecte des restos du coeur, c'est quand ?", "meeting_which")
    assert "Séance n°5" in reply
