"""A group written by helper w33a in the thirty-second round, for the
lead's blind set 58 (a stranger's general set in the words of the people
who sit on a town's commission communale pour l'accessibilité: the
deputy mayor who chairs it and the town's staff, the disability
associations, the MDPH, the DDTM, the urban bus network, the CCAS, the
shopkeepers, a school, the residents, the CAUE and the tourist office):
the commission communale pour l'accessibilité of an invented seaside town
of about 25,000 people on the Côte picarde, in the Somme, Rivebourg-sur-Mer
— the deputy mayor for disability and accessibility who chairs it, the
town's accessibility officer who coordinates it (the group's coordinator)
and the head of the town's roads and public spaces (the mairie's three
members); the representative of APF France handicap's délégation de la
Somme (the asker); the president of an invented local association of the
Unapei, Les Papillons Blancs de la Côte picarde (referent for FALC); the
president of the Association Valentin Haüy's comité de la Somme (blind
and partially sighted pedestrians); the president of an invented deaf
and hard-of-hearing people's association; the MDPH de la Somme's officer
for accessibility; the operations manager of the invented urban bus
network Rivebus (its accessibility referent); the DDTM de la Somme's
officer who examines the Ad'AP; the director of the CCAS; the president
of the invented shopkeepers' union Les Vitrines de Rivebourg; the
headteacher of an invented primary school, école Jules-Verne; a residents'
representative of an invented neighbourhood, the quartier des Tilleuls;
an architect of the CAUE de la Somme; the tourist office's referent for
Tourisme & Handicap and the inclusive beach. Plenary sessions (September,
December, March), a diagnostic en marchant of the town centre's pavements
and crossings, working groups on transport and bus stops, on public
buildings (ERP) and the Ad'AP, and on the inclusive beach of summer 2027;
the ERP audits and the Ad'AP, the lowered crossings and tactile strips,
the cafés' terraces, the audible pedestrian signals, the accessible bus
stops and the PMR on-demand transport, the induction loops, the
shopkeepers' ramps, the FALC, the annual report to the Préfet, the
inclusive beach (amphibious wheelchairs, the Handiplage label). Tasks
(four late, one of them the asker's; two done; one cancelled), the
attendance of the diagnostic en marchant and of the working group on ERP
in the store, announced presences for the plenary of 8 December; the
person asking is a member, not the coordinator. Organisation names are
public bodies or real organisations (APF France handicap, the Unapei,
the Association Valentin Haüy, the MDPH, the DDTM, the CAUE de la Somme)
or invented ones (the town and its mairie, CCAS, school, tourist office
and bus network, the local associations, the shopkeepers' union, the
residents' council); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ACCESS80_AFTER_SETUP", "ACCESS80_ASKERS", "ACCESS80_GROUPS", "ACCESS80_TASKS"]

SLUG = "access80"
ASKER = "Nathalie Hecquet"
MAIRIE = "Mairie de Rivebourg-sur-Mer"

ACCESS80_MEMBERS = (
    ("Martine Dufossé", MAIRIE, "Adjointe au maire chargée du handicap et de l'accessibilité, présidente de la "
                                "commission communale pour l'accessibilité"),
    ("Julien Carpentier", MAIRIE, "Chargé de mission accessibilité de la ville, coordinateur de la commission"),
    ("Thierry Lefebvre", MAIRIE, "Responsable du service voirie et espaces publics"),
    ("Nathalie Hecquet", "APF France handicap, délégation de la Somme",
     "Représentante de l'APF France handicap à la commission, élue du conseil APF de département"),
    ("Sophie Leblond", "Les Papillons Blancs de la Côte picarde, association membre de l'Unapei",
     "Présidente de l'association, référente FALC (facile à lire et à comprendre)"),
    ("Gérard Vasseur", "Association Valentin Haüy, comité de la Somme",
     "Président du comité, référent des cheminements des personnes aveugles et malvoyantes"),
    ("Émilie Flament", "Association des sourds et malentendants de la Côte picarde", "Présidente de l'association"),
    ("Catherine Leroux", "MDPH de la Somme", "Chargée de mission accessibilité et participation sociale"),
    ("Damien Pruvost", "Rivebus, réseau de bus urbain de Rivebourg-sur-Mer",
     "Responsable d'exploitation, référent accessibilité du réseau"),
    ("Hélène Bocquet", "DDTM de la Somme", "Chargée de mission accessibilité du cadre bâti, instructrice des Ad'AP"),
    ("Sylvie Delattre", "CCAS de Rivebourg-sur-Mer", "Directrice du CCAS"),
    ("Franck Dumont", "Les Vitrines de Rivebourg, union des commerçants",
     "Président de l'union des commerçants, opticien rue de la République"),
    ("Claire Mortier", "École élémentaire Jules-Verne de Rivebourg-sur-Mer", "Directrice de l'école"),
    ("Michel Lenglet", "Conseil citoyen du quartier des Tilleuls", "Représentant des habitants du quartier"),
    ("Pauline Dewailly", "CAUE de la Somme", "Architecte conseillère"),
    ("Marion Obled", "Office de tourisme de Rivebourg-sur-Mer",
     "Responsable de l'accueil, référente Tourisme & Handicap et de la plage inclusive"),
)

ACCESS80_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Séance plénière de rentrée de la commission communale pour "
                                             "l'accessibilité, salle du conseil municipal, hôtel de ville de "
                                             "Rivebourg-sur-Mer", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00", "Diagnostic en marchant des trottoirs et des passages piétons du "
                                             "centre-ville, départ devant l'hôtel de ville de Rivebourg-sur-Mer", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Groupe de travail transports et arrêts de bus, dépôt Rivebus, zone "
                                             "d'activités du Marais, Rivebourg-sur-Mer", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Groupe de travail établissements recevant du public et Ad'AP, salle de "
                                             "réunion des services techniques municipaux, rue du Moulin", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Séance plénière de la commission communale pour l'accessibilité, salle "
                                             "du conseil municipal, hôtel de ville de Rivebourg-sur-Mer",
     ("Premiers éléments du rapport annuel 2026 de la commission",
      "Point d'étape de l'agenda d'accessibilité programmée (Ad'AP) des bâtiments communaux",
      "Programme 2027 de mise en accessibilité des arrêts de bus",
      "Mise à jour de la liste des établissements recevant du public accessibles de la ville")),
    ("2027-01-20 14:00", "2027-01-20 16:00", "Groupe de travail plage inclusive de l'été 2027, office de tourisme de "
                                             "Rivebourg-sur-Mer, digue-promenade",
     ("Matériel de mise à l'eau : tiralos, hippocampes et tapis d'accès à la mer",
      "Recrutement et formation des handiplagistes de l'été 2027")),
    ("2027-03-25 14:00", "2027-03-25 16:30", "Séance plénière de la commission communale pour l'accessibilité, salle "
                                             "du conseil municipal, hôtel de ville de Rivebourg-sur-Mer",
     ("Adoption du rapport annuel 2026 avant sa transmission au Préfet",
      "Programme 2027 des travaux de voirie et des passages piétons")),
)

ACCESS80_DEADLINES = (
    ("2026-12-04", "Envoi au chargé de mission accessibilité des remarques des associations sur le diagnostic en "
                   "marchant du centre-ville"),
    ("2026-12-18", "Transmission à la DDTM du point de situation à mi-parcours de l'Ad'AP des bâtiments communaux"),
    ("2027-01-15", "Réponse à l'appel à projets du Département de la Somme pour l'équipement des plages accessibles"),
    ("2027-02-15", "Dépôt du dossier de candidature au label Handiplage pour la saison 2027"),
    ("2027-03-31", "Transmission du rapport annuel 2026 de la commission au Préfet de la Somme et au conseil "
                   "municipal"),
)

ACCESS80_DECISIONS = (
    ("2026-09-17", 1, "La commission se réunit en séance plénière trois fois par an, en septembre, en décembre et en "
                      "mars."),
    ("2026-09-17", 1, "La plage inclusive ouvre du 1er juillet au 31 août 2027, tous les jours de 14 h à 18 h, près du "
                      "poste de secours central."),
    ("2026-09-17", 1, "La ville achète deux fauteuils de mise à l'eau supplémentaires, un tiralo et un hippocampe, "
                      "pour la plage inclusive de l'été 2027."),
    ("2026-10-06", 2, "Les passages piétons de la rue de la République et de l'avenue de la Gare sont abaissés et "
                      "équipés de bandes d'éveil de vigilance en 2027."),
    ("2026-10-06", 2, "Les terrasses des cafés et des restaurants laissent sur le trottoir un passage libre d'au moins "
                      "1,40 mètre."),
    ("2026-10-06", 2, "Les feux tricolores du centre-ville sont équipés de répétiteurs sonores pour les piétons "
                      "aveugles et malvoyants."),
    ("2026-10-22", 3, "Douze arrêts de bus sont mis en accessibilité en 2027, en commençant par ceux de la ligne 1 qui "
                      "desservent le centre hospitalier."),
    ("2026-10-22", 3, "Le transport à la demande de Rivebus pour les personnes à mobilité réduite circule aussi le "
                      "samedi à partir du 2 janvier 2027."),
    ("2026-11-19", 4, "Les travaux de l'Ad'AP prévus en 2027 portent en priorité sur l'école Jules-Verne, la "
                      "médiathèque et la salle des sports."),
    ("2026-11-19", 4, "Une boucle à induction magnétique est installée aux accueils de la mairie, du CCAS et de la "
                      "médiathèque."),
    ("2026-11-19", 4, "Les commerçants qui achètent une rampe amovible reçoivent une aide de la ville de 50 % du prix, "
                      "plafonnée à 300 euros."),
    ("2026-11-19", 4, "Les comptes rendus de la commission sont aussi publiés en version facile à lire et à comprendre "
                      "(FALC)."),
)

ACCESS80_TASKS = {
    SLUG: (
        ("Envoyer aux membres le compte rendu de la séance plénière de septembre", "Julien Carpentier",
         "2026-10-02", 1, "done"),
        ("Commander les deux fauteuils de mise à l'eau pour la plage inclusive", "Marion Obled", "2026-10-30", 1,
         "done"),
        ("Recenser les terrasses qui ne laissent pas 1,40 mètre de passage sur le trottoir", "Franck Dumont",
         "2026-11-13", 2),
        ("Organiser une visite de la plage inclusive de Berck pour les membres de la commission", "Marion Obled",
         "2026-11-18", 1, "cancelled"),
        ("Recenser les places de stationnement réservées mal signalées dans le centre-ville", "Nathalie Hecquet",
         "2026-11-20", 2),
        ("Transmettre la liste des arrêts de la ligne 1 à mettre en accessibilité", "Damien Pruvost", "2026-11-25",
         3),
        ("Chiffrer l'abaissement des passages piétons de la rue de la République et de l'avenue de la Gare",
         "Thierry Lefebvre", "2026-11-27", 2),
        ("Envoyer le modèle du point de situation à mi-parcours de l'Ad'AP", "Hélène Bocquet", "2026-12-04", 4),
        ("Demander les devis des boucles à induction magnétique pour les trois accueils", "Sylvie Delattre",
         "2026-12-11", 4),
        ("Rédiger une fiche conseil sur les rampes amovibles pour les commerçants", "Pauline Dewailly",
         "2026-12-16", 4),
        ("Envoyer le nombre de cartes mobilité inclusion délivrées aux habitants de la ville en 2026",
         "Catherine Leroux", "2026-12-18", 1),
        ("Dresser la liste des carrefours à équiper en priorité de répétiteurs sonores", "Gérard Vasseur",
         "2027-01-08", 2),
        ("Recenser les élèves en fauteuil roulant ou malvoyants attendus à l'école Jules-Verne à la rentrée 2027",
         "Claire Mortier", "2027-01-15", 4),
        ("Organiser une initiation à la langue des signes pour les agents d'accueil de la mairie", "Émilie Flament",
         "2027-01-29", 4),
        ("Préparer le dossier de candidature au label Handiplage", "Marion Obled", "2027-02-05", 1),
        ("Rédiger le bilan des cheminements du centre-ville pour le rapport annuel", "Nathalie Hecquet",
         "2027-03-05", 2),
        ("Traduire en FALC le rapport annuel 2026 de la commission", "Sophie Leblond", "2027-03-12", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): APF France handicap's representative.
ACCESS80_ASKERS = {SLUG: ASKER}

ACCESS80_GROUPS = {
    SLUG: (ACCESS80_MEMBERS, ACCESS80_MEETINGS, ACCESS80_DEADLINES, ACCESS80_DECISIONS, "Julien Carpentier"),
}

# What the accessibility officer typed after the diagnostic en marchant (n°2) and the working group on ERP and the
# Ad'AP (n°4); nothing was recorded for the plenary of September (n°1) nor for the working group on transport (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Julien Carpentier, Martine Dufossé, Thierry Lefebvre, Nathalie Hecquet, Gérard Vasseur, "
    "Sophie Leblond, Pauline Dewailly, Michel Lenglet, Franck Dumont, Damien Pruvost",
    "/excuses n°2 Émilie Flament, Catherine Leroux",
    "/absents n°2 Hélène Bocquet",
    "/presents n°4 Julien Carpentier, Martine Dufossé, Thierry Lefebvre, Hélène Bocquet, Pauline Dewailly, "
    "Sylvie Delattre, Claire Mortier, Émilie Flament, Sophie Leblond, Franck Dumont, Catherine Leroux",
    "/excuses n°4 Nathalie Hecquet, Gérard Vasseur, Marion Obled",
    "/absents n°4 Damien Pruvost",
)

# What members said in the chat before the plenary of 8 December (n°5).
RSVPS = (
    ("Martine Dufossé", "/present"),
    ("Julien Carpentier", "/present"),
    ("Hélène Bocquet", "/present"),
    ("Gérard Vasseur", "/present"),
    ("Damien Pruvost", "/present"),
    ("Catherine Leroux", "/present"),
    ("Marion Obled", "/present"),
    ("Franck Dumont", "/excuse"),
    ("Claire Mortier", "/excuse"),
)

ACCESS80_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ac80", ATTENDANCE_COMMANDS, RSVPS),
}
