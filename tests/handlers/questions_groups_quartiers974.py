"""A group written by helper r35a in the thirty-fourth round, for blind set
42a (the French of the overseas departments: La Réunion's French coloured by
Creole, with a few members from Mayotte and the Antilles): the conseil
citoyen and the partners of the contrat de ville of Sainte-Cécile, an
invented commune of about 80,000 people in the south of La Réunion, with its
two priority neighbourhoods, Les Lataniers and Camp-Jacquot (both invented)
— the deputy mayor for politique de la ville who chairs the group and the
contrat de ville's cheffe de projet who runs it (the Ville's two members);
the Préfecture's délégué du préfet; the CAF de La Réunion's officer for
local social development; the CGSS's officer for prevention and access to
rights; the Mission locale Sud's adviser for the neighbourhoods; France
Travail's employer-relations adviser (from Martinique); the SEMADER's
officer for the urban renewal (NPNRU) and neighbourhood management; the
Département's head of the social action unit of the neighbourhoods (from
Mayotte); the sports association's president; the maloya school's head;
the director of the case de quartier (the centre social); the police
municipale's head mediator; the Région Réunion's officer of the training
service; the principal of the collège des Lataniers; two inhabitants of the
conseil citoyen (its referent for the citizens' budget — the asker — and
its secretary). Meetings: the steering committee of September at the hôtel
de ville, the working group on the NPNRU at the maison du projet, the
working group on the cases' renovation at the case de quartier, the conseil
citoyen et partenaires of November (the citizens' budget's vote), the next
one in December (the summer holidays' programme), the working group on the
annual report in January, the public meeting on the NPNRU in February. The
attendance of September and November is in the store, and the announced
presences for 8 December; the person asking is a member, not the
coordinator. Organisation names are public bodies (the Préfecture, the
CAF, the CGSS, the Mission locale Sud, France Travail, the SEMADER, the
Département, the Région Réunion) or invented ones (the commune, the
associations, the case de quartier, the collège); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["QUARTIERS974_AFTER_SETUP", "QUARTIERS974_ASKERS", "QUARTIERS974_GROUPS", "QUARTIERS974_TASKS"]

SLUG = "quartiers974"
ASKER = "Fabrice Mussard"
VILLE = "Ville de Sainte-Cécile"
CONSEIL = "Conseil citoyen des Lataniers et de Camp-Jacquot"

QUARTIERS974_MEMBERS = (
    ("Jean-Marc Payet", VILLE, "Adjoint au maire délégué à la politique de la ville, président du conseil citoyen et "
                               "partenaires"),
    ("Nadia Hoarau", VILLE, "Cheffe de projet du contrat de ville, coordinatrice du groupe"),
    ("Patrice Grondin", "Préfecture de La Réunion", "Délégué du préfet pour les quartiers prioritaires de Sainte-Cécile"),
    ("Sandrine Técher", "CAF de La Réunion", "Chargée de développement social territorial"),
    ("Daniel Fontaine", "CGSS de La Réunion", "Chargé de prévention et d'accès aux droits santé"),
    ("Mélissa Boyer", "Mission locale Sud", "Conseillère en insertion, référente des quartiers prioritaires"),
    ("Ruddy Bellance", "France Travail", "Conseiller entreprises, référent politique de la ville"),
    ("Christelle Maillot", "SEMADER", "Chargée de la rénovation urbaine (NPNRU) et de la gestion urbaine de proximité"),
    ("Anli Madi", "Département de La Réunion", "Responsable de l'unité d'action sociale des Lataniers"),
    ("Gilles Lebon", "Association sportive des Lataniers", "Président de l'association sportive"),
    ("Stéphane Nativel", "Lékol maloya Ti Kaz", "Responsable de l'école de maloya"),
    ("Marie-Josée Dijoux", "Case de quartier des Lataniers", "Directrice du centre social"),
    ("Joël Clain", "Police municipale de Sainte-Cécile", "Chef de l'équipe des médiateurs de quartier"),
    ("Valérie Lauret", "Région Réunion", "Chargée de mission au service de la formation professionnelle"),
    ("Rose-Aimée Éthève", "Collège des Lataniers", "Principale du collège"),
    ("Fabrice Mussard", CONSEIL, "Habitant de Camp-Jacquot, référent du budget citoyen"),
    ("Josiane Ramassamy", CONSEIL, "Habitante des Lataniers, secrétaire du conseil citoyen"),
)

QUARTIERS974_MEETINGS = (
    ("2026-09-17 17:30", "2026-09-17 19:30", "Comité de pilotage du conseil citoyen et des partenaires : bilan des "
                                             "vacances de juillet et lancement du budget citoyen, salle du conseil "
                                             "municipal, hôtel de ville de Sainte-Cécile", ()),
    ("2026-10-06 09:00", "2026-10-06 11:00", "Groupe de travail rénovation urbaine (NPNRU) des Lataniers, maison du "
                                             "projet, rue des Filaos", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Groupe de travail rénovation des cases de Camp-Jacquot, case de "
                                             "quartier des Lataniers", ()),
    ("2026-11-19 17:30", "2026-11-19 20:00", "Conseil citoyen et partenaires : vote des projets du budget citoyen, "
                                             "salle polyvalente de la case de quartier des Lataniers", ()),
    ("2026-12-08 17:30", "2026-12-08 19:30", "Conseil citoyen et partenaires, salle polyvalente du gymnase de "
                                             "Camp-Jacquot",
     ("Programme des vacances d'été dans les quartiers (décembre-janvier)",
      "Conventions des projets retenus du budget citoyen 2027",
      "Point d'avancement de la rénovation des cases de Camp-Jacquot",
      "Préparation du rapport annuel du contrat de ville")),
    ("2027-01-14 09:00", "2027-01-14 11:30", "Groupe de travail rapport annuel du contrat de ville, mairie annexe de "
                                             "Camp-Jacquot",
     ("Bilan 2026 des actions du contrat de ville",
      "Indicateurs d'emploi et de formation des jeunes des quartiers")),
    ("2027-02-25 18:00", "2027-02-25 20:00", "Réunion publique du conseil citoyen sur la rénovation urbaine, préau de "
                                             "l'école primaire des Lataniers",
     ("Présentation du plan guide du NPNRU aux habitants",
      "Relogement des familles de la barre Les Filaos")),
)

QUARTIERS974_DEADLINES = (
    ("2026-12-11", "Retour des inscriptions des enfants aux activités des vacances d'été à la case de quartier"),
    ("2027-01-08", "Dépôt des dossiers de l'appel à projets 2027 du contrat de ville"),
    ("2027-01-29", "Remise des contributions des partenaires au rapport annuel du contrat de ville"),
    ("2027-02-12", "Dépôt des demandes d'aide à l'amélioration de l'habitat pour les cases de Camp-Jacquot"),
    ("2027-03-31", "Transmission du rapport annuel du contrat de ville à la Préfecture"),
)

QUARTIERS974_DECISIONS = (
    ("2026-09-17", 1, "Le budget citoyen 2027 est doté de 60 000 euros pour les deux quartiers, pour des projets de "
                      "1 000 à 10 000 euros proposés par les habitants."),
    ("2026-09-17", 1, "Le programme des vacances d'été dans les quartiers s'appelle « Vakans dann kartié » et dure du "
                      "21 décembre 2026 au 29 janvier 2027."),
    ("2026-09-17", 1, "Le conseil citoyen accueille deux nouveaux habitants de Camp-Jacquot dans son collège des "
                      "habitants."),
    ("2026-10-06", 2, "La barre Les Filaos (48 logements de la SEMADER) est démolie en 2028 ; les familles sont "
                      "relogées dans le quartier avant la fin de 2027."),
    ("2026-10-06", 2, "La maison du projet NPNRU est ouverte au public le mercredi et le samedi matin."),
    ("2026-10-22", 3, "La première tranche de rénovation porte sur 35 cases créoles de Camp-Jacquot, avec une aide "
                      "pouvant aller jusqu'à 20 000 euros par case."),
    ("2026-10-22", 3, "Les familles dont un membre a plus de 70 ans sont prioritaires pour la rénovation des cases."),
    ("2026-11-19", 4, "Huit projets du budget citoyen sont retenus, dont un jardin partagé aux Lataniers et un "
                      "terrain de pétanque couvert à Camp-Jacquot."),
    ("2026-11-19", 4, "Le kabar de fin d'année des quartiers a lieu le samedi 19 décembre 2026 à partir de 16 h sur le "
                      "plateau sportif des Lataniers, avec l'école de maloya."),
    ("2026-11-19", 4, "Les sorties des vacances d'été coûtent 2 euros par enfant ; elles sont gratuites pour les "
                      "familles dont le quotient familial est inférieur à 500 euros."),
    ("2026-11-19", 4, "Un bus gratuit emmène les enfants des Hauts de Camp-Jacquot à la plage de l'Étang-Salé chaque "
                      "mercredi des vacances."),
)

QUARTIERS974_TASKS = {
    SLUG: (
        ("Diffuser dans les quartiers l'appel à projets du budget citoyen", "Fabrice Mussard", "2026-10-09", 1,
         "done"),
        ("Transmettre le calendrier de relogement des familles de la barre Les Filaos", "Christelle Maillot",
         "2026-11-06", 2),
        ("Transmettre le modèle de rapport annuel attendu par la Préfecture", "Patrice Grondin", "2026-11-13", 1),
        ("Recenser les cases créoles de Camp-Jacquot à rénover", "Fabrice Mussard", "2026-11-20", 3),
        ("Envoyer le nombre de jeunes des quartiers suivis par la Mission locale", "Mélissa Boyer", "2026-11-25", 4),
        ("Réserver le plateau sportif des Lataniers pour le kabar de fin d'année", "Gilles Lebon", "2026-11-27", 4,
         "done"),
        ("Organiser une journée portes ouvertes de la police municipale à la case de quartier", "Joël Clain",
         "2026-11-28", 1, "cancelled"),
        ("Préparer le programme des activités des vacances d'été", "Marie-Josée Dijoux", "2026-12-04", 4),
        ("Afficher les projets retenus du budget citoyen dans les halls des immeubles", "Josiane Ramassamy",
         "2026-12-05", 4),
        ("Réserver le bus des sorties à la plage pour les vacances", "Nadia Hoarau", "2026-12-07", 4),
        ("Présenter aux familles les aides aux temps libres de la CAF pour les vacances", "Sandrine Técher",
         "2026-12-08", 4),
        ("Proposer un atelier de maloya pour les jeunes pendant les vacances", "Stéphane Nativel", "2026-12-10", 4),
        ("Transmettre les offres d'emplois saisonniers pour les jeunes des quartiers", "Ruddy Bellance",
         "2026-12-11", 4),
        ("Informer les personnes âgées de Camp-Jacquot sur leurs droits santé", "Daniel Fontaine", "2026-12-15", 3),
        ("Identifier les familles âgées prioritaires pour la rénovation des cases", "Anli Madi", "2026-12-18", 3),
        ("Préparer la liste des formations de la Région ouvertes aux habitants des quartiers", "Valérie Lauret",
         "2027-01-08", 1),
        ("Signer les conventions des projets du budget citoyen", "Jean-Marc Payet", "2027-01-15", 4),
        ("Tenir la permanence du conseil citoyen à la maison du projet", "Fabrice Mussard", "2027-01-16", 2),
        ("Organiser une réunion d'information sur le stage de 3e pour les familles du collège", "Rose-Aimée Éthève",
         "2027-01-22", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the inhabitant of Camp-Jacquot who is the
# conseil citoyen's referent for the citizens' budget.
QUARTIERS974_ASKERS = {SLUG: ASKER}

QUARTIERS974_GROUPS = {
    SLUG: (QUARTIERS974_MEMBERS, QUARTIERS974_MEETINGS, QUARTIERS974_DEADLINES, QUARTIERS974_DECISIONS,
           "Nadia Hoarau"),
}

# What the coordinator typed after the steering committee of September at the hôtel de ville (n°1) and the conseil
# citoyen et partenaires of November at the case de quartier (n°4); nothing was recorded for the two working groups
# (n°2, n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Marc Payet, Nadia Hoarau, Patrice Grondin, Sandrine Técher, Mélissa Boyer, Christelle Maillot, "
    "Anli Madi, Gilles Lebon, Marie-Josée Dijoux, Joël Clain, Fabrice Mussard, Josiane Ramassamy",
    "/excuses n°1 Daniel Fontaine, Valérie Lauret, Rose-Aimée Éthève",
    "/absents n°1 Ruddy Bellance, Stéphane Nativel",
    "/presents n°4 Jean-Marc Payet, Nadia Hoarau, Sandrine Técher, Daniel Fontaine, Ruddy Bellance, Anli Madi, "
    "Gilles Lebon, Stéphane Nativel, Marie-Josée Dijoux, Rose-Aimée Éthève, Josiane Ramassamy",
    "/excuses n°4 Fabrice Mussard, Patrice Grondin, Valérie Lauret",
    "/absents n°4 Christelle Maillot",
)

# What members said in the chat before the conseil citoyen et partenaires of 8 December at the gymnase de Camp-Jacquot
# (n°5); the asker has said nothing yet.
RSVPS = (
    ("Jean-Marc Payet", "/present"),
    ("Nadia Hoarau", "/present"),
    ("Sandrine Técher", "/present"),
    ("Marie-Josée Dijoux", "/present"),
    ("Gilles Lebon", "/present"),
    ("Stéphane Nativel", "/present"),
    ("Christelle Maillot", "/present"),
    ("Josiane Ramassamy", "/present"),
    ("Anli Madi", "/present"),
    ("Joël Clain", "/excuse"),
    ("Ruddy Bellance", "/excuse"),
)

QUARTIERS974_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "q974", ATTENDANCE_COMMANDS, RSVPS),
}
