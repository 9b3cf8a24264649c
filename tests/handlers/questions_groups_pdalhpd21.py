"""A group written by r27a in the twenty-seventh round, for blind set 34a
(people, meetings and things referred to by description, a second set in
a new field): the technical committee of the Côte-d'Or's departmental
plan for housing and sheltering the disadvantaged (PDALHPD) — the
Département (the head of its housing service, who coordinates the plan;
the vice-president who chairs the committee; a new policy officer of the
plan's observatory), the State (the DDETS's deputy director, co-pilot of
the plan, and the committee's secretary; the sous-préfecture of Beaune),
the public housing office Orvitis (who speaks for the social landlords),
the SIAO (the 115), the CAF (a technical adviser who replaced a colleague
in September), the ADIL, Dijon Métropole (its director of housing and a
policy officer), Habitat et Humanisme (a former chair of the committee),
the Fondation pour le logement des défavorisés, Action Logement, the
delegate of the people housed or supported, and the asker, the housing
adviser of the CCAS of Chenôve. Each description a member may use (« la
remplaçante de M. Pernot », « le nouveau chargé de mission »,
« l'ancienne présidente », « celle qui a présenté le diagnostic ») fits one
member. Meetings from June (before the summer) to March, one held by video
and one at the sous-préfecture; tasks (three late, five done, one
cancelled) and the attendance of the meetings of October and November in
the store, announced presences for the meeting of 10 December; the person
asking is a member, not the coordinator. Organisation names are real
public bodies or national associations; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PDALHPD21_AFTER_SETUP", "PDALHPD21_ASKERS", "PDALHPD21_GROUPS", "PDALHPD21_TASKS"]

SLUG = "pdalhpd21"
ASKER = "Camille Bonnot"
DEPARTEMENT = "Conseil départemental de la Côte-d'Or"
DDETS = "DDETS de la Côte-d'Or"
METROPOLE = "Dijon Métropole"

PDALHPD21_MEMBERS = (
    ("Claire Moissenet", DEPARTEMENT, "Cheffe du service habitat et logement, coordinatrice du plan"),
    ("Marie-Odile Bressand", DEPARTEMENT, "Vice-présidente chargée de l'habitat, présidente du comité technique"),
    ("Kévin Lallemand", DEPARTEMENT, "Nouveau chargé de mission de l'observatoire du plan, arrivé en novembre 2026"),
    ("Arnaud Perrichon", DDETS, "Directeur adjoint, copilote du plan pour l'État"),
    ("Lucie Tournier", DDETS, "Chargée de mission hébergement, secrétaire du comité technique"),
    ("Mathieu Brenot", "Sous-préfecture de Beaune", "Secrétaire général, référent prévention des expulsions"),
    ("Nadia Haddouche", "Orvitis, office public de l'habitat de la Côte-d'Or",
     "Responsable de la gestion locative sociale, représentante des bailleurs sociaux"),
    ("Yannick Perraud", "SIAO de la Côte-d'Or", "Coordinateur du 115 et de la veille sociale"),
    ("Isabelle Morizot", "CAF de la Côte-d'Or",
     "Conseillère technique logement, remplace Gilles Pernot depuis septembre 2026"),
    ("Pierre-Yves Cornu", "ADIL de la Côte-d'Or", "Juriste, chargé de la prévention des expulsions"),
    ("Laetitia Girardot", METROPOLE, "Directrice de l'habitat"),
    ("Farid Aouadi", METROPOLE, "Chargé de mission hébergement et politique de la ville"),
    ("Thérèse Jacquinot", "Habitat et Humanisme Côte-d'Or",
     "Responsable de l'accompagnement des locataires, ancienne présidente du comité technique"),
    ("Bruno Delacroix", "Fondation pour le logement des défavorisés", "Délégué régional Bourgogne-Franche-Comté"),
    ("Valérie Chaudron", "Action Logement Services", "Chargée de relations territoriales"),
    ("Jean-Marc Roblot", "Conseil régional des personnes accueillies ou accompagnées",
     "Délégué des personnes accueillies"),
    ("Camille Bonnot", "CCAS de Chenôve", "Conseillère en économie sociale et familiale, référente logement"),
)

PDALHPD21_MEETINGS = (
    ("2026-06-18 14:00", "2026-06-18 17:00", "Comité technique du PDALHPD, Hôtel du Département, Dijon",
     ("Bilan 2025 du plan", "Calendrier des travaux de l'automne")),
    ("2026-09-22 09:30", "2026-09-22 12:00", "Comité technique du PDALHPD, siège d'Orvitis, Dijon",
     ("Présentation du diagnostic à 360° du sans-abrisme", "Prévention des expulsions locatives")),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Comité technique du PDALHPD, en visioconférence",
     ("Budget 2027 du Fonds de solidarité pour le logement", "Règlement intérieur du FSL 2027")),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Comité technique du PDALHPD, sous-préfecture de Beaune",
     ("Hébergement d'urgence pendant l'hiver", "Permanences d'accès au logement dans le pays beaunois")),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Comité technique du PDALHPD, Hôtel du Département, Dijon",
     ("Renfort du 115 pour le plan hivernal", "Bilan des baux glissants", "Colocations pour les jeunes de moins "
      "de 25 ans", "Charte départementale de prévention des expulsions")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Comité technique du PDALHPD, salle du conseil de Dijon Métropole, Dijon",
     ("Programme de travail 2027", "Premiers tableaux de bord de l'observatoire")),
    ("2027-03-25 14:00", "2027-03-25 17:00", "Comité responsable du PDALHPD, préfecture de la Côte-d'Or, Dijon", ()),
)

PDALHPD21_DEADLINES = (
    ("2026-12-11", "Dépôt des candidatures à l'appel à projets d'accompagnement vers et dans le logement (AVDL)"),
    ("2027-01-15", "Transmission des chiffres 2026 du FSL au Département"),
    ("2027-02-05", "Signature de la charte départementale de prévention des expulsions"),
    ("2027-03-01", "Remise du bilan annuel du plan au comité responsable"),
)

PDALHPD21_DECISIONS = (
    ("2026-06-18", 1, "Le comité technique se réunit chaque mois de septembre à janvier, puis tous les deux mois."),
    ("2026-06-18", 1, "Le bilan annuel du plan est présenté au comité responsable en mars."),
    ("2026-09-22", 2, "La commission de prévention des expulsions (CCAPEX) se réunit désormais dans chaque "
                      "arrondissement : Dijon, Beaune et Montbard."),
    ("2026-09-22", 2, "Orvitis et Grand Dijon Habitat réservent vingt logements par an aux ménages sortant "
                      "d'hébergement."),
    ("2026-09-22", 2, "Un accueil de jour supplémentaire ouvre à Montbard en janvier 2027."),
    ("2026-10-15", 3, "Le budget 2027 du Fonds de solidarité pour le logement est voté à 2,4 millions d'euros."),
    ("2026-10-15", 3, "Le règlement intérieur du FSL 2027 relève le plafond de l'aide aux impayés de loyer à "
                      "1 500 euros."),
    ("2026-10-15", 3, "Les nuitées d'hôtel sont limitées à trois mois par ménage, sauf avis de la commission du "
                      "SIAO."),
    ("2026-11-17", 4, "Le plan hivernal ouvre soixante places d'hébergement supplémentaires du 1er décembre au "
                      "31 mars."),
    ("2026-11-17", 4, "L'ADIL tient une permanence mensuelle à la mairie de Beaune à partir de janvier 2027."),
    ("2026-11-17", 4, "Les colocations pour les jeunes de moins de 25 ans sont expérimentées dans dix logements "
                      "d'Orvitis."),
    ("2026-11-17", 4, "L'accueil de jour de Dijon ouvre aussi le samedi et le dimanche matin pendant l'hiver."),
)

PDALHPD21_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance de juin", "Lucie Tournier", "2026-07-03", 1, "done"),
        ("Présenter le diagnostic à 360° du sans-abrisme au comité technique", "Laetitia Girardot", "2026-09-22", 1,
         "done"),
        ("Préparer le règlement intérieur du FSL 2027", "Claire Moissenet", "2026-10-09", 1, "done"),
        ("Transmettre les chiffres des expulsions de 2025 par arrondissement", "Mathieu Brenot", "2026-10-30", 2),
        ("Recenser les logements vacants d'Orvitis adaptés aux colocations", "Nadia Haddouche", "2026-11-06", 2),
        ("Proposer des permanences de l'ADIL dans le pays beaunois", "Pierre-Yves Cornu", "2026-11-10", 2, "done"),
        ("Organiser une visite du centre d'hébergement de Chenôve", "Yannick Perraud", "2026-11-20", 2, "cancelled"),
        ("Chiffrer le coût des nuitées d'hôtel de 2026", "Arnaud Perrichon", "2026-11-27", 3),
        ("Informer les allocataires du nouveau plafond du FSL", "Isabelle Morizot", "2026-12-15", 3),
        ("Envoyer le compte rendu de la séance de novembre", "Lucie Tournier", "2026-11-27", 4, "done"),
        ("Organiser le renfort du 115 pour le plan hivernal", "Yannick Perraud", "2026-12-04", 4),
        ("Recenser les ménages en impayés de loyer suivis par le CCAS", "Camille Bonnot", "2026-12-08", 4),
        ("Présenter le bilan des baux glissants", "Thérèse Jacquinot", "2026-12-10", 4),
        ("Mettre à jour le tableau de bord de l'observatoire du plan", "Kévin Lallemand", "2026-12-18", 4),
        ("Proposer des logements d'Action Logement aux salariés hébergés", "Valérie Chaudron", "2026-12-18", 4),
        ("Réserver la salle du conseil de Dijon Métropole pour janvier", "Farid Aouadi", "2027-01-05", 4),
        ("Rédiger le projet de charte de prévention des expulsions", "Pierre-Yves Cornu", "2027-01-08", 4),
        ("Préparer une fiche sur l'accès au logement des moins de 25 ans", "Camille Bonnot", "2027-01-12", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CCAS of Chenôve's housing adviser.
PDALHPD21_ASKERS = {SLUG: ASKER}

PDALHPD21_GROUPS = {
    SLUG: (PDALHPD21_MEMBERS, PDALHPD21_MEETINGS, PDALHPD21_DEADLINES, PDALHPD21_DECISIONS, "Claire Moissenet"),
}

# What the secretary typed after the meeting by video (n°3) and the one at the sous-préfecture of Beaune (n°4);
# nothing was recorded for the meetings of June and September.
ATTENDANCE_COMMANDS = (
    "/presents n°3 Claire Moissenet, Marie-Odile Bressand, Arnaud Perrichon, Lucie Tournier, Nadia Haddouche, "
    "Yannick Perraud, Isabelle Morizot, Pierre-Yves Cornu, Laetitia Girardot, Thérèse Jacquinot, Camille Bonnot",
    "/excuses n°3 Farid Aouadi, Valérie Chaudron",
    "/absents n°3 Bruno Delacroix, Jean-Marc Roblot",
    "/presents n°4 Claire Moissenet, Marie-Odile Bressand, Arnaud Perrichon, Lucie Tournier, Mathieu Brenot, "
    "Kévin Lallemand, Nadia Haddouche, Isabelle Morizot, Pierre-Yves Cornu, Farid Aouadi, Jean-Marc Roblot, "
    "Valérie Chaudron",
    "/excuses n°4 Camille Bonnot, Thérèse Jacquinot, Laetitia Girardot",
    "/absents n°4 Yannick Perraud",
)

# What members said in the chat before the meeting of 10 December (n°5).
RSVPS = (
    ("Marie-Odile Bressand", "/present"),
    ("Claire Moissenet", "/present"),
    ("Thérèse Jacquinot", "/present"),
    ("Pierre-Yves Cornu", "/present"),
    ("Kévin Lallemand", "/present"),
    ("Yannick Perraud", "/present"),
    ("Arnaud Perrichon", "/excuse"),
    ("Nadia Haddouche", "/excuse"),
)

PDALHPD21_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "p21", ATTENDANCE_COMMANDS, RSVPS),
}
