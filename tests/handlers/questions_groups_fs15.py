"""A group written by helper w32a in the thirty-first round, for the lead's
blind set 55 (a stranger's general set in the words of the people who run
the France services of a rural département: the State's and the
Département's officers, the agents of the France services and their
conseillers numériques, the partners' referents): the comité de pilotage
of an invented network of France services in the Cantal — the sous-préfet
of Mauriac who chairs it (the Préfecture's departmental referent for
France services) and the Préfecture's chargée de mission for territorial
cohesion; the Département du Cantal's coordinator who runs the network
(the coordinator); Hautes Terres Communauté's France services at Murat
(its head, who is also the network's referent trainer for the agents, and
its conseiller numérique); the communauté de communes Sumène Artense's
conseillère numérique at the France services of Ydes; the communauté de
communes de la Châtaigneraie cantalienne's agent of the bus France
services (the asker); the agent of the France services held in La Poste's
office at Riom-ès-Montagnes (which prepares its audit for the label); the
CAF, the CPAM, the MSA, the DGFiP, France Travail (the director of the
Aurillac agency), the CARSAT (its retirement adviser), the ANTS' referent,
the CDAD's coordinator of the points justice (point justice de Mauriac)
and the Banque des territoires. Comités de pilotage, a day of training
for the agents, a working group on the bus's new route, a comité technique
of the partners, a meeting of the agents and conseillers numériques; the
opening hours, the users' figures (fréquentation), the label and its
audit, the agents' training (CNFPT, impots.gouv, ANTS, ameli), the bus's
eight communes, the partners' call-back lines, the CARSAT's and the point
justice's permanences. Tasks (four late, one of them the asker's; two
done; one cancelled), the attendance of the training day and of the
comité technique in the store, announced presences for the copil of
10 December; the person asking is a member, not the coordinator.
Organisation names are public bodies (the Préfecture, the Département,
real communautés de communes, La Poste, the CAF, the CPAM, the MSA, the
DGFiP, France Travail, the CARSAT, the ANTS, the CDAD, the Banque des
territoires); the network, its houses and the bus's arrangements are
invented, and every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FS15_AFTER_SETUP", "FS15_ASKERS", "FS15_GROUPS", "FS15_TASKS"]

SLUG = "fs15"
ASKER = "Laëtitia Bonnefoy"
PREFECTURE = "Préfecture du Cantal"
MURAT = "Hautes Terres Communauté, France services de Murat"

FS15_MEMBERS = (
    ("Philippe Malroux", PREFECTURE, "Sous-préfet de Mauriac, référent départemental France services, président du "
                                     "comité de pilotage"),
    ("Aurélie Serre", PREFECTURE, "Chargée de mission cohésion territoriale et France services"),
    ("Sandrine Vigouroux", "Département du Cantal", "Coordinatrice départementale du réseau France services"),
    ("Claire Teissèdre", MURAT, "Responsable de la France services de Murat, formatrice référente des agents du "
                                "réseau"),
    ("Hugo Mazet", MURAT, "Conseiller numérique France services"),
    ("Léa Cabrespine", "Communauté de communes Sumène Artense", "Conseillère numérique de la France services d'Ydes"),
    ("Laëtitia Bonnefoy", "Communauté de communes de la Châtaigneraie cantalienne",
     "Agente France services itinérante, responsable du bus France services"),
    ("Gilles Chabrier", "La Poste, France services de Riom-ès-Montagnes", "Chargé de clientèle, agent France "
                                                                           "services du bureau de poste"),
    ("Nadine Lavergne", "CAF du Cantal", "Responsable de l'accès aux droits et des partenariats"),
    ("Yannick Fabre", "CPAM du Cantal", "Chargé des relations partenaires, référent France services"),
    ("Marie-Pierre Delmas", "MSA Auvergne", "Conseillère en protection sociale, référente des France services du "
                                            "Cantal"),
    ("Thierry Boudou", "Direction départementale des finances publiques du Cantal", "Responsable de l'accueil de "
                                                                                    "proximité des usagers"),
    ("Karine Lacombe", "France Travail, agence d'Aurillac", "Directrice de l'agence"),
    ("Bruno Veschambre", "CARSAT Auvergne", "Conseiller retraite, responsable des permanences en France services"),
    ("Inès Ferrando", "Agence nationale des titres sécurisés (ANTS)", "Référente territoriale pour le Cantal"),
    ("Matthieu Lescure", "CDAD du Cantal, point justice de Mauriac", "Coordinateur des points justice du Cantal"),
    ("Olivier Rigal", "Banque des territoires, direction régionale Auvergne-Rhône-Alpes",
     "Chargé de développement territorial"),
)

FS15_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de pilotage du réseau France services, salle des commissions, "
                                             "sous-préfecture de Mauriac", ()),
    ("2026-10-06 09:00", "2026-10-06 17:00", "Journée de formation continue des agents France services, salle de "
                                             "formation de l'hôtel du Département, Aurillac", ()),
    ("2026-10-22 10:00", "2026-10-22 12:30", "Groupe de travail sur la tournée du bus France services, salle du "
                                             "conseil municipal, mairie de Maurs", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Comité technique des partenaires du réseau, France services de Murat",
     ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité de pilotage du réseau France services, salle des délibérations, "
                                             "hôtel du Département, Aurillac",
     ("Bilan de fréquentation des France services à fin novembre",
      "Nouvelle tournée du bus France services en 2027",
      "Préparation de l'audit de labellisation de la France services de Riom-ès-Montagnes",
      "Plan de formation des agents pour 2027")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Réunion des agents et des conseillers numériques du réseau, salle "
                                             "polyvalente de Riom-ès-Montagnes",
     ("Harmonisation des horaires d'ouverture des France services en 2027",
      "Programme des ateliers numériques du premier semestre")),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Comité de pilotage du réseau France services, salle des commissions, "
                                             "sous-préfecture de Mauriac",
     ("Rapport d'activité 2026 du réseau",
      "Convention de financement avec la Banque des territoires")),
)

FS15_DEADLINES = (
    ("2026-12-04", "Transmission à la coordinatrice des chiffres de fréquentation de novembre de chaque France "
                   "services"),
    ("2026-12-16", "Inscription des agents au module de formation ANTS sur les titres d'identité de janvier"),
    ("2027-01-29", "Dépôt à la préfecture du dossier d'audit de labellisation de la France services de "
                   "Riom-ès-Montagnes"),
    ("2027-02-26", "Transmission à l'ANCT des horaires d'ouverture 2027 de chaque France services"),
    ("2027-03-31", "Dépôt des demandes de subvention de fonctionnement 2027 des France services au titre du FNADT"),
)

FS15_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit trois fois par an, en alternance à l'hôtel du Département à "
                      "Aurillac et à la sous-préfecture de Mauriac."),
    ("2026-09-17", 1, "Chaque France services du réseau est ouverte au moins 24 heures par semaine sur cinq jours, "
                      "avec un samedi matin par mois."),
    ("2026-09-17", 1, "Les chiffres de fréquentation sont saisis chaque mois dans l'outil national de suivi et "
                      "transmis à la coordinatrice avant le 5 du mois suivant."),
    ("2026-09-17", 1, "L'objectif du réseau pour 2027 est de 25 000 demandes d'usagers accompagnées, soit 10 % de "
                      "plus qu'en 2026."),
    ("2026-10-06", 2, "Chaque nouvel agent suit la formation initiale du CNFPT dans les trois mois qui suivent sa "
                      "prise de poste."),
    ("2026-10-06", 2, "Une journée de formation continue réunit tous les agents du réseau chaque trimestre, en "
                      "alternance à Aurillac et à Murat."),
    ("2026-10-22", 3, "À partir du mardi 5 janvier 2027, le bus France services dessert huit communes de la "
                      "Châtaigneraie : Maurs, Montsalvy, Marcolès, Laroquebrou, Calvinet, Boisset, Parlan et "
                      "Cayrols."),
    ("2026-10-22", 3, "Le bus s'arrête une demi-journée tous les quinze jours dans chaque commune, à Maurs le mardi "
                      "matin sur la place du marché."),
    ("2026-11-17", 4, "Les partenaires rappellent les agents France services sous 48 heures ouvrées sur leur ligne "
                      "dédiée."),
    ("2026-11-17", 4, "La CARSAT tient une permanence retraite à la France services de Murat le premier jeudi de "
                      "chaque mois à partir de février 2027."),
    ("2026-11-17", 4, "Le point justice de Mauriac propose des consultations juridiques en visio dans les France "
                      "services d'Ydes et de Riom-ès-Montagnes."),
    ("2026-11-17", 4, "La France services de Riom-ès-Montagnes présente sa demande de labellisation après l'audit de "
                      "conformité de janvier 2027."),
)

FS15_TASKS = {
    SLUG: (
        ("Envoyer aux agents le calendrier des formations continues du premier semestre", "Claire Teissèdre",
         "2026-10-16", 2, "done"),
        ("Transmettre aux agents le guide de l'ANTS sur les pré-demandes de titres", "Inès Ferrando", "2026-10-30",
         2, "done"),
        ("Organiser une session de formation des agents sur l'espace particulier d'impots.gouv", "Thierry Boudou",
         "2026-11-06", 2),
        ("Proposer les horaires de stationnement du bus dans les huit communes de la tournée", "Laëtitia Bonnefoy",
         "2026-11-20", 3),
        ("Organiser une journée portes ouvertes de la France services de Riom-ès-Montagnes", "Gilles Chabrier",
         "2026-11-21", 1, "cancelled"),
        ("Chiffrer le cofinancement du renouvellement du bus France services", "Olivier Rigal", "2026-11-27", 3),
        ("Communiquer aux agents le numéro de la ligne dédiée de la CAF", "Nadine Lavergne", "2026-11-27", 4),
        ("Mettre à jour la carte en ligne des horaires d'ouverture des France services", "Hugo Mazet", "2026-12-04",
         1),
        ("Compiler les chiffres de fréquentation de novembre pour le comité de pilotage", "Sandrine Vigouroux",
         "2026-12-08", 1),
        ("Fixer les dates de la permanence retraite de la CARSAT à Murat pour 2027", "Bruno Veschambre",
         "2026-12-11", 4),
        ("Transmettre au réseau les résultats de l'enquête mystère nationale", "Aurélie Serre", "2026-12-11", 1),
        ("Tester la visio-consultation juridique avec la France services d'Ydes", "Matthieu Lescure", "2026-12-18",
         4),
        ("Rédiger le dépliant de présentation de la nouvelle tournée du bus", "Laëtitia Bonnefoy", "2027-01-08", 3),
        ("Programmer les ateliers numériques du premier semestre à Ydes", "Léa Cabrespine", "2027-01-12", 4),
        ("Animer un module sur le compte ameli pour les agents du réseau", "Yannick Fabre", "2027-01-15", 2),
        ("Préparer le dossier d'audit de labellisation de la France services de Riom-ès-Montagnes",
         "Gilles Chabrier", "2027-01-22", 4),
        ("Organiser un atelier CV et candidature en ligne dans chaque France services", "Karine Lacombe",
         "2027-01-29", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the agent of the bus France services of
# the Châtaigneraie cantalienne.
FS15_ASKERS = {SLUG: ASKER}

FS15_GROUPS = {
    SLUG: (FS15_MEMBERS, FS15_MEETINGS, FS15_DEADLINES, FS15_DECISIONS, "Sandrine Vigouroux"),
}

# What the Département's coordinator typed after the training day (n°2) and the partners' comité technique at
# Murat (n°4); nothing was recorded for the copil of September (n°1) nor for the working group on the bus at
# Maurs (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Vigouroux, Claire Teissèdre, Hugo Mazet, Léa Cabrespine, Laëtitia Bonnefoy, "
    "Gilles Chabrier, Thierry Boudou, Inès Ferrando, Yannick Fabre, Marie-Pierre Delmas",
    "/excuses n°2 Karine Lacombe, Matthieu Lescure",
    "/absents n°2 Nadine Lavergne",
    "/presents n°4 Sandrine Vigouroux, Aurélie Serre, Claire Teissèdre, Hugo Mazet, Gilles Chabrier, "
    "Nadine Lavergne, Yannick Fabre, Marie-Pierre Delmas, Thierry Boudou, Karine Lacombe, Bruno Veschambre, "
    "Matthieu Lescure",
    "/excuses n°4 Laëtitia Bonnefoy, Inès Ferrando, Olivier Rigal",
    "/absents n°4 Léa Cabrespine",
)

# What members said in the chat before the copil of 10 December at the hôtel du Département (n°5).
RSVPS = (
    ("Philippe Malroux", "/present"),
    ("Sandrine Vigouroux", "/present"),
    ("Aurélie Serre", "/present"),
    ("Gilles Chabrier", "/present"),
    ("Nadine Lavergne", "/present"),
    ("Olivier Rigal", "/present"),
    ("Karine Lacombe", "/excuse"),
    ("Bruno Veschambre", "/excuse"),
)

FS15_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "fs15", ATTENDANCE_COMMANDS, RSVPS),
}
