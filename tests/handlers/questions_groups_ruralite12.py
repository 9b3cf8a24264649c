"""A group written for blind set 17e (eighth round, helper r8e) before its
writer read the understanding code: an Aveyron working group on rural
services (communes, two communautés de communes, the Département, the
MSA, the sub-prefecture of Millau, France Services, the CAF, La Poste,
the ADMR, a solidarity transport association, the food bank, the chamber
of agriculture), with tasks in the store, attendance recorded for the
November meeting and members' announcements for the December one.

The group's secretary (Romain Lacombe) is linked to the test sender, so
that « mes tâches » has an answer. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["RURALITE12_AFTER_SETUP", "RURALITE12_ASKERS", "RURALITE12_GROUPS", "RURALITE12_TASKS"]

SLUG = "ruralite12"

RURALITE12_MEMBERS = (
    ("Jean-Louis Cransac", "Mairie de Réquista", "Maire de Réquista, président du groupe de travail"),
    ("Bernadette Fabié", "Conseil départemental de l'Aveyron", "Vice-présidente chargée de la ruralité et des solidarités territoriales"),
    ("Sébastien Bouscaren", "Conseil départemental de l'Aveyron", "Responsable de la maison des solidarités départementales de Millau"),
    ("Romain Lacombe", "Conseil départemental de l'Aveyron", "Chargé de mission ruralité, secrétaire du groupe"),
    ("Martine Vabre", "Communauté de communes Lévézou Pareloup", "Vice-présidente chargée des services à la population"),
    ("Kévin Rouquette", "Communauté de communes du Réquistanais", "Agent d'accueil de l'espace France Services de Réquista"),
    ("Nathalie Massol", "MSA Midi-Pyrénées Nord", "Travailleuse sociale, référente des aidants familiaux"),
    ("Patrick Albouy", "MSA Midi-Pyrénées Nord", "Délégué cantonal, élu du comité départemental"),
    ("Céline Bousquet", "Sous-préfecture de Millau", "Secrétaire générale, référente France Services et ruralité"),
    ("Amandine Cayla", "ADMR de l'Aveyron", "Coordinatrice des bénévoles"),
    ("Gilles Marty", "Lévézou Solidarité Transport", "Président de l'association, chauffeur bénévole"),
    ("Sandrine Issaly", "CAF de l'Aveyron", "Conseillère territoriale"),
    ("Thierry Vernhet", "Commune de Pont-de-Salars", "Premier adjoint au maire, chargé des affaires sociales"),
    ("Hélène Ginestet", "Banque alimentaire de l'Aveyron", "Responsable de l'antenne de Rodez"),
    ("Julie Carrière", "La Poste", "Déléguée aux relations territoriales"),
    ("Fabrice Costes", "Chambre d'agriculture de l'Aveyron", "Conseiller installation et transmission"),
)

RURALITE12_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", "Mairie de Réquista, salle du conseil", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Maison des services, Pont-de-Salars", ()),
    ("2026-11-05 14:00", "2026-11-05 15:30", "Visioconférence", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "MSA Midi-Pyrénées Nord, Rodez", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Salle des fêtes de Salles-Curan",
     ("Bilan du bus France Services", "Portage de repas à domicile", "Calendrier 2027", "Questions diverses")),
    ("2027-01-14 10:00", "2027-01-14 12:00", "Hôtel du Département, Rodez",
     ("Schéma d'accessibilité des services au public",)),
    ("2027-02-11 14:00", "2027-02-11 16:00", "Mairie de Laissac", ()),
    ("2027-03-18 14:00", "2027-03-18 15:30", "Visioconférence", ("Budget 2027 du groupe",)),
)

RURALITE12_DEADLINES = (
    ("2026-12-04", "Remontée des chiffres de fréquentation des espaces France Services"),
    ("2026-12-15", "Dépôt du dossier DETR pour la maison de santé de Réquista"),
    ("2027-01-08", "Inscription des bénévoles à la formation aux premiers secours"),
    ("2027-01-29", "Réponse à l'appel à projets mobilités rurales de la Région"),
    ("2027-03-05", "Forum des aidants à Pont-de-Salars"),
)

RURALITE12_DECISIONS = (
    ("2026-09-10", 1, "Le groupe se réunit une fois par mois, le jeudi à 14h, en alternance entre le nord et le sud du Lévézou."),
    ("2026-09-10", 1, "L'espace France Services de Réquista ouvre le samedi matin de 9h à 12h."),
    ("2026-10-08", 2, "Le portage de repas à domicile est étendu aux communes de moins de 500 habitants."),
    ("2026-10-08", 2, "La Banque alimentaire prête son camion frigorifique aux épiceries solidaires du Lévézou."),
    ("2026-11-05", 3, "Le transport solidaire prend en charge les trajets vers les consultations médicales à Rodez et Millau."),
    ("2026-11-19", 4, "Martine Vabre est désignée référente du groupe auprès de la Région."),
    ("2026-11-19", 4, "Une formation aux démarches en ligne est proposée aux secrétaires de mairie avec la MSA."),
    ("2026-11-19", 4, "Le choix du prestataire de la navette du marché de Rodez est reporté à janvier."),
)

RURALITE12_TASKS = {
    SLUG: (
        ("Envoyer les chiffres de fréquentation de l'espace France Services de Réquista", "Kévin Rouquette", "2026-11-27", 4),
        ("Préparer le dossier DETR de la maison de santé", "Jean-Louis Cransac", "2026-12-14", 4),
        ("Recenser les chauffeurs bénévoles disponibles", "Gilles Marty", "2026-11-20", 3),
        ("Rédiger le programme du forum des aidants", "Nathalie Massol", "2027-02-15", 4),
        ("Mettre à jour la liste des épiceries solidaires desservies", "Hélène Ginestet", "2026-12-18", 4),
        ("Diffuser le planning des permanences itinérantes", "Romain Lacombe", "2026-11-10", 2, "done"),
        ("Faire le compte rendu de la réunion de novembre", "Romain Lacombe", "2026-12-03", 4),
    ),
}

RURALITE12_GROUPS = {
    SLUG: (RURALITE12_MEMBERS, RURALITE12_MEETINGS, RURALITE12_DEADLINES, RURALITE12_DECISIONS, "Romain Lacombe"),
}

# The secretary is the test sender: « je » names him.
RURALITE12_ASKERS = {SLUG: "Romain Lacombe"}

# What the secretary typed after the November meeting in Rodez (séance n°4); September to the visio were never recorded.
ATTENDANCE_COMMANDS = (
    "/presents n°4 Jean-Louis Cransac, Bernadette Fabié, Romain Lacombe, Martine Vabre, Nathalie Massol, "
    "Céline Bousquet, Amandine Cayla, Gilles Marty, Thierry Vernhet",
    "/excuses n°4 Sandrine Issaly, Julie Carrière, Patrick Albouy",
    "/absents n°4",
)

# What members said in the chat before the Salles-Curan meeting (séance n°5).
RSVPS = (
    ("Martine Vabre", "/present"),
    ("Gilles Marty", "/present"),
    ("Hélène Ginestet", "/present"),
    ("Fabrice Costes", "/excuse"),
)


record_attendance = recorded_attendance(SLUG, "Romain Lacombe", "m12", ATTENDANCE_COMMANDS, RSVPS)


RURALITE12_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
