"""A group written by helper w30b in the twenty-ninth round, for the
lead's blind set 50 (a stranger's general set in a mixed register, the
formal one of elected officials and public services and the casual one of
disability associations' volunteers): the commission intercommunale pour
l'accessibilité (CIA) of an invented communauté d'agglomération Meurthe et
Sânon, south-east of Nancy — the agglomeration's vice-president for
accessibility and disability who chairs it (mayor of Varangéville), its
accessibility officer who coordinates it, a roads technician who keeps the
PAVE and the commission's assistant; the director of the invented bus
network Salinéo; APF France handicap's delegation (its development officer
— the asker), the Association Valentin Haüy's Nancy committee, the UNAFAM,
an invented association of deaf and hard-of-hearing people (Signes en
Lorraine), the AEIM-Adapei 54; the MDPH, the DDT (its accessibility officer
for ERP, secretary of the sous-commission départementale d'accessibilité),
the social landlord Meurthe-et-Moselle Habitat, the CCAS of
Dombasle-sur-Meurthe, the shopkeepers' union of Saint-Nicolas-de-Port, and
two communes (Art-sur-Meurthe, whose name begins with a common word, and
Saint-Nicolas-de-Port). Plenary sessions, two working groups (transports
and bus stops; buildings and ERP), a diagnostic en marchant in
Saint-Nicolas-de-Port and a morning meeting with the shopkeepers; Ad'AP,
PAVE, ERP, arrêts de bus, transport à la demande, bandes d'éveil de
vigilance, boucles magnétiques, FALC, the rapport annuel. Tasks (four late,
one of them the asker's; two done; one cancelled), the attendance of the
diagnostic en marchant and of the working group on buildings in the store,
announced presences for the plenary session of 14 December; the person
asking is a member, not the coordinator. Organisation names are public
bodies or real associations (APF France handicap, the Association Valentin
Haüy, the UNAFAM, the AEIM-Adapei 54, the MDPH, the DDT, Meurthe-et-Moselle
Habitat, town halls) or invented ones (the agglomeration, the bus network,
the deaf people's association, the shopkeepers' union); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CIA54_AFTER_SETUP", "CIA54_ASKERS", "CIA54_GROUPS", "CIA54_TASKS"]

SLUG = "cia54"
ASKER = "Nathalie Poirson"
AGGLO = "Communauté d'agglomération Meurthe et Sânon"

CIA54_MEMBERS = (
    ("Dominique Thouvenin", AGGLO, "Vice-président chargé de l'accessibilité et du handicap, président de la "
                                   "commission intercommunale pour l'accessibilité, maire de Varangéville"),
    ("Claire Mangin", AGGLO, "Chargée de mission accessibilité, coordinatrice de la commission"),
    ("Julien Hezard", AGGLO, "Technicien voirie et espaces publics, référent PAVE"),
    ("Amandine Petitjean", AGGLO, "Assistante de la commission intercommunale pour l'accessibilité"),
    ("Stéphanie Colin", "Réseau Salinéo", "Directrice du réseau de bus Salinéo"),
    ("Nathalie Poirson", "APF France handicap", "Chargée de développement des actions associatives, délégation de "
                                                "Meurthe-et-Moselle"),
    ("Gérard Humbert", "Association Valentin Haüy", "Président du comité de Nancy"),
    ("Brigitte Vuillaume", "UNAFAM Meurthe-et-Moselle", "Déléguée départementale, bénévole"),
    ("Sébastien Kieffer", "Signes en Lorraine", "Président de l'association de personnes sourdes et "
                                                "malentendantes"),
    ("Isabelle Chenot", "AEIM-Adapei 54", "Administratrice, représentante des familles"),
    ("Karine Laurent", "MDPH de Meurthe-et-Moselle", "Responsable du pôle adultes"),
    ("François Gérardin", "DDT de Meurthe-et-Moselle", "Chargé de mission accessibilité des ERP, secrétaire de la "
                                                       "sous-commission départementale d'accessibilité"),
    ("Olivier Masson", "Meurthe-et-Moselle Habitat", "Chargé de l'adaptation des logements au vieillissement et au "
                                                     "handicap"),
    ("Sandrine Didierjean", "CCAS de Dombasle-sur-Meurthe", "Directrice du CCAS"),
    ("Marc Toussaint", "Union commerciale de Saint-Nicolas-de-Port", "Président de l'union commerciale, opticien"),
    ("Bernard Jacquot", "Mairie d'Art-sur-Meurthe", "Adjoint au maire chargé des travaux, de la voirie et des "
                                                    "bâtiments"),
    ("Hélène Marchal", "Mairie de Saint-Nicolas-de-Port", "Conseillère municipale déléguée au handicap et à "
                                                          "l'accessibilité"),
)

CIA54_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Séance plénière de la commission intercommunale pour l'accessibilité, "
                                             "hôtel d'agglomération, Dombasle-sur-Meurthe", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Groupe de travail transports et arrêts de bus, dépôt du réseau "
                                             "Salinéo, Varangéville", ()),
    ("2026-11-04 14:00", "2026-11-04 17:00", "Diagnostic en marchant, parvis de la basilique de "
                                             "Saint-Nicolas-de-Port", ()),
    ("2026-11-19 17:30", "2026-11-19 19:30", "Groupe de travail cadre bâti et ERP, mairie d'Art-sur-Meurthe", ()),
    ("2026-12-14 14:00", "2026-12-14 17:00", "Séance plénière de la commission intercommunale pour l'accessibilité, "
                                             "hôtel d'agglomération, Dombasle-sur-Meurthe",
     ("Présentation du rapport annuel d'accessibilité 2026", "Avancement des Ad'AP des bâtiments communaux",
      "Programme 2027 de mise aux normes des arrêts de bus", "Mise à jour du PAVE de Saint-Nicolas-de-Port")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Groupe de travail transports et arrêts de bus, maison des associations "
                                             "de Rosières-aux-Salines",
     ("Annonces sonores et visuelles à bord des bus",
      "Formation des conducteurs à l'accueil des voyageurs handicapés")),
    ("2027-03-15 09:00", "2027-03-15 12:00", "Matinale accessibilité des commerces, salle des fêtes de "
                                             "Saint-Nicolas-de-Port",
     ("Registre public d'accessibilité des commerces", "Aides à la mise en accessibilité des petits commerces")),
)

CIA54_DEADLINES = (
    ("2026-12-03", "Retour des communes sur l'avancement de leurs Ad'AP"),
    ("2026-12-18", "Contributions des associations au rapport annuel d'accessibilité"),
    ("2027-01-15", "Dépôt de la demande de DETR pour la mise aux normes des arrêts de bus"),
    ("2027-02-26", "Envoi du rapport annuel d'accessibilité au préfet et au président du conseil départemental"),
    ("2027-03-31", "Mise à jour de la liste des ERP accessibles publiée sur le site de l'agglomération"),
)

CIA54_DECISIONS = (
    ("2026-09-24", 1, "La commission intercommunale pour l'accessibilité se réunit en séance plénière deux fois par "
                      "an, les groupes de travail préparant ses avis entre les séances."),
    ("2026-09-24", 1, "Chaque association membre désigne un titulaire et un suppléant pour siéger à la commission."),
    ("2026-09-24", 1, "Les documents de séance sont envoyés huit jours avant chaque réunion, en version compatible "
                      "avec les lecteurs d'écran et en gros caractères."),
    ("2026-10-13", 2, "Trente arrêts de bus prioritaires sont mis aux normes en 2027, en commençant par ceux qui "
                      "desservent la gare de Varangéville et les établissements médico-sociaux."),
    ("2026-10-13", 2, "Le transport à la demande Salinéo Access circule aussi le samedi à partir de janvier 2027."),
    ("2026-10-13", 2, "Les conducteurs vérifient le fonctionnement de la rampe d'accès de leur bus à chaque prise "
                      "de service."),
    ("2026-11-04", 3, "Des bandes d'éveil de vigilance sont posées aux passages piétons de la rue du "
                      "Général-Leclerc à Saint-Nicolas-de-Port."),
    ("2026-11-04", 3, "Les places de stationnement réservées aux personnes handicapées devant la basilique passent "
                      "de deux à quatre."),
    ("2026-11-04", 3, "Les terrasses de la place de la République laissent un cheminement libre d'au moins 1,40 "
                      "mètre."),
    ("2026-11-19", 4, "Un fonds de concours de 120 000 euros aide les communes à achever les travaux de leurs Ad'AP "
                      "en 2027."),
    ("2026-11-19", 4, "Une boucle magnétique est installée à l'accueil de chaque mairie de l'agglomération avant fin "
                      "2027."),
    ("2026-11-19", 4, "Meurthe-et-Moselle Habitat transmet chaque année à la commission la liste de ses logements "
                      "accessibles ou adaptés."),
)

CIA54_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance plénière de septembre", "Amandine Petitjean", "2026-10-02", 1,
         "done"),
        ("Commander une étude de fréquentation des arrêts de bus", "Dominique Thouvenin", "2026-11-06", 2,
         "cancelled"),
        ("Établir la liste des trente arrêts de bus prioritaires", "Stéphanie Colin", "2026-11-13", 2),
        ("Tester les rampes d'accès des nouveaux bus avec un fauteuil électrique", "Nathalie Poirson", "2026-11-20",
         2),
        ("Prendre l'arrêté créant deux places réservées devant la basilique", "Hélène Marchal", "2026-11-25", 3,
         "done"),
        ("Chiffrer la pose des bandes d'éveil de vigilance rue du Général-Leclerc", "Julien Hezard", "2026-11-27", 3),
        ("Informer les cafetiers de la place de la République de la règle du 1,40 mètre", "Marc Toussaint",
         "2026-11-30", 3),
        ("Rédiger le règlement du fonds de concours pour les Ad'AP communaux", "Claire Mangin", "2026-12-09", 4),
        ("Faire le point sur l'Ad'AP de la salle polyvalente d'Art-sur-Meurthe", "Bernard Jacquot", "2026-12-11", 4),
        ("Recenser les mairies déjà équipées d'une boucle magnétique", "Sébastien Kieffer", "2026-12-16", 4),
        ("Compiler les contributions des associations au rapport annuel", "Amandine Petitjean", "2026-12-18", 1),
        ("Préparer les horaires du transport à la demande du samedi", "Stéphanie Colin", "2026-12-23", 2),
        ("Fournir le nombre de cartes mobilité inclusion délivrées dans l'agglomération", "Karine Laurent",
         "2027-01-08", 1),
        ("Présenter la procédure de dérogation aux secrétaires de mairie", "François Gérardin", "2027-01-15", 4),
        ("Transmettre la liste des logements accessibles du parc de Meurthe-et-Moselle Habitat", "Olivier Masson",
         "2027-01-22", 4),
        ("Traduire en FALC le guide des démarches d'accessibilité", "Isabelle Chenot", "2027-01-29", 1),
        ("Organiser une sensibilisation des agents d'accueil au handicap psychique", "Brigitte Vuillaume",
         "2027-02-05", 1),
        ("Animer l'atelier sur le registre public d'accessibilité à la matinale des commerces", "Nathalie Poirson",
         "2027-03-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): APF France handicap's development officer.
CIA54_ASKERS = {SLUG: ASKER}

CIA54_GROUPS = {
    SLUG: (CIA54_MEMBERS, CIA54_MEETINGS, CIA54_DEADLINES, CIA54_DECISIONS, "Claire Mangin"),
}

# What the accessibility officer typed after the diagnostic en marchant (n°3) and the working group on buildings
# (n°4); nothing was recorded for the plenary session of September (n°1) nor for the working group of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Dominique Thouvenin, Claire Mangin, Julien Hezard, Hélène Marchal, Nathalie Poirson, "
    "Gérard Humbert, Sébastien Kieffer, Marc Toussaint, Isabelle Chenot",
    "/excuses n°3 Brigitte Vuillaume, Stéphanie Colin",
    "/absents n°3 Bernard Jacquot",
    "/presents n°4 Dominique Thouvenin, Claire Mangin, Amandine Petitjean, Julien Hezard, François Gérardin, "
    "Bernard Jacquot, Olivier Masson, Nathalie Poirson, Sébastien Kieffer, Karine Laurent, Sandrine Didierjean",
    "/excuses n°4 Marc Toussaint, Isabelle Chenot",
    "/absents n°4 Hélène Marchal",
)

# What members said in the chat before the plenary session of 14 December (n°5).
RSVPS = (
    ("Dominique Thouvenin", "/present"),
    ("Claire Mangin", "/present"),
    ("Stéphanie Colin", "/present"),
    ("Karine Laurent", "/present"),
    ("Brigitte Vuillaume", "/present"),
    ("Olivier Masson", "/present"),
    ("Gérard Humbert", "/excuse"),
    ("Bernard Jacquot", "/excuse"),
)

CIA54_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ci", ATTENDANCE_COMMANDS, RSVPS),
}
