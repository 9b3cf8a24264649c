"""A group written by r26a in the twenty-sixth round, for blind set 33a
(vague and descriptive references, a newcomer's set): the working group on
child protection and families of the Conseil départemental de
Loir-et-Cher, which prepares the departmental « schéma enfance-famille
2027-2031» — the Département's director of childhood and family
(coordinator), the vice-president who chairs, the group's secretary, a
new policy officer of the departmental observatory, the head of youth
prevention, and partners: the CAF, the préfecture, France Travail, the
Région, the CPAM, Agglopolys, the Éducation nationale, the PJJ, the UDAF,
the Maison des adolescents, the juvenile court, and the association of the
asker, an educator who joined in November. Each description a newcomer
may use (« la dame de la CAF », « le nouveau du département », « celle qui
s'occupe des jeunes ») fits one member. Tasks (three late, three done,
one cancelled) and the attendance of two meetings in the store, announced
presences for the meeting of 10 December; the person asking is a member,
not the coordinator. Organisation names are real public bodies or invented
ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ENFANCE41_AFTER_SETUP", "ENFANCE41_ASKERS", "ENFANCE41_GROUPS", "ENFANCE41_TASKS"]

SLUG = "enfance41"
ASKER = "Inès Carvalho"
DEPARTEMENT = "Conseil départemental de Loir-et-Cher"

ENFANCE41_MEMBERS = (
    ("Martine Delorme", DEPARTEMENT, "Directrice de l'enfance et de la famille, coordinatrice du groupe"),
    ("Jean-Paul Verdier", DEPARTEMENT, "Vice-président chargé de l'enfance et de la famille, président du groupe "
                                       "de travail"),
    ("Juliette Morel", DEPARTEMENT, "Secrétaire du groupe de travail, rédige les comptes rendus"),
    ("Romain Lefranc", DEPARTEMENT, "Nouveau chargé de mission de l'observatoire départemental de la protection de "
                                    "l'enfance, arrivé en octobre 2026"),
    ("Nadège Perrin", DEPARTEMENT, "Responsable du service prévention jeunesse et jeunes majeurs"),
    ("Sylvie Marchand", "CAF de Loir-et-Cher", "Conseillère technique parentalité"),
    ("Thomas Girard", "Préfecture de Loir-et-Cher", "Délégué du préfet, référent de la stratégie de prévention et "
                                                    "de protection de l'enfance"),
    ("Hugo Ferrand", "France Travail Loir-et-Cher", "Conseiller accompagnement global"),
    ("Agnès Royer", "Région Centre-Val de Loire", "Chargée de mission solidarités"),
    ("Claire Besson", "CPAM de Loir-et-Cher", "Médecin conseil, santé des enfants confiés"),
    ("Patrice Moulin", "Agglopolys", "Chargé de mission politique de la ville"),
    ("Élodie Garnier", "DSDEN de Loir-et-Cher", "Conseillère technique du service social en faveur des élèves"),
    ("Bruno Castaing", "Protection judiciaire de la jeunesse", "Directeur territorial"),
    ("Gérard Lemoine", "UDAF de Loir-et-Cher", "Administrateur, représentant des familles"),
    ("Mehdi Benali", "Maison des adolescents de Loir-et-Cher", "Psychologue coordinateur"),
    ("Laurence Tessier", "Tribunal judiciaire de Blois", "Juge des enfants"),
    ("Inès Carvalho", "Association Les Petits Pas", "Éducatrice spécialisée à l'accueil de jour de Romorantin"),
)

ENFANCE41_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 17:00", "Hôtel du Département, Blois",
     ("Installation du groupe de travail", "Calendrier de révision du schéma départemental enfance-famille")),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Médiathèque du Parc Ronsard, Vendôme",
     ("Budget 2027 de la prévention spécialisée", "Bilan des placements en urgence")),
    ("2026-11-19 14:00", "2026-11-19 17:00", "Maison départementale de la solidarité, Romorantin-Lanthenay",
     ("Accueil des mineurs non accompagnés", "Locaux de l'accueil de jour de Romorantin")),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Hôtel du Département, Blois",
     ("Avant-projet du schéma départemental enfance-famille 2027-2031",
      "Transport des enfants vers les visites médiatisées", "Point sur le recrutement des assistants familiaux")),
    ("2027-01-26 09:30", "2027-01-26 12:00", "Salle du conseil d'Agglopolys, Blois",
     ("Vote de l'avant-projet de schéma", "Premiers chiffres de l'observatoire")),
    ("2027-03-18 14:00", "2027-03-18 17:00", "Maison des adolescents, Blois", ()),
)

ENFANCE41_DEADLINES = (
    ("2026-12-04", "Retour des contributions à l'avant-projet de schéma"),
    ("2026-12-18", "Dépôt du dossier de financement CAF des lieux d'accueil enfants-parents"),
    ("2027-01-15", "Remise du diagnostic de l'observatoire départemental"),
    ("2027-02-12", "Clôture de l'appel à candidatures des familles d'accueil relais"),
)

ENFANCE41_DECISIONS = (
    ("2026-09-15", 1, "Le groupe de travail se réunit tous les deux mois environ, à Blois ou dans une autre ville du "
                      "département."),
    ("2026-09-15", 1, "Le schéma départemental enfance-famille 2027-2031 est soumis au vote de l'assemblée "
                      "départementale en juin 2027."),
    ("2026-10-15", 2, "Le budget de la prévention spécialisée est maintenu à 1,2 million d'euros en 2027."),
    ("2026-10-15", 2, "Les visites médiatisées ont lieu le mercredi et le samedi matin à la Maison de la parentalité "
                      "de Blois."),
    ("2026-10-15", 2, "Une cellule d'accueil d'urgence de six places ouvre à Vendôme en janvier 2027."),
    ("2026-11-19", 3, "Les enfants confiés sont conduits aux visites médiatisées par un minibus du Département, à la "
                      "place des taxis."),
    ("2026-11-19", 3, "L'accueil de jour de Romorantin s'installe dans les anciens locaux de la PMI, rue de la Tour, "
                      "en février 2027."),
    ("2026-11-19", 3, "Les mineurs non accompagnés de plus de seize ans sont orientés vers le foyer de jeunes "
                      "travailleurs de Blois."),
    ("2026-11-19", 3, "La CPAM assure le bilan de santé des enfants confiés dans les trois mois suivant leur "
                      "placement."),
)

ENFANCE41_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance de septembre", "Juliette Morel", "2026-09-25", 1, "done"),
        ("Réserver la médiathèque de Vendôme pour la séance d'octobre", "Juliette Morel", "2026-10-05", 1, "done"),
        ("Transmettre les chiffres des placements en urgence de 2025", "Bruno Castaing", "2026-11-06", 2),
        ("Chiffrer le coût d'un minibus pour les visites médiatisées", "Romain Lefranc", "2026-11-13", 2, "done"),
        ("Commander une étude sur les jeunes majeurs sortant de l'aide sociale à l'enfance", "Agnès Royer",
         "2026-12-31", 2, "cancelled"),
        ("Envoyer le compte rendu de la séance de novembre", "Juliette Morel", "2026-11-27", 3),
        ("Relancer les bilans de santé en attente des enfants confiés", "Claire Besson", "2026-11-30", 3),
        ("Visiter les anciens locaux de la PMI de Romorantin", "Inès Carvalho", "2026-12-08", 3),
        ("Étudier un partenariat avec France Travail pour les jeunes majeurs", "Hugo Ferrand", "2026-12-11", 3),
        ("Préparer la convention avec le foyer de jeunes travailleurs de Blois", "Nadège Perrin", "2026-12-15", 3),
        ("Monter le dossier de financement des lieux d'accueil enfants-parents", "Sylvie Marchand", "2026-12-18", 3),
        ("Rédiger la fiche de l'accueil de jour pour le schéma", "Inès Carvalho", "2027-01-08", 3),
        ("Recruter le chauffeur du minibus", "Martine Delorme", "2027-01-15", 3),
        ("Présenter la Maison des adolescents au groupe de travail", "Mehdi Benali", "2027-01-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): an educator who joined in November.
ENFANCE41_ASKERS = {SLUG: ASKER}

ENFANCE41_GROUPS = {
    SLUG: (ENFANCE41_MEMBERS, ENFANCE41_MEETINGS, ENFANCE41_DEADLINES, ENFANCE41_DECISIONS, "Martine Delorme"),
}

# What the secretary typed after the meeting at the médiathèque of Vendôme (n°2) and the one at Romorantin (n°3);
# nothing was recorded for the first meeting (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Martine Delorme, Jean-Paul Verdier, Juliette Morel, Sylvie Marchand, Nadège Perrin, "
    "Agnès Royer, Hugo Ferrand, Mehdi Benali, Laurence Tessier",
    "/excuses n°2 Thomas Girard, Patrice Moulin",
    "/absents n°2 Gérard Lemoine",
    "/presents n°3 Martine Delorme, Jean-Paul Verdier, Juliette Morel, Romain Lefranc, Sylvie Marchand, "
    "Thomas Girard, Nadège Perrin, Patrice Moulin, Inès Carvalho, Claire Besson, Bruno Castaing",
    "/excuses n°3 Hugo Ferrand, Élodie Garnier",
    "/absents n°3 Agnès Royer, Mehdi Benali",
)

# What members said in the chat before the meeting of 10 December (n°4).
RSVPS = (
    ("Jean-Paul Verdier", "/present"),
    ("Sylvie Marchand", "/present"),
    ("Thomas Girard", "/present"),
    ("Nadège Perrin", "/present"),
    ("Patrice Moulin", "/excuse"),
    ("Laurence Tessier", "/excuse"),
)

ENFANCE41_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "e41", ATTENDANCE_COMMANDS, RSVPS),
}
