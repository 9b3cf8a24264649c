"""A group written by helper r42b in the forty-first round, for blind set 49b
(the asker's own business: their convocation, their recorded attendance,
their tasks, their seat and substitute, what their own association voted):
the conseil d'administration of an invented MJC of Ille-et-Vilaine in Rennes
Métropole, the MJC La Fabrique of the invented commune of Champlouvier — the
president and the bureau (vice-president who chairs the commission
programmation, treasurer, secretary), elected members of the colleges of
adherents, of parents (the asker, his colleague and his substitute) and of
the young, the MJC's director (the coordinator), the staff representative,
the Ville de Champlouvier (adjointe à la jeunesse, member by right), Rennes
Métropole, the CAF d'Ille-et-Vilaine, the SDJES d'Ille-et-Vilaine, the
Fédération régionale des MJC de Bretagne and two partner associations (a
bicycle workshop and a theatre company).
Meetings: the conseil d'administration of 22 September, the commission
programmation of 15 October (the asker's commission), the conseil of 19
November (the asker excused), the next conseil on Tuesday 8 December at
20:00 (the 2027 budget, the youth space), the commission programmation in
January and the general assembly in March. Attendance is recorded for the
three past meetings and the announced presences for 8 December (the asker
has said nothing); the decisions are written as the minutes write them;
the person asking is an elected member of the parents' college who holds
three tasks (one done, one late, one due on Thursday), not the coordinator.
Organisation names are public bodies (Rennes Métropole, the CAF
d'Ille-et-Vilaine, the SDJES d'Ille-et-Vilaine, the Fédération régionale
des MJC de Bretagne) or invented ones (the MJC, the Ville de Champlouvier,
the two associations); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MJC35_AFTER_SETUP", "MJC35_ASKERS", "MJC35_GROUPS", "MJC35_TASKS"]

SLUG = "mjc35"
ASKER = "Erwan Collet"
MJC = "MJC La Fabrique"
SALLE = "salle Ti Douar, MJC La Fabrique, Champlouvier"

MJC35_MEMBERS = (
    ("Yannick Le Guével", MJC, "Président de la MJC, administrateur élu (collège des adhérents)"),
    ("Soizic Hamon", MJC, "Vice-présidente, présidente de la commission programmation, administratrice élue"),
    ("Gwénaël Tanguy", MJC, "Trésorier, administrateur élu (collège des adhérents)"),
    ("Armelle Briand", MJC, "Secrétaire du conseil d'administration, administratrice élue"),
    ("Erwan Collet", MJC, "Administrateur élu (collège des parents), membre de la commission programmation"),
    ("Katell Morvan", MJC, "Administratrice élue (collège des parents), membre de la commission programmation"),
    ("Maëlle Rouxel", MJC, "Administratrice suppléante du collège des parents, suppléante d'Erwan Collet"),
    ("Lilou Gicquel", MJC, "Administratrice élue (collège des jeunes), membre du bureau avec voix consultative"),
    ("Bertrand Josselin", MJC, "Administrateur élu (collège des adhérents), responsable de la commission travaux"),
    ("Nolwenn Le Bihan", MJC, "Directrice de la MJC, coordinatrice du conseil d'administration"),
    ("Damien Pérès", MJC, "Animateur jeunesse, représentant du personnel"),
    ("Sylvie Rocaboy", "Ville de Champlouvier", "Adjointe au maire à la jeunesse, membre de droit"),
    ("Frédéric Guillou", "Rennes Métropole", "Chargé de mission équipements culturels de proximité"),
    ("Hélène Bouvier", "CAF d'Ille-et-Vilaine", "Conseillère territoriale enfance jeunesse"),
    ("Mathieu Le Roux", "SDJES d'Ille-et-Vilaine", "Conseiller jeunesse et éducation populaire"),
    ("Pauline Derrien", "Fédération régionale des MJC de Bretagne", "Déléguée territoriale, conseillère de la "
                                                                     "directrice"),
    ("Youssef Benali", "Association Vélo Libre", "Président de l'association, atelier de réparation de vélos"),
    ("Claire Leclerc", "Compagnie du Grenier", "Metteuse en scène, partenaire de la saison culturelle"),
)

MJC35_MEETINGS = (
    ("2026-09-22 20:00", "2026-09-22 22:00", f"Conseil d'administration, {SALLE}", ()),
    ("2026-10-15 18:30", "2026-10-15 20:00", f"Commission programmation, {SALLE}", ()),
    ("2026-11-19 20:00", "2026-11-19 22:30", f"Conseil d'administration, {SALLE}", ()),
    ("2026-12-08 20:00", "2026-12-08 22:00", f"Conseil d'administration, {SALLE}",
     ("Approbation du compte rendu du 19 novembre",
      "Budget prévisionnel 2027",
      "Aménagement de l'espace jeunes rue des Tanneurs",
      "Préparation de l'assemblée générale")),
    ("2027-01-14 18:30", "2027-01-14 20:00", f"Commission programmation, {SALLE}",
     ("Saison culturelle du printemps",
      "Programme du festival Jeunes Talents")),
    ("2027-03-20 10:00", "2027-03-20 12:30", "Assemblée générale de la MJC, salle des fêtes de Champlouvier",
     ("Rapport moral et rapport d'activité 2026",
      "Rapport financier",
      "Élection du tiers sortant du conseil d'administration")),
)

MJC35_DEADLINES = (
    ("2026-11-27", "Dépôt à la CAF du dossier de prestation de service jeunesse"),
    ("2026-12-04", "Retour des propositions de spectacles pour la saison du printemps"),
    ("2026-12-15", "Envoi du budget prévisionnel 2027 à la Ville de Champlouvier"),
    ("2027-01-08", "Dépôt de la demande de subvention FDVA auprès du SDJES"),
    ("2027-01-29", "Candidatures au tiers sortant du conseil d'administration"),
    ("2027-02-26", "Remise du rapport d'activité 2026 à la fédération régionale"),
)

MJC35_DECISIONS = (
    ("2026-09-22", 1, "La cotisation annuelle d'adhésion à la MJC est maintenue à 12 € pour les adultes et à 6 € "
                      "pour les moins de 18 ans ; adopté à l'unanimité."),
    ("2026-09-22", 1, "Les tarifs des ateliers sont calculés selon le quotient familial de la CAF, en cinq "
                      "tranches ; sur proposition du trésorier, adopté par 9 voix pour et 1 abstention "
                      "(M. Josselin)."),
    ("2026-09-22", 1, "Lilou Gicquel est désignée représentante du collège des jeunes au bureau, avec voix "
                      "consultative ; adopté à l'unanimité."),
    ("2026-09-22", 1, "Le conseil demande à la Ville de Champlouvier la mise à disposition de l'ancien local "
                      "de la rue des Tanneurs pour y installer l'espace jeunes ; adopté à l'unanimité."),
    ("2026-10-15", 2, "La commission programmation retient trois spectacles jeune public pour la saison du "
                      "printemps, dont « Le Grand Voyage » de la Compagnie du Grenier ; avis favorable transmis au "
                      "conseil d'administration."),
    ("2026-10-15", 2, "Le festival Jeunes Talents aura lieu le samedi 22 mai 2027 à la salle des fêtes de "
                      "Champlouvier, entrée gratuite."),
    ("2026-10-15", 2, "Les scènes ouvertes du vendredi soir sont réservées aux 14-25 ans, une fois par mois."),
    ("2026-11-19", 3, "L'espace jeunes ouvre le 1er mars 2027 dans le local de la rue des Tanneurs, sous réserve "
                      "de la convention de mise à disposition par la Ville ; adopté par 8 voix pour et 1 contre "
                      "(M. Josselin)."),
    ("2026-11-19", 3, "Le poste d'animateur jeunesse passe à temps plein au 1er janvier 2027, financé par la "
                      "prestation de service jeunesse de la CAF ; adopté à l'unanimité."),
    ("2026-11-19", 3, "L'atelier de réparation de vélos est animé avec l'association Vélo Libre le samedi matin, "
                      "par une convention d'un an ; adopté à l'unanimité."),
    ("2026-11-19", 3, "La MJC adhère au dispositif Sortir ! de Rennes Métropole pour les tarifs réduits des "
                      "ateliers ; adopté à l'unanimité."),
    ("2026-11-19", 3, "Un administrateur absent à trois conseils de suite sans s'être excusé est réputé "
                      "démissionnaire ; adopté à l'unanimité."),
    ("2026-11-19", 3, "Le compte rendu de chaque conseil est envoyé aux administrateurs par la secrétaire dans les "
                      "dix jours ; adopté à l'unanimité."),
)

MJC35_TASKS = {
    SLUG: (
        ("Réserver la salle des fêtes pour le festival Jeunes Talents", "Erwan Collet", "2026-11-06", 2, "done"),
        ("Sonder les jeunes sur les horaires de l'espace jeunes", "Lilou Gicquel", "2026-10-30", 1, "cancelled"),
        ("Chiffrer les travaux d'aménagement de l'espace jeunes", "Bertrand Josselin", "2026-11-13", 1),
        ("Recueillir les devis de sonorisation pour le festival", "Erwan Collet", "2026-11-25", 2),
        ("Préparer la liste des spectacles jeune public avec leurs coûts", "Katell Morvan", "2026-12-04", 2),
        ("Mettre à jour les plannings des bénévoles de l'accueil", "Erwan Collet", "2026-12-03", 3),
        ("Envoyer le compte rendu du conseil d'administration du 19 novembre", "Armelle Briand", "2026-11-29", 3),
        ("Déposer le dossier de prestation de service jeunesse à la CAF", "Nolwenn Le Bihan", "2026-11-27", 3,
         "done"),
        ("Rédiger la convention de mise à disposition du local de la rue des Tanneurs", "Sylvie Rocaboy",
         "2026-12-18", 3),
        ("Présenter le budget prévisionnel 2027 au conseil", "Gwénaël Tanguy", "2026-12-08", 3),
        ("Publier l'appel à candidatures pour le tiers sortant", "Armelle Briand", "2027-01-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): an elected parent.
MJC35_ASKERS = {SLUG: ASKER}

MJC35_GROUPS = {
    SLUG: (MJC35_MEMBERS, MJC35_MEETINGS, MJC35_DEADLINES, MJC35_DECISIONS, "Nolwenn Le Bihan"),
}

# What the director typed after the conseil of September (n°1), the commission of October (n°2) and the conseil
# of November (n°3); the asker was there in September and October, excused in November (his substitute came).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Yannick Le Guével, Soizic Hamon, Gwénaël Tanguy, Armelle Briand, Erwan Collet, Katell Morvan, "
    "Lilou Gicquel, Bertrand Josselin, Nolwenn Le Bihan, Damien Pérès, Sylvie Rocaboy, Pauline Derrien",
    "/excuses n°1 Maëlle Rouxel, Hélène Bouvier",
    "/absents n°1 Mathieu Le Roux",
    "/presents n°2 Soizic Hamon, Erwan Collet, Katell Morvan, Lilou Gicquel, Nolwenn Le Bihan, Damien Pérès, "
    "Claire Leclerc",
    "/excuses n°2 Yannick Le Guével",
    "/presents n°3 Yannick Le Guével, Soizic Hamon, Gwénaël Tanguy, Armelle Briand, Katell Morvan, Maëlle Rouxel, "
    "Lilou Gicquel, Bertrand Josselin, Nolwenn Le Bihan, Damien Pérès, Sylvie Rocaboy, Frédéric Guillou, "
    "Hélène Bouvier, Youssef Benali",
    "/excuses n°3 Erwan Collet, Pauline Derrien",
    "/absents n°3 Mathieu Le Roux",
)

# What members said in the chat before the conseil of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Yannick Le Guével", "/present"),
    ("Nolwenn Le Bihan", "/present"),
    ("Soizic Hamon", "/present"),
    ("Gwénaël Tanguy", "/present"),
    ("Armelle Briand", "/present"),
    ("Katell Morvan", "/present"),
    ("Sylvie Rocaboy", "/present"),
    ("Mathieu Le Roux", "/excuse"),
    ("Hélène Bouvier", "/excuse"),
    ("Lilou Gicquel", "/excuse"),
)

MJC35_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "m35", ATTENDANCE_COMMANDS, RSVPS),
}
