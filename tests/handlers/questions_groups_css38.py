"""A group written by helper w37c in the thirty-sixth round, for the lead's
blind set 72 (a stranger's general set in the words of the people who sit on
the commission de suivi de site (CSS) of a Seveso chemical platform and its
partners): the CSS of the invented « plateforme chimique des Balmes », on the
Rhône near Roussillon (Isère) — the sous-préfet de Vienne who chairs it, the
secretary of the invented SPPPI/CLIC secretariat who runs it (the group's
coordinator), the DREAL's inspector of the installations classées, the
platform's site director and its HSE manager, the SDIS de l'Isère's officer
for technological risks, the préfecture's SIDPC (the PPI), the mayors of two
invented riverside communes and a deputy in charge of the plan communal de
sauvegarde, the invented communauté de communes' vice-president for the
environment, an invented riverains' association (its president and a member
of its bureau), FNE Isère's chargée de mission (the asker), two elected
members of the platform's CSE, a doctor of the ARS, the Éducation nationale's
PPMS referent and the gendarmerie's brigade.
Meetings: the plenary CSS of May at the sous-préfecture, the feedback meeting
on the PPI exercise in June, the bureau of September on the platform, the
plenary CSS of November at the salle des fêtes of Varonne-sur-Rhône, the
public information meeting for the riverains of 8 December, the working group
on the riverains' PPRT works in January and the plenary CSS of March. Tasks
(three late, one of them the asker's; one done; one cancelled), the
attendance of the June feedback and the November plenary in the store,
announced presences for the public meeting of 8 December; the person asking
is a member, not the coordinator. Organisation names are public bodies (the
sous-préfecture de Vienne, the DREAL, the SDIS de l'Isère, the ARS, the
DSDEN, the gendarmerie, FNE Isère, Atmo Auvergne-Rhône-Alpes) or invented
ones (the platform, the communes, the communauté de communes, the
association); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CSS38_AFTER_SETUP", "CSS38_ASKERS", "CSS38_GROUPS", "CSS38_TASKS"]

SLUG = "css38"
ASKER = "Élodie Sarrazin"
PLATEFORME = "Plateforme chimique des Balmes, GIE des exploitants"
CSE = "CSE de la plateforme chimique des Balmes"
RIVERAINS = "Vivre aux Balmes, association de riverains"
SAINT_ALBAN = "Mairie de Saint-Alban-des-Balmes"

CSS38_MEMBERS = (
    ("Bertrand Lacombe", "Sous-préfecture de Vienne", "Sous-préfet de Vienne, président de la commission de suivi "
                                                      "de site"),
    ("Aurélie Chapuis", "Secrétariat permanent pour la prévention des pollutions industrielles (SPPPI) de l'Isère",
     "Secrétaire de la commission de suivi de site, coordinatrice"),
    ("Mathieu Garnier", "DREAL Auvergne-Rhône-Alpes, unité départementale de l'Isère", "Inspecteur des "
                                                                                      "installations classées"),
    ("Philippe Rochas", PLATEFORME, "Directeur du site"),
    ("Sophie Terrier", PLATEFORME, "Responsable hygiène, sécurité, environnement (HSE)"),
    ("Julien Perrin", "SDIS de l'Isère", "Capitaine, officier référent risques technologiques"),
    ("Annie Drevon", "Préfecture de l'Isère, service interministériel de défense et de protection civiles (SIDPC)",
     "Chargée de mission planification, référente du plan particulier d'intervention"),
    ("Danielle Combe", SAINT_ALBAN, "Maire"),
    ("Chantal Reynier", SAINT_ALBAN, "Adjointe chargée de la sécurité, référente du plan communal de sauvegarde"),
    ("Gérard Villard", "Mairie de Varonne-sur-Rhône", "Maire"),
    ("Isabelle Fournier", "Communauté de communes Rhône-Varèze", "Vice-présidente chargée de l'environnement et "
                                                                  "des risques majeurs"),
    ("Marc Odin", RIVERAINS, "Président de l'association"),
    ("Hugo Mercier", RIVERAINS, "Membre du bureau, chargé du relevé des signalements d'odeurs"),
    ("Élodie Sarrazin", "FNE Isère", "Chargée de mission risques industriels"),
    ("Franck Morel", CSE, "Secrétaire du CSE, représentant des salariés"),
    ("Nathalie Guérin", CSE, "Élue du CSE, membre de la commission santé, sécurité et conditions de travail"),
    ("Karim Haddad", "ARS Auvergne-Rhône-Alpes, délégation départementale de l'Isère", "Médecin inspecteur de "
                                                                                       "santé publique"),
    ("Véronique Lambert", "Éducation nationale, DSDEN de l'Isère", "Conseillère de prévention, référente des plans "
                                                                  "particuliers de mise en sûreté (PPMS)"),
    ("Lionel Barbier", "Gendarmerie nationale, brigade de Roussillon", "Adjudant-chef, commandant de la brigade"),
)

CSS38_MEETINGS = (
    ("2026-05-19 14:30", "2026-05-19 17:00", "Commission de suivi de site, séance plénière de printemps, salle du "
                                             "conseil de la sous-préfecture de Vienne", ()),
    ("2026-06-30 09:30", "2026-06-30 12:00", "Retour d'expérience de l'exercice du plan particulier d'intervention, "
                                             "salle polyvalente de Saint-Alban-des-Balmes", ()),
    ("2026-09-22 14:00", "2026-09-22 16:30", "Bureau de la commission de suivi de site, salle de réunion de la "
                                             "plateforme chimique des Balmes", ()),
    ("2026-11-17 14:30", "2026-11-17 17:30", "Commission de suivi de site, séance plénière d'automne : bilan annuel "
                                             "de l'exploitant, salle des fêtes de Varonne-sur-Rhône", ()),
    ("2026-12-08 18:30", "2026-12-08 20:30", "Réunion publique d'information des riverains sur les risques de la "
                                             "plateforme, salle polyvalente de Saint-Alban-des-Balmes",
     ("Présentation du plan particulier d'intervention révisé",
      "Consignes de mise à l'abri et signal de la sirène",
      "Bilan des incidents 2026 de la plateforme",
      "Questions des riverains")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Groupe de travail sur les travaux des logements riverains prescrits "
                                             "par le PPRT, siège de la communauté de communes Rhône-Varèze",
     ("Recensement des logements concernés",
      "Accompagnement des propriétaires pour les dossiers d'aide")),
    ("2027-03-16 14:30", "2027-03-16 17:00", "Commission de suivi de site, séance plénière de mars : étude de "
                                             "dangers de l'unité de chloration, salle du conseil de la "
                                             "sous-préfecture de Vienne",
     ("Avis de l'inspection sur l'étude de dangers de l'unité de chloration",
      "Calendrier de la révision du PPRT",
      "Résultats des mesures de qualité de l'air")),
)

CSS38_DEADLINES = (
    ("2026-12-04", "Retour des observations des membres sur le projet de compte rendu de la plénière du 17 "
                   "novembre"),
    ("2026-12-15", "Dépôt à la DREAL de l'étude de dangers révisée de l'unité de chloration"),
    ("2026-12-18", "Envoi des plans communaux de sauvegarde mis à jour par les communes riveraines"),
    ("2027-01-15", "Inscription des écoles à l'exercice PPMS risque chimique de février"),
    ("2027-02-26", "Dépôt des dossiers d'aide aux travaux des logements riverains prescrits par le PPRT"),
    ("2027-03-02", "Envoi des documents de la plénière de mars aux membres de la commission"),
)

CSS38_DECISIONS = (
    ("2026-05-19", 1, "La commission de suivi de site se réunit en séance plénière deux fois par an, au printemps "
                      "et à l'automne."),
    ("2026-05-19", 1, "Le compte rendu de chaque séance est publié sur le site internet de la préfecture de l'Isère "
                      "dans les deux mois."),
    ("2026-05-19", 1, "Un exercice du plan particulier d'intervention est organisé chaque année avec les écoles des "
                      "communes riveraines."),
    ("2026-06-30", 2, "Lors du prochain exercice, les riverains reçoivent une alerte FR-Alert sur leur téléphone en "
                      "plus de la sirène."),
    ("2026-06-30", 2, "La zone de mise à l'abri des établissements scolaires est étendue au collège de "
                      "Varonne-sur-Rhône."),
    ("2026-06-30", 2, "Les consignes de mise à l'abri sont distribuées dans toutes les boîtes aux lettres des deux "
                      "communes avant la fin de l'année."),
    ("2026-09-22", 3, "L'exploitant présente au bureau suivant chaque incident déclaré à l'inspection des "
                      "installations classées."),
    ("2026-09-22", 3, "Les mesures de la qualité de l'air autour de la plateforme sont confiées à Atmo "
                      "Auvergne-Rhône-Alpes pour deux ans."),
    ("2026-09-22", 3, "Une visite de la plateforme est proposée aux membres de la commission au printemps 2027."),
    ("2026-11-17", 4, "Les stockages de chlore liquide sont remplacés par une unité de production sur place d'ici "
                      "fin 2028."),
    ("2026-11-17", 4, "Le PPRT est révisé après l'instruction de l'étude de dangers de l'unité de chloration."),
    ("2026-11-17", 4, "Les travaux prescrits par le PPRT dans les logements riverains sont financés à 90 %, dans la "
                      "limite de 20 000 euros par logement."),
    ("2026-11-17", 4, "Les camions de matières dangereuses attendent sur le parking poids lourds de la plateforme "
                      "et non plus le long de la route départementale."),
    ("2026-11-17", 4, "Les signalements d'odeurs des riverains sont recueillis par un formulaire en ligne et "
                      "présentés à chaque plénière."),
)

CSS38_TASKS = {
    SLUG: (
        ("Organiser une visite de la plateforme pour le conseil municipal des jeunes", "Danielle Combe",
         "2026-10-16", 2, "cancelled"),
        ("Transmettre le bilan de l'exercice PPI aux directeurs d'école", "Véronique Lambert", "2026-10-30", 2,
         "done"),
        ("Rédiger la convention de mesure de la qualité de l'air avec Atmo Auvergne-Rhône-Alpes", "Sophie Terrier",
         "2026-11-06", 3),
        ("Recenser les logements riverains concernés par les travaux du PPRT", "Isabelle Fournier", "2026-11-20", 3),
        ("Rédiger la synthèse des signalements d'odeurs de l'été", "Élodie Sarrazin", "2026-11-27", 3),
        ("Préparer le diaporama sur les consignes d'alerte pour la réunion publique", "Julien Perrin",
         "2026-12-07", 4),
        ("Présenter le bilan des incidents 2026 à la réunion publique", "Philippe Rochas", "2026-12-08", 4),
        ("Relire le guide des bons réflexes destiné aux riverains", "Élodie Sarrazin", "2026-12-16", 4),
        ("Mettre à jour le plan communal de sauvegarde de Saint-Alban-des-Balmes", "Chantal Reynier",
         "2026-12-18", 4),
        ("Préparer l'avis de l'inspection sur l'étude de dangers pour la plénière de mars", "Mathieu Garnier",
         "2027-03-02", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): FNE Isère's chargée de mission.
CSS38_ASKERS = {SLUG: ASKER}

CSS38_GROUPS = {
    SLUG: (CSS38_MEMBERS, CSS38_MEETINGS, CSS38_DEADLINES, CSS38_DECISIONS, "Aurélie Chapuis"),
}

# What the secretary typed after the feedback on the PPI exercise (n°2) and the plenary of November (n°4); nothing
# was recorded for the plenary of May (n°1) nor for the bureau of September (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Aurélie Chapuis, Mathieu Garnier, Sophie Terrier, Julien Perrin, Annie Drevon, Danielle Combe, "
    "Chantal Reynier, Gérard Villard, Marc Odin, Élodie Sarrazin, Véronique Lambert, Lionel Barbier",
    "/excuses n°2 Bertrand Lacombe, Karim Haddad, Isabelle Fournier",
    "/absents n°2 Franck Morel",
    "/presents n°4 Bertrand Lacombe, Aurélie Chapuis, Mathieu Garnier, Philippe Rochas, Sophie Terrier, "
    "Julien Perrin, Danielle Combe, Gérard Villard, Isabelle Fournier, Marc Odin, Hugo Mercier, Franck Morel, "
    "Nathalie Guérin, Karim Haddad",
    "/excuses n°4 Élodie Sarrazin, Annie Drevon, Véronique Lambert",
    "/absents n°4 Lionel Barbier",
)

# What members said in the chat before the public meeting of 8 December (n°5).
RSVPS = (
    ("Bertrand Lacombe", "/present"),
    ("Aurélie Chapuis", "/present"),
    ("Philippe Rochas", "/present"),
    ("Julien Perrin", "/present"),
    ("Danielle Combe", "/present"),
    ("Chantal Reynier", "/present"),
    ("Marc Odin", "/present"),
    ("Karim Haddad", "/present"),
    ("Mathieu Garnier", "/excuse"),
    ("Gérard Villard", "/excuse"),
)

CSS38_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "css38", ATTENDANCE_COMMANDS, RSVPS),
}
