"""A group written by helper w45d in the forty-fourth round, for the lead's
blind set 93 (a stranger's general set in the words of the conseil
d'administration of an invented régie de quartier in the Nord): the invented
Régie de quartier Pont-Rouge Services (an association loi 1901, agréée
entreprise d'insertion, labelled by the CNLRQ) in the quartier prioritaire
of the Pont-Rouge at the invented Courvalles (about 40,000 inhabitants).
Its three colleges: the habitants (the président, the trésorière, the
secrétaire, two administratrices — one of them the asker), the partenaires
institutionnels (the ville's adjoint à la politique de la ville and its chef
de projet, the responsables de secteur of Partenord Habitat and Vilogia, the
Département du Nord's chargée de mission insertion), the salariés (an
encadrant technique, a salarié en insertion elected by his peers); with the
directeur, the chargée d'accompagnement socioprofessionnel (CIP), the
responsable of the service de proximité, a second encadrant technique,
France Travail's conseillère, the invented auto-école sociale En Route
Courvalles; the directeur's assistante is the group's coordinator.
Meetings: the CA of September at the régie's local, the CA on the 2027
budget of October at the Maison de quartier du Pont-Rouge, the CA of
November at the local, the CA of 8 December at the local, the CA of January
at the mairie of Courvalles and the assemblée générale of April at the
centre social. Tasks (three late, one of them the asker's; one done; one
cancelled), the attendance of the September and November CA in the store,
announced presences for 8 December; the person asking is a member, not the
coordinator. Public bodies named: the CNLRQ, Partenord Habitat, Vilogia, the
Département du Nord, France Travail, the DREETS; the town, its quartier, the
régie, the auto-école and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["REGIE59_AFTER_SETUP", "REGIE59_ASKERS", "REGIE59_GROUPS", "REGIE59_TASKS"]

SLUG = "regie59"
ASKER = "Nadia Bensaïd"
HABITANTS = "Régie de quartier Pont-Rouge Services, collège des habitants"
SALARIES = "Régie de quartier Pont-Rouge Services, collège des salariés"
REGIE = "Régie de quartier Pont-Rouge Services"
VILLE = "Ville de Courvalles"
LOCAL = "local de la régie, 14 rue des Hirondelles, Courvalles"

REGIE59_MEMBERS = (
    ("Jean-Marc Delattre", HABITANTS, "Président de la régie, habitant du quartier"),
    ("Fatima Benali", HABITANTS, "Trésorière, habitante du quartier"),
    ("Monique Vandamme", HABITANTS, "Secrétaire du conseil d'administration, habitante du quartier"),
    ("Nadia Bensaïd", HABITANTS, "Administratrice, habitante du quartier"),
    ("Josiane Carlier", HABITANTS, "Administratrice, habitante du quartier, référente de la Fête des voisins"),
    ("Philippe Deleplanque", VILLE, "Adjoint au maire délégué à la politique de la ville, collège des partenaires "
                                   "institutionnels"),
    ("Sébastien Hennebelle", VILLE, "Chef de projet politique de la ville (contrat de ville), collège des "
                                   "partenaires institutionnels"),
    ("Caroline Duquesne", "Partenord Habitat", "Responsable de secteur du Pont-Rouge, collège des partenaires "
                                               "institutionnels"),
    ("Thomas Verhaeghe", "Vilogia", "Responsable de secteur, collège des partenaires institutionnels"),
    ("Sandrine Lefebvre", "Département du Nord, direction territoriale", "Chargée de mission insertion (RSA), "
                                                                          "collège des partenaires institutionnels"),
    ("Didier Wallart", SALARIES, "Encadrant technique espaces verts, élu du collège des salariés"),
    ("Yacine Hamdi", SALARIES, "Salarié en insertion (agent de nettoyage), élu par ses pairs au collège des "
                               "salariés"),
    ("Olivier Caron", REGIE, "Directeur de la régie"),
    ("Aurore Decroix", REGIE, "Chargée d'accompagnement socioprofessionnel (CIP), suivi des parcours des salariés en "
                              "insertion"),
    ("Ludovic Masson", REGIE, "Responsable du service de proximité (laverie solidaire, bricothèque, jardins "
                              "partagés)"),
    ("Mickaël Debaisieux", REGIE, "Encadrant technique petit bâtiment et second œuvre"),
    ("Céline Dufour", REGIE, "Assistante de direction, coordinatrice du conseil d'administration"),
    ("Émilie Catteau", "France Travail Courvalles", "Conseillère à l'emploi, référente IAE"),
    ("Bernard Lesage", "Auto-école sociale En Route Courvalles", "Responsable pédagogique, enseignant de la "
                                                                  "conduite"),
)

REGIE59_MEETINGS = (
    ("2026-09-22 18:00", "2026-09-22 20:30", f"Conseil d'administration, {LOCAL}", ()),
    ("2026-10-15 17:30", "2026-10-15 19:30", "Conseil d'administration consacré au budget 2027, Maison de quartier du "
                                             "Pont-Rouge, Courvalles", ()),
    ("2026-11-17 18:00", "2026-11-17 20:30", f"Conseil d'administration, {LOCAL}", ()),
    ("2026-12-08 18:00", "2026-12-08 20:30", f"Conseil d'administration, {LOCAL}",
     ("Renouvellement du label CNLRQ",
      "Dialogue de gestion avec la DREETS : bilan des sorties dynamiques",
      "Marché d'entretien des parties communes avec Partenord Habitat",
      "Ouverture de la bricothèque le samedi")),
    ("2027-01-26 18:00", "2027-01-26 20:30", "Conseil d'administration, salle des commissions, mairie de Courvalles",
     ("Budget prévisionnel 2027 et aides au poste",
      "Recrutement d'un encadrant technique nettoyage")),
    ("2027-04-22 18:30", "2027-04-22 21:00", "Assemblée générale de la régie, grande salle du centre social du "
                                             "Pont-Rouge, Courvalles",
     ("Rapport d'activité 2026",
      "Approbation des comptes 2026",
      "Élection du collège des habitants")),
)

REGIE59_DEADLINES = (
    ("2026-11-27", "Réponse à la consultation de Vilogia pour l'entretien des espaces verts"),
    ("2026-12-11", "Envoi du dossier de dialogue de gestion à la DREETS"),
    ("2026-12-18", "Transmission des bilans de parcours des salariés en insertion au Département"),
    ("2027-01-15", "Dépôt du dossier de renouvellement du label au CNLRQ"),
    ("2027-02-26", "Demande de subvention à l'appel à projets du contrat de ville"),
    ("2027-03-31", "Signature de l'avenant à la convention avec la ville"),
)

REGIE59_DECISIONS = (
    ("2026-09-22", 1, "Le conseil d'administration se réunit le mardi à 18 heures, environ une fois par mois, hors "
                      "juillet et août."),
    ("2026-09-22", 1, "Le compte rendu de chaque conseil est envoyé aux administrateurs sous huit jours."),
    ("2026-09-22", 1, "La laverie solidaire est ouverte aux habitants du quartier le mercredi et le samedi matin, au "
                      "tarif de 2 euros la machine."),
    ("2026-09-22", 1, "La Fête des voisins 2027 est organisée avec les amicales de locataires le dernier vendredi de "
                      "mai, au square des Tilleuls."),
    ("2026-09-22", 1, "Les salariés en insertion bénéficient d'une heure d'accompagnement socioprofessionnel par "
                      "semaine sur leur temps de travail."),
    ("2026-10-15", 2, "Le budget prévisionnel 2027 est arrêté à 1 240 000 euros, dont 46 % d'aides au poste de "
                      "l'État."),
    ("2026-10-15", 2, "Le tarif horaire facturé aux bailleurs pour l'entretien des parties communes passe à 27,50 "
                      "euros au 1er janvier 2027."),
    ("2026-10-15", 2, "La régie finance le permis B de quatre salariés en insertion par an avec l'auto-école "
                      "sociale."),
    ("2026-10-15", 2, "La bricothèque prête les outils gratuitement aux adhérents, contre une caution de 20 euros."),
    ("2026-11-17", 3, "Le nombre de postes en CDDI est porté de 32 à 36 équivalents temps plein pour 2027."),
    ("2026-11-17", 3, "Le contrat d'un salarié en insertion est renouvelé par périodes de six mois, dans la limite "
                      "de vingt-quatre mois."),
    ("2026-11-17", 3, "La gestion des encombrants de la résidence des Hirondelles est confiée à l'équipe nettoyage "
                      "à partir de janvier 2027."),
    ("2026-11-17", 3, "Deux parcelles des jardins partagés sont réservées chaque année aux salariés en "
                      "insertion."),
    ("2026-11-17", 3, "La préparation de l'assemblée générale se fait avec un représentant de chaque collège."),
)

REGIE59_TASKS = {
    SLUG: (
        ("Organiser une visite du chantier de la résidence des Hirondelles pour les administrateurs",
         "Didier Wallart", "2026-10-30", 1, "cancelled"),
        ("Envoyer le projet de budget 2027 aux administrateurs", "Céline Dufour", "2026-10-09", 1, "done"),
        ("Préparer le bilan des sorties dynamiques 2026 pour la DREETS", "Aurore Decroix", "2026-11-20", 2),
        ("Recenser les habitants intéressés par l'ouverture de la bricothèque le samedi", "Nadia Bensaïd",
         "2026-11-26", 2),
        ("Chiffrer l'entretien des parties communes de Partenord Habitat pour 2027", "Olivier Caron", "2026-11-30", 3),
        ("Transmettre la liste des candidats orientés vers la régie", "Émilie Catteau", "2026-12-04", 3),
        ("Fixer le calendrier des leçons de conduite des salariés en insertion", "Bernard Lesage", "2026-12-10", 3),
        ("Réunir les pièces du dossier de renouvellement du label", "Céline Dufour", "2027-01-08", 3),
        ("Présenter l'avenant à la convention avec la ville en commission municipale", "Philippe Deleplanque",
         "2027-01-20", 3),
        ("Rédiger le mot des habitants pour le rapport d'activité", "Nadia Bensaïd", "2027-03-19", 3),
        ("Organiser la Fête des voisins 2027 avec les amicales de locataires", "Josiane Carlier", "2027-04-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): an habitante administratrice.
REGIE59_ASKERS = {SLUG: ASKER}

REGIE59_GROUPS = {
    SLUG: (REGIE59_MEMBERS, REGIE59_MEETINGS, REGIE59_DEADLINES, REGIE59_DECISIONS, "Céline Dufour"),
}

# What the coordinator typed after the CA of September (n°1) and of November (n°3); nothing was recorded for the
# budget CA of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Marc Delattre, Fatima Benali, Nadia Bensaïd, Monique Vandamme, Josiane Carlier, "
    "Sébastien Hennebelle, Caroline Duquesne, Thomas Verhaeghe, Didier Wallart, Yacine Hamdi, Olivier Caron, "
    "Aurore Decroix, Ludovic Masson, Céline Dufour, Bernard Lesage",
    "/excuses n°1 Philippe Deleplanque, Sandrine Lefebvre, Émilie Catteau",
    "/absents n°1 Mickaël Debaisieux",
    "/presents n°3 Jean-Marc Delattre, Nadia Bensaïd, Monique Vandamme, Philippe Deleplanque, Sébastien Hennebelle, "
    "Caroline Duquesne, Sandrine Lefebvre, Didier Wallart, Olivier Caron, Aurore Decroix, Émilie Catteau, "
    "Céline Dufour, Mickaël Debaisieux",
    "/excuses n°3 Fatima Benali, Thomas Verhaeghe, Ludovic Masson, Bernard Lesage",
    "/absents n°3 Yacine Hamdi, Josiane Carlier",
)

# What members said in the chat before the CA of 8 December (n°4).
RSVPS = (
    ("Jean-Marc Delattre", "/present"),
    ("Olivier Caron", "/present"),
    ("Céline Dufour", "/present"),
    ("Aurore Decroix", "/present"),
    ("Caroline Duquesne", "/present"),
    ("Sébastien Hennebelle", "/present"),
    ("Didier Wallart", "/present"),
    ("Émilie Catteau", "/present"),
    ("Monique Vandamme", "/present"),
    ("Thomas Verhaeghe", "/excuse"),
    ("Sandrine Lefebvre", "/excuse"),
    ("Philippe Deleplanque", "/excuse"),
)

REGIE59_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "regie", ATTENDANCE_COMMANDS, RSVPS),
}
