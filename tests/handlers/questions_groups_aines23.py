"""A group written by r29d in the twenty-eighth round, for blind set 36c
(a stranger's general set in spoken syntax): the comité des aînés of an
invented rural commune of the Creuse, Saint-Firmin-des-Combes, run by its
CCAS — the mayor who presides over the CCAS, his deputy for social affairs
who chairs the committee, a municipal councillor for transport, the town
hall's secretary, the CCAS's social worker who coordinates, the president
and the treasurer of the seniors' club, two retired volunteers of a mutual
aid association (one of them the asker, who runs the volunteer transport),
and partners: the MSA, the CARSAT, the ADMR, the Département's APA team and
the health centre's nurse. Tasks (three late, three done, one cancelled)
and the attendance of the committees of October and November in the store
(nothing recorded for September), announced presences for the committee of
10 December; the person asking is a member, not the coordinator.
Organisation names are real public bodies or invented ones (the commune,
its CCAS, the club, the association, the health centre); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["AINES23_AFTER_SETUP", "AINES23_ASKERS", "AINES23_GROUPS", "AINES23_TASKS"]

SLUG = "aines23"
ASKER = "Gérard Mazaud"
MAIRIE = "Mairie de Saint-Firmin-des-Combes"
CLUB = "Club des aînés Les Genêts"
ENTRAIDE = "Association Saint-Firmin Entraide"

AINES23_MEMBERS = (
    ("Marcel Dufaud", MAIRIE, "Maire, président du CCAS"),
    ("Josiane Lacouture", MAIRIE, "Adjointe aux affaires sociales, présidente du comité des aînés"),
    ("Christophe Lageyre", MAIRIE, "Conseiller municipal délégué aux transports et à la voirie"),
    ("Maryse Tixier", MAIRIE, "Secrétaire de mairie"),
    ("Sylvie Marchadier", "CCAS de Saint-Firmin-des-Combes", "Travailleuse sociale, coordinatrice du comité des "
                                                              "aînés"),
    ("Roger Peyrat", CLUB, "Président du club des aînés, bénévole retraité"),
    ("Henriette Chabrol", CLUB, "Trésorière du club, bénévole retraitée"),
    ("Gérard Mazaud", ENTRAIDE, "Bénévole retraité, référent du transport solidaire"),
    ("Odette Vergnaud", ENTRAIDE, "Bénévole retraitée, référente des visites de convivialité"),
    ("Nadia Ferrand", "MSA du Limousin", "Conseillère en action sanitaire et sociale"),
    ("Pascal Rouchon", "CARSAT Centre-Ouest", "Chargé d'action sociale retraite"),
    ("Céline Aubrun", "ADMR de la Creuse", "Responsable de secteur de l'aide à domicile"),
    ("Isabelle Thévenot", "Conseil départemental de la Creuse", "Évaluatrice médico-sociale de l'équipe APA"),
    ("Karine Debord", "Maison de santé des Combes", "Infirmière coordinatrice"),
)

AINES23_MEETINGS = (
    ("2026-09-24 14:30", "2026-09-24 16:30", "Comité des aînés, salle du conseil, mairie de Saint-Firmin-des-Combes",
     ()),
    ("2026-10-22 14:30", "2026-10-22 16:30", "Comité des aînés, salle des Genêts, Saint-Firmin-des-Combes", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Comité des aînés, salle polyvalente, Saint-Firmin-des-Combes", ()),
    ("2026-12-10 14:30", "2026-12-10 16:30", "Comité des aînés, salle du conseil, mairie de Saint-Firmin-des-Combes",
     ("Organisation du repas de Noël des aînés", "Bilan du transport solidaire",
      "Plan grand froid : liste des personnes isolées", "Aides de la CARSAT pour l'adaptation du logement")),
    ("2027-01-21 14:30", "2027-01-21 16:30", "Comité des aînés, salle des Genêts, Saint-Firmin-des-Combes",
     ("Lancement des ateliers mémoire de la MSA", "Résultats du questionnaire sur l'isolement")),
    ("2027-02-16 10:00", "2027-02-16 12:00", "Réunion publique d'information, salle polyvalente, "
                                             "Saint-Firmin-des-Combes",
     ("L'allocation personnalisée d'autonomie et l'aide à domicile expliquées aux familles",)),
)

AINES23_DEADLINES = (
    ("2026-12-04", "Inscriptions au repas des aînés auprès de la mairie"),
    ("2026-12-19", "Repas de Noël des aînés à la salle polyvalente"),
    ("2027-01-15", "Retour des questionnaires sur l'isolement"),
    ("2027-02-26", "Dépôt de la demande de subvention à la conférence des financeurs"),
    ("2027-03-31", "Vote du budget du CCAS"),
)

AINES23_DECISIONS = (
    ("2026-09-24", 1, "Le comité des aînés se réunit une fois par mois, en principe le jeudi après-midi."),
    ("2026-09-24", 1, "Le repas de Noël des aînés est offert par le CCAS aux habitants de plus de 70 ans."),
    ("2026-09-24", 1, "Un transport solidaire assuré par des bénévoles est mis en place pour les rendez-vous "
                      "médicaux."),
    ("2026-10-22", 2, "Le transport solidaire fonctionne le mardi et le jeudi, avec une participation de 0,30 euro "
                      "par kilomètre."),
    ("2026-10-22", 2, "Des visites de convivialité sont organisées chaque semaine chez les personnes isolées."),
    ("2026-10-22", 2, "Les personnes qui ne peuvent pas se déplacer au repas de Noël reçoivent un colis à "
                      "domicile."),
    ("2026-11-17", 3, "Les ateliers mémoire de la MSA auront lieu à la salle des Genêts à partir de janvier."),
    ("2026-11-17", 3, "Le CCAS finance la téléassistance à hauteur de 50 % pour les personnes non imposables."),
    ("2026-11-17", 3, "Le registre des personnes fragiles du plan grand froid est tenu par la secrétaire de mairie."),
    ("2026-11-17", 3, "Le projet de navette vers le marché de Bourganeuf est reporté faute de chauffeur bénévole."),
)

AINES23_TASKS = {
    SLUG: (
        ("Réserver la salle polyvalente pour le repas de Noël", "Maryse Tixier", "2026-10-02", 1, "done"),
        ("Recruter des chauffeurs bénévoles pour le transport solidaire", "Roger Peyrat", "2026-10-16", 1, "done"),
        ("Mettre à jour la liste des personnes isolées", "Sylvie Marchadier", "2026-11-06", 2),
        ("Demander un devis au traiteur pour le repas de Noël", "Josiane Lacouture", "2026-11-13", 2),
        ("Étudier une navette vers le marché de Bourganeuf", "Christophe Lageyre", "2026-11-20", 2, "cancelled"),
        ("Signer la convention de téléassistance", "Marcel Dufaud", "2026-11-25", 3, "done"),
        ("Envoyer la liste des aides de la CARSAT pour l'adaptation du logement", "Pascal Rouchon", "2026-11-27", 3),
        ("Établir le planning des chauffeurs du transport solidaire pour décembre", "Gérard Mazaud", "2026-12-04", 3),
        ("Inscrire les aînés au repas de Noël", "Maryse Tixier", "2026-12-04", 3),
        ("Présenter le bilan du transport solidaire au comité", "Gérard Mazaud", "2026-12-10", 3),
        ("Distribuer le questionnaire sur l'isolement avec le bulletin municipal", "Christophe Lageyre",
         "2026-12-15", 3),
        ("Préparer les colis de Noël pour les personnes qui ne se déplacent pas", "Henriette Chabrol", "2026-12-17",
         3),
        ("Organiser les visites de convivialité pendant les fêtes", "Odette Vergnaud", "2026-12-18", 3),
        ("Planifier les ateliers mémoire avec le club des aînés", "Nadia Ferrand", "2027-01-08", 3),
        ("Faire connaître l'aide à domicile de l'ADMR aux sortants d'hôpital", "Céline Aubrun", "2027-01-29", 3),
        ("Présenter l'APA et le plan d'aide à la réunion publique", "Isabelle Thévenot", "2027-02-16", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the volunteer who runs the transport.
AINES23_ASKERS = {SLUG: ASKER}

AINES23_GROUPS = {
    SLUG: (AINES23_MEMBERS, AINES23_MEETINGS, AINES23_DEADLINES, AINES23_DECISIONS, "Sylvie Marchadier"),
}

# What the social worker typed after the committees of October (n°2) and November (n°3); nothing was
# recorded for the committee of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Josiane Lacouture, Sylvie Marchadier, Marcel Dufaud, Roger Peyrat, Henriette Chabrol, "
    "Gérard Mazaud, Odette Vergnaud, Pascal Rouchon, Céline Aubrun, Christophe Lageyre",
    "/excuses n°2 Nadia Ferrand, Isabelle Thévenot, Maryse Tixier",
    "/absents n°2 Karine Debord",
    "/presents n°3 Josiane Lacouture, Sylvie Marchadier, Maryse Tixier, Roger Peyrat, Gérard Mazaud, "
    "Odette Vergnaud, Nadia Ferrand, Isabelle Thévenot, Karine Debord",
    "/excuses n°3 Marcel Dufaud, Henriette Chabrol, Céline Aubrun",
    "/absents n°3 Christophe Lageyre, Pascal Rouchon",
)

# What members said in the chat before the committee of 10 December (n°4).
RSVPS = (
    ("Josiane Lacouture", "/present"),
    ("Sylvie Marchadier", "/present"),
    ("Roger Peyrat", "/present"),
    ("Odette Vergnaud", "/present"),
    ("Pascal Rouchon", "/present"),
    ("Marcel Dufaud", "/excuse"),
    ("Isabelle Thévenot", "/excuse"),
)

AINES23_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "a23", ATTENDANCE_COMMANDS, RSVPS),
}
