"""A group written by r29b in the twenty-eighth round, for blind set 36b
(confirming and yes/no questions): the conseil portuaire of an invented
fishing and yachting port in the Morbihan, Kerbihan, run by an invented
syndicat mixte — the departmental councillor who chairs the council, the
syndicat's director and its chargée de mission who acts as the council's
secretary (the coordinator), the harbour master and the agent in charge
of the marina, the syndicat's environment officer and a staff
representative, the town's deputy for the sea, the DDTM's délégation à la
mer et au littoral, the CCI, the departmental fisheries committee, a
shipyard, the SNSM station, the tourist office, a ferry company and the
yachtsmen's association (whose president asks). Tasks (three late, two
done, one cancelled), the attendance of the users' commission of October
and of the council of November in the store (nothing recorded for
September), announced presences for the council of 10 December; the
person asking is a member, not the coordinator. Organisation names are
real public bodies or invented ones (the port, its syndicat mixte, the
association, the shipyard, the ferry company, the tourist office);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PORT56_AFTER_SETUP", "PORT56_ASKERS", "PORT56_GROUPS", "PORT56_TASKS"]

SLUG = "port56"
ASKER = "Hervé Jégou"
SM = "Syndicat mixte du port de Kerbihan"

PORT56_MEMBERS = (
    ("Anne-Sophie Kerhervé", "Conseil départemental du Morbihan",
     "Conseillère départementale, présidente du conseil portuaire"),
    ("Erwan Le Dantec", SM, "Directeur du syndicat mixte"),
    ("Morgane Tanguy", SM, "Chargée de mission, secrétaire du conseil portuaire"),
    ("Élodie Marrec", SM, "Chargée de mission environnement, référente Ports propres"),
    ("Yves Kervella", SM, "Agent portuaire, représentant du personnel"),
    ("Ronan Guillou", "Capitainerie de Kerbihan", "Maître de port"),
    ("Katell Moysan", "Capitainerie de Kerbihan", "Agente portuaire responsable de la plaisance"),
    ("Loïc Daniel", "Mairie de Kerbihan", "Adjoint au maire chargé de la mer et du littoral"),
    ("Gwenaëlle Prigent", "DDTM du Morbihan", "Déléguée à la mer et au littoral"),
    ("Karine Le Floch", "CCI du Morbihan", "Chargée des ports et du nautisme"),
    ("Soizic Le Bihan", "Comité départemental des pêches maritimes du Morbihan",
     "Représentante des pêcheurs professionnels"),
    ("Paul Rivoal", "Chantier naval Rivoal", "Gérant, représentant des professionnels du nautisme"),
    ("Thierry Le Roux", "SNSM", "Président de la station SNSM de Kerbihan"),
    ("Nolwenn Cadiou", "Office de tourisme de la baie de Kerbihan", "Directrice de l'office de tourisme"),
    ("Bertrand Le Meur", "Vedettes de l'Île Verte", "Directeur, représentant des transporteurs de passagers"),
    ("Hervé Jégou", "Association des plaisanciers de Kerbihan", "Président de l'association des plaisanciers"),
)

PORT56_MEETINGS = (
    ("2026-09-24 14:30", "2026-09-24 17:00", "Conseil portuaire, capitainerie de Kerbihan", ()),
    ("2026-10-21 14:00", "2026-10-21 16:00", "Commission des usagers de la plaisance, salle de la criée", ()),
    ("2026-11-19 14:30", "2026-11-19 17:00", "Conseil portuaire, salle du conseil, mairie de Kerbihan", ()),
    ("2026-12-10 14:30", "2026-12-10 17:00", "Conseil portuaire, capitainerie de Kerbihan",
     ("Avis sur les tarifs 2027 de la plaisance", "Point sur la passerelle du ponton B",
      "Réfection de la cale de mise à l'eau : plan de financement",
      "Bilan de la saison estivale et fréquentation du ponton visiteurs")),
    ("2027-01-19 10:00", "2027-01-19 12:00", "Commission des usagers de la plaisance, salle de la criée",
     ("Attribution des places annuelles 2027", "Guide du plaisancier")),
    ("2027-03-18 14:30", "2027-03-18 17:00", "Conseil portuaire, Hôtel du Département, Vannes",
     ("Budget 2027 du port",)),
)

PORT56_DEADLINES = (
    ("2026-12-15", "Date limite des demandes de place annuelle 2027"),
    ("2026-12-18", "Dépôt du dossier de subvention FEAMPA pour la réfection de la cale"),
    ("2027-01-29", "Publication des tarifs 2027 de la plaisance"),
    ("2027-02-26", "Fin de l'enquête publique sur le dragage du chenal"),
    ("2027-03-31", "Vote du budget 2027 du port par le comité syndical"),
)

PORT56_DECISIONS = (
    ("2026-09-24", 1, "Le conseil portuaire se réunit quatre fois par an, en alternance à la capitainerie et à "
                      "la mairie."),
    ("2026-09-24", 1, "La cale de mise à l'eau est réservée aux pêcheurs professionnels jusqu'à 10 heures."),
    ("2026-09-24", 1, "Le dragage du chenal d'accès est reporté au printemps 2027, dans l'attente de "
                      "l'autorisation préfectorale."),
    ("2026-10-21", 2, "Trente places du ponton visiteurs sont réservées aux bateaux de passage en juillet et "
                      "en août."),
    ("2026-10-21", 2, "La liste d'attente des places annuelles est publiée sur le site du port."),
    ("2026-10-21", 2, "Le stationnement des remorques sur le terre-plein est interdit du 1er juin au 30 "
                      "septembre."),
    ("2026-11-19", 3, "Les tarifs de la plaisance augmentent de 3 % au 1er janvier 2027."),
    ("2026-11-19", 3, "Le budget 2027 prévoit 180 000 euros pour la réfection de la cale de mise à l'eau."),
    ("2026-11-19", 3, "Le port se porte candidat au label Ports propres, avec une aire de carénage équipée "
                      "d'ici 2028."),
    ("2026-11-19", 3, "La passerelle du ponton B reste fermée jusqu'à sa réparation."),
    ("2026-11-19", 3, "Le projet d'extension du ponton visiteurs est abandonné."),
)

PORT56_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du conseil portuaire de septembre", "Morgane Tanguy", "2026-10-02", 1, "done"),
        ("Afficher le règlement de la cale de mise à l'eau à la capitainerie", "Ronan Guillou", "2026-10-09", 1,
         "done"),
        ("Demander à la préfecture le calendrier de l'autorisation de dragage", "Gwenaëlle Prigent",
         "2026-10-30", 1),
        ("Recenser les bateaux ventouses du ponton B", "Katell Moysan", "2026-11-13", 2),
        ("Faire chiffrer la réparation de la passerelle du ponton B", "Erwan Le Dantec", "2026-11-20", 2),
        ("Organiser une réunion d'information sur le stationnement des remorques", "Loïc Daniel", "2026-11-27", 2,
         "cancelled"),
        ("Transmettre l'avis des plaisanciers sur les tarifs 2027", "Hervé Jégou", "2026-12-04", 3),
        ("Préparer la grille des tarifs 2027 de la plaisance", "Katell Moysan", "2026-12-08", 3),
        ("Recueillir les besoins des pêcheurs pour la nouvelle cale", "Soizic Le Bihan", "2026-12-11", 3),
        ("Rédiger le dossier de subvention FEAMPA pour la cale", "Morgane Tanguy", "2026-12-16", 3),
        ("Distribuer le guide du plaisancier aux adhérents", "Hervé Jégou", "2027-01-15", 3),
        ("Présenter le bilan des sauvetages de la saison", "Thierry Le Roux", "2027-01-19", 3),
        ("Mettre à jour la liste d'attente des places annuelles", "Ronan Guillou", "2027-01-22", 2),
        ("Préparer le dossier de candidature Ports propres", "Élodie Marrec", "2027-02-12", 3),
        ("Proposer des navettes estivales avec l'office de tourisme", "Bertrand Le Meur", "2027-03-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the yachtsmen's president.
PORT56_ASKERS = {SLUG: ASKER}

PORT56_GROUPS = {
    SLUG: (PORT56_MEMBERS, PORT56_MEETINGS, PORT56_DEADLINES, PORT56_DECISIONS, "Morgane Tanguy"),
}

# What the secretary typed after the users' commission of October (n°2) and the council of November (n°3);
# nothing was recorded for the council of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Morgane Tanguy, Ronan Guillou, Katell Moysan, Hervé Jégou, Paul Rivoal, Thierry Le Roux, "
    "Nolwenn Cadiou, Loïc Daniel, Bertrand Le Meur",
    "/excuses n°2 Soizic Le Bihan",
    "/presents n°3 Anne-Sophie Kerhervé, Erwan Le Dantec, Morgane Tanguy, Ronan Guillou, Katell Moysan, "
    "Loïc Daniel, Gwenaëlle Prigent, Soizic Le Bihan, Paul Rivoal, Élodie Marrec, Yves Kervella, Hervé Jégou",
    "/excuses n°3 Karine Le Floch, Nolwenn Cadiou",
    "/absents n°3 Bertrand Le Meur, Thierry Le Roux",
)

# What members said in the chat before the council of 10 December (n°4).
RSVPS = (
    ("Anne-Sophie Kerhervé", "/present"),
    ("Morgane Tanguy", "/present"),
    ("Erwan Le Dantec", "/present"),
    ("Ronan Guillou", "/present"),
    ("Soizic Le Bihan", "/present"),
    ("Paul Rivoal", "/excuse"),
    ("Karine Le Floch", "/excuse"),
)

PORT56_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "p56", ATTENDANCE_COMMANDS, RSVPS),
}
