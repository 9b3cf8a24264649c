"""A group written by helper w37a in the thirty-sixth round, for the lead's
blind set 70 (a stranger's general set in the words of the people who sit on
the comité de pilotage (COPIL) of a Natura 2000 site of the Landes coast):
the COPIL of the invented site « Dunes, étangs et vallée de la Mousserolle »
around the invented commune of Saint-Aurin-des-Landes — the mayor who chairs
it, the invented syndicat mixte that is the site's opérateur (its chargée de
mission Natura 2000, the animatrice who coordinates the group, and its
technicien rivière), the DDTM des Landes, the DREAL Nouvelle-Aquitaine, the
ONF, the Conservatoire du littoral, the Chambre d'agriculture des Landes, a
farmer of the valley, the CRPF Nouvelle-Aquitaine, the Syndicat des
sylviculteurs du Sud-Ouest, the fédération départementale des chasseurs, an
invented AAPPMA, the Office français de la biodiversité, the Département des
Landes (espaces naturels sensibles), an invented surfers' association, an
invented communauté de communes and an invented naturalists' association
(its chargé d'études, the asker, and a volunteer).
Meetings: the annual COPIL of March in the salle du conseil municipal, the
working group forêt et dunes in June at the ONF's maison forestière du
Pinsolle, the working group étangs et zones humides in September (a field
visit from the base nautique's car park), the COPIL of 5 November at the salle
des fêtes, the working group on the coast's fréquentation of 10 December at
the syndicat mixte's premises, the COPIL of 21 January that validates the
2027 animation programme, and the working group agriculture et MAEC of March
at the Chambre d'agriculture. Tasks (four late, one of them the asker's; one
done; one cancelled), the attendance of the June working group and of the
November COPIL in the store, announced presences for the working group of
10 December; the person asking is a member, not the coordinator. Public
bodies are named (DDTM, DREAL, ONF, Conservatoire du littoral, OFB, CRPF,
Chambre d'agriculture, Département des Landes, fédération des chasseurs);
the commune, the site, the syndicat mixte, the communauté de communes, the
AAPPMA, the farm and the associations are invented; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NATURA40_AFTER_SETUP", "NATURA40_ASKERS", "NATURA40_GROUPS", "NATURA40_TASKS"]

SLUG = "natura40"
ASKER = "Lucas Bédère"
MAIRIE = "Mairie de Saint-Aurin-des-Landes"
SYNDICAT = "Syndicat mixte des étangs et du littoral de Saint-Aurin, opérateur du site Natura 2000"
NATURALISTES = "Nature Landes Océane, association naturaliste"

NATURA40_MEMBERS = (
    ("Jean-Marc Lacoste", MAIRIE, "Maire, président du comité de pilotage du site Natura 2000"),
    ("Élodie Darrigrand", SYNDICAT, "Chargée de mission Natura 2000, animatrice du site, coordinatrice du comité "
                                    "de pilotage"),
    ("Romain Téchoueyres", SYNDICAT, "Technicien rivière, chargé de la lutte contre les plantes invasives"),
    ("Franck Lesbats", "DDTM des Landes, service nature et forêt", "Chargé de mission Natura 2000, instructeur des "
                                                                  "contrats et des évaluations d'incidences"),
    ("Sophie Castaignède", "DREAL Nouvelle-Aquitaine", "Chargée de mission Natura 2000, référente du document "
                                                       "d'objectifs"),
    ("Pierre Labarthe", "Office national des forêts, agence Landes Nord-Aquitaine", "Technicien forestier "
                                                                                    "territorial de la forêt "
                                                                                    "domaniale"),
    ("Aurélie Ducasse", "Conservatoire du littoral, délégation Nouvelle-Aquitaine", "Chargée de mission, "
                                                                                    "gestionnaire des terrains du "
                                                                                    "Conservatoire"),
    ("Bernard Dupouy", "Chambre d'agriculture des Landes", "Conseiller agroenvironnement, référent des MAEC"),
    ("Michel Ladeuix", "GAEC de la Barthe", "Éleveur de la vallée de la Mousserolle, représentant des exploitants "
                                            "agricoles du site"),
    ("Henri Saint-Martin", "Centre régional de la propriété forestière (CRPF) Nouvelle-Aquitaine",
     "Technicien forestier, conseiller des propriétaires privés"),
    ("Christian Bordes", "Syndicat des sylviculteurs du Sud-Ouest", "Propriétaire forestier, représentant des "
                                                                    "sylviculteurs"),
    ("Didier Lamaison", "Fédération départementale des chasseurs des Landes", "Technicien, référent gibier d'eau"),
    ("Nathalie Pédebas", "AAPPMA La Gaule aurinoise", "Présidente de l'association de pêche"),
    ("Julien Mora", "Office français de la biodiversité, service départemental des Landes",
     "Inspecteur de l'environnement, police de l'eau et de la nature"),
    ("Camille Hourcade", "Département des Landes, service des espaces naturels sensibles",
     "Chargée de mission espaces naturels sensibles"),
    ("Thibault Larrieu", "Les Glisseurs de la Pointe, association de surfeurs", "Président de l'association, "
                                                                                 "représentant des usagers de la "
                                                                                 "plage"),
    ("Martine Lafitte", "Communauté de communes Côte d'Argent-Mousserolle", "Vice-présidente chargée de "
                                                                           "l'environnement et de la GEMAPI"),
    ("Lucas Bédère", NATURALISTES, "Chargé d'études, coordinateur des comptages d'oiseaux d'eau"),
    ("Anne Lalanne", NATURALISTES, "Bénévole, animatrice des sorties nature"),
)

NATURA40_MEETINGS = (
    ("2026-03-19 14:30", "2026-03-19 17:00", "Comité de pilotage du site Natura 2000, séance plénière annuelle, "
                                             "salle du conseil municipal, mairie de Saint-Aurin-des-Landes", ()),
    ("2026-06-11 09:30", "2026-06-11 12:00", "Groupe de travail forêt et dunes, maison forestière du Pinsolle "
                                             "(ONF)", ()),
    ("2026-09-24 14:00", "2026-09-24 17:00", "Groupe de travail étangs et zones humides, visite de terrain à "
                                             "l'étang de Laguibe, rendez-vous au parking de la base nautique", ()),
    ("2026-11-05 14:30", "2026-11-05 17:00", "Comité de pilotage : bilan de l'animation 2026, salle des fêtes de "
                                             "Saint-Aurin-des-Landes", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Groupe de travail fréquentation du littoral, locaux du syndicat "
                                             "mixte, 12 avenue de l'Océan",
     ("Fermeture des accès à la plage et caillebotis",
      "Charte de bonnes pratiques des surfeurs sur la dune",
      "Bilan de la saison estivale 2026 et des piétinements de la dune",
      "Calendrier des travaux de ganivelles")),
    ("2027-01-21 14:30", "2027-01-21 17:00", "Comité de pilotage : validation du programme d'animation 2027, salle "
                                             "du conseil municipal, mairie de Saint-Aurin-des-Landes",
     ("Validation du programme d'animation 2027",
      "Avancement de la révision du document d'objectifs",
      "Résultats du comptage des oiseaux d'eau hivernants")),
    ("2027-03-04 09:30", "2027-03-04 12:00", "Groupe de travail agriculture et MAEC, salle de la Chambre "
                                             "d'agriculture, Mont-de-Marsan",
     ("MAEC prairies humides de la vallée de la Mousserolle",
      "Dates de fauche tardive")),
)

NATURA40_DEADLINES = (
    ("2026-12-04", "Retour des observations des membres sur le projet de charte Natura 2000 révisée"),
    ("2026-12-15", "Dépôt des demandes de contrats Natura 2000 forestiers auprès de la DDTM"),
    ("2026-12-31", "Envoi du rapport d'activité de l'animation 2026 à la DREAL"),
    ("2027-01-08", "Envoi du projet de programme d'animation 2027 aux membres du comité de pilotage"),
    ("2027-02-05", "Transmission des résultats du comptage des oiseaux d'eau de mi-janvier"),
    ("2027-05-15", "Dépôt des demandes de MAEC avec la déclaration PAC"),
)

NATURA40_DECISIONS = (
    ("2026-03-19", 1, "Le comité de pilotage se réunit en séance plénière au moins deux fois par an."),
    ("2026-03-19", 1, "Le syndicat mixte des étangs et du littoral reste la structure animatrice du site pour trois "
                      "ans, jusqu'en 2029."),
    ("2026-03-19", 1, "La révision du document d'objectifs (DOCOB) est engagée en 2026 pour une validation à la fin "
                      "de 2027."),
    ("2026-06-11", 2, "Les coupes et travaux forestiers sont suspendus du 1er avril au 31 juillet à moins de 200 "
                      "mètres des sites de nidification de l'engoulevent."),
    ("2026-06-11", 2, "Les ganivelles de la dune grise sont remplacées par l'ONF sur 800 mètres avant l'été 2027."),
    ("2026-06-11", 2, "Les îlots de sénescence de la forêt domaniale sont portés à 20 hectares."),
    ("2026-09-24", 3, "La jussie de l'étang de Laguibe est arrachée à la main chaque année en août par le syndicat "
                      "mixte avec des bénévoles."),
    ("2026-09-24", 3, "Le niveau de l'étang de Laguibe est maintenu haut jusqu'au 15 juillet pour la reproduction "
                      "du brochet et des oiseaux d'eau."),
    ("2026-09-24", 3, "La pêche en barque reste autorisée sur l'étang, sauf dans la réserve ornithologique de la rive "
                      "nord."),
    ("2026-11-05", 4, "Trois accès sauvages à la plage sont fermés ; les deux accès en caillebotis sont conservés "
                      "pour canaliser le public."),
    ("2026-11-05", 4, "Un sentier d'interprétation de la dune est créé avec le Département au titre des espaces "
                      "naturels sensibles."),
    ("2026-11-05", 4, "La chasse au gibier d'eau reste autorisée hors de la réserve de la rive nord ; les "
                      "prélèvements sont transmis chaque année au syndicat mixte."),
    ("2026-11-05", 4, "Des MAEC sont proposées aux éleveurs de la vallée pour garder les prairies humides, avec une "
                      "fauche après le 1er juillet."),
    ("2026-11-05", 4, "Le budget de l'animation 2027 est fixé à 48 000 euros, financés par l'État et le FEADER."),
)

NATURA40_TASKS = {
    SLUG: (
        ("Organiser une réunion d'information des propriétaires forestiers sur les contrats Natura 2000",
         "Henri Saint-Martin", "2026-10-15", 2, "cancelled"),
        ("Organiser le chantier d'arrachage de la jussie avec les bénévoles", "Romain Téchoueyres", "2026-08-28", 3,
         "done"),
        ("Transmettre le bilan des prélèvements de gibier d'eau de la saison 2025-2026", "Didier Lamaison",
         "2026-10-30", 3),
        ("Cartographier les herbiers de jussie de l'étang de Laguibe", "Lucas Bédère", "2026-11-13", 3),
        ("Poser les panneaux d'information aux accès de plage fermés", "Aurélie Ducasse", "2026-11-20", 4),
        ("Rédiger la note sur les MAEC prairies humides pour les éleveurs", "Bernard Dupouy", "2026-11-27", 4),
        ("Chiffrer le remplacement des ganivelles de la dune grise", "Pierre Labarthe", "2026-12-11", 2),
        ("Proposer le tracé du sentier d'interprétation de la dune", "Camille Hourcade", "2026-12-18", 4),
        ("Rédiger le projet de programme d'animation 2027", "Élodie Darrigrand", "2027-01-08", 4),
        ("Préparer le comptage des oiseaux d'eau de mi-janvier", "Lucas Bédère", "2027-01-08", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the naturalists' chargé d'études.
NATURA40_ASKERS = {SLUG: ASKER}

NATURA40_GROUPS = {
    SLUG: (NATURA40_MEMBERS, NATURA40_MEETINGS, NATURA40_DEADLINES, NATURA40_DECISIONS, "Élodie Darrigrand"),
}

# What the animatrice typed after the working group forêt et dunes (n°2) and the COPIL of November (n°4); nothing
# was recorded for the COPIL of March (n°1) nor for the field visit at the étang (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Élodie Darrigrand, Franck Lesbats, Pierre Labarthe, Aurélie Ducasse, Henri Saint-Martin, "
    "Christian Bordes, Lucas Bédère, Camille Hourcade",
    "/excuses n°2 Sophie Castaignède, Julien Mora",
    "/absents n°2 Didier Lamaison",
    "/presents n°4 Jean-Marc Lacoste, Élodie Darrigrand, Romain Téchoueyres, Franck Lesbats, Sophie Castaignède, "
    "Pierre Labarthe, Bernard Dupouy, Michel Ladeuix, Christian Bordes, Didier Lamaison, Nathalie Pédebas, "
    "Camille Hourcade, Thibault Larrieu, Anne Lalanne",
    "/excuses n°4 Lucas Bédère, Aurélie Ducasse, Martine Lafitte",
    "/absents n°4 Julien Mora",
)

# What members said in the chat before the working group on the coast of 10 December (n°5).
RSVPS = (
    ("Élodie Darrigrand", "/present"),
    ("Aurélie Ducasse", "/present"),
    ("Pierre Labarthe", "/present"),
    ("Thibault Larrieu", "/present"),
    ("Camille Hourcade", "/present"),
    ("Julien Mora", "/present"),
    ("Jean-Marc Lacoste", "/excuse"),
    ("Martine Lafitte", "/excuse"),
)

NATURA40_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "na40", ATTENDANCE_COMMANDS, RSVPS),
}
