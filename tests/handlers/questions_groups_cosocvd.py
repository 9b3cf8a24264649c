"""A group written by helper r32b in the thirty-first round, for blind set 39b
(a stranger's general set in letter-like, formal messages, in Swiss French):
the commission sociale of Chavornens, an invented commune of about 20,000
people in the canton de Vaud — the municipale in charge of social affairs
who chairs it, the head of the commune's social service who runs it (the
coordinator), the greffe's secretary who keeps the procès-verbaux, the
syndic, the commune's youth delegate; the centre social régional (CSR,
an invented « CSR de la Venoge »: a head of unit and a social worker), Pro
Senectute Vaud (a social worker: the asker), Caritas Vaud, the centre
médico-social (CMS), the doyen of the commune's school, the Église
réformée's diaconie, the EVAM's reception centre, an invented housing
foundation, an invented local employers' association and a member of the
Catholic parish council. Séances de la commission, working groups (seniors
and caregivers; precarity and emergency housing); the préavis on housing,
the Christmas meal of the elderly (septante ans et plus), the permanence
sociale, bons alimentaires, aide au chauffage. Tasks (three late, three
done, one cancelled; two of the asker's), the attendance of the working
group of October and of the séance of November in the store (nothing
recorded for the séance of September), announced presences for the working
group of 8 December; the person asking is a member, not the coordinator.
Organisation names are public bodies or plausible ones (the commune, its
CSR's name, the foundation, the employers' association and the parishes
are invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["COSOCVD_AFTER_SETUP", "COSOCVD_ASKERS", "COSOCVD_GROUPS", "COSOCVD_TASKS"]

SLUG = "cosoc-vd"
ASKER = "Christine Jaquier"
COMMUNE = "Commune de Chavornens"
CSR = "Centre social régional de la Venoge"

COSOCVD_MEMBERS = (
    ("Anne-Catherine Dubuis", COMMUNE, "Municipale en charge des affaires sociales, présidente de la "
                                       "commission sociale"),
    ("Pierre-Alain Favre", COMMUNE, "Chef du service social communal"),
    ("Mélanie Perrin", COMMUNE, "Secrétaire de la commission sociale, greffe municipal"),
    ("Jean-Daniel Pasche", COMMUNE, "Syndic"),
    ("Yves Clerc", COMMUNE, "Délégué jeunesse, animateur socioculturel"),
    ("Marc-Henri Golay", CSR, "Responsable d'unité revenu d'insertion"),
    ("Aline Rossier", CSR, "Assistante sociale"),
    ("Christine Jaquier", "Pro Senectute Vaud", "Assistante sociale, consultation sociale régionale"),
    ("Isabelle Monnier", "Caritas Vaud", "Responsable de la consultation sociale et des bons alimentaires"),
    ("Laurent Bovet", "Centre médico-social de Chavornens", "Responsable du CMS"),
    ("Olivier Mottier", "Établissement primaire et secondaire de Chavornens", "Doyen"),
    ("Sophie Reymond", "Paroisse réformée de Chavornens", "Diacre, chargée de la diaconie"),
    ("Selim Demiri", "EVAM", "Responsable du centre d'accueil de Chavornens"),
    ("Daniel Cuendet", "Fondation chavornensoise pour le logement", "Gérant de la fondation"),
    ("Jacqueline Gilliéron", "Société industrielle et commerciale de Chavornens", "Présidente"),
    ("Bernard Tornare", "Paroisse catholique Saint-Martin", "Membre du conseil de paroisse"),
)

COSOCVD_MEETINGS = (
    ("2026-09-10 18:30", "2026-09-10 20:30", "Séance de la commission sociale, salle de la Municipalité, hôtel de "
                                             "ville", ()),
    ("2026-10-07 14:00", "2026-10-07 16:00", "Groupe de travail seniors et proches aidants, CMS de Chavornens", ()),
    ("2026-11-12 18:30", "2026-11-12 20:30", "Séance de la commission sociale, salle de la Municipalité, hôtel de "
                                             "ville", ()),
    ("2026-12-08 14:00", "2026-12-08 16:00", "Groupe de travail précarité et logement d'urgence, salle de la "
                                             "Fondation chavornensoise pour le logement",
     ("Hébergement d'urgence pour l'hiver", "Bilan des bons alimentaires de Caritas",
      "Places de stage dans les entreprises de la SIC", "Permanence sociale du jeudi : premier bilan")),
    ("2026-12-17 18:30", "2026-12-17 20:30", "Séance de la commission sociale, salle de la Municipalité, hôtel de "
                                             "ville",
     ("Projet de préavis sur la politique communale du logement", "Budget 2027 du service social",
      "Rapport de la diaconie sur l'accueil du mercredi")),
    ("2027-01-20 14:00", "2027-01-20 16:00", "Groupe de travail seniors et proches aidants, CMS de Chavornens",
     ("Journée des proches aidants 2027", "Visites à domicile des aînés isolés")),
    ("2027-03-11 18:30", "2027-03-11 20:30", "Séance de la commission sociale, salle de la Municipalité, hôtel de "
                                             "ville",
     ("Rapport annuel 2026 de la commission sociale",)),
)

COSOCVD_DEADLINES = (
    ("2026-12-11", "Retour des remarques sur le projet de préavis logement au service social"),
    ("2026-12-18", "Inscriptions au repas de Noël des aînés"),
    ("2027-01-29", "Dépôt des demandes de subvention 2027 des associations"),
    ("2027-02-26", "Transmission des statistiques 2026 du CSR à la Municipalité"),
    ("2027-03-19", "Remise du rapport annuel 2026 de la commission sociale à la Municipalité"),
)

COSOCVD_DECISIONS = (
    ("2026-09-10", 1, "La commission sociale siège quatre fois par an ; des groupes de travail se réunissent entre "
                      "les séances."),
    ("2026-09-10", 1, "Le repas de Noël des aînés est offert par la Commune aux habitants de septante ans et plus."),
    ("2026-09-10", 1, "Une permanence sociale commune du service social et du CSR est ouverte chaque jeudi "
                      "après-midi à l'hôtel de ville."),
    ("2026-09-10", 1, "Le service social élabore un projet de préavis sur la politique communale du logement."),
    ("2026-10-07", 2, "Les visites à domicile aux aînés isolés sont assurées par des bénévoles formés par Pro "
                      "Senectute."),
    ("2026-10-07", 2, "Une journée des proches aidants est organisée chaque année en octobre avec le CMS."),
    ("2026-10-07", 2, "Le transport bénévole vers le CMS est étendu aux habitants des hameaux."),
    ("2026-11-12", 3, "Dix logements de la Fondation sont réservés à l'hébergement d'urgence."),
    ("2026-11-12", 3, "Les bons alimentaires de Caritas sont remis au guichet du service social et non plus à la "
                      "cure."),
    ("2026-11-12", 3, "Une aide au chauffage de 150 francs est versée cet hiver aux ménages au revenu "
                      "d'insertion."),
    ("2026-11-12", 3, "Le projet de vestiaire social à la salle de paroisse est reporté à 2027."),
)

COSOCVD_TASKS = {
    SLUG: (
        ("Envoyer le procès-verbal de la séance de septembre", "Mélanie Perrin", "2026-09-25", 1, "done"),
        ("Recenser les aînés isolés de plus de huitante ans", "Laurent Bovet", "2026-10-30", 2),
        ("Organiser une séance publique d'information sur le logement", "Anne-Catherine Dubuis", "2026-11-05", 1,
         "cancelled"),
        ("Établir l'horaire du transport bénévole vers le CMS", "Sophie Reymond", "2026-11-13", 2, "done"),
        ("Chiffrer l'aide au chauffage pour le budget 2027", "Marc-Henri Golay", "2026-11-20", 3),
        ("Informer les familles du centre EVAM de la permanence sociale", "Selim Demiri", "2026-11-25", 1),
        ("Envoyer le procès-verbal de la séance de novembre", "Mélanie Perrin", "2026-11-26", 3, "done"),
        ("Rédiger le projet de préavis sur la politique du logement", "Pierre-Alain Favre", "2026-12-04", 1),
        ("Mettre à disposition la liste des dix logements d'urgence", "Daniel Cuendet", "2026-12-07", 3),
        ("Préparer les invitations au repas de Noël des aînés", "Christine Jaquier", "2026-12-09", 1),
        ("Organiser la remise des bons alimentaires au guichet", "Isabelle Monnier", "2026-12-10", 3),
        ("Former les bénévoles des visites à domicile", "Christine Jaquier", "2026-12-15", 2),
        ("Trouver des places de stage dans les entreprises membres", "Jacqueline Gilliéron", "2027-01-15", 3),
        ("Présenter le projet de vestiaire social au conseil de paroisse", "Bernard Tornare", "2027-01-22", 3),
        ("Préparer un atelier de prévention du surendettement au collège", "Olivier Mottier", "2027-02-05", 3),
        ("Recruter des jeunes pour les petits jobs d'été", "Yves Clerc", "2027-03-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Pro Senectute Vaud's social worker, who
# trains the volunteers of the home visits and sends the invitations to the Christmas meal of the elderly.
COSOCVD_ASKERS = {SLUG: ASKER}

COSOCVD_GROUPS = {
    SLUG: (COSOCVD_MEMBERS, COSOCVD_MEETINGS, COSOCVD_DEADLINES, COSOCVD_DECISIONS, "Pierre-Alain Favre"),
}

# What the secretary typed after the working group of October (n°2) and the séance of November (n°3); nothing was
# recorded for the séance of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Anne-Catherine Dubuis, Pierre-Alain Favre, Mélanie Perrin, Christine Jaquier, Laurent Bovet, "
    "Sophie Reymond, Bernard Tornare",
    "/excuses n°2 Isabelle Monnier, Marc-Henri Golay",
    "/absents n°2 Yves Clerc",
    "/presents n°3 Anne-Catherine Dubuis, Pierre-Alain Favre, Mélanie Perrin, Christine Jaquier, Marc-Henri Golay, "
    "Aline Rossier, Isabelle Monnier, Laurent Bovet, Olivier Mottier, Sophie Reymond, Daniel Cuendet, "
    "Jacqueline Gilliéron",
    "/excuses n°3 Jean-Daniel Pasche, Selim Demiri, Yves Clerc",
    "/absents n°3 Bernard Tornare",
)

# What members said in the chat before the working group of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Pierre-Alain Favre", "/present"),
    ("Marc-Henri Golay", "/present"),
    ("Isabelle Monnier", "/present"),
    ("Daniel Cuendet", "/present"),
    ("Sophie Reymond", "/present"),
    ("Jacqueline Gilliéron", "/present"),
    ("Anne-Catherine Dubuis", "/excuse"),
    ("Selim Demiri", "/excuse"),
)

COSOCVD_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cosvd", ATTENDANCE_COMMANDS, RSVPS),
}
