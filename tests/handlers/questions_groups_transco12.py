"""A group written by helper r39b in the thirty-eighth round, for blind set
46b (members who ask with something wrong in the question: a wrong date or
weekday, a wrong place, the wrong person for a role or a body, a decision
remembered wrong or never taken, a deadline said passed that is not, a
meeting said cancelled that is not, someone said absent who was present, a
task said done that is open, a number that does not exist): the commission
des transports scolaires et de la mobilité rurale of an invented territory
of the Aveyron (the Lévézou and the Viaur) — the Département's
vice-president for mobility who chairs it, the head of the school-transport
service who coordinates it, the service's officer for registrations and
routes (who takes the apologies); the Région Occitanie (liO network); two
invented coach companies; the principals of two invented collèges; the
DSDEN; the FCPE (the asker, its departmental president) and the PEEP; the
mayors or deputies of three invented communes; an invented communauté de
communes; an invented transport-à-la-demande operator; the gendarmerie's
road-safety officer; an invented association for disabled pupils'
transport; SNCF Voyageurs' manager of Rodez station; an invented Maison
France Services.
Meetings: the plenary commissions of September and November, a working
group on transport à la demande in October, the next commission on Monday
14 December at 17:30, a working group on the transport of disabled pupils
in January and the yearly plenary commission in February. Attendance is
recorded for the three past meetings, and the announced presences for 14
December; the person asking is a member, not the coordinator.
Organisation names are public bodies (the Département de l'Aveyron, the
Région Occitanie, the DSDEN de l'Aveyron, the FCPE, the PEEP, the
gendarmerie, SNCF Voyageurs) or invented ones (the coach companies, the
collèges, the communes, the communauté de communes, the operator, the
association, the Maison France Services); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["TRANSCO12_AFTER_SETUP", "TRANSCO12_ASKERS", "TRANSCO12_GROUPS", "TRANSCO12_TASKS"]

SLUG = "transco12"
ASKER = "Karine Bastide"
DEPARTEMENT = "Département de l'Aveyron"
HOTEL = "salle du conseil, Hôtel du Département, Rodez"

TRANSCO12_MEMBERS = (
    ("Bernadette Vaissière", DEPARTEMENT, "Vice-présidente chargée des mobilités, présidente de la commission "
                                          "des transports scolaires"),
    ("Thierry Combettes", DEPARTEMENT, "Chef du service des transports scolaires, coordinateur de la commission"),
    ("Sylvie Alibert", DEPARTEMENT, "Gestionnaire des inscriptions et des circuits scolaires"),
    ("Jérôme Bousquet", "Région Occitanie", "Chargé de mission réseau liO pour l'Aveyron"),
    ("Laurence Fabre-Cayla", "Autocars du Lévézou", "Directrice d'exploitation"),
    ("Gilles Marty", "Voyages Causse et Ségala", "Gérant"),
    ("Isabelle Rouquette", "Collège des Monts du Lévézou", "Principale"),
    ("Patrice Delmas", "Collège Les Deux Vallées", "Principal"),
    ("Nathalie Cros", "DSDEN de l'Aveyron", "Inspectrice de l'éducation nationale, chargée de la carte scolaire"),
    ("Karine Bastide", "FCPE de l'Aveyron", "Présidente départementale des parents d'élèves"),
    ("Hervé Lacombe", "PEEP de l'Aveyron", "Représentant des parents d'élèves"),
    ("Marc Vidal", "Mairie de Saint-Ambroix-du-Lévézou", "Maire"),
    ("Christine Alric", "Mairie de Montbel-sur-Viaur", "Maire adjointe chargée des écoles"),
    ("Didier Galtier", "Mairie de La Bastide-Ségala", "Maire"),
    ("Amandine Crouzet", "Communauté de communes Lévézou-Viaur", "Chargée de mission mobilité"),
    ("Romain Issaly", "Mobi'Lévézou", "Responsable du transport à la demande"),
    ("Frédéric Mazars", "Gendarmerie de l'Aveyron", "Capitaine, référent sécurité routière"),
    ("Sandrine Puech", "Association Roule Ensemble 12", "Présidente, transport des élèves en situation de "
                                                        "handicap"),
    ("Olivier Bénézech", "SNCF Voyageurs", "Chef de la gare de Rodez"),
    ("Mélanie Couderc", "Maison France Services du Lévézou", "Animatrice France Services"),
)

TRANSCO12_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", f"Commission des transports scolaires : bilan de la rentrée, {HOTEL}",
     ()),
    ("2026-10-14 09:30", "2026-10-14 12:00", "Groupe de travail transport à la demande, Maison France Services du "
                                             "Lévézou, Saint-Ambroix-du-Lévézou", ()),
    ("2026-11-12 14:00", "2026-11-12 16:30", f"Commission des transports scolaires : sécurité des arrêts, {HOTEL}",
     ()),
    ("2026-12-14 17:30", "2026-12-14 19:30", f"Commission des transports scolaires, {HOTEL}",
     ("Bilan des circuits après la Toussaint",
      "Sécurisation des points d'arrêt",
      "Horaires du transport à la demande le mercredi",
      "Calendrier des inscriptions pour la rentrée 2027")),
    ("2027-01-13 10:00", "2027-01-13 12:00", "Groupe de travail transport des élèves en situation de handicap, "
                                             "mairie de Montbel-sur-Viaur",
     ("Accompagnateurs dans les véhicules adaptés",
      "Demandes des familles pour la rentrée 2027")),
    ("2027-02-04 14:00", "2027-02-04 16:30", "Commission plénière annuelle des transports scolaires, salle de "
                                             "l'assemblée, Hôtel du Département, Rodez",
     ("Rapport annuel 2026 du transport scolaire",
      "Renouvellement des marchés de circuits 2027-2028")),
)

TRANSCO12_DEADLINES = (
    ("2026-11-27", "Retour des demandes de nouveaux points d'arrêt par les communes"),
    ("2026-12-11", "Dépôt des dossiers d'aide au transport des élèves internes"),
    ("2026-12-18", "Envoi aux familles des duplicatas de cartes de transport"),
    ("2027-01-15", "Remontée par les collèges des effectifs prévisionnels de la rentrée 2027"),
    ("2027-01-29", "Avis des communes sur les horaires du transport à la demande"),
    ("2027-03-31", "Publication de l'appel d'offres des circuits scolaires 2027-2028"),
    ("2027-07-15", "Clôture des inscriptions au transport scolaire pour la rentrée 2027"),
)

TRANSCO12_DECISIONS = (
    ("2026-09-10", 1, "La participation des familles au transport scolaire est fixée à 90 € par élève et par an."),
    ("2026-09-10", 1, "Le transport est gratuit à partir du troisième enfant transporté d'une même famille."),
    ("2026-09-10", 1, "Les élèves domiciliés à moins de 3 km de leur collège ne sont pas transportés, sauf trajet "
                      "reconnu dangereux."),
    ("2026-09-10", 1, "Les excuses sont adressées à Sylvie Alibert, au service des transports scolaires."),
    ("2026-10-14", 2, "Le transport à la demande est ouvert aux collégiens le mercredi après-midi."),
    ("2026-10-14", 2, "La réservation du transport à la demande se fait au plus tard la veille à 17 h."),
    ("2026-10-14", 2, "La communauté de communes Lévézou-Viaur finance 30 % du coût du transport à la demande."),
    ("2026-10-14", 2, "Le circuit scolaire n°7 dessert désormais le hameau de Lagarrigue."),
    ("2026-11-12", 3, "Des gilets haute visibilité sont distribués gratuitement à tous les élèves de sixième."),
    ("2026-11-12", 3, "Le point d'arrêt de la RD 911 à Montbel-sur-Viaur est déplacé devant la salle des fêtes."),
    ("2026-11-12", 3, "Un élève qui reçoit trois avertissements est exclu du transport pendant une semaine."),
    ("2026-11-12", 3, "Les élèves en situation de handicap ont un accompagnateur dans le véhicule adapté à partir "
                      "de janvier."),
    ("2026-11-12", 3, "Le duplicata de la carte de transport est facturé 10 €."),
    ("2026-11-12", 3, "La commission se réunit au moins une fois par trimestre, hors vacances scolaires."),
)

TRANSCO12_TASKS = {
    SLUG: (
        ("Recenser les points d'arrêt dangereux du Lévézou", "Frédéric Mazars", "2026-11-06", 1, "done"),
        ("Organiser une séance de prévention dans les cars au collège Les Deux Vallées", "Patrice Delmas",
         "2026-11-20", 1, "cancelled"),
        ("Envoyer le compte rendu de la commission du 12 novembre", "Sylvie Alibert", "2026-11-26", 3),
        ("Transmettre la liste des élèves de sixième pour les gilets", "Isabelle Rouquette", "2026-11-25", 3),
        ("Recueillir l'avis des parents sur le déplacement de l'arrêt de Montbel", "Karine Bastide", "2026-11-30",
         3),
        ("Rédiger une note aux familles sur la gratuité du troisième enfant", "Karine Bastide", "2026-12-10", 1),
        ("Proposer des horaires de transport à la demande pour le mercredi", "Romain Issaly", "2026-12-09", 2),
        ("Chiffrer le coût d'un accompagnateur dans les véhicules adaptés", "Gilles Marty", "2026-12-16", 3),
        ("Étudier la correspondance du car de 7 h 10 avec le TER en gare de Rodez", "Olivier Bénézech",
         "2027-01-08", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the FCPE's departmental president.
TRANSCO12_ASKERS = {SLUG: ASKER}

TRANSCO12_GROUPS = {
    SLUG: (TRANSCO12_MEMBERS, TRANSCO12_MEETINGS, TRANSCO12_DEADLINES, TRANSCO12_DECISIONS, "Thierry Combettes"),
}

# What the coordinator typed after the commissions of September (n°1) and November (n°3) and the working group on
# transport à la demande (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernadette Vaissière, Thierry Combettes, Sylvie Alibert, Jérôme Bousquet, Laurence Fabre-Cayla, "
    "Gilles Marty, Isabelle Rouquette, Patrice Delmas, Nathalie Cros, Karine Bastide, Marc Vidal, Christine Alric, "
    "Frédéric Mazars, Sandrine Puech, Mélanie Couderc",
    "/excuses n°1 Hervé Lacombe, Olivier Bénézech, Amandine Crouzet",
    "/absents n°1 Didier Galtier",
    "/presents n°2 Thierry Combettes, Sylvie Alibert, Amandine Crouzet, Romain Issaly, Marc Vidal, Didier Galtier, "
    "Mélanie Couderc, Jérôme Bousquet, Karine Bastide",
    "/excuses n°2 Christine Alric",
    "/presents n°3 Bernadette Vaissière, Thierry Combettes, Sylvie Alibert, Jérôme Bousquet, Laurence Fabre-Cayla, "
    "Gilles Marty, Isabelle Rouquette, Patrice Delmas, Karine Bastide, Hervé Lacombe, Marc Vidal, Christine Alric, "
    "Amandine Crouzet, Frédéric Mazars, Sandrine Puech, Romain Issaly",
    "/excuses n°3 Nathalie Cros, Olivier Bénézech",
    "/absents n°3 Didier Galtier",
)

# What members said in the chat before the commission of 14 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Bernadette Vaissière", "/present"),
    ("Thierry Combettes", "/present"),
    ("Sylvie Alibert", "/present"),
    ("Jérôme Bousquet", "/present"),
    ("Laurence Fabre-Cayla", "/present"),
    ("Isabelle Rouquette", "/present"),
    ("Frédéric Mazars", "/present"),
    ("Sandrine Puech", "/present"),
    ("Marc Vidal", "/present"),
    ("Gilles Marty", "/excuse"),
    ("Hervé Lacombe", "/excuse"),
)

TRANSCO12_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "t12", ATTENDANCE_COMMANDS, RSVPS),
}
