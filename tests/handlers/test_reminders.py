"""/rappels and the recurrence arguments of /seance, as members read them."""

from __future__ import annotations

from datetime import timedelta

from handlers.commands.reminders import effective_leads
from handlers.messages import render_html
from storage.store import Store
from tests.helpers import MEMBER, Chat, at, group_config, make_chat


def test_rappels_shows_the_configured_lead_times(chat: Chat) -> None:
    out = chat.say("/rappels", sender=MEMBER, name="Marc Dubois")
    assert "Avant chaque séance : 7j 1j 2h" in out
    assert "Avant chaque échéance : 7j 1j" in out
    assert "Pour les changer" not in out  # members are not offered it


def test_config_lead_times_are_the_default(store: Store) -> None:
    chat = make_chat(store, at("2026-11-23 10:00"), group_config(reminders=["3j", "45min"], deadline_reminders=["2j"]))
    out = chat.say("/rappels")
    assert "Avant chaque séance : 3j 45min" in out and "Avant chaque échéance : 2j" in out


def test_coordinator_changes_and_resets_lead_times(chat: Chat) -> None:
    assert chat.say("/rappels 2h 7j 1j 2h") == (
        "C'est noté. Rappels avant chaque séance : 7j 1j 2h ; avant chaque échéance : 7j 1j."
    )
    assert "séance : 3j 30min" in chat.say("/rappels 30min 3j")
    assert "échéance : 14j" in chat.say("/rappels échéances 2sem")
    assert effective_leads(chat.store, chat.group) == ((timedelta(days=3), timedelta(minutes=30)), (timedelta(days=14),))
    assert "séance : aucun" in chat.say("/rappels aucun")
    out = chat.say("/rappels defaut")
    assert "séance : 7j 1j 2h ; avant chaque échéance : 7j 1j" in out


def test_rappels_reads_delays_as_the_configuration_does(chat: Chat) -> None:
    # The config accepts "7 jours": so does /rappels, written apart or not.
    assert chat.say("/rappels 2 jours 7 j") == (
        "C'est noté. Rappels avant chaque séance : 7j 2j ; avant chaque échéance : 7j 1j.")
    assert effective_leads(chat.store, chat.group)[0] == (timedelta(days=7), timedelta(days=2))
    assert "séance : 1j 3h 30min" in chat.say("/rappels 1 jour 3 heures 30 min")
    assert "échéance : 14j 7j" in chat.say("/rappels echeances 2 semaines 7jours")
    assert "« 3 » n'est pas un délai" in chat.say("/rappels 3")


def test_rappels_refuses_members_and_bad_values(chat: Chat) -> None:
    out = chat.say("/rappels 1j", sender=MEMBER, name="Marc Dubois")
    assert out == "Seuls les coordinateurs peuvent changer les rappels. Rien n'a été modifié."
    assert "« demain » n'est pas un délai" in chat.say("/rappels demain")
    assert "de 5min à 60j" in chat.say("/rappels 90j")
    assert "de 5min à 60j" in chat.say("/rappels 1min")
    assert "Au plus 6 rappels" in chat.say("/rappels 1j 2j 3j 4j 5j 6j 7j")
    echoed = chat.reply("/rappels <b>1j</b>")
    assert echoed is not None and "« &lt;b&gt;1j&lt;/b&gt; »" in render_html(echoed)  # escaped, never markup
    assert "Avant chaque séance : 7j 1j 2h" in chat.say("/rappels")  # nothing changed


def test_seance_with_recurrence_lists_each_date(chat: Chat) -> None:
    out = chat.say("/seance 01/12/2026 9h-11h Mairie de Meyrin, le premier mardi du mois")
    assert "Séance n°1 planifiée." in out and "Lieu : Mairie de Meyrin" in out
    assert "Récurrence : le premier mardi du mois" in out
    listing = chat.say("/seances")
    assert "• n°1@01/12 : mardi 1er décembre 2026, 09h00–11h00 — Mairie de Meyrin" in listing
    assert "• n°1@05/01 : mardi 5 janvier 2027, 09h00–11h00" in listing
    chat.clock.set(at("2026-12-02 10:00"))
    assert "mardi 5 janvier 2027" in chat.say("/prochaine_seance")


def test_seance_recurrence_must_match_the_first_date(chat: Chat) -> None:
    out = chat.say("/seance 02/12/2026 9h le premier mardi du mois")
    assert out.startswith("Le mercredi 2 décembre 2026 n'est pas « le premier mardi du mois »")
    out = chat.say("/seance 02/12/2026 9h toutes les 12 semaines")
    assert out.startswith("Toutes les 12 semaines : choisissez entre 1 et 8 semaines.")
    assert chat.say("/seances").startswith("Aucune séance n'est prévue")


def test_move_and_cancel_one_date_of_a_series(chat: Chat) -> None:
    chat.say("/seance 01/12/2026 14h-16h Salle B chaque semaine")
    moved = chat.say("/seance_deplacer 1@08/12 09/12/2026 15h-17h")
    assert "Avant : mardi 8 décembre 2026, 14h00–16h00" in moved
    assert "mercredi 9 décembre 2026, 15h00–17h00" in moved
    assert "Les autres dates de la série ne changent pas." in moved
    cancelled = chat.say("/seance_annuler 1@15/12 vacances")
    assert cancelled == (
        "Séance n°1 du mardi 15 décembre 2026, 14h00–16h00 annulée ; les autres dates de la série restent. Raison : vacances"
    )
    listing = chat.say("/seances")
    assert "• n°1@08/12 : mercredi 9 décembre 2026, 15h00–17h00 — Salle B" in listing
    assert "15 décembre" not in listing
    assert "• n°1@22/12 : mardi 22 décembre 2026, 14h00–16h00" in listing
    assert [title for _, reply in chat.notices for title in [reply.plain().splitlines()[0]]][-2:] == [
        "Séance n°1 déplacée — désormais le mercredi 9 décembre 2026, 15h00–17h00",
        "Séance n°1 annulée — mardi 15 décembre 2026, 14h00–16h00",
    ]
    assert "n'a pas de date à venir le mercredi 16 décembre 2026" in chat.say("/seance_annuler 1@16/12")


def test_one_off_meeting_refuses_an_occurrence_date(chat: Chat) -> None:
    chat.say("/seance 03/12/2026 9h Mairie")
    assert "n'est pas récurrente" in chat.say("/seance_deplacer 1@03/12 04/12/2026 9h")


def test_cancel_whole_series(chat: Chat) -> None:
    chat.say("/seance 01/12/2026 14h Salle B toutes les 2 semaines")
    assert chat.say("/seance_annuler 1") == "Séance n°1 (toutes les 2 semaines) annulée : toute la série."
    assert chat.say("/seances").startswith("Aucune séance n'est prévue")


def test_proposer_on_a_series_names_the_coming_date(chat: Chat) -> None:
    chat.say("/seance 24/11/2026 14h Salle B chaque semaine")
    chat.clock.set(at("2026-11-25 10:00"))
    out = chat.say("/proposer Bilan du forum")
    assert out.startswith("Point ajouté à l'ordre du jour de la séance n°1 (mardi 1er décembre 2026, 14h00) :")
    assert "1. Bilan du forum" in chat.say("/ordre_du_jour")
