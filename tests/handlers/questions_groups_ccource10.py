"""A group written by r27b in the twenty-seventh round, for blind set 34b
(a stranger's general set in the register of elected officials and staff
of small communes): the commission mobilité of an invented communauté de
communes in the Aube, Ource et Seine — its president (mayor of Essoyes),
the vice-president for mobility who chairs the commission (mayor of
Germaine), the vice-president for finance (mayor of Vaux), the director
general of services, the chargée de mission mobilité who coordinates, the
France services facilitator, the mayor of Rue (the asker) and his town
hall's secretary, the deputy for social affairs of Fontaine, the first
deputy of Florent, and partners: the PETR, the sous-préfecture of
Bar-sur-Aube, the Région Grand Est, the Département, Familles rurales and
the MSA. Several communes bear names that are also common words or first
names (Rue, Fontaine, Florent, Germaine, Vaux). Tasks (three late, two
done, one cancelled) and the attendance of the commissions of October and
November in the store (nothing recorded for September), announced
presences for the commission of 8 December; the person asking is a
member, not the coordinator. Organisation names are real public bodies
or invented ones (the communauté de communes, its communes' town halls as
members, the PETR); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CCOURCE10_AFTER_SETUP", "CCOURCE10_ASKERS", "CCOURCE10_GROUPS", "CCOURCE10_TASKS"]

SLUG = "ccource10"
ASKER = "Thierry Babeau"
CC = "Communauté de communes Ource et Seine"

CCOURCE10_MEMBERS = (
    ("Gilles Pasquier", CC, "Président de la communauté de communes, maire d'Essoyes"),
    ("Sandrine Colas", CC, "Vice-présidente chargée de la mobilité, présidente de la commission mobilité, "
                           "maire de Germaine"),
    ("Caroline Mathieu", CC, "Directrice générale des services"),
    ("Émilie Sauvageot", CC, "Chargée de mission mobilité, coordinatrice de la commission"),
    ("Julie Drouot", CC, "Animatrice de l'espace France services d'Essoyes"),
    ("Thierry Babeau", "Mairie de Rue", "Maire de Rue, conseiller communautaire"),
    ("Nathalie Petitjean", "Mairie de Rue", "Secrétaire de mairie"),
    ("Monique Herbelin", "Mairie de Fontaine", "Adjointe au maire chargée des affaires sociales"),
    ("Patrick Jacquinot", "Mairie de Florent", "Premier adjoint au maire, délégué aux transports scolaires"),
    ("Bernard Guyot", "Mairie de Vaux", "Maire de Vaux, vice-président de la communauté de communes chargé des "
                                       "finances"),
    ("Laurent Cottin", "PETR des Trois Vallées", "Directeur du PETR, animateur du contrat de relance et de "
                                                 "transition écologique"),
    ("Hélène Bouchard", "Sous-préfecture de Bar-sur-Aube", "Secrétaire générale de la sous-préfecture"),
    ("Marc Viardot", "Région Grand Est", "Référent mobilité de la Maison de Région de Troyes"),
    ("Claudine Renard", "Conseil départemental de l'Aube", "Conseillère départementale du canton"),
    ("Véronique Thiébaut", "Familles rurales de l'Aube", "Coordinatrice du transport solidaire"),
    ("Yann Ledoux", "MSA Sud Champagne", "Travailleur social du secteur"),
)

CCOURCE10_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Commission mobilité, salle du conseil communautaire, Essoyes", ()),
    ("2026-10-14 18:00", "2026-10-14 20:00", "Commission mobilité, mairie de Germaine", ()),
    ("2026-11-19 18:30", "2026-11-19 20:30", "Commission mobilité, salle des fêtes, Rue", ()),
    ("2026-12-08 18:00", "2026-12-08 20:00", "Commission mobilité, salle du conseil communautaire, Essoyes",
     ("Avis sur le projet de plan de mobilité simplifié", "Bilan des trois premiers mois du transport à la demande",
      "Aires de covoiturage : chiffrage et dossier DETR", "Prêt de vélos à assistance électrique")),
    ("2027-01-14 18:00", "2027-01-14 20:00", "Commission mobilité, mairie de Fontaine",
     ("Questionnaire sur les besoins de déplacement des seniors", "Ligne de bus vers Bar-sur-Seine")),
    ("2027-02-04 14:30", "2027-02-04 17:00", "Conférence des maires, salle polyvalente, Vaux",
     ("Présentation du plan de mobilité simplifié aux maires",)),
)

CCOURCE10_DEADLINES = (
    ("2026-12-11", "Retour de l'avis des conseils municipaux sur le plan de mobilité simplifié"),
    ("2026-12-17", "Conseil communautaire : délibération sur le plan de mobilité simplifié"),
    ("2027-01-22", "Date limite de réponse au questionnaire seniors"),
    ("2027-02-26", "Dépôt du dossier DETR des aires de covoiturage à la sous-préfecture"),
    ("2027-03-30", "Vote du budget 2027 en conseil communautaire"),
)

CCOURCE10_DECISIONS = (
    ("2026-09-17", 1, "La communauté de communes prend la compétence mobilité et devient autorité organisatrice de "
                      "la mobilité locale, sans lever de versement mobilité."),
    ("2026-09-17", 1, "La commission mobilité se réunit en alternance dans les communes membres."),
    ("2026-09-17", 1, "Le transport à la demande est confié à Familles rurales pour une expérimentation d'un an à "
                      "partir d'octobre."),
    ("2026-10-14", 2, "Trois aires de covoiturage seront aménagées, à Essoyes, à Rue et à Florent."),
    ("2026-10-14", 2, "Le transport à la demande circule le mardi et le vendredi matin, au tarif de 2 euros le "
                      "trajet."),
    ("2026-10-14", 2, "La navette du marché d'Essoyes est maintenue le samedi matin."),
    ("2026-11-19", 3, "Le projet de plan de mobilité simplifié est soumis à l'avis des conseils municipaux avant le "
                      "vote du conseil communautaire."),
    ("2026-11-19", 3, "La communauté de communes demande une subvention DETR couvrant 60 % du coût des aires de "
                      "covoiturage."),
    ("2026-11-19", 3, "La ligne de bus vers Bar-sur-Seine est ajournée faute de financement de la Région."),
    ("2026-11-19", 3, "Des vélos à assistance électrique sont prêtés gratuitement pendant un mois aux habitants "
                      "par l'espace France services."),
    ("2026-11-19", 3, "Une enquête sur les besoins de déplacement des seniors est menée avec les secrétaires de "
                      "mairie."),
)

CCOURCE10_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la commission de septembre", "Émilie Sauvageot", "2026-09-30", 1, "done"),
        ("Signer la convention avec Familles rurales pour le transport à la demande", "Gilles Pasquier",
         "2026-10-30", 1, "done"),
        ("Recenser les arrêts du transport à la demande dans chaque commune", "Nathalie Petitjean", "2026-11-06", 2),
        ("Commander une étude de fréquentation de la navette du marché", "Sandrine Colas", "2026-11-13", 2,
         "cancelled"),
        ("Chiffrer l'aménagement des aires de covoiturage", "Caroline Mathieu", "2026-11-20", 2),
        ("Demander à la Région le calendrier de la ligne vers Bar-sur-Seine", "Marc Viardot", "2026-11-27", 3),
        ("Proposer un emplacement pour l'aire de covoiturage de Rue", "Thierry Babeau", "2026-12-04", 2),
        ("Rédiger le projet de délibération sur le plan de mobilité simplifié", "Caroline Mathieu", "2026-12-10", 3),
        ("Faire voter l'avis du conseil municipal de Rue sur le plan de mobilité", "Thierry Babeau", "2026-12-10", 3),
        ("Relayer l'offre de transport à la demande auprès des allocataires de la MSA", "Yann Ledoux",
         "2026-12-15", 3),
        ("Diffuser le questionnaire seniors dans les mairies", "Monique Herbelin", "2026-12-18", 3),
        ("Inscrire les aires de covoiturage au contrat de relance et de transition écologique", "Laurent Cottin",
         "2027-01-15", 3),
        ("Organiser le prêt de vélos électriques à France services", "Julie Drouot", "2027-01-29", 3),
        ("Présenter le transport solidaire à la conférence des maires", "Véronique Thiébaut", "2027-02-04", 3),
        ("Préparer le dossier DETR des aires de covoiturage", "Émilie Sauvageot", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the mayor of Rue.
CCOURCE10_ASKERS = {SLUG: ASKER}

CCOURCE10_GROUPS = {
    SLUG: (CCOURCE10_MEMBERS, CCOURCE10_MEETINGS, CCOURCE10_DEADLINES, CCOURCE10_DECISIONS, "Émilie Sauvageot"),
}

# What the chargée de mission typed after the commissions of Germaine (n°2) and of Rue (n°3); nothing was
# recorded for the commission of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Colas, Émilie Sauvageot, Gilles Pasquier, Thierry Babeau, Monique Herbelin, "
    "Bernard Guyot, Véronique Thiébaut, Marc Viardot, Hélène Bouchard",
    "/excuses n°2 Patrick Jacquinot, Caroline Mathieu",
    "/absents n°2 Laurent Cottin",
    "/presents n°3 Sandrine Colas, Émilie Sauvageot, Caroline Mathieu, Thierry Babeau, Nathalie Petitjean, "
    "Monique Herbelin, Patrick Jacquinot, Véronique Thiébaut, Laurent Cottin, Julie Drouot, Yann Ledoux",
    "/excuses n°3 Gilles Pasquier, Hélène Bouchard, Marc Viardot",
    "/absents n°3 Bernard Guyot, Claudine Renard",
)

# What members said in the chat before the commission of 8 December (n°4).
RSVPS = (
    ("Sandrine Colas", "/present"),
    ("Émilie Sauvageot", "/present"),
    ("Gilles Pasquier", "/present"),
    ("Caroline Mathieu", "/present"),
    ("Bernard Guyot", "/excuse"),
    ("Marc Viardot", "/excuse"),
)

CCOURCE10_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "o10", ATTENDANCE_COMMANDS, RSVPS),
}
