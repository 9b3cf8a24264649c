"""A group written by helper r11d during the eleventh round: the winter
coordination of food aid and emergency shelter in Besançon (the CCAS of the
city, Grand Besançon Métropole, the Restos du Cœur, the Banque alimentaire,
the Secours populaire, the Croix-Rouge, Emmaüs, the 115 of the Doubs, the
DDETSPP, the Département). Meetings are dense from December to March (the
winter plan), with deadlines close to each other, so that a period read with
a wrong bound shows a wrong line. Attendance recorded with the commands;
tasks in the store; the person asking is linked to a member. Organisation
names are public bodies; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["BESANCON25_AFTER_SETUP", "BESANCON25_ASKERS", "BESANCON25_GROUPS", "BESANCON25_TASKS"]

SLUG = "besancon25"

BESANCON25_MEMBERS = (
    ("Maud Perrenoud", "CCAS de Besançon", "Directrice adjointe, coordinatrice du plan hivernal"),
    ("Julien Cuenot", "Grand Besançon Métropole", "Chargé de mission solidarités"),
    ("Odile Faivre", "Restos du Cœur du Doubs", "Responsable départementale"),
    ("Bertrand Vuillemin", "Banque alimentaire de Bourgogne-Franche-Comté", "Président de l'antenne du Doubs"),
    ("Samia Benali", "Secours populaire du Doubs", "Secrétaire générale"),
    ("Thierry Jacquot", "Croix-Rouge française, unité de Besançon", "Responsable des maraudes"),
    ("Élodie Grosjean", "Emmaüs Besançon", "Coordinatrice de l'accueil de jour"),
    ("Pascal Monnier", "SIAO du Doubs (115)", "Chef de service"),
    ("Nathalie Bourgeois", "DDETSPP du Doubs", "Cheffe du pôle hébergement"),
    ("Yannick Roy", "Département du Doubs", "Chargé de mission insertion"),
    ("Laure Carrez", "CCAS de Besançon", "Assistante, secrétariat du collectif"),
)

BESANCON25_MEETINGS = (
    ("2026-10-06 14:00", "2026-10-06 16:30", "CCAS, salle Battant", ()),
    ("2026-11-10 14:00", "2026-11-10 16:30", "Maison des associations, Planoise", ()),
    ("2026-11-24 14:00", "2026-11-24 16:00", "Visioconférence", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "CCAS, salle Battant",
     ("Ouverture du gymnase Rosemont", "Collecte de Noël", "Questions diverses")),
    ("2026-12-17 09:30", "2026-12-17 11:30", "Entrepôt de la Banque alimentaire, Thise", ("Distribution des colis",)),
    ("2027-01-07 14:00", "2027-01-07 16:00", "Visioconférence", ()),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Restos du Cœur, rue de Vesoul", ()),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Préfecture du Doubs", ()),
    ("2027-02-11 09:30", "2027-02-11 12:00", "Emmaüs, Chalezeule", ()),
    ("2027-03-04 14:00", "2027-03-04 16:30", "Hôtel du Département", ()),
    ("2027-03-23 14:00", "2027-03-23 16:30", "CCAS, salle Battant", ()),
)

BESANCON25_DEADLINES = (
    ("2026-12-04", "Recensement des places d'hébergement d'urgence"),
    ("2026-12-15", "Planning des maraudes de Noël"),
    ("2026-12-23", "Liste des bénévoles du réveillon solidaire"),
    ("2027-01-05", "Bilan de la collecte nationale"),
    ("2027-01-15", "Convention de partage des stocks"),
    ("2027-01-29", "Rapport d'activité 2026"),
    ("2027-02-19", "Demande de subvention au Département"),
    ("2027-03-05", "Programme de sortie de la trêve hivernale"),
    ("2027-03-31", "Bilan du plan hivernal"),
)

BESANCON25_DECISIONS = (
    ("2026-10-06", 1, "Le gymnase Rosemont ouvre comme abri de nuit dès que le plan grand froid est déclenché."),
    ("2026-10-06", 1, "Les maraudes ont lieu le mardi et le vendredi soir."),
    ("2026-11-10", 2, "Les Restos du Cœur et le Secours populaire mutualisent un camion frigorifique."),
    ("2026-11-10", 2, "Le réveillon solidaire se tient le 24 décembre à la salle de la Malcombe."),
    ("2026-11-24", 3, "Le CCAS finance 300 nuitées d'hôtel supplémentaires jusqu'au 31 mars."),
)

BESANCON25_TASKS = {
    SLUG: (
        ("Réserver les lits de camp", "Thierry Jacquot", "2026-11-27", 3),
        ("Commander les couvertures", "Maud Perrenoud", "2026-12-10", 3),
        ("Relancer les supermarchés pour la collecte", "Bertrand Vuillemin", "2026-12-18", 2),
        ("Rédiger le compte rendu du 24 novembre", "Laure Carrez", "2026-11-30", 3),
        ("Préparer le tableau des nuitées", "Maud Perrenoud", "2027-01-12", 3),
        ("Écrire à la préfecture pour le gymnase", "Maud Perrenoud", "2027-02-05", 3),
        ("Former les bénévoles des maraudes", "Thierry Jacquot", "2027-01-20", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
BESANCON25_ASKERS = {SLUG: "Maud Perrenoud"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Maud Perrenoud, Julien Cuenot, Odile Faivre, Bertrand Vuillemin, Samia Benali, "
    "Thierry Jacquot, Pascal Monnier, Laure Carrez",
    "/excuses n°2 Nathalie Bourgeois",
    "/presents n°3 Maud Perrenoud, Odile Faivre, Samia Benali, Élodie Grosjean, Pascal Monnier, "
    "Nathalie Bourgeois, Laure Carrez",
    "/excuses n°3 Yannick Roy, Thierry Jacquot",
)

# What members said before the meeting of 8 December (n°4).
RSVPS = (
    ("Odile Faivre", "/present"),
    ("Yannick Roy", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, BESANCON25_ASKERS[SLUG], "mp", ATTENDANCE_COMMANDS, RSVPS)

BESANCON25_GROUPS = {
    SLUG: (BESANCON25_MEMBERS, BESANCON25_MEETINGS, BESANCON25_DEADLINES, BESANCON25_DECISIONS, "Maud Perrenoud"),
}

BESANCON25_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
