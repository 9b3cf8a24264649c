"""A group written by helper w30c in the twenty-ninth round, for the
lead's blind set 51 (a stranger's general set in the words of rural
secrétaires de mairie and of the State's and the centre de gestion's
staff): an invented network of the secrétaires de mairie of small
communes of the Haut-Jura and the plateau de Champagnole, run by the
centre de gestion du Jura (CDG 39) — its advisor who runs the network
(the coordinator) and the head of its replacement service; the
sous-préfecture de Saint-Claude's officer for local authorities, elections
and the contrôle de légalité; the DGFiP's service de gestion comptable of
Champagnole (its head, the communes' public accountant, and the conseillère
aux décideurs locaux who leads the switch to the M57); a vice-president of
the Association des maires du Jura (mayor of Le Frasnois); a CNFPT trainer
in état civil, elections and local finance; eleven secretaries of small
communes, three of them sharing two communes (Sirod and Conte — the asker
—, Choux and Les Bouchoux, Crans and Le Larderet), some with a part in the
network (the referents for état civil, urbanisme and elections, the tutor
of the newly recruited), a newcomer since September. Meetings of the
network held by turns in small mairies, a day of training on the M57 at
the centre de gestion, a workshop on état civil and elections at the
sous-préfecture, a CNFPT training on état civil; the M57 abrégée and its
depreciation rules, the répertoire électoral unique and the commissions de
contrôle before the presidential election, marriage files, online
planning applications, replacements, the DETR. Tasks (four late, one of
them the asker's; two done; one cancelled), the attendance of the meeting
at Nanchez and of the sous-préfecture's workshop in the store, announced
presences for the meeting of 10 December at Sirod; the person asking is a
member, not the coordinator. Organisation names are public bodies (the
CDG 39, the sous-préfecture, the DGFiP, the Association des maires du
Jura, the CNFPT, the mairies of real communes of the Jura); the network is
invented and every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SECMAIRIE39_AFTER_SETUP", "SECMAIRIE39_ASKERS", "SECMAIRIE39_GROUPS", "SECMAIRIE39_TASKS"]

SLUG = "secmairie39"
ASKER = "Aurélie Mermet"
CDG = "Centre de gestion du Jura (CDG 39)"
SGC = "DGFiP, service de gestion comptable de Champagnole"

SECMAIRIE39_MEMBERS = (
    ("Sandrine Vuillermoz", CDG, "Conseillère en accompagnement des collectivités, animatrice du réseau des "
                                 "secrétaires de mairie"),
    ("Hélène Bailly", CDG, "Responsable du service de remplacement et de missions temporaires"),
    ("Olivier Perrad", "Sous-préfecture de Saint-Claude", "Chargé de mission collectivités locales, élections et "
                                                          "contrôle de légalité"),
    ("Bernard Jeunet", SGC, "Chef du service de gestion comptable, comptable public des communes du secteur"),
    ("Florence Midol", SGC, "Conseillère aux décideurs locaux, référente du passage à la M57"),
    ("Michel Cattin", "Association des maires du Jura", "Vice-président de l'association, maire du Frasnois"),
    ("Nadine Cuynet", "CNFPT Bourgogne-Franche-Comté", "Formatrice en état civil, élections et finances locales"),
    ("Aurélie Mermet", "Mairie de Sirod", "Secrétaire de mairie de Sirod et de Conte"),
    ("Céline Jeannin", "Mairie de Foncine-le-Haut", "Secrétaire générale de mairie"),
    ("Patrick Girod", "Mairie de Lajoux", "Secrétaire de mairie"),
    ("Martine Reverchon", "Mairie de Septmoncel les Molunes", "Secrétaire générale de mairie, référente état civil "
                                                              "du réseau"),
    ("Nathalie Dalloz", "Mairies de Choux et des Bouchoux", "Secrétaire de mairie à temps partagé"),
    ("Sylvie Monnier", "Mairie de Nanchez", "Secrétaire générale de mairie, référente urbanisme du réseau"),
    ("Julie Paget", "Mairie de Mignovillard", "Secrétaire de mairie, en poste depuis septembre 2026"),
    ("Christine Bourgeois", "Mairie de Crans", "Secrétaire de mairie de Crans et du Larderet"),
    ("Valérie Cretin", "Mairie de Fort-du-Plasne", "Secrétaire de mairie, tutrice des nouvelles secrétaires du "
                                                  "réseau"),
    ("Karine Besson", "Mairie de Ney", "Secrétaire de mairie, référente élections du réseau"),
    ("Émilie Vuillet", "Mairie de Bellefontaine", "Secrétaire de mairie"),
)

SECMAIRIE39_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Réunion du réseau des secrétaires de mairie, mairie de "
                                             "Foncine-le-Haut", ()),
    ("2026-10-06 09:00", "2026-10-06 17:00", "Journée de formation à la M57, centre de gestion du Jura, "
                                             "Lons-le-Saunier", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Réunion du réseau des secrétaires de mairie, mairie de Nanchez", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Atelier état civil et élections, sous-préfecture de Saint-Claude", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Réunion du réseau des secrétaires de mairie, mairie de Sirod",
     ("Passage à la M57 au 1er janvier 2027 : dernières vérifications",
      "Répertoire électoral unique et commissions de contrôle avant la présidentielle",
      "Guichet numérique des autorisations d'urbanisme",
      "Calendrier des remplacements pendant les congés de fin d'année")),
    ("2027-01-19 09:00", "2027-01-19 17:00", "Formation état civil du CNFPT, salle des fêtes de Fort-du-Plasne",
     ("Actes de naissance et reconnaissances", "Mentions marginales et vérifications COMEDEC")),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Réunion du réseau des secrétaires de mairie, mairie des Bouchoux",
     ("Vote du budget primitif 2027 et compte financier unique",
      "Organisation des bureaux de vote de la présidentielle")),
)

SECMAIRIE39_DEADLINES = (
    ("2026-12-11", "Transmission au service de gestion comptable des délibérations d'adoption de la M57"),
    ("2026-12-18", "Clôture des inscriptions à la formation état civil du CNFPT"),
    ("2027-01-29", "Envoi au service de gestion comptable des tableaux d'amortissement des communes"),
    ("2027-02-26", "Réponse à l'enquête de l'Association des maires sur le temps de travail des secrétaires de "
                   "mairie"),
    ("2027-03-31", "Dépôt des dossiers de demande de DETR 2027 à la sous-préfecture"),
)

SECMAIRIE39_DECISIONS = (
    ("2026-09-17", 1, "Le réseau se réunit au moins quatre fois par an, à tour de rôle dans la mairie d'une commune "
                      "membre."),
    ("2026-09-17", 1, "Chaque secrétaire de mairie nouvellement recrutée est accompagnée par une tutrice du réseau "
                      "pendant sa première année."),
    ("2026-09-17", 1, "Les modèles de délibérations et d'arrêtés du réseau sont partagés sur l'espace collaboratif "
                      "du centre de gestion."),
    ("2026-10-06", 2, "Les communes du réseau adoptent la nomenclature M57 abrégée au 1er janvier 2027."),
    ("2026-10-06", 2, "Les biens de moins de 1 000 euros sont amortis sur un an, les autres au prorata temporis."),
    ("2026-10-22", 3, "Le service de remplacement du centre de gestion envoie une secrétaire remplaçante dès le "
                      "quatrième jour d'absence."),
    ("2026-10-22", 3, "Les demandes d'urbanisme déposées en ligne sont transmises sous 48 heures au service "
                      "instructeur de la communauté de communes."),
    ("2026-10-22", 3, "Une permanence téléphonique entre secrétaires de mairie est tenue chaque mercredi matin."),
    ("2026-11-17", 4, "Les commissions de contrôle des listes électorales se réunissent en février 2027, avant "
                      "l'élection présidentielle."),
    ("2026-11-17", 4, "Les dossiers de mariage doivent être complets en mairie six semaines avant la cérémonie."),
    ("2026-11-17", 4, "La sous-préfecture de Saint-Claude reçoit les secrétaires de mairie sans rendez-vous le "
                      "premier lundi de chaque mois."),
)

SECMAIRIE39_TASKS = {
    SLUG: (
        ("Ouvrir l'espace collaboratif des modèles de délibérations", "Sandrine Vuillermoz", "2026-09-30", 1, "done"),
        ("Transmettre aux communes le modèle de délibération d'adoption de la M57", "Florence Midol", "2026-10-16",
         2, "done"),
        ("Recenser les secrétaires volontaires pour la permanence du mercredi", "Émilie Vuillet", "2026-11-06", 3),
        ("Organiser une visite du service instructeur de la communauté de communes", "Sylvie Monnier", "2026-11-13",
         3, "cancelled"),
        ("Recenser les biens à amortir de Sirod et de Conte", "Aurélie Mermet", "2026-11-20", 2),
        ("Chiffrer le coût du service de remplacement pour les communes", "Hélène Bailly", "2026-11-27", 3),
        ("Envoyer aux mairies le calendrier des commissions de contrôle", "Olivier Perrad", "2026-11-27", 4),
        ("Préparer l'accueil de la réunion du réseau à la mairie de Sirod", "Aurélie Mermet", "2026-12-09", 3),
        ("Réserver la salle des fêtes de Fort-du-Plasne pour la formation état civil", "Valérie Cretin",
         "2026-12-11", 4),
        ("Vérifier les délibérations M57 reçues des communes", "Bernard Jeunet", "2026-12-15", 2),
        ("Demander au SGC les soldes des comptes de Mignovillard à reprendre en M57", "Julie Paget", "2026-12-16", 2),
        ("Rassembler les questions des secrétaires sur le répertoire électoral unique", "Karine Besson",
         "2026-12-17", 4),
        ("Rédiger une fiche pratique sur les dossiers de mariage", "Martine Reverchon", "2026-12-18", 4),
        ("Préparer le support de la formation état civil de janvier", "Nadine Cuynet", "2027-01-08", 4),
        ("Lancer l'enquête sur le temps de travail des secrétaires de mairie", "Michel Cattin", "2027-01-15", 3),
        ("Faire le point des demandes d'urbanisme déposées en ligne", "Patrick Girod", "2027-01-22", 3),
        ("Mettre à jour la liste des bureaux de vote de Choux et des Bouchoux", "Nathalie Dalloz", "2027-02-12", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the secretary of Sirod and Conte.
SECMAIRIE39_ASKERS = {SLUG: ASKER}

SECMAIRIE39_GROUPS = {
    SLUG: (SECMAIRIE39_MEMBERS, SECMAIRIE39_MEETINGS, SECMAIRIE39_DEADLINES, SECMAIRIE39_DECISIONS,
           "Sandrine Vuillermoz"),
}

# What the network's advisor typed after the meeting at Nanchez (n°3) and the workshop at the sous-préfecture (n°4);
# nothing was recorded for the meeting at Foncine-le-Haut (n°1) nor for the day of training on the M57 (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Sandrine Vuillermoz, Hélène Bailly, Aurélie Mermet, Céline Jeannin, Patrick Girod, "
    "Martine Reverchon, Sylvie Monnier, Julie Paget, Valérie Cretin, Émilie Vuillet, Michel Cattin",
    "/excuses n°3 Nathalie Dalloz, Karine Besson",
    "/absents n°3 Christine Bourgeois",
    "/presents n°4 Sandrine Vuillermoz, Olivier Perrad, Nadine Cuynet, Aurélie Mermet, Martine Reverchon, "
    "Nathalie Dalloz, Karine Besson, Julie Paget, Christine Bourgeois, Céline Jeannin, Patrick Girod, Émilie Vuillet",
    "/excuses n°4 Sylvie Monnier, Valérie Cretin",
    "/absents n°4 Michel Cattin",
)

# What members said in the chat before the meeting of 10 December at Sirod (n°5).
RSVPS = (
    ("Sandrine Vuillermoz", "/present"),
    ("Florence Midol", "/present"),
    ("Bernard Jeunet", "/present"),
    ("Martine Reverchon", "/present"),
    ("Julie Paget", "/present"),
    ("Patrick Girod", "/excuse"),
    ("Christine Bourgeois", "/excuse"),
)

SECMAIRIE39_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sm39", ATTENDANCE_COMMANDS, RSVPS),
}
