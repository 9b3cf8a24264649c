"""A group written by helper w35c in the thirty-fourth round, for the
lead's blind set 66 (a stranger's general set in the words of the people
who sit on a regional nature park's commission on tourism and outdoor
activities in the Vercors: the park's vice-president, a mayor, who chairs
it, the park's tourism officer who runs it, the park's biodiversity officer,
the Office de tourisme intercommunal, the mountain guides' company, the
accompagnateurs en montagne, the ski resorts' régie, the ONF, the
Fédération des chasseurs, the mountain-bike club, the cave divers, the
farmers' cheese cooperative, the Département de la Drôme's sports service,
the gendarmerie's PGHM, the hut wardens and the trail race's organisers):
the commission « tourisme et activités de pleine nature » of an invented
Parc naturel régional des Monts du Vercors (Drôme and Isère) — the park's
vice-president for tourism, mayor of an invented Rochebrune-en-Vercors,
who chairs it; the park's chargée de mission tourisme et activités de
pleine nature who runs it (the group's coordinator); the park's chargé de
mission biodiversité, referent for the biodiversity signposting (the
park's three members); the director of an invented Office de tourisme
intercommunal des Monts du Vercors (the asker); the president of an
invented Compagnie des guides des Monts du Vercors; the president of an
invented association of the accompagnateurs en montagne du Vercors; the
director of an invented Régie des stations de Font-Froide (alpine and
Nordic ski); the ONF's technicien forestier territorial; the Fédération
départementale des chasseurs de la Drôme's administrator for the massif;
the president of an invented mountain-bike club, Vercors VTT Passion; the
president of an invented cave divers' association, Spéléo-plongée
Vercors; the president of an invented cheese cooperative of the Bleu du
Vercors-Sassenage AOP; the Département de la Drôme's sports-de-nature
officer; the PGHM de l'Isère's head of a rescue group; the warden of an
invented refuge de la Jasse Haute (representative of the hut wardens);
the president of an invented association organising the Trail des Crêtes
du Vercors. Meetings: the launch of the four-season tourism plan in June
at the Maison du Parc, the review of the summer and the conflicts of uses
on the paths in September at the Nordic centre of Font-Froide, the working
group on the parking at the trailheads in October (on site at the Jasse
Haute, then at a mairie), the commission on the winter without snow in
November at the Maison du Parc, the plenary of 10 December at the Maison
du Parc, the working group on the Trail des Crêtes in January and the
review of the winter in March; the charter of shared paths, the summer
ban of mountain bikes on the sentier des Crêtes, the hunting days, the paid
parking and the shuttle of the Jasse Haute, the activities without snow,
the trail race's 800 runners and the black grouse's quiet zone, the cave
dives declared to the PGHM, the biodiversity panels. Tasks (four late, one
of them the asker's; three done; one cancelled), the attendance of the
September review and of the November commission in the store, announced
presences for the plenary of 10 December; the person asking is a member,
not the coordinator. Organisation names are public bodies or real
organisations (the ONF, the Fédération départementale des chasseurs de la
Drôme, the Département de la Drôme, the PGHM de l'Isère, the Bleu du
Vercors-Sassenage AOP) or invented ones (the park itself, its communes,
the tourist office, the guides, the régie, the clubs, the refuge); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PNRVERCORS_AFTER_SETUP", "PNRVERCORS_ASKERS", "PNRVERCORS_GROUPS", "PNRVERCORS_TASKS"]

SLUG = "pnrvercors"
ASKER = "Sophie Allemand"
PARC = "Parc naturel régional des Monts du Vercors"

PNRVERCORS_MEMBERS = (
    ("Gilles Ravix", PARC, "Vice-président chargé du tourisme, maire de Rochebrune-en-Vercors, président de la "
                           "commission tourisme et activités de pleine nature"),
    ("Claire Bouvard", PARC, "Chargée de mission tourisme et activités de pleine nature, animatrice de la commission"),
    ("Mathieu Arnaud", PARC, "Chargé de mission biodiversité, référent de la signalétique biodiversité"),
    ("Sophie Allemand", "Office de tourisme intercommunal des Monts du Vercors", "Directrice de l'office de tourisme"),
    ("Pierre-Yves Mottet", "Compagnie des guides des Monts du Vercors", "Guide de haute montagne, président de la "
                                                                         "compagnie des guides"),
    ("Élise Berthet", "Association des accompagnateurs en montagne du Vercors",
     "Accompagnatrice en montagne, présidente de l'association"),
    ("Olivier Jullien", "Régie des stations de Font-Froide", "Directeur de la régie des stations de ski alpin et "
                                                             "nordique"),
    ("Franck Rochas", "Office national des forêts, agence Drôme-Ardèche",
     "Technicien forestier territorial du massif du Vercors"),
    ("Jean-Claude Gaillard", "Fédération départementale des chasseurs de la Drôme",
     "Administrateur, référent du massif du Vercors"),
    ("Julien Peyrache", "Vercors VTT Passion, club de vélo tout-terrain", "Président du club VTT"),
    ("Nadia Bellier", "Spéléo-plongée Vercors, association de plongée souterraine",
     "Présidente de l'association, plongeuse spéléo"),
    ("Alain Blanc", "Coopérative fromagère des Hauts du Vercors, Bleu du Vercors-Sassenage AOP",
     "Éleveur laitier, président de la coopérative"),
    ("Karine Vallier", "Département de la Drôme, service des sports", "Chargée de mission sports de nature, référente "
                                                                      "du PDESI"),
    ("Lionel Barnier", "Gendarmerie nationale, PGHM de l'Isère", "Adjudant-chef, chef de groupe secours en montagne"),
    ("Romain Faure", "Refuge de la Jasse Haute", "Gardien du refuge, représentant des gardiens de refuge du massif"),
    ("Benoît Charvet", "Association Trail des Crêtes du Vercors", "Président de l'association organisatrice du Trail "
                                                                  "des Crêtes"),
)

PNRVERCORS_MEETINGS = (
    ("2026-06-11 14:00", "2026-06-11 17:00", "Commission tourisme et activités de pleine nature : lancement du plan "
                                             "tourisme quatre saisons, salle du conseil syndical, Maison du Parc, "
                                             "Rochebrune-en-Vercors", ()),
    ("2026-09-22 09:30", "2026-09-22 12:30", "Commission tourisme et activités de pleine nature : bilan de la saison "
                                             "estivale et conflits d'usage sur les sentiers, salle hors-sac du foyer "
                                             "nordique de Font-Froide", ()),
    ("2026-10-15 09:00", "2026-10-15 16:00", "Groupe de travail stationnement aux départs de sentiers, visite du "
                                             "parking de la Jasse Haute puis salle du conseil de la mairie de "
                                             "Saint-Agnès-la-Jasse", ()),
    ("2026-11-19 14:00", "2026-11-19 17:30", "Commission tourisme et activités de pleine nature : l'hiver sans neige "
                                             "et la diversification des activités, salle du conseil syndical, Maison "
                                             "du Parc, Rochebrune-en-Vercors", ()),
    ("2026-12-10 09:30", "2026-12-10 12:30", "Commission plénière présidée par le vice-président chargé du tourisme, "
                                             "salle du conseil syndical, Maison du Parc, Rochebrune-en-Vercors",
     ("Programme d'activités hors neige des vacances de Noël",
      "Signalétique biodiversité : textes et emplacements des panneaux du sentier du plateau",
      "Navette et stationnement payant de la Jasse Haute pour l'hiver",
      "Premier tracé du Trail des Crêtes du Vercors 2027")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Groupe de travail Trail des Crêtes du Vercors, salle de réunion de la "
                                             "Régie des stations, Font-Froide",
     ("Tracé 2027 et contournement de la zone de quiétude du tétras-lyre",
      "Dispositif de sécurité et de secours avec le PGHM")),
    ("2027-03-25 09:30", "2027-03-25 12:30", "Commission tourisme et activités de pleine nature : bilan de l'hiver, "
                                             "salle des fêtes de Saint-Agnès-la-Jasse",
     ("Bilan de l'hiver 2026-2027 des stations, des refuges et des sorties hors neige",
      "Partage des sentiers pour l'été 2027")),
)

PNRVERCORS_DEADLINES = (
    ("2026-12-11", "Retour au Parc des offres d'activités hors neige des prestataires pour le programme de Noël"),
    ("2026-12-18", "Avis des membres sur les textes des panneaux de la signalétique biodiversité"),
    ("2027-01-15", "Envoi au Parc du tracé 2027 du Trail des Crêtes du Vercors pour l'avis de la commission"),
    ("2027-02-26", "Dépôt de la candidature des sentiers partagés au PDESI de la Drôme"),
    ("2027-04-30", "Remise du plan tourisme quatre saisons 2027-2030 au comité syndical du Parc"),
)

PNRVERCORS_DECISIONS = (
    ("2026-06-11", 1, "Le plan tourisme quatre saisons vise 40 % des nuitées du massif hors juillet-août et hors "
                      "vacances d'hiver d'ici 2030."),
    ("2026-06-11", 1, "Une charte de bonne conduite des sentiers partagés entre randonneurs, vététistes, traileurs et "
                      "troupeaux est rédigée avec les clubs et les accompagnateurs en montagne."),
    ("2026-06-11", 1, "Le Parc finance 60 % des panneaux de la signalétique biodiversité, le reste est à la charge des "
                      "communes."),
    ("2026-09-22", 2, "Le sentier des Crêtes est interdit aux VTT les samedis, dimanches et jours fériés de juillet "
                      "et août."),
    ("2026-09-22", 2, "Les jours de battue, de septembre à janvier, la Fédération des chasseurs signale les secteurs "
                      "chassés la veille avant 18 h sur l'application du Parc et pose les panneaux « chasse en cours » "
                      "aux départs de sentiers."),
    ("2026-10-15", 3, "Le parking de la Jasse Haute est payant de décembre à mars : 5 euros la journée, gratuit pour "
                      "les habitants des communes du Parc."),
    ("2026-10-15", 3, "Une navette gratuite relie le village de Rochebrune au parking de la Jasse Haute les week-ends "
                      "et pendant les vacances scolaires, toutes les 30 minutes de 8 h à 18 h."),
    ("2026-11-19", 4, "En cas de faible enneigement, la Régie ouvre le foyer nordique de Font-Froide du mercredi au "
                      "dimanche avec des activités hors neige : randonnée, VTT électrique et visite de la fromagerie."),
    ("2026-11-19", 4, "Les accompagnateurs en montagne proposent une sortie gratuite « hiver sans neige » par semaine "
                      "pendant les vacances de Noël, financée par l'office de tourisme."),
    ("2026-11-19", 4, "Le Trail des Crêtes du Vercors du 6 juin 2027 est limité à 800 coureurs et son tracé évite la "
                      "zone de quiétude du tétras-lyre."),
    ("2026-11-19", 4, "Toute plongée souterraine dans les résurgences du massif est déclarée au PGHM au moins 24 "
                      "heures avant, avec l'heure de sortie prévue."),
)

PNRVERCORS_TASKS = {
    SLUG: (
        ("Installer les panneaux « chasse en cours » aux départs de sentiers du massif", "Jean-Claude Gaillard",
         "2026-10-09", 2, "done"),
        ("Rédiger la charte de bonne conduite des sentiers partagés", "Élise Berthet", "2026-10-30", 1, "done"),
        ("Tester la navette entre Rochebrune et la Jasse Haute pendant les vacances de la Toussaint",
         "Olivier Jullien", "2026-11-03", 3, "done"),
        ("Organiser une réunion de médiation entre le club VTT et les éleveurs sur le sentier des Crêtes",
         "Julien Peyrache", "2026-11-06", 2, "cancelled"),
        ("Recenser les places de stationnement aux départs de sentiers de la Drôme", "Karine Vallier", "2026-11-13",
         3),
        ("Mettre à jour la carte des sentiers partagés VTT et randonnée des bureaux d'accueil", "Sophie Allemand",
         "2026-11-20", 2),
        ("Former les gardiens de refuge à l'alerte et aux premiers secours en montagne", "Lionel Barnier",
         "2026-11-24", 2),
        ("Poser la signalétique du parking payant de la Jasse Haute", "Franck Rochas", "2026-11-27", 3),
        ("Choisir les emplacements des panneaux biodiversité du sentier du plateau", "Mathieu Arnaud", "2026-12-04",
         1),
        ("Recenser les refuges gardés pendant l'hiver et leurs dates d'ouverture", "Romain Faure", "2026-12-07", 4),
        ("Préparer le programme des sorties hiver sans neige des vacances de Noël", "Élise Berthet", "2026-12-08", 4),
        ("Organiser des visites de la fromagerie pour les clients des stations cet hiver", "Alain Blanc",
         "2026-12-14", 4),
        ("Cartographier les résurgences plongées et leurs accès pour le PGHM", "Nadia Bellier", "2026-12-15", 4),
        ("Imprimer et diffuser le programme d'activités hors neige dans les bureaux d'information touristique",
         "Sophie Allemand", "2026-12-16", 4),
        ("Proposer une offre de via ferrata et de cascade de glace hors saison aux hébergeurs", "Pierre-Yves Mottet",
         "2026-12-17", 4),
        ("Proposer un tracé du Trail des Crêtes qui contourne la zone de quiétude du tétras-lyre", "Benoît Charvet",
         "2026-12-18", 4),
        ("Rédiger la première version du plan tourisme quatre saisons 2027-2030", "Claire Bouvard", "2027-02-12", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the tourist office's director.
PNRVERCORS_ASKERS = {SLUG: ASKER}

PNRVERCORS_GROUPS = {
    SLUG: (PNRVERCORS_MEMBERS, PNRVERCORS_MEETINGS, PNRVERCORS_DEADLINES, PNRVERCORS_DECISIONS, "Claire Bouvard"),
}

# What the park's tourism officer typed after the review of the summer at Font-Froide (n°2) and the commission on the
# winter without snow (n°4); nothing was recorded for the launch of the plan (n°1) nor for the parking working group
# (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Gilles Ravix, Claire Bouvard, Mathieu Arnaud, Sophie Allemand, Pierre-Yves Mottet, Élise Berthet, "
    "Franck Rochas, Jean-Claude Gaillard, Julien Peyrache, Alain Blanc, Karine Vallier, Romain Faure",
    "/excuses n°2 Olivier Jullien, Lionel Barnier, Benoît Charvet",
    "/absents n°2 Nadia Bellier",
    "/presents n°4 Claire Bouvard, Mathieu Arnaud, Pierre-Yves Mottet, Élise Berthet, Olivier Jullien, Franck Rochas, "
    "Julien Peyrache, Nadia Bellier, Alain Blanc, Karine Vallier, Lionel Barnier, Benoît Charvet",
    "/excuses n°4 Gilles Ravix, Sophie Allemand, Jean-Claude Gaillard",
    "/absents n°4 Romain Faure",
)

# What members said in the chat before the plenary of 10 December at the Maison du Parc (n°5).
RSVPS = (
    ("Gilles Ravix", "/present"),
    ("Claire Bouvard", "/present"),
    ("Mathieu Arnaud", "/present"),
    ("Élise Berthet", "/present"),
    ("Olivier Jullien", "/present"),
    ("Alain Blanc", "/present"),
    ("Karine Vallier", "/present"),
    ("Benoît Charvet", "/present"),
    ("Lionel Barnier", "/excuse"),
    ("Nadia Bellier", "/excuse"),
)

PNRVERCORS_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pv35", ATTENDANCE_COMMANDS, RSVPS),
}
