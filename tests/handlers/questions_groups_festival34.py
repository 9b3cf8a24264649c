"""A group written by helper w32c in the thirty-first round, for the
lead's blind set 57 (a stranger's general set in the words of the people
who sit on the safety committee of a summer music festival: the festival's
organisers and volunteers' manager, the town's elected officials and
police municipale, the gendarmerie, the firemen, the Préfecture, the
first-aid volunteers, a private security company, the bus network, the
neighbours, the ARS and a prevention association): the comité de sécurité
of an invented summer music festival in the Hérault, the festival Lune de
Garrigue, held on three evenings of July in the parc de la Lergue at an
invented commune, Lauzières-sur-Lergue, near Lodève — the festival
association's president, its directrice de production who coordinates the
committee, its régisseur général (site plans, temporary structures) and
its volunteers' manager (the asker); the mayor of Lauzières-sur-Lergue
who chairs the committee and his first deputy for security, roads and
events; the head of the police municipale; the captain commanding the
gendarmerie's compagnie de Lodève; the SDIS de l'Hérault's officer for
planning; the head of the Préfecture's bureau de l'ordre public; the
Croix-Rouge's head of the first-aid post (dispositif prévisionnel de
secours); the agency head of an invented private security company; the
liO network's officer for the festival shuttles; the president of an
invented neighbours' association; the ARS Occitanie's officer for the
prevention of addictions; the coordinator of an invented prevention
association (harm reduction stand). Committees (the review of the 2026
edition, the last one at Lodève, the next one at the sous-préfecture), a
safety visit of the site, a working group on traffic and shuttles, a
public meeting for the neighbours and the volunteers' safety briefing in
July; the dossier de sécurité, the commission de sécurité's visit, the
crowd limit, the emergency exits, the fire engines' lane, the shuttles,
the road closure, the harm reduction stand, the searches at the gate.
Tasks (four late, one of them the asker's; two done; one cancelled), the
attendance of the site visit and of the November committee in the store,
announced presences for the committee of 9 December; the person asking is
a member, not the coordinator. Organisation names are public bodies or
real organisations (the Préfecture, the gendarmerie, the SDIS, the
Croix-Rouge, liO, the ARS) or invented ones (the festival's association,
the commune, the security company, the neighbours' and the prevention
associations); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FESTIVAL34_AFTER_SETUP", "FESTIVAL34_ASKERS", "FESTIVAL34_GROUPS", "FESTIVAL34_TASKS"]

SLUG = "festival34"
ASKER = "Laura Vidal"
FESTIVAL = "Association Lune de Garrigue, organisatrice du festival"
MAIRIE = "Mairie de Lauzières-sur-Lergue"

FESTIVAL34_MEMBERS = (
    ("Bertrand Maurel", FESTIVAL, "Président de l'association Lune de Garrigue"),
    ("Élise Cabanel", FESTIVAL, "Directrice de production du festival, coordinatrice du comité de sécurité"),
    ("Olivier Pradal", FESTIVAL, "Régisseur général du site, responsable des plans et des structures provisoires"),
    ("Laura Vidal", FESTIVAL, "Responsable des bénévoles et de l'accueil du public"),
    ("Jean-Pierre Estève", MAIRIE, "Maire de Lauzières-sur-Lergue, président du comité de sécurité du festival"),
    ("Christian Bonnafous", MAIRIE, "Premier adjoint chargé de la sécurité, de la voirie et des manifestations"),
    ("Sandrine Fabre", "Police municipale de Lauzières-sur-Lergue", "Cheffe de service de la police municipale"),
    ("Nicolas Berthomieu", "Gendarmerie nationale, compagnie de Lodève",
     "Capitaine, commandant de la compagnie de gendarmerie de Lodève"),
    ("Frédéric Azaïs", "SDIS de l'Hérault", "Commandant, officier prévision, référent des grands rassemblements"),
    ("Myriam Tessier", "Préfecture de l'Hérault",
     "Cheffe du bureau de l'ordre public, instructrice des dossiers de grands rassemblements"),
    ("Thomas Rouquette", "Croix-Rouge française, unité locale du Lodévois",
     "Chef de dispositif, responsable du poste de secours du festival"),
    ("Karim Belkacem", "Garrigue Protection Sécurité, société de sécurité privée",
     "Directeur d'agence, chef du dispositif de sécurité privée du festival"),
    ("Patricia Roux", "liO, réseau de transport de la Région Occitanie",
     "Responsable d'exploitation des lignes de l'Hérault, référente des navettes du festival"),
    ("Gilbert Sanchez", "Association des riverains du quartier de la Lergue",
     "Président de l'association de riverains"),
    ("Anne-Sophie Méric", "ARS Occitanie, délégation départementale de l'Hérault",
     "Chargée de mission prévention des addictions"),
    ("Mélanie Couderc", "Nuit Claire, association de prévention en milieu festif",
     "Coordinatrice des maraudes et du stand de prévention"),
)

FESTIVAL34_MEETINGS = (
    ("2026-09-17 14:30", "2026-09-17 17:00", "Comité de sécurité : bilan de l'édition 2026 du festival, salle du "
                                             "conseil municipal, mairie de Lauzières-sur-Lergue", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00", "Visite de sécurité du site du festival avec le SDIS et la gendarmerie, "
                                             "parc de la Lergue, Lauzières-sur-Lergue", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Groupe de travail circulation, stationnement et navettes, agence liO "
                                             "de Clermont-l'Hérault", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de sécurité du festival, salle du conseil de la communauté de "
                                             "communes Lodévois et Larzac, Lodève", ()),
    ("2026-12-09 14:30", "2026-12-09 17:00", "Comité de sécurité du festival, salle de réunion de la sous-préfecture "
                                             "de Lodève",
     ("Première version du dossier de sécurité de l'édition 2027",
      "Plan d'implantation du site et jauge de 6 000 spectateurs",
      "Dispositif prévisionnel de secours de la Croix-Rouge",
      "Plan de circulation et horaires des navettes liO")),
    ("2027-01-21 18:30", "2027-01-21 20:30", "Réunion publique d'information des riverains, salle des fêtes de "
                                             "Lauzières-sur-Lergue",
     ("Horaires des concerts et niveaux sonores",
      "Accès et stationnement des riverains pendant le festival")),
    ("2027-07-10 10:00", "2027-07-10 12:30", "Briefing sécurité des bénévoles, chapiteau d'accueil du parc de la "
                                             "Lergue",
     ("Consignes d'évacuation et points de rassemblement",
      "Conduite à tenir face à un malaise ou une personne en détresse")),
)

FESTIVAL34_DEADLINES = (
    ("2026-12-04", "Retour des membres sur la première version du plan d'implantation du site"),
    ("2026-12-18", "Envoi des effectifs prévisionnels de bénévoles et d'agents de sécurité par soir de festival"),
    ("2027-01-15", "Retour du questionnaire aux riverains sur les nuisances de l'édition 2026"),
    ("2027-02-26", "Réponse à l'appel à projets de l'ARS sur la réduction des risques en milieu festif"),
    ("2027-04-16", "Dépôt du dossier de sécurité complet en préfecture, trois mois avant le festival"),
)

FESTIVAL34_DECISIONS = (
    ("2026-09-17", 1, "La jauge du festival est limitée à 6 000 spectateurs par soir à partir de l'édition 2027."),
    ("2026-09-17", 1, "Les concerts se terminent à 1 h 30 au plus tard et le site ferme au public à 2 h 30."),
    ("2026-09-17", 1, "L'édition 2027 du festival se tient du vendredi 16 au dimanche 18 juillet 2027 au parc de la "
                      "Lergue."),
    ("2026-10-06", 2, "Une deuxième issue de secours, large de 8 mètres, est créée côté chemin des Oliviers pour "
                      "l'évacuation du public."),
    ("2026-10-06", 2, "La voie engins des pompiers le long de la Lergue reste libre en permanence, sans stand, "
                      "barrière ni véhicule."),
    ("2026-10-06", 2, "Le poste de secours de la Croix-Rouge est installé près de l'entrée principale, avec un poste "
                      "avancé devant la grande scène."),
    ("2026-10-22", 3, "Des navettes liO gratuites relient la gare routière de Lodève et le parking relais de "
                      "Clermont-l'Hérault au site toutes les 20 minutes, jusqu'à 3 h du matin."),
    ("2026-10-22", 3, "Le chemin du Moulin est fermé à la circulation de 18 h à 3 h les soirs de concert, sauf pour "
                      "les riverains munis d'un laissez-passer."),
    ("2026-11-19", 4, "L'association Nuit Claire tient un stand de réduction des risques à l'entrée du site, avec "
                      "bouchons d'oreilles, éthylotests et eau gratuite."),
    ("2026-11-19", 4, "Chaque bénévole suit le briefing sécurité avant le festival ; aucun bénévole n'est affecté à "
                      "un poste sans l'avoir suivi."),
    ("2026-11-19", 4, "La palpation à l'entrée est confiée aux agents de sécurité privée et les bouteilles en verre "
                      "sont interdites sur le site."),
    ("2026-11-19", 4, "La visite de la commission de sécurité sur le site est demandée pour le jeudi 15 juillet 2027 "
                      "à 14 h, veille de l'ouverture."),
)

FESTIVAL34_TASKS = {
    SLUG: (
        ("Envoyer aux membres le compte rendu du bilan de sécurité de l'édition 2026", "Élise Cabanel",
         "2026-10-02", 1, "done"),
        ("Faire figurer la voie engins sur le plan du site", "Olivier Pradal", "2026-10-30", 2, "done"),
        ("Chiffrer la location de barrières anti-intrusion pour l'entrée principale", "Karim Belkacem",
         "2026-11-13", 2),
        ("Recenser les bénévoles titulaires du PSC1", "Laura Vidal", "2026-11-20", 2),
        ("Tester une navette de nuit entre Lodève et le site", "Patricia Roux", "2026-11-20", 3, "cancelled"),
        ("Envoyer aux membres la carte des points de rassemblement en cas d'évacuation", "Frédéric Azaïs",
         "2026-11-27", 2),
        ("Recenser les riverains qui ont besoin d'un laissez-passer", "Gilbert Sanchez", "2026-11-27", 3),
        ("Envoyer la liste des pièces attendues dans le dossier de sécurité", "Myriam Tessier", "2026-12-04", 1),
        ("Mettre à jour le plan d'implantation avec la deuxième issue de secours", "Olivier Pradal", "2026-12-07",
         2),
        ("Présenter la première version du dossier de sécurité", "Élise Cabanel", "2026-12-09", 4),
        ("Envoyer le devis du dispositif prévisionnel de secours 2027", "Thomas Rouquette", "2026-12-11", 2),
        ("Rédiger le projet d'arrêté de circulation pour le chemin du Moulin", "Christian Bonnafous", "2026-12-16",
         3),
        ("Transmettre au festival le cahier des charges de l'appel à projets réduction des risques",
         "Anne-Sophie Méric", "2026-12-18", 4),
        ("Distribuer les invitations à la réunion publique dans le quartier de la Lergue", "Gilbert Sanchez",
         "2027-01-08", 4),
        ("Évaluer le nombre de gendarmes mobilisés chaque soir du festival", "Nicolas Berthomieu", "2027-01-22", 1),
        ("Préparer les kits de prévention du stand (bouchons d'oreilles, éthylotests)", "Mélanie Couderc",
         "2027-02-12", 4),
        ("Rédiger le déroulé du briefing sécurité des bénévoles", "Laura Vidal", "2027-03-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the festival's volunteers' manager.
FESTIVAL34_ASKERS = {SLUG: ASKER}

FESTIVAL34_GROUPS = {
    SLUG: (FESTIVAL34_MEMBERS, FESTIVAL34_MEETINGS, FESTIVAL34_DEADLINES, FESTIVAL34_DECISIONS, "Élise Cabanel"),
}

# What the directrice de production typed after the safety visit of the site (n°2) and the committee of November at
# Lodève (n°4); nothing was recorded for the review of the 2026 edition (n°1) nor for the working group on traffic
# and shuttles (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Élise Cabanel, Olivier Pradal, Bertrand Maurel, Jean-Pierre Estève, Sandrine Fabre, "
    "Nicolas Berthomieu, Frédéric Azaïs, Thomas Rouquette, Karim Belkacem, Myriam Tessier",
    "/excuses n°2 Laura Vidal, Patricia Roux",
    "/absents n°2 Christian Bonnafous",
    "/presents n°4 Élise Cabanel, Bertrand Maurel, Olivier Pradal, Jean-Pierre Estève, Christian Bonnafous, "
    "Sandrine Fabre, Myriam Tessier, Frédéric Azaïs, Patricia Roux, Anne-Sophie Méric, Mélanie Couderc, Laura Vidal",
    "/excuses n°4 Nicolas Berthomieu, Karim Belkacem, Thomas Rouquette",
    "/absents n°4 Gilbert Sanchez",
)

# What members said in the chat before the committee of 9 December at the sous-préfecture de Lodève (n°5).
RSVPS = (
    ("Élise Cabanel", "/present"),
    ("Jean-Pierre Estève", "/present"),
    ("Myriam Tessier", "/present"),
    ("Frédéric Azaïs", "/present"),
    ("Thomas Rouquette", "/present"),
    ("Olivier Pradal", "/present"),
    ("Nicolas Berthomieu", "/present"),
    ("Gilbert Sanchez", "/excuse"),
    ("Patricia Roux", "/excuse"),
)

FESTIVAL34_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "fe34", ATTENDANCE_COMMANDS, RSVPS),
}
