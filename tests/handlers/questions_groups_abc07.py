"""A group written by helper w40b in the thirty-ninth round, for the lead's
blind set 80 (a stranger's general set in the words of the comité de
pilotage of a commune's Atlas de la biodiversité communale (ABC) in the
Ardèche): the invented commune of Chastelvert in the Monts d'Ardèche — its
adjointe à l'environnement who chairs the comité, its chargée de mission
biodiversité (the group's coordinator), a conseillère municipale and the
head of the services techniques; the Parc naturel régional des Monts
d'Ardèche; the Office français de la biodiversité (OFB); the LPO
Auvergne-Rhône-Alpes; an invented naturalists' association; the
Conservatoire d'espaces naturels; the fédération de pêche; the chambre
d'agriculture; two farmers; the commune's ACCA (hunters); the school's
teacher; the médiathèque; the volunteers of the sciences participatives
(their referent is the asker); the Département's ENS officer.
Meetings: the comité of September at the mairie, the working group on
inventories and participatory science of October at the médiathèque, the
comité of November at the salle des fêtes, the comité of 10 December, the
working group on wetlands and rivers of January at the maison du Parc and
the comité widened to the inhabitants of March. Tasks (three late, one of
them the asker's; one done; one cancelled), the attendance of the September
and November comités in the store, announced presences for the comité of 10
December; the person asking is a member, not the coordinator. Public bodies
named: the Parc, the OFB, the LPO, the CEN, the fédération de pêche, the
chambre d'agriculture, the Département; the commune, its school, médiathèque
and ACCA, the naturalists' association and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ABC07_AFTER_SETUP", "ABC07_ASKERS", "ABC07_GROUPS", "ABC07_TASKS"]

SLUG = "abc07"
ASKER = "Agnès Delorme"
MAIRIE = "Mairie de Chastelvert"
FARMERS = "Agriculteurs de Chastelvert"
VOLUNTEERS = "Bénévoles des sciences participatives"

ABC07_MEMBERS = (
    ("Hélène Vernet", MAIRIE, "Adjointe au maire chargée de l'environnement, présidente du comité de pilotage de "
                              "l'ABC"),
    ("Margaux Thibon", MAIRIE, "Chargée de mission biodiversité, coordinatrice de l'Atlas de la biodiversité "
                               "communale"),
    ("Vincent Lafont", MAIRIE, "Responsable des services techniques (voirie, fauchage des bords de route)"),
    ("Martine Gleizes", "Conseil municipal de Chastelvert", "Conseillère municipale déléguée aux chemins et à la "
                                                            "forêt communale"),
    ("Julien Faure", "Parc naturel régional des Monts d'Ardèche", "Chargé de mission patrimoine naturel"),
    ("Sandrine Chazal", "Office français de la biodiversité (OFB), service départemental de l'Ardèche",
     "Inspectrice de l'environnement, référente des atlas de la biodiversité communale"),
    ("Bastien Roux", "LPO Auvergne-Rhône-Alpes, délégation Ardèche", "Animateur nature, référent oiseaux et "
                                                                     "hirondelles"),
    ("Odile Marcon", "Association Les Naturalistes du Vivarais", "Présidente de l'association, botaniste"),
    ("Rémi Chabert", "Conservatoire d'espaces naturels Auvergne-Rhône-Alpes (CEN)", "Chargé d'études zones humides "
                                                                                    "et chauves-souris"),
    ("Gilles Peyron", "Fédération de l'Ardèche pour la pêche et la protection du milieu aquatique",
     "Technicien rivière, suivi de l'écrevisse à pattes blanches"),
    ("Laure Bonnefoy", "Chambre d'agriculture de l'Ardèche", "Conseillère agro-environnement"),
    ("Pierre Soubeyrand", FARMERS, "Éleveur de chèvres, producteur de picodon"),
    ("Nathalie Arsac", FARMERS, "Castanéicultrice, présidente du syndicat local de la châtaigne"),
    ("Yves Dumas", "ACCA de Chastelvert (association communale de chasse agréée)", "Président de l'ACCA"),
    ("Claire Mounier", "École publique de Chastelvert", "Professeure des écoles, classe de CM1-CM2"),
    ("Thomas Béal", "Médiathèque de Chastelvert", "Responsable de la médiathèque"),
    ("Agnès Delorme", VOLUNTEERS, "Référente des bénévoles, coordinatrice des comptages participatifs"),
    ("Fabien Ribeyre", VOLUNTEERS, "Bénévole, suivi des amphibiens, secrétaire de séance du comité de pilotage"),
    ("Jeanne Teyssier", "Département de l'Ardèche", "Chargée de mission espaces naturels sensibles (ENS)"),
)

ABC07_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Comité de pilotage de l'ABC, salle du conseil municipal, mairie de "
                                             "Chastelvert", ()),
    ("2026-10-15 18:30", "2026-10-15 20:30", "Groupe de travail « inventaires et sciences participatives », "
                                             "médiathèque de Chastelvert", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Comité de pilotage de l'ABC : bilan de la saison d'inventaires 2026, "
                                             "salle des fêtes de Chastelvert", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Comité de pilotage de l'ABC, salle du conseil municipal, mairie de "
                                             "Chastelvert",
     ("Programme d'inventaires 2027",
      "Plan de fauche tardive des bords de route",
      "Convention avec le Parc pour la cartographie des habitats naturels",
      "Budget 2027 de l'ABC et demande de subvention à l'OFB")),
    ("2027-01-21 18:30", "2027-01-21 20:30", "Groupe de travail « zones humides et rivières », maison du Parc à "
                                             "Jaujac",
     ("Inventaire des mares communales",
      "Suivi de l'écrevisse à pattes blanches dans le ruisseau de la Sallèle")),
    ("2027-03-11 18:00", "2027-03-11 20:30", "Comité de pilotage élargi aux habitants, salle des fêtes de Chastelvert",
     ("Programme de la Fête de la nature 2027",
      "Restitution des premiers résultats de l'atlas aux habitants")),
)

ABC07_DEADLINES = (
    ("2026-12-04", "Retour des fiches d'observation des bénévoles pour la saison 2026"),
    ("2026-12-15", "Dépôt de la demande de subvention 2027 de l'ABC auprès de l'OFB"),
    ("2026-12-18", "Envoi des remarques de la commune sur le plan de gestion de l'ENS des Chirouzes"),
    ("2027-01-15", "Transmission des données naturalistes 2026 au SINP"),
    ("2027-02-12", "Remise des dessins de la classe de CM1-CM2 pour l'exposition de la médiathèque"),
    ("2027-03-01", "Inscription des bénévoles au sauvetage des amphibiens du printemps"),
)

ABC07_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage de l'ABC se réunit quatre fois par an, avec des groupes de travail "
                      "entre deux comités."),
    ("2026-09-17", 1, "L'atlas couvre les années 2026 à 2028 et sera publié en ligne sur le site de la mairie fin "
                      "2028."),
    ("2026-09-17", 1, "Les observations des bénévoles sont saisies sur la plateforme Faune-AuRA de la LPO."),
    ("2026-09-17", 1, "Le budget de l'ABC pour 2027 est de 24 000 euros, dont 80 % demandés à l'OFB."),
    ("2026-09-17", 1, "Les comptes rendus du comité de pilotage sont publiés sur le site de la mairie dans les trois "
                      "semaines."),
    ("2026-10-15", 2, "Le comptage participatif des nids d'hirondelles a lieu chaque année le premier week-end de "
                      "juin."),
    ("2026-10-15", 2, "Une sortie nature ouverte aux habitants part de la médiathèque le premier samedi de chaque "
                      "mois."),
    ("2026-10-15", 2, "La classe de CM1-CM2 suit trois mares pédagogiques avec Les Naturalistes du Vivarais."),
    ("2026-10-15", 2, "La localisation des espèces sensibles (nids de rapaces, orchidées rares) n'est jamais publiée "
                      "plus précisément qu'à la commune."),
    ("2026-11-19", 3, "Les bords de route communaux ne sont fauchés qu'après le 15 juillet, sauf aux carrefours pour "
                      "la sécurité."),
    ("2026-11-19", 3, "L'inventaire des chauves-souris dans l'église et l'école est confié au Conservatoire "
                      "d'espaces naturels pour l'été 2027."),
    ("2026-11-19", 3, "La commune installe vingt nichoirs à mésanges et dix gîtes à chauves-souris avant le 15 mars "
                      "2027."),
    ("2026-11-19", 3, "Un inventaire des prairies fleuries est mené chez les agriculteurs volontaires avec la chambre "
                      "d'agriculture."),
    ("2026-11-19", 3, "L'ACCA transmet chaque trimestre ses observations de grands mammifères (cerf, chevreuil, "
                      "sanglier) à la chargée de mission."),
)

ABC07_TASKS = {
    SLUG: (
        ("Organiser une soirée chouettes à la médiathèque", "Thomas Béal", "2026-11-07", 1, "cancelled"),
        ("Envoyer le protocole de comptage des hirondelles aux bénévoles", "Bastien Roux", "2026-10-30", 2, "done"),
        ("Cartographier les mares de la commune", "Rémi Chabert", "2026-11-13", 2),
        ("Rédiger le bilan de la saison d'inventaires 2026", "Margaux Thibon", "2026-11-20", 2),
        ("Relancer les bénévoles qui n'ont pas rendu leurs fiches d'observation", "Agnès Delorme", "2026-11-27", 3),
        ("Préparer le plan de fauche tardive avec les services techniques", "Vincent Lafont", "2026-12-08", 3),
        ("Présenter le programme d'inventaires 2027", "Julien Faure", "2026-12-10", 3),
        ("Organiser le planning du sauvetage des amphibiens du printemps", "Agnès Delorme", "2027-01-22", 3),
        ("Identifier les agriculteurs volontaires pour l'inventaire des prairies fleuries", "Laure Bonnefoy",
         "2027-01-29", 3),
        ("Commander les nichoirs et les gîtes à chauves-souris", "Martine Gleizes", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the volunteers' referent.
ABC07_ASKERS = {SLUG: ASKER}

ABC07_GROUPS = {
    SLUG: (ABC07_MEMBERS, ABC07_MEETINGS, ABC07_DEADLINES, ABC07_DECISIONS, "Margaux Thibon"),
}

# What the coordinator typed after the comité of September (n°1) and the comité of November (n°3); nothing was
# recorded for the working group of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Vernet, Margaux Thibon, Vincent Lafont, Martine Gleizes, Julien Faure, Sandrine Chazal, "
    "Bastien Roux, Odile Marcon, Rémi Chabert, Laure Bonnefoy, Pierre Soubeyrand, Claire Mounier, Thomas Béal, "
    "Agnès Delorme, Fabien Ribeyre, Jeanne Teyssier",
    "/excuses n°1 Gilles Peyron, Nathalie Arsac",
    "/absents n°1 Yves Dumas",
    "/presents n°3 Hélène Vernet, Margaux Thibon, Vincent Lafont, Julien Faure, Bastien Roux, Odile Marcon, "
    "Gilles Peyron, Laure Bonnefoy, Nathalie Arsac, Yves Dumas, Thomas Béal, Agnès Delorme, Fabien Ribeyre",
    "/excuses n°3 Martine Gleizes, Sandrine Chazal, Rémi Chabert, Claire Mounier, Jeanne Teyssier",
    "/absents n°3 Pierre Soubeyrand",
)

# What members said in the chat before the comité of 10 December (n°4).
RSVPS = (
    ("Hélène Vernet", "/present"),
    ("Margaux Thibon", "/present"),
    ("Vincent Lafont", "/present"),
    ("Julien Faure", "/present"),
    ("Sandrine Chazal", "/present"),
    ("Bastien Roux", "/present"),
    ("Laure Bonnefoy", "/present"),
    ("Yves Dumas", "/present"),
    ("Fabien Ribeyre", "/present"),
    ("Claire Mounier", "/excuse"),
    ("Gilles Peyron", "/excuse"),
)

ABC07_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "abc", ATTENDANCE_COMMANDS, RSVPS),
}
