"""A group written for blind set 32c (twenty-fifth round, helper r25c): the
Charente-Maritime network for digital inclusion (« réseau départemental
d'inclusion numérique ») — the Département that coordinates it and chairs
its comité de pilotage, the préfecture's France Services referent, the
regional Hub for digital inclusion, the conseillers numériques of the Ville
de Saintes and of the Île d'Oléron, the CCAS of La Rochelle, the CAF, the
MSA, France Travail, the France Services of Rochefort (agglomeration),
Emmaüs Connect and the media library of Royan. Its comité de pilotage
alternates with a meeting of the conseillers numériques; a departmental day
of digital inclusion in Rochefort in February. Attendance recorded with the
commands; tasks in the store; the person asking is the conseillère numérique
of the Ville de Saintes, a member, not the coordinator. Organisation names
are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["INCLUSION17_AFTER_SETUP", "INCLUSION17_ASKERS", "INCLUSION17_GROUPS", "INCLUSION17_TASKS"]

SLUG = "inclnum17"

INCLUSION17_MEMBERS = (
    ("Hélène Guérineau", "Département de la Charente-Maritime",
     "Cheffe de projet inclusion numérique, coordinatrice du réseau"),
    ("Patrick Bouyer", "Département de la Charente-Maritime",
     "Vice-président délégué au numérique, président du comité de pilotage"),
    ("Fabrice Arnaudeau", "Département de la Charente-Maritime", "Responsable du bus numérique départemental"),
    ("Samia Kerbouche", "Préfecture de la Charente-Maritime", "Référente départementale France Services"),
    ("Julien Rabiller", "Hub numérique Nouvelle-Aquitaine", "Chargé d'animation territoriale"),
    ("Élodie Marchais", "Ville de Saintes", "Conseillère numérique"),
    ("Véronique Perochon", "Ville de Saintes", "Adjointe au maire déléguée à la solidarité"),
    ("Thierry Moinard", "CCAS de La Rochelle", "Responsable de l'accès aux droits"),
    ("Nadia Fradet", "Caisse d'allocations familiales de la Charente-Maritime",
     "Chargée de partenariat, référente inclusion numérique"),
    ("Claire Vrignaud", "MSA des Charentes", "Travailleuse sociale, secrétaire du comité de pilotage"),
    ("Yacine Belhadj", "France Travail Charente-Maritime", "Conseiller référent pour les usages numériques"),
    ("Grégory Texier", "Communauté d'agglomération Rochefort Océan", "Responsable de la France Services de Rochefort"),
    ("Maëlle Rousseau", "Communauté de communes de l'Île d'Oléron", "Conseillère numérique itinérante"),
    ("Bertrand Chaigneau", "Emmaüs Connect", "Responsable de l'antenne de La Rochelle"),
    ("Sophie Landreau", "Médiathèque de Royan", "Directrice de la médiathèque"),
)

INCLUSION17_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de pilotage, Maison du Département, La Rochelle", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Rencontre des conseillers numériques, médiathèque de Royan", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage, France Services de Rochefort", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Rencontre des conseillers numériques, médiathèque de Saintes",
     ("Bilan de la distribution des pass numériques", "Ateliers de Noël pour les seniors",
      "Outil commun de prise de rendez-vous")),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Comité de pilotage, Maison du Département, La Rochelle",
     ("Feuille de route départementale 2027", "Budget 2027 du réseau", "Avenant à la convention avec la CAF")),
    ("2027-02-02 09:00", "2027-02-02 17:00", "Journée départementale de l'inclusion numérique, Palais des congrès de "
                                             "Rochefort", ()),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Comité de pilotage, mairie de Saint-Pierre-d'Oléron", ()),
)

INCLUSION17_DEADLINES = (
    ("2026-12-04", "Fiches de fréquentation des permanences à renvoyer à la coordination"),
    ("2026-12-18", "Réponse à l'appel à projets de la Région sur les tiers-lieux numériques"),
    ("2027-01-08", "Inscriptions des structures à la journée départementale du 2 février"),
    ("2027-02-26", "Bilan annuel 2026 des conseillers numériques à transmettre à l'ANCT"),
)

INCLUSION17_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit tous les deux mois, en alternance à La Rochelle, Rochefort et "
                      "sur l'île d'Oléron."),
    ("2026-09-17", 1, "Les pass numériques sont réservés aux bénéficiaires du RSA ou de l'AAH et aux personnes de plus "
                      "de 65 ans non imposables."),
    ("2026-09-17", 1, "Chaque conseiller numérique tient au moins deux permanences par semaine dans une France "
                      "Services ou un CCAS."),
    ("2026-10-13", 2, "Un outil commun de prise de rendez-vous sera testé à Saintes et à Royan à partir de janvier."),
    ("2026-10-13", 2, "Les ateliers pour les seniors sont gratuits et limités à huit participants."),
    ("2026-10-13", 2, "Les supports de formation sont mis en commun sur l'espace partagé du Hub."),
    ("2026-11-19", 3, "Le bus numérique du Département passera une fois par mois dans les communes de moins de "
                      "2 000 habitants."),
    ("2026-11-19", 3, "Le budget 2027 du réseau est fixé à 85 000 euros, dont 30 000 euros apportés par la CAF."),
    ("2026-11-19", 3, "Les aidants numériques des mairies suivront la formation Aidants Connect avant juin 2027."),
    ("2026-11-19", 3, "La journée départementale de l'inclusion numérique aura lieu le 2 février 2027 à Rochefort."),
)

INCLUSION17_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage du 19 novembre", "Claire Vrignaud", "2026-11-26", 3),
        ("Transmettre les fiches de fréquentation des permanences de Saintes", "Élodie Marchais", "2026-12-04", 3),
        ("Chiffrer le coût du bus numérique pour 2027", "Fabrice Arnaudeau", "2026-12-11", 3),
        ("Relancer les mairies pour l'inscription à Aidants Connect", "Samia Kerbouche", "2026-11-27", 3),
        ("Réserver le Palais des congrès pour la journée du 2 février", "Grégory Texier", "2026-12-15", 3),
        ("Rédiger l'avenant à la convention avec la CAF", "Nadia Fradet", "2027-01-08", 3),
        ("Commander les tablettes pour les ateliers seniors", "Sophie Landreau", "2026-10-30", 2, "done"),
        ("Mettre en ligne les supports de formation sur l'espace du Hub", "Julien Rabiller", "2026-12-18", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Saintes's conseillère numérique.
INCLUSION17_ASKERS = {SLUG: "Élodie Marchais"}

INCLUSION17_GROUPS = {
    SLUG: (INCLUSION17_MEMBERS, INCLUSION17_MEETINGS, INCLUSION17_DEADLINES, INCLUSION17_DECISIONS,
           "Hélène Guérineau"),
}

# What the coordinator's account typed after the comité de pilotage in Rochefort (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Patrick Bouyer, Hélène Guérineau, Claire Vrignaud, Samia Kerbouche, Nadia Fradet, "
    "Grégory Texier, Fabrice Arnaudeau, Élodie Marchais",
    "/excuses n°3 Bertrand Chaigneau, Sophie Landreau",
    "/absents n°3",
)

# What members said in the chat before the conseillers numériques' meeting in Saintes (séance n°4).
RSVPS = (
    ("Maëlle Rousseau", "/present"),
    ("Thierry Moinard", "/present"),
    ("Sophie Landreau", "/present"),
    ("Yacine Belhadj", "/excuse"),
)

INCLUSION17_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Élodie Marchais", "in17", ATTENDANCE_COMMANDS, RSVPS),
}
