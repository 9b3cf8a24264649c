"""A group written by helper r32a in the thirty-first round, for blind set 39a
(a topic at the centre): the comité technique of the plan climat-air-énergie
territorial (PCAET) of the communauté de communes du Val de Roubine, an
invented intercommunality of the Drôme — the vice-president for ecological
transition who chairs it, the PCAET's chargée de mission who runs it (the
coordinator), the intercommunality's mobility officer, the ADEME's regional
office, the DDT, the Département's energy service, the SDED (Territoire
d'énergie Drôme), an espace conseil France Rénov', a bailleur social
(Drôme Aménagement Habitat), an invented farmers' methanisation cooperative,
an invented cycling association, the CCI, an invented citizens' energy
cooperative (the asker: a member, not the coordinator) and the mayors of two
invented communes. Its subjects: the plan vélo and the voie verte, the aires
de covoiturage, the bornes de recharge, the rénovation énergétique, the
solar plant on the roof of the school of Clansac, the methanisation unit,
the wood-fired réseau de chaleur, the Fonds vert, the public lighting, the
bilan à mi-parcours and the bilan carbone. Tasks (four late, three done, one
cancelled; three of the asker's), the attendance of the atelier mobilité of
October and of the atelier méthanisation of November in the store (nothing
recorded for the comité of September), announced presences for the comité
of 10 December. The communauté de communes, its communes, the cooperatives
and the association are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PCAET26_AFTER_SETUP", "PCAET26_ASKERS", "PCAET26_GROUPS", "PCAET26_TASKS"]

SLUG = "pcaet26"
ASKER = "Justine Lacombe"
CC = "Communauté de communes du Val de Roubine"

PCAET26_MEMBERS = (
    ("Hélène Vasseur", CC, "Vice-présidente chargée de la transition écologique, présidente du comité technique "
                           "du PCAET"),
    ("Camille Roustan", CC, "Chargée de mission PCAET"),
    ("Fabien Morel", CC, "Chargé de mission mobilité"),
    ("Thibault Marcon", "ADEME Auvergne-Rhône-Alpes", "Ingénieur territoires et transition énergétique, "
                                                       "direction régionale"),
    ("Sandrine Peyrache", "DDT de la Drôme", "Chargée d'études climat-énergie, service aménagement du territoire"),
    ("Romain Chabert", "Département de la Drôme", "Responsable du service énergie"),
    ("Nadia Belkacem", "SDED, Territoire d'énergie Drôme", "Conseillère en énergie partagée"),
    ("Lucas Faure", "Espace conseil France Rénov' de la Drôme", "Conseiller en rénovation énergétique"),
    ("Véronique Gleize", "Drôme Aménagement Habitat", "Responsable du patrimoine et de la réhabilitation"),
    ("Pierre-Henri Bouvier", "Coopérative Métha'Roubine", "Président de la coopérative agricole de méthanisation, "
                                                          "éleveur"),
    ("Élise Marchetti", "Roue Libre en Roubine", "Présidente de l'association de promotion du vélo"),
    ("Damien Cotte", "CCI de la Drôme", "Conseiller environnement et énergie des entreprises"),
    ("Justine Lacombe", "Énergies citoyennes du Roubion", "Cogérante de la coopérative citoyenne d'énergie "
                                                          "renouvelable"),
    ("Gilles Reynaud", "Mairie de Saint-Aubin-de-Roubine", "Maire de Saint-Aubin-de-Roubine"),
    ("Martine Sauze", "Mairie de Clansac", "Maire de Clansac"),
)

PCAET26_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Comité technique du PCAET, salle du conseil communautaire, "
                                             "Saint-Aubin-de-Roubine", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Atelier mobilité (plan vélo et covoiturage), maison des associations "
                                             "de Clansac", ()),
    ("2026-11-19 14:00", "2026-11-19 17:00", "Atelier méthanisation et énergies renouvelables, site de la "
                                             "coopérative Métha'Roubine, Saint-Aubin-de-Roubine", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Comité technique du PCAET, salle du conseil communautaire, "
                                             "Saint-Aubin-de-Roubine",
     ("Bilan à mi-parcours du PCAET", "Schéma directeur des bornes de recharge",
      "Candidature au Fonds vert pour le réseau de chaleur", "Point d'étape sur la centrale solaire de l'école de "
                                                             "Clansac")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Atelier rénovation énergétique de l'habitat, mairie de Clansac",
     ("Réhabilitation des logements sociaux du quartier des Tilleuls", "Bilan des permanences France Rénov'")),
    ("2027-02-11 14:00", "2027-02-11 17:00", "Comité technique du PCAET, salle du conseil communautaire, "
                                             "Saint-Aubin-de-Roubine",
     ("Bilan carbone de la communauté de communes", "Tracé de la voie verte du Roubion")),
    ("2027-03-16 18:30", "2027-03-16 20:30", "Réunion publique sur le réseau de chaleur, salle des fêtes de "
                                             "Saint-Aubin-de-Roubine",
     ("Présentation de l'étude de faisabilité du réseau de chaleur au bois",)),
)

PCAET26_DEADLINES = (
    ("2026-12-08", "Retour des contributions au bilan à mi-parcours du PCAET"),
    ("2026-12-18", "Dépôt de la candidature au Fonds vert pour le réseau de chaleur"),
    ("2027-01-15", "Dépôt du dossier de subvention ADEME pour les aires de covoiturage"),
    ("2027-02-05", "Remise de l'étude de faisabilité du réseau de chaleur par le bureau d'études"),
    ("2027-03-31", "Adoption du bilan à mi-parcours du PCAET en conseil communautaire"),
)

PCAET26_DECISIONS = (
    ("2026-09-17", 1, "Le comité technique du PCAET se réunit tous les deux mois ; des ateliers thématiques "
                      "préparent ses travaux."),
    ("2026-09-17", 1, "Une étude de faisabilité d'un réseau de chaleur au bois pour le centre-bourg de "
                      "Saint-Aubin-de-Roubine est confiée au SDED."),
    ("2026-09-17", 1, "La toiture de l'école de Clansac accueille une centrale photovoltaïque de 100 kWc portée par "
                      "la coopérative Énergies citoyennes du Roubion."),
    ("2026-09-17", 1, "L'éclairage public est éteint de 23 h à 5 h dans toutes les communes à partir de janvier "
                      "2027."),
    ("2026-10-13", 2, "Un plan vélo est élaboré, avec une voie verte de 18 km le long du Roubion."),
    ("2026-10-13", 2, "Trois aires de covoiturage sont aménagées, à Saint-Aubin-de-Roubine, à Clansac et au "
                      "carrefour de la RD 538."),
    ("2026-10-13", 2, "Vingt bornes de recharge pour véhicules électriques sont installées avec le SDED d'ici "
                      "2028."),
    ("2026-11-19", 3, "L'unité de méthanisation de la coopérative est limitée à 30 000 tonnes d'intrants par an et "
                      "n'accepte pas de boues de station d'épuration."),
    ("2026-11-19", 3, "Un comité de suivi de la méthanisation associant les riverains se réunit deux fois par an."),
    ("2026-11-19", 3, "Le digestat est épandu uniquement sur les parcelles des agriculteurs de la coopérative."),
    ("2026-11-19", 3, "Le projet de parc éolien sur le plateau des Roches est abandonné au profit du solaire sur "
                      "les toitures et les parkings."),
)

PCAET26_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité technique de septembre", "Camille Roustan", "2026-09-30", 1, "done"),
        ("Rédiger le cahier des charges de l'étude du réseau de chaleur", "Nadia Belkacem", "2026-10-30", 1),
        ("Organiser une balade à vélo avec les élus", "Élise Marchetti", "2026-10-31", 2, "cancelled"),
        ("Faire l'étude de structure de la toiture de l'école de Clansac", "Justine Lacombe", "2026-11-13", 1,
         "done"),
        ("Recenser les bâtiments communaux à raccorder au réseau de chaleur", "Gilles Reynaud", "2026-11-20", 1),
        ("Lister les logements sociaux à rénover en priorité", "Véronique Gleize", "2026-11-25", 1),
        ("Cartographier les itinéraires cyclables existants", "Élise Marchetti", "2026-11-27", 2),
        ("Envoyer le questionnaire mobilité aux entreprises de la zone d'activités", "Damien Cotte", "2026-11-30", 2,
         "done"),
        ("Repérer les terrains des aires de covoiturage", "Fabien Morel", "2026-12-04", 2),
        ("Chiffrer le schéma directeur des bornes de recharge", "Nadia Belkacem", "2026-12-07", 2),
        ("Préparer le bilan à mi-parcours du PCAET", "Camille Roustan", "2026-12-08", 1),
        ("Préparer la présentation du projet solaire pour le comité de décembre", "Justine Lacombe", "2026-12-09", 1),
        ("Lancer la souscription citoyenne pour la centrale solaire de l'école", "Justine Lacombe", "2026-12-15", 1),
        ("Monter la candidature au Fonds vert", "Camille Roustan", "2026-12-16", 1),
        ("Rédiger la charte de bon voisinage de l'unité de méthanisation", "Pierre-Henri Bouvier", "2026-12-18", 3),
        ("Organiser une réunion d'information des riverains sur l'épandage du digestat", "Gilles Reynaud",
         "2027-01-15", 3),
        ("Mesurer la consommation de l'éclairage public avant l'extinction", "Martine Sauze", "2027-01-29", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the cogérante of the citizens' energy
# cooperative, who carries the solar plant on the school's roof.
PCAET26_ASKERS = {SLUG: ASKER}

PCAET26_GROUPS = {
    SLUG: (PCAET26_MEMBERS, PCAET26_MEETINGS, PCAET26_DEADLINES, PCAET26_DECISIONS, "Camille Roustan"),
}

# What the chargée de mission typed after the atelier mobilité of October (n°2) and the atelier méthanisation of
# November (n°3); nothing was recorded for the comité technique of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Hélène Vasseur, Camille Roustan, Fabien Morel, Élise Marchetti, Nadia Belkacem, Damien Cotte, "
    "Sandrine Peyrache, Thibault Marcon, Martine Sauze, Justine Lacombe",
    "/excuses n°2 Gilles Reynaud, Romain Chabert",
    "/absents n°2 Véronique Gleize",
    "/presents n°3 Hélène Vasseur, Camille Roustan, Pierre-Henri Bouvier, Gilles Reynaud, Thibault Marcon, "
    "Sandrine Peyrache, Romain Chabert, Nadia Belkacem, Justine Lacombe",
    "/excuses n°3 Martine Sauze, Élise Marchetti, Lucas Faure",
    "/absents n°3 Damien Cotte",
)

# What members said in the chat before the comité technique of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Hélène Vasseur", "/present"),
    ("Camille Roustan", "/present"),
    ("Thibault Marcon", "/present"),
    ("Nadia Belkacem", "/present"),
    ("Romain Chabert", "/present"),
    ("Martine Sauze", "/present"),
    ("Pierre-Henri Bouvier", "/excuse"),
    ("Damien Cotte", "/excuse"),
)

PCAET26_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pc26", ATTENDANCE_COMMANDS, RSVPS),
}
