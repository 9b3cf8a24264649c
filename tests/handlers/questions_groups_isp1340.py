"""A group written by r28a in the twenty-seventh round, for blind set 35a
(a stranger's general set in Belgian French): the plateforme d'insertion
socioprofessionnelle of the CPAS and the commune of Ottignies-Louvain-la-
Neuve (Brabant wallon) — its monthly « réunion de coordination » held in
turn at the CPAS, the Maison de l'emploi, the hôtel de ville and the
Mission locale, and a « diner-rencontre » (noon) with employers. Members:
the CPAS (its présidente who chairs, its vice-présidente who replaces her,
its directeur général, the coordinator of the insertion service, a social
worker for the « article 60 » contracts), the commune (the bourgmestre,
the échevine des affaires sociales, the PCS project leader), the Forem,
the Mission locale, an invented ASBL running an entreprise de formation
par le travail (its coordinator — the asker — and a trainer), the AVIQ,
the ONE, the Province du Brabant wallon and the Région wallonne (SPW
Intérieur et Action sociale). Tasks (three late, two done, one
cancelled) and the attendance of the meetings of October and November in
the store (nothing recorded for September), announced presences for the
meeting of 10 December. Organisation names are real public bodies or
invented ones (the ASBL); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ISP1340_AFTER_SETUP", "ISP1340_ASKERS", "ISP1340_GROUPS", "ISP1340_TASKS"]

SLUG = "isp1340"
ASKER = "Grégory Lahaye"
CPAS = "CPAS d'Ottignies-Louvain-la-Neuve"
COMMUNE = "Commune d'Ottignies-Louvain-la-Neuve"
ASBL = "ASBL Tremplin Dyle"

ISP1340_MEMBERS = (
    ("Françoise Delhaye", CPAS, "Présidente du CPAS, présidente de la réunion de coordination"),
    ("Pascale Hubin", CPAS, "Conseillère de l'action sociale, vice-présidente du CPAS"),
    ("Marc Vanderlinden", CPAS, "Directeur général du CPAS"),
    ("Sophie Gilson", CPAS, "Coordinatrice du service d'insertion socioprofessionnelle, coordinatrice de la "
                            "plateforme"),
    ("Kevin Baudoux", CPAS, "Assistant social, agent d'insertion chargé des contrats article 60"),
    ("Jean-Luc Hennaux", COMMUNE, "Bourgmestre"),
    ("Anne-Catherine Wéry", COMMUNE, "Échevine des affaires sociales et de l'emploi"),
    ("Laetitia Wauters", COMMUNE, "Cheffe de projet du plan de cohésion sociale"),
    ("Olivier Delcourt", "Le Forem", "Conseiller entreprises au Forem de Wavre, relais du CPAS"),
    ("Nathalie Goffin", "Mission locale d'Ottignies-Louvain-la-Neuve", "Directrice de la Mission locale"),
    ("Grégory Lahaye", ASBL, "Coordinateur de l'entreprise de formation par le travail"),
    ("Didier Masset", ASBL, "Formateur en rénovation du bâtiment"),
    ("Isabelle Mertens", "AVIQ", "Conseillère en intégration professionnelle au bureau régional de Wavre"),
    ("Christine Renier", "ONE", "Coordinatrice accueil de la subrégion du Brabant wallon"),
    ("Bernard Piette", "Province du Brabant wallon", "Attaché au service provincial de l'action sociale"),
    ("Valérie Jadot", "SPW Intérieur et Action sociale", "Inspectrice des plans de cohésion sociale pour la "
                                                         "Région wallonne"),
)

ISP1340_MEETINGS = (
    ("2026-09-22 09:30", "2026-09-22 12:00", "Réunion de coordination, salle du conseil du CPAS, Ottignies", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "Réunion de coordination, Maison de l'emploi, Louvain-la-Neuve", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Réunion de coordination, salle du collège, hôtel de ville d'Ottignies",
     ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Réunion de coordination, salle du conseil du CPAS, Ottignies",
     ("Bilan des contrats article 60 de 2026", "Programme du module de remobilisation",
      "Abonnements TEC des stagiaires", "Rapport d'activités du plan de cohésion sociale")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Réunion de coordination, Mission locale, Louvain-la-Neuve",
     ("Aides à l'emploi de l'AVIQ", "Demande de subside à la Province pour l'atelier numérique")),
    ("2027-02-11 12:00", "2027-02-11 14:00", "Diner-rencontre avec les employeurs, Ferme du Biéreau, "
                                             "Louvain-la-Neuve",
     ("Présentation des stagiaires de l'entreprise de formation par le travail",)),
)

ISP1340_DEADLINES = (
    ("2026-12-15", "Remise du rapport d'activités 2026 du plan de cohésion sociale à la Région wallonne"),
    ("2026-12-21", "Conseil de l'action sociale : vote du budget 2027 du CPAS"),
    ("2027-01-29", "Date limite de l'appel à projets de la Province du Brabant wallon"),
    ("2027-02-26", "Clôture des inscriptions à la formation d'aide-ménagère"),
    ("2027-03-31", "Rapport annuel des contrats article 60 au SPP Intégration sociale"),
)

ISP1340_DECISIONS = (
    ("2026-09-22", 1, "La réunion de coordination se tient une fois par mois, en alternance à Ottignies et à "
                      "Louvain-la-Neuve."),
    ("2026-09-22", 1, "Le CPAS engage deux travailleurs sous contrat article 60 au service des travaux de la "
                      "commune."),
    ("2026-09-22", 1, "Une permanence commune du Forem et du CPAS est ouverte le jeudi matin à la Maison de "
                      "l'emploi."),
    ("2026-10-15", 2, "Le module de remobilisation démarre en janvier avec douze places, animé par l'ASBL "
                      "Tremplin Dyle."),
    ("2026-10-15", 2, "Les frais de garde d'enfants des stagiaires sont pris en charge par le CPAS à hauteur de "
                      "quatre euros par jour."),
    ("2026-10-15", 2, "La commune prête gratuitement la salle de la maison de quartier du Bauloy pour les "
                      "ateliers."),
    ("2026-11-17", 3, "Le projet de potager collectif est postposé au printemps 2027, faute de terrain."),
    ("2026-11-17", 3, "Le plan de cohésion sociale finance les abonnements TEC des stagiaires pendant trois mois."),
    ("2026-11-17", 3, "Une demande de subside est introduite auprès de la Province pour l'atelier numérique."),
    ("2026-11-17", 3, "L'ONE organise une séance d'information sur les places d'accueil pour les parents en "
                      "formation."),
    ("2026-11-17", 3, "Le diner-rencontre avec les employeurs aura lieu le 11 février à la Ferme du Biéreau."),
)

ISP1340_TASKS = {
    SLUG: (
        ("Envoyer le PV de la réunion de septembre", "Sophie Gilson", "2026-09-30", 1, "done"),
        ("Signer la convention article 60 avec la commune", "Françoise Delhaye", "2026-10-23", 1, "done"),
        ("Demander un devis pour le terrain du potager collectif", "Anne-Catherine Wéry", "2026-11-13", 2,
         "cancelled"),
        ("Lister les candidats au module de remobilisation", "Kevin Baudoux", "2026-11-13", 2),
        ("Transmettre les chiffres de mise à l'emploi du Forem", "Olivier Delcourt", "2026-11-20", 2),
        ("Commander les abonnements TEC des stagiaires", "Laetitia Wauters", "2026-11-27", 3),
        ("Envoyer le programme du module de remobilisation", "Grégory Lahaye", "2026-12-04", 2),
        ("Présenter la convention article 60 au collège communal", "Jean-Luc Hennaux", "2026-12-08", 1),
        ("Préparer le rapport d'activités du plan de cohésion sociale", "Laetitia Wauters", "2026-12-11", 3),
        ("Chiffrer la garde d'enfants des stagiaires pour le budget 2027", "Marc Vanderlinden", "2026-12-14", 3),
        ("Fixer la date de la séance d'information de l'ONE", "Christine Renier", "2026-12-18", 3),
        ("Inviter les employeurs au diner-rencontre", "Nathalie Goffin", "2027-01-15", 3),
        ("Présenter les aides à l'emploi de l'AVIQ", "Isabelle Mertens", "2027-01-19", 3),
        ("Rédiger la demande de subside pour l'atelier numérique", "Grégory Lahaye", "2027-01-22", 3),
        ("Expliquer les critères de l'inspection du plan de cohésion sociale", "Valérie Jadot", "2027-02-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the ASBL's coordinator.
ISP1340_ASKERS = {SLUG: ASKER}

ISP1340_GROUPS = {
    SLUG: (ISP1340_MEMBERS, ISP1340_MEETINGS, ISP1340_DEADLINES, ISP1340_DECISIONS, "Sophie Gilson"),
}

# What the coordinator typed after the meetings of the Maison de l'emploi (n°2) and of the hôtel de ville (n°3);
# nothing was recorded for the meeting of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Françoise Delhaye, Sophie Gilson, Kevin Baudoux, Anne-Catherine Wéry, Laetitia Wauters, "
    "Olivier Delcourt, Nathalie Goffin, Grégory Lahaye, Christine Renier, Isabelle Mertens",
    "/excuses n°2 Marc Vanderlinden, Bernard Piette",
    "/absents n°2 Jean-Luc Hennaux",
    "/presents n°3 Pascale Hubin, Sophie Gilson, Kevin Baudoux, Marc Vanderlinden, Jean-Luc Hennaux, "
    "Anne-Catherine Wéry, Laetitia Wauters, Nathalie Goffin, Grégory Lahaye, Didier Masset, Bernard Piette",
    "/excuses n°3 Françoise Delhaye, Olivier Delcourt, Christine Renier",
    "/absents n°3 Isabelle Mertens, Valérie Jadot",
)

# What members said in the chat before the meeting of 10 December (n°4).
RSVPS = (
    ("Françoise Delhaye", "/present"),
    ("Sophie Gilson", "/present"),
    ("Anne-Catherine Wéry", "/present"),
    ("Olivier Delcourt", "/present"),
    ("Marc Vanderlinden", "/present"),
    ("Jean-Luc Hennaux", "/excuse"),
    ("Christine Renier", "/excuse"),
)

ISP1340_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "i13", ATTENDANCE_COMMANDS, RSVPS),
}
