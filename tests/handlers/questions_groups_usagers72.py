"""A group written by r28d in the twenty-seventh round, for blind set 35c
(a stranger's general set in plain and second-language French): the
conseil des usagers of an invented association of Le Mans, L'Escale, which
runs a CHRS (hostel), a day centre (accueil de jour) and an épicerie
solidaire. People who are accompanied (the residents' delegate who chairs
the council, the day centre's delegate who asks the questions, a resident
who stands in, a delegate to the regional CCRPA) and volunteers of the
épicerie sit beside the association's staff (director, head of service,
the council's facilitator who coordinates, a CESF, an educator) and the
partners' professionals: the CAF and the CPAM de la Sarthe, the CCAS du
Mans, France Travail, the Mission locale, the SIAO and the Secours
populaire. Fourteen tasks (three late, one done, one cancelled; the
asker's due Friday 4 and Thursday 17 December), the attendance of the councils of October and November in the store (nothing
recorded for September), announced presences for the council of
10 December; the person asking is a member, not the coordinator.
Organisation names are real public bodies or invented ones (L'Escale and
its services); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["USAGERS72_AFTER_SETUP", "USAGERS72_ASKERS", "USAGERS72_GROUPS", "USAGERS72_TASKS"]

SLUG = "usagers72"
ASKER = "Youssef Amrani"
ASSO = "Association L'Escale"

USAGERS72_MEMBERS = (
    ("Claire Fontanel", ASSO, "Directrice de l'association"),
    ("Rachid Benali", ASSO, "Chef de service du CHRS"),
    ("Sophie Lemarchand", ASSO, "Animatrice du conseil des usagers, coordinatrice"),
    ("Aurélie Gasnier", ASSO, "Conseillère en économie sociale et familiale de l'épicerie solidaire"),
    ("Kevin Bruneau", ASSO, "Éducateur spécialisé de l'accueil de jour"),
    ("Fatoumata Keïta", "CHRS L'Escale", "Déléguée des résidents, présidente du conseil des usagers"),
    ("Nadia Haddad", "CHRS L'Escale", "Résidente, déléguée suppléante"),
    ("Youssef Amrani", "Accueil de jour L'Escale", "Délégué des personnes accueillies de l'accueil de jour, "
                                                   "vice-président du conseil"),
    ("Bernard Cailleau", "CCRPA Pays de la Loire", "Délégué du conseil au CCRPA, ancien résident"),
    ("Ginette Moreau", "Épicerie solidaire L'Escale", "Bénévole, responsable des bénévoles de l'épicerie"),
    ("Dimitri Popescu", "Épicerie solidaire L'Escale", "Bénévole, chauffeur pour la ramasse"),
    ("Amina Touré", "CAF de la Sarthe", "Travailleuse sociale de la CAF"),
    ("Leila Mansouri", "CPAM de la Sarthe", "Conseillère de la mission accompagnement santé"),
    ("Olivier Brochard", "CCAS du Mans", "Responsable du pôle domiciliation"),
    ("Hervé Langlois", "France Travail", "Conseiller à l'agence du Mans Sud"),
    ("Julie Perrault", "Mission locale du Mans", "Conseillère pour les jeunes de moins de 26 ans"),
    ("Sylvain Drouet", "SIAO de la Sarthe", "Coordinateur du 115 et de l'hébergement d'urgence"),
    ("Marie-Thérèse Guérin", "Secours populaire de la Sarthe", "Bénévole, représentante du comité du Mans"),
)

USAGERS72_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:00", "Conseil des usagers, salle commune du CHRS, Le Mans", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Conseil des usagers, épicerie solidaire, Le Mans", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Conseil des usagers, accueil de jour, Le Mans", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Conseil des usagers, salle commune du CHRS, Le Mans",
     ("Préparation du repas de Noël", "Horaires de l'accueil de jour pendant les fêtes",
      "Règlement de l'épicerie solidaire", "Permanence de la CAF")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Conseil des usagers, épicerie solidaire, Le Mans",
     ("Élection des délégués", "Questionnaire de satisfaction")),
    ("2027-02-09 10:00", "2027-02-09 16:00", "Rencontre régionale du CCRPA, Nantes",
     ("Témoignages sur l'accès aux droits",)),
)

USAGERS72_DEADLINES = (
    ("2026-12-04", "Inscriptions au repas de Noël"),
    ("2026-12-18", "Repas de Noël de l'association"),
    ("2027-01-08", "Dépôt des candidatures pour l'élection des délégués"),
    ("2027-01-29", "Retour du questionnaire de satisfaction"),
    ("2027-03-31", "Fin de la trêve hivernale"),
)

USAGERS72_DECISIONS = (
    ("2026-09-24", 1, "L'accueil de jour ouvre aussi le samedi matin à partir de novembre."),
    ("2026-09-24", 1, "Le conseil des usagers se réunit une fois par mois, le jeudi après-midi."),
    ("2026-09-24", 1, "Un interprète est proposé aux membres du conseil qui le demandent."),
    ("2026-10-22", 2, "La participation à l'épicerie solidaire reste à 10 % du prix des produits."),
    ("2026-10-22", 2, "Les machines à laver du CHRS sont accessibles jusqu'à 21 h."),
    ("2026-10-22", 2, "Le repas de Noël est gratuit pour les personnes accueillies et les bénévoles."),
    ("2026-11-19", 3, "Les colis de l'épicerie sont distribués le mardi et le jeudi."),
    ("2026-11-19", 3, "Une permanence de la CAF a lieu à l'accueil de jour le premier lundi du mois."),
    ("2026-11-19", 3, "Les animaux de compagnie sont acceptés au CHRS dans deux chambres."),
    ("2026-11-19", 3, "Le vestiaire solidaire est déplacé à l'épicerie faute de place à l'accueil de jour."),
    ("2026-11-19", 3, "Les délégués du conseil sont remboursés de leurs tickets de bus."),
)

USAGERS72_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du conseil de septembre", "Sophie Lemarchand", "2026-10-01", 1, "done"),
        ("Afficher les nouveaux horaires de l'accueil de jour", "Kevin Bruneau", "2026-11-06", 1),
        ("Faire la liste des produits qui manquent à l'épicerie", "Ginette Moreau", "2026-11-13", 2),
        ("Organiser une réunion d'information sur la prime d'activité", "Amina Touré", "2026-11-20", 2,
         "cancelled"),
        ("Vérifier les règles d'hygiène pour les animaux au CHRS", "Rachid Benali", "2026-11-27", 3),
        ("Recueillir les inscriptions au repas de Noël à l'accueil de jour", "Youssef Amrani", "2026-12-04", 3),
        ("Tenir la première permanence CAF à l'accueil de jour", "Amina Touré", "2026-12-07", 3),
        ("Réserver le camion pour la ramasse du samedi", "Dimitri Popescu", "2026-12-11", 3),
        ("Rembourser les tickets de bus des délégués", "Aurélie Gasnier", "2026-12-15", 3),
        ("Préparer la décoration de la salle pour le repas de Noël", "Youssef Amrani", "2026-12-17", 3),
        ("Traduire le questionnaire de satisfaction en arabe et en anglais", "Nadia Haddad", "2026-12-18", 3),
        ("Présenter la domiciliation au conseil de janvier", "Olivier Brochard", "2027-01-14", 3),
        ("Inscrire les jeunes de l'accueil de jour aux ateliers de la Mission locale", "Julie Perrault",
         "2027-01-22", 3),
        ("Préparer le témoignage du conseil pour le CCRPA", "Bernard Cailleau", "2027-02-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the day centre's delegate.
USAGERS72_ASKERS = {SLUG: ASKER}

USAGERS72_GROUPS = {
    SLUG: (USAGERS72_MEMBERS, USAGERS72_MEETINGS, USAGERS72_DEADLINES, USAGERS72_DECISIONS, "Sophie Lemarchand"),
}

# What the facilitator typed after the councils of October (n°2) and November (n°3); nothing was recorded for
# the council of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Fatoumata Keïta, Youssef Amrani, Sophie Lemarchand, Rachid Benali, Aurélie Gasnier, "
    "Ginette Moreau, Dimitri Popescu, Amina Touré, Bernard Cailleau",
    "/excuses n°2 Claire Fontanel, Nadia Haddad",
    "/absents n°2 Hervé Langlois",
    "/presents n°3 Fatoumata Keïta, Youssef Amrani, Nadia Haddad, Sophie Lemarchand, Claire Fontanel, "
    "Kevin Bruneau, Ginette Moreau, Amina Touré, Olivier Brochard, Leila Mansouri",
    "/excuses n°3 Rachid Benali, Dimitri Popescu, Julie Perrault",
    "/absents n°3 Hervé Langlois, Sylvain Drouet",
)

# What members said in the chat before the council of 10 December (n°4).
RSVPS = (
    ("Fatoumata Keïta", "/present"),
    ("Sophie Lemarchand", "/present"),
    ("Ginette Moreau", "/present"),
    ("Amina Touré", "/present"),
    ("Hervé Langlois", "/excuse"),
    ("Dimitri Popescu", "/excuse"),
)

USAGERS72_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "u72", ATTENDANCE_COMMANDS, RSVPS),
}
