"""A group written by helper w37b in the thirty-sixth round, for the lead's
blind set 71 (a stranger's general set in the words of the bureau and working
group of a communauté professionnelle territoriale de santé (CPTS) of the
Cantal): the invented CPTS Aurillac et Vallées — the general practitioner who
chairs it and its coordinatrice (the group's coordinator), a second general
practitioner (vice-president), two pharmacists, two infirmiers libéraux (IDEL;
one of them the asker), a kinésithérapeute, a sage-femme, two members of the
centre hospitalier d'Aurillac, the ARS's délégation départementale du Cantal,
the CPAM du Cantal, two services of the Département du Cantal (a médecin of
the PMI and the service of the elderly's autonomy), an invented SSIAD, an
invented EHPAD's director, the DAC du Cantal, an invented patients'
association and an invented maison de santé pluriprofessionnelle (MSP).
Meetings: the general assembly of June at the IFSI, the bureau élargi of
September at the MSP de Vic-sur-Cère, the working group on the soins non
programmés in October at the hospital, the bureau élargi of November at the
maison des associations d'Arpajon-sur-Cère, the bureau élargi of 8 December,
the working group on the prevention of falls in January at the EHPAD and the
extraordinary general assembly of February that votes the revised projet de
santé. Tasks (three late, one of them the asker's; one done; one cancelled),
the attendance of the September and November bureaus in the store, announced
presences for the bureau of 8 December; the person asking is a member, not the
coordinator. Organisation names are public bodies (the ARS, the CPAM, the
Département du Cantal, the centre hospitalier d'Aurillac, the DAC du Cantal)
or invented ones (the CPTS, the pharmacies, the cabinets, the SSIAD, the
EHPAD, the MSP, the association); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CPTS15_AFTER_SETUP", "CPTS15_ASKERS", "CPTS15_GROUPS", "CPTS15_TASKS"]

SLUG = "cpts15"
ASKER = "Nathalie Vermenouze"
CPTS = "CPTS Aurillac et Vallées, communauté professionnelle territoriale de santé"
HOPITAL = "Centre hospitalier d'Aurillac"
MSP = "Maison de santé pluriprofessionnelle de Laroquebrou"

CPTS15_MEMBERS = (
    ("Bernard Lavergne", CPTS, "Médecin généraliste, président de la CPTS"),
    ("Élodie Cabanes", CPTS, "Coordinatrice de la CPTS"),
    ("Julien Mazars", "Cabinet médical de Jussac", "Médecin généraliste, vice-président de la CPTS, référent de "
                                                   "l'accès au médecin traitant"),
    ("Mathieu Fel", "Pharmacie des Volcans, Aurillac", "Pharmacien titulaire, trésorier de la CPTS"),
    ("Sophie Lacombe", "Pharmacie de la Jordanne, Saint-Simon", "Pharmacienne, référente de la mission vaccination"),
    ("Nathalie Vermenouze", "Cabinet infirmier de Vic-sur-Cère", "Infirmière libérale, secrétaire de la CPTS"),
    ("Romain Chambon", "Cabinet infirmier d'Arpajon-sur-Cère", "Infirmier libéral, référent des soins non "
                                                               "programmés"),
    ("Cédric Maury", "Cabinet de kinésithérapie du Prat, Aurillac", "Masseur-kinésithérapeute, référent de la "
                                                                     "prévention des chutes"),
    ("Laure Garrouste", "Cabinet de sage-femme d'Aurillac", "Sage-femme libérale, référente du parcours "
                                                             "périnatalité"),
    ("Paul Ribes", HOPITAL, "Chef du service des urgences, référent du lien ville-hôpital"),
    ("Isabelle Couderc", HOPITAL, "Cadre de santé, chargée des sorties d'hospitalisation"),
    ("Vincent Delmas", "ARS Auvergne-Rhône-Alpes, délégation départementale du Cantal",
     "Chargé de mission premier recours, référent des CPTS du Cantal"),
    ("Marie-Christine Rouquier", "CPAM du Cantal", "Conseillère chargée de l'accord conventionnel "
                                                   "interprofessionnel (ACI)"),
    ("Hélène Fau", "Département du Cantal, service de protection maternelle et infantile (PMI)", "Médecin de PMI"),
    ("Christophe Lapeyre", "Département du Cantal, service autonomie des personnes âgées",
     "Responsable du service autonomie"),
    ("Sylvie Bonnafous", "SSIAD du Pays d'Aurillac", "Infirmière coordinatrice du SSIAD"),
    ("Jacques Teulade", "EHPAD Les Tilleuls, Vic-sur-Cère", "Directeur de l'EHPAD"),
    ("Aurélie Montarnal", "DAC du Cantal, dispositif d'appui à la coordination", "Chargée d'appui aux parcours "
                                                                                   "complexes"),
    ("Georges Vidal", "Association des usagers de la santé du Pays d'Aurillac", "Président de l'association, "
                                                                                 "représentant des patients"),
    ("Anne Verdier", MSP, "Médecin généraliste, responsable de la maison de santé"),
)

CPTS15_MEETINGS = (
    ("2026-06-16 20:00", "2026-06-16 22:00", "Assemblée générale de la CPTS Aurillac et Vallées, amphithéâtre de "
                                             "l'IFSI d'Aurillac", ()),
    ("2026-09-22 20:00", "2026-09-22 22:00", "Bureau élargi de la CPTS, salle de réunion de la maison de santé de "
                                             "Vic-sur-Cère", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Groupe de travail sur les soins non programmés, centre hospitalier "
                                             "d'Aurillac, salle du conseil de surveillance", ()),
    ("2026-11-17 20:00", "2026-11-17 22:00", "Bureau élargi de la CPTS : point sur l'ACI et la vaccination, maison "
                                             "des associations d'Arpajon-sur-Cère", ()),
    ("2026-12-08 20:00", "2026-12-08 22:00", "Bureau élargi de la CPTS, salle de réunion de la maison de santé de "
                                             "Vic-sur-Cère",
     ("Bilan de la campagne de vaccination antigrippale",
      "Organisation des gardes de fin d'année",
      "Parcours de sortie d'hospitalisation avec le centre hospitalier",
      "Indicateurs de l'ACI 2026 pour la CPAM")),
    ("2027-01-12 14:00", "2027-01-12 16:30", "Groupe de travail sur la prévention des chutes des personnes âgées, "
                                             "EHPAD Les Tilleuls, Vic-sur-Cère",
     ("Ateliers équilibre dans les EHPAD et à domicile",
      "Repérage des fragilités par les infirmiers libéraux")),
    ("2027-02-09 20:00", "2027-02-09 22:00", "Assemblée générale extraordinaire : vote du projet de santé révisé, "
                                             "amphithéâtre de l'IFSI d'Aurillac",
     ("Vote du projet de santé révisé",
      "Élection du nouveau bureau")),
)

CPTS15_DEADLINES = (
    ("2026-12-04", "Retour des tableaux de garde des médecins pour les fêtes de fin d'année"),
    ("2026-12-11", "Remontée des chiffres de vaccination antigrippale des pharmacies et des infirmiers"),
    ("2026-12-31", "Transmission du rapport d'activité 2026 de l'ACI à la CPAM du Cantal"),
    ("2027-01-15", "Réponse à l'appel à projets de l'ARS sur la prévention des chutes"),
    ("2027-01-26", "Envoi du projet de santé révisé aux adhérents avant l'assemblée générale"),
    ("2027-03-31", "Paiement des cotisations 2027 des adhérents de la CPTS"),
)

CPTS15_DECISIONS = (
    ("2026-06-16", 1, "La cotisation annuelle à la CPTS est fixée à 30 euros pour les professionnels libéraux et à "
                      "100 euros pour les structures."),
    ("2026-06-16", 1, "Le bureau élargi de la CPTS se réunit tous les deux mois, le mardi à 20 h."),
    ("2026-06-16", 1, "La CPTS retient quatre missions prioritaires : l'accès au médecin traitant, les soins non "
                      "programmés, le parcours des personnes âgées et la prévention."),
    ("2026-09-22", 2, "Les patients en affection de longue durée sans médecin traitant sont orientés en priorité vers "
                      "les médecins qui ont encore de la place, sur une liste tenue par la coordinatrice."),
    ("2026-09-22", 2, "Les pharmacies et les infirmiers libéraux participent à la campagne de vaccination "
                      "antigrippale à partir du 15 octobre."),
    ("2026-09-22", 2, "Les libéraux qui siègent au bureau élargi sont indemnisés 120 euros par réunion sur les "
                      "crédits de l'ACI."),
    ("2026-10-13", 3, "Des créneaux de soins non programmés sont ouverts chaque jour de 17 h à 19 h dans les "
                      "cabinets volontaires."),
    ("2026-10-13", 3, "Le service des urgences oriente vers la CPTS les patients qui relèvent de la médecine "
                      "générale, par le numéro unique de la CPTS."),
    ("2026-10-13", 3, "Les kinésithérapeutes prennent en charge l'entorse de cheville en accès direct dans le cadre "
                      "du protocole de la CPTS."),
    ("2026-11-17", 4, "Une permanence de soins non programmés est tenue le samedi matin de 9 h à 12 h à la maison "
                      "de santé de Laroquebrou."),
    ("2026-11-17", 4, "Un infirmier libéral ou une infirmière du SSIAD passe voir chaque patient de plus de 75 ans "
                      "dans les 48 heures qui suivent sa sortie d'hospitalisation."),
    ("2026-11-17", 4, "La CPTS finance des ateliers de prévention des chutes animés par un kinésithérapeute dans deux "
                      "EHPAD à partir de février 2027."),
    ("2026-11-17", 4, "Les sages-femmes libérales proposent un entretien prénatal précoce à toutes les femmes "
                      "enceintes sans médecin traitant."),
    ("2026-11-17", 4, "La CPTS organise une journée de dépistage du diabète au marché d'Aurillac au printemps "
                      "2027."),
)

CPTS15_TASKS = {
    SLUG: (
        ("Organiser une soirée de formation sur les plaies chroniques", "Romain Chambon", "2026-10-23", 2,
         "cancelled"),
        ("Recenser les médecins qui acceptent encore de nouveaux patients", "Julien Mazars", "2026-10-30", 2,
         "done"),
        ("Mettre à jour l'annuaire des professionnels de la CPTS", "Élodie Cabanes", "2026-11-13", 2),
        ("Rédiger le protocole d'accès direct pour l'entorse de cheville", "Cédric Maury", "2026-11-20", 3),
        ("Compiler les chiffres de vaccination des infirmiers libéraux", "Nathalie Vermenouze", "2026-11-27", 4),
        ("Préparer le planning des gardes de fin d'année", "Julien Mazars", "2026-12-04", 4),
        ("Préparer la fiche de liaison pour les sorties d'hospitalisation", "Isabelle Couderc", "2026-12-07", 4),
        ("Présenter le bilan de la campagne de vaccination au bureau", "Sophie Lacombe", "2026-12-08", 4),
        ("Diffuser le questionnaire sur les soins non programmés aux cabinets infirmiers", "Nathalie Vermenouze",
         "2026-12-15", 4),
        ("Rédiger la réponse à l'appel à projets de l'ARS sur les chutes", "Élodie Cabanes", "2027-01-15", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): an infirmière libérale.
CPTS15_ASKERS = {SLUG: ASKER}

CPTS15_GROUPS = {
    SLUG: (CPTS15_MEMBERS, CPTS15_MEETINGS, CPTS15_DEADLINES, CPTS15_DECISIONS, "Élodie Cabanes"),
}

# What the coordinatrice typed after the bureau of September (n°2) and the bureau of November (n°4); nothing was
# recorded for the general assembly of June (n°1) nor for the working group at the hospital (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Bernard Lavergne, Élodie Cabanes, Julien Mazars, Mathieu Fel, Nathalie Vermenouze, "
    "Romain Chambon, Cédric Maury, Paul Ribes, Vincent Delmas, Marie-Christine Rouquier, Sylvie Bonnafous, "
    "Anne Verdier",
    "/excuses n°2 Sophie Lacombe, Hélène Fau, Jacques Teulade",
    "/absents n°2 Georges Vidal",
    "/presents n°4 Bernard Lavergne, Élodie Cabanes, Julien Mazars, Mathieu Fel, Sophie Lacombe, Romain Chambon, "
    "Laure Garrouste, Isabelle Couderc, Marie-Christine Rouquier, Christophe Lapeyre, Sylvie Bonnafous, "
    "Jacques Teulade, Aurélie Montarnal, Georges Vidal",
    "/excuses n°4 Nathalie Vermenouze, Paul Ribes, Vincent Delmas",
    "/absents n°4 Cédric Maury",
)

# What members said in the chat before the bureau of 8 December (n°5).
RSVPS = (
    ("Bernard Lavergne", "/present"),
    ("Élodie Cabanes", "/present"),
    ("Julien Mazars", "/present"),
    ("Mathieu Fel", "/present"),
    ("Sophie Lacombe", "/present"),
    ("Paul Ribes", "/present"),
    ("Isabelle Couderc", "/present"),
    ("Marie-Christine Rouquier", "/present"),
    ("Sylvie Bonnafous", "/present"),
    ("Vincent Delmas", "/excuse"),
    ("Jacques Teulade", "/excuse"),
)

CPTS15_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cp15", ATTENDANCE_COMMANDS, RSVPS),
}
