"""A group written by helper r31a in the thirtieth round, for blind set 38a
(the coordinator's and the secretary's checks): the conseil local de
sécurité et de prévention de la délinquance (CLSPD) of Fontvallon, an
invented town of about 30,000 people in the Bouches-du-Rhône — the mayor's
deputy for public safety who chairs it, the CLSPD's coordinator (the
coordinator) and its administrative assistant (the asker, who keeps the
attendance, the minutes and the invitations); the police municipale's head,
the commandant of the police nationale's commissariat, the parquet d'Aix-
en-Provence's délégué du procureur, the Préfecture's délégué du préfet, a
bailleur social (13 Habitat), the prévention spécialisée (ADDAP 13: a head
of service and an educator), an invented médiation sociale association,
the principals of two collèges, the transport network's head of security,
the CCAS, the Département's maison de la solidarité and France Victimes 13.
Séances plénières, a cellule de veille, working groups (school drop-out,
domestic violence); vidéoprotection, patrouilles, médiateurs dans les bus,
travail d'intérêt général, FIPD, stratégie territoriale. Tasks (three late,
two done, one cancelled; two of the asker's), the attendance of the
cellule de veille of October and of the working group of November in the
store (nothing recorded for the plenary of September), announced presences
for the cellule de veille of 3 December; the person asking is a member, not
the coordinator. Organisation names are public bodies or plausible ones
(the town, its association of mediators, its collèges and its bus network
are invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSPD13_AFTER_SETUP", "CLSPD13_ASKERS", "CLSPD13_GROUPS", "CLSPD13_TASKS"]

SLUG = "clspd13"
ASKER = "Sonia Bellaïche"
VILLE = "Ville de Fontvallon"
ADDAP = "ADDAP 13"

CLSPD13_MEMBERS = (
    ("Michèle Audibert", VILLE, "Adjointe au maire déléguée à la sécurité et à la tranquillité publique, "
                                "présidente du CLSPD"),
    ("Yannick Ferrandi", VILLE, "Coordonnateur du CLSPD"),
    ("Sonia Bellaïche", VILLE, "Assistante administrative du CLSPD"),
    ("Franck Giordano", "Police municipale de Fontvallon", "Chef de service de la police municipale"),
    ("Laure Tessier", "Commissariat de police nationale de Fontvallon", "Commandante, cheffe du commissariat"),
    ("Bernard Castellan", "Parquet du tribunal judiciaire d'Aix-en-Provence", "Délégué du procureur"),
    ("Karim Benyahia", "Préfecture des Bouches-du-Rhône", "Délégué du préfet pour les quartiers prioritaires"),
    ("Nathalie Roux", "13 Habitat", "Responsable de l'agence de Fontvallon, chargée de la tranquillité "
                                    "résidentielle"),
    ("Inès Mokrani", ADDAP, "Cheffe de service éducatif, prévention spécialisée"),
    ("Julien Sauvaire", ADDAP, "Éducateur spécialisé, quartier des Écureuils"),
    ("Olivier Mercadier", "Trait d'Union Médiation", "Directeur de l'association de médiation sociale"),
    ("Patricia Lombard", "Collège Jean-Moulin de Fontvallon", "Principale du collège"),
    ("Hervé Caillol", "Collège Frédéric-Mistral de Fontvallon", "Principal du collège"),
    ("Cédric Pons", "Fontabus, réseau de transport de Fontvallon", "Responsable de la sûreté du réseau"),
    ("Valérie Guigou", "CCAS de Fontvallon", "Directrice du CCAS"),
    ("Christine Arnaud", "Département des Bouches-du-Rhône", "Responsable de la maison de la solidarité de "
                                                            "Fontvallon"),
    ("Amel Haddad", "France Victimes 13", "Juriste, intervenante d'aide aux victimes"),
)

CLSPD13_MEETINGS = (
    ("2026-09-17 14:30", "2026-09-17 17:00", "Séance plénière du CLSPD, salle du conseil municipal, hôtel de ville",
     ()),
    ("2026-10-13 09:30", "2026-10-13 11:30", "Cellule de veille tranquillité publique, poste de police municipale",
     ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Groupe de travail décrochage scolaire, collège Jean-Moulin", ()),
    ("2026-12-03 09:30", "2026-12-03 11:30", "Cellule de veille tranquillité publique, poste de police municipale",
     ("Rodéos urbains au quartier des Écureuils", "Sécurisation des abords du collège Frédéric-Mistral",
      "Bilan de l'opération tranquillité vacances de la Toussaint", "Préparation des fêtes de fin d'année")),
    ("2026-12-15 14:00", "2026-12-15 17:00", "Séance plénière du CLSPD, salle du conseil municipal, hôtel de ville",
     ("Présentation du projet de stratégie territoriale 2027-2029", "Bilan de la vidéoprotection",
      "Rapport d'activité de France Victimes")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Groupe de travail violences intrafamiliales, CCAS de Fontvallon",
     ("Protocole d'accueil des victimes au commissariat", "Hébergement d'urgence des victimes")),
    ("2027-03-16 09:30", "2027-03-16 11:30", "Cellule de veille tranquillité publique, poste de police municipale",
     ("Premier bilan des travaux d'intérêt général",)),
)

CLSPD13_DEADLINES = (
    ("2026-12-08", "Retour des fiches-actions de la stratégie territoriale au coordonnateur"),
    ("2026-12-18", "Dépôt du dossier de subvention FIPD à la préfecture"),
    ("2027-01-15", "Transmission des chiffres 2026 de la délinquance par le commissariat"),
    ("2027-02-12", "Inscriptions des jeunes aux chantiers éducatifs de printemps"),
    ("2027-03-31", "Vote de la stratégie territoriale par le conseil municipal"),
)

CLSPD13_DECISIONS = (
    ("2026-09-17", 1, "Le CLSPD se réunit en séance plénière deux fois par an ; la cellule de veille se réunit "
                      "tous les deux mois."),
    ("2026-09-17", 1, "Les informations nominatives échangées en cellule de veille restent confidentielles et ne "
                      "figurent pas au compte rendu."),
    ("2026-09-17", 1, "Une stratégie territoriale de sécurité et de prévention de la délinquance est élaborée "
                      "pour 2027-2029."),
    ("2026-09-17", 1, "Six caméras de vidéoprotection supplémentaires sont installées aux abords de la gare "
                      "routière en 2027."),
    ("2026-10-13", 2, "Des patrouilles communes de la police municipale et de la police nationale ont lieu le "
                      "vendredi et le samedi soir au quartier des Écureuils."),
    ("2026-10-13", 2, "Des médiateurs sociaux sont présents dans les bus de la ligne 3 de 17 h à 21 h."),
    ("2026-10-13", 2, "L'opération tranquillité vacances est étendue aux commerces du centre-ville."),
    ("2026-11-19", 3, "Les collégiens exclus temporairement sont accueillis au CCAS pour une mesure de "
                      "responsabilisation."),
    ("2026-11-19", 3, "Huit postes de travail d'intérêt général sont ouverts dans les services de la ville."),
    ("2026-11-19", 3, "France Victimes tient une permanence au commissariat chaque mardi matin."),
    ("2026-11-19", 3, "Le projet d'arrêté de couvre-feu pour les mineurs est abandonné au profit de maraudes "
                      "éducatives en soirée."),
)

CLSPD13_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance plénière de septembre", "Sonia Bellaïche", "2026-09-30", 1, "done"),
        ("Recenser les halls d'immeuble signalés par les locataires", "Nathalie Roux", "2026-10-30", 1),
        ("Organiser une réunion publique sur la vidéoprotection", "Michèle Audibert", "2026-11-06", 1,
         "cancelled"),
        ("Chiffrer les caméras de la gare routière", "Franck Giordano", "2026-11-20", 1),
        ("Mettre à jour la carte des lieux de regroupement des jeunes", "Julien Sauvaire", "2026-11-24", 2, "done"),
        ("Former les chauffeurs de la ligne 3 à la gestion des conflits", "Cédric Pons", "2026-11-27", 2),
        ("Préparer le bilan de l'opération tranquillité vacances", "Laure Tessier", "2026-12-02", 2),
        ("Envoyer le compte rendu du groupe de travail décrochage scolaire", "Sonia Bellaïche", "2026-12-04", 3),
        ("Préparer les convocations de la séance plénière de décembre", "Sonia Bellaïche", "2026-12-07", 3),
        ("Rédiger le projet de stratégie territoriale 2027-2029", "Yannick Ferrandi", "2026-12-11", 1),
        ("Monter le dossier de subvention FIPD", "Yannick Ferrandi", "2026-12-16", 3),
        ("Valider la liste des postes de TIG avec le parquet", "Bernard Castellan", "2026-12-18", 3),
        ("Organiser la permanence de France Victimes au commissariat", "Amel Haddad", "2027-01-05", 3),
        ("Établir la liste des élèves suivis en mesure de responsabilisation", "Patricia Lombard", "2027-01-08", 3),
        ("Recenser les places d'hébergement pour les victimes de violences conjugales", "Valérie Guigou",
         "2027-01-21", 3),
        ("Constituer l'équipe de la maraude du soir", "Inès Mokrani", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CLSPD's administrative assistant, who
# keeps the attendance, sends the invitations and the minutes, and prepares the sittings with the coordinator.
CLSPD13_ASKERS = {SLUG: ASKER}

CLSPD13_GROUPS = {
    SLUG: (CLSPD13_MEMBERS, CLSPD13_MEETINGS, CLSPD13_DEADLINES, CLSPD13_DECISIONS, "Yannick Ferrandi"),
}

# What the assistant typed after the cellule de veille of October (n°2) and the working group of November (n°3);
# nothing was recorded for the plenary of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Michèle Audibert, Yannick Ferrandi, Sonia Bellaïche, Franck Giordano, Laure Tessier, "
    "Nathalie Roux, Inès Mokrani, Olivier Mercadier, Cédric Pons, Amel Haddad",
    "/excuses n°2 Bernard Castellan, Karim Benyahia",
    "/absents n°2 Julien Sauvaire",
    "/presents n°3 Yannick Ferrandi, Sonia Bellaïche, Bernard Castellan, Inès Mokrani, Julien Sauvaire, "
    "Patricia Lombard, Hervé Caillol, Valérie Guigou, Christine Arnaud",
    "/excuses n°3 Michèle Audibert, Franck Giordano, Laure Tessier",
    "/absents n°3 Olivier Mercadier",
)

# What members said in the chat before the cellule de veille of 3 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Michèle Audibert", "/present"),
    ("Yannick Ferrandi", "/present"),
    ("Franck Giordano", "/present"),
    ("Laure Tessier", "/present"),
    ("Cédric Pons", "/present"),
    ("Hervé Caillol", "/present"),
    ("Nathalie Roux", "/excuse"),
    ("Inès Mokrani", "/excuse"),
)

CLSPD13_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cs13", ATTENDANCE_COMMANDS, RSVPS),
}
