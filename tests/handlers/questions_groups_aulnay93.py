"""A group the understanding was never tuned on, for the thirteenth round's
blind set 22c (meetings and dates qualified by their kind and by whom they
gather): the partners of the contrat de ville of Aulnay-sous-Bois
(Seine-Saint-Denis) — the town with its deputy mayor and its project team,
the prefecture's delegate, the sub-prefecture of Le Raincy, the territorial
public body Paris Terres d'Envol, the Département, the CAF, France Travail,
the social landlord Seine-Saint-Denis Habitat, the conseil citoyen, a social
centre, the mission locale, the Banque des Territoires.

It sits in several kinds of meeting, written in each meeting's place as the
project team types them: comité de pilotage (« copil », quarterly), comité
technique (« cotech », between two copils), a plénière, public meetings with
the inhabitants, a workshop and the associations' forum. The secretary typed
who came to the last cotech (24 November) the day after; before the copil of
Thursday 3 December members said /present or /excuse.

The test sender is linked to Julien Ferrand (the contrat de ville's project
leader at the town). Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["AULNAY93_AFTER_SETUP", "AULNAY93_ASKERS", "AULNAY93_GROUPS"]

SLUG = "aulnay93"
ASKER = "Julien Ferrand"

MEMBERS = (
    ("Nadia Belhadj", "Ville d'Aulnay-sous-Bois",
     "Adjointe au maire chargée de la politique de la ville, présidente du comité de pilotage"),
    ("Julien Ferrand", "Ville d'Aulnay-sous-Bois", "Chef de projet contrat de ville"),
    ("Sabrina Moulin", "Ville d'Aulnay-sous-Bois", "Assistante administrative, secrétariat du contrat de ville"),
    ("Leïla Mansouri", "Ville d'Aulnay-sous-Bois", "Chargée de mission vie associative"),
    ("Patrice Ndiaye", "Préfecture de la Seine-Saint-Denis",
     "Délégué du préfet pour les quartiers de la Rose-des-Vents et du Gros Saule"),
    ("Hélène Carrère", "Sous-préfecture du Raincy", "Sous-préfète"),
    ("Karim Bensalem", "Établissement public territorial Paris Terres d'Envol", "Chargé de mission cohésion sociale"),
    ("Isabelle Grondin", "Conseil départemental de la Seine-Saint-Denis", "Chargée de développement social territorial"),
    ("Mamadou Traoré", "CAF de la Seine-Saint-Denis", "Conseiller territorial"),
    ("Christelle Vasseur", "France Travail Aulnay-sous-Bois", "Directrice d'agence"),
    ("Yacine Hamidi", "Seine-Saint-Denis Habitat", "Responsable de la gestion urbaine de proximité"),
    ("Fatou Diallo", "Conseil citoyen de la Rose-des-Vents", "Représentante des habitants"),
    ("Bernard Lemaire", "Centre social Albert-Schweitzer", "Directeur"),
    ("Aurélie Petitjean", "Mission locale d'Aulnay-sous-Bois", "Conseillère référente quartiers prioritaires"),
    ("Thomas Roussel", "Banque des Territoires", "Chargé de développement territorial"),
)

MEETINGS = (
    ("2026-09-17 10:00", "2026-09-17 12:00", "Comité de pilotage, Préfecture de la Seine-Saint-Denis, Bobigny", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Comité technique, Hôtel de Ville d'Aulnay-sous-Bois", ()),
    ("2026-11-19 18:30", "2026-11-19 20:30",
     "Réunion publique avec les habitants, Centre social Albert-Schweitzer", ()),
    ("2026-11-24 14:00", "2026-11-24 16:00", "Comité technique, Hôtel de Ville d'Aulnay-sous-Bois", ()),
    ("2026-12-03 10:00", "2026-12-03 12:00", "Comité de pilotage, Sous-préfecture du Raincy",
     ("Bilan de la programmation 2026", "Lancement de l'appel à projets 2027",
      "Gestion urbaine de proximité à la Rose-des-Vents")),
    ("2026-12-08 14:00", "2026-12-08 16:00", "Comité technique, Hôtel de Ville d'Aulnay-sous-Bois",
     ("Préparation de la plénière", "Questions diverses")),
    ("2026-12-17 14:00", "2026-12-17 17:00", "Plénière du contrat de ville, Espace Jacques-Prévert",
     ("Bilan du conseil citoyen", "Rapport annuel 2026")),
    ("2027-01-14 18:30", "2027-01-14 20:30", "Réunion publique avec les habitants, Maison de quartier du Gros Saule",
     ("Rénovation des halls", "Permanence France Travail")),
    ("2027-01-26 14:00", "2027-01-26 16:00", "Comité technique, Hôtel de Ville d'Aulnay-sous-Bois",
     ("Instruction des dossiers de l'appel à projets",)),
    ("2027-02-10 14:00", "2027-02-10 17:00", "Atelier emploi des jeunes, Mission locale d'Aulnay-sous-Bois", ()),
    ("2027-03-13 10:00", "2027-03-13 17:00", "Forum des associations des quartiers, Espace Gainville", ()),
    ("2027-03-25 10:00", "2027-03-25 12:00", "Comité de pilotage, Préfecture de la Seine-Saint-Denis, Bobigny",
     ("Validation de la programmation 2027",)),
    ("2027-06-24 10:00", "2027-06-24 12:00", "Comité de pilotage, Hôtel de Ville d'Aulnay-sous-Bois", ()),
)

DEADLINES = (
    ("2026-12-07", "Envoi des invitations à la plénière"),
    ("2026-12-11", "Retour des fiches bilan des actions 2026"),
    ("2027-01-15", "Dépôt des dossiers de l'appel à projets 2027"),
    ("2027-02-12", "Inscriptions des associations au forum"),
    ("2027-03-31", "Rapport annuel du contrat de ville"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit chaque trimestre ; le comité technique se réunit entre "
                      "deux copils."),
    ("2026-09-17", 1, "L'appel à projets 2027 du contrat de ville est ouvert du 1er décembre au 15 janvier."),
    ("2026-09-17", 1, "Les dossiers de l'appel à projets sont déposés sur la plateforme Dauphin."),
    ("2026-10-13", 2, "Le forum des associations des quartiers aura lieu le 13 mars 2027 à l'Espace Gainville."),
    ("2026-10-13", 2, "La CAF et le Département cofinancent le poste d'adulte-relais du centre social "
                      "Albert-Schweitzer."),
    ("2026-10-13", 2, "Les dossiers de l'appel à projets sont instruits en comité technique avant l'avis du copil."),
    ("2026-11-19", 3, "Une permanence de France Travail ouvrira au centre social Albert-Schweitzer en janvier."),
    ("2026-11-19", 3, "Le conseil citoyen présentera son bilan à la plénière de décembre."),
    ("2026-11-24", 4, "Le budget de la programmation 2027 est fixé à 420 000 euros, dont 180 000 euros de l'État."),
    ("2026-11-24", 4, "Seine-Saint-Denis Habitat finance la rénovation des halls de la Rose-des-Vents."),
    ("2026-11-24", 4, "Les réunions avec les habitants se tiennent le jeudi à 18h30 dans les maisons de quartier."),
    ("2026-11-24", 4, "La mission locale est référente pour le dispositif Quartiers d'été."),
    ("2026-11-24", 4, "Le compte rendu du copil est envoyé aux partenaires sous quinze jours."),
)

# What the secretary typed the day after the last cotech (24 November).
AFTER_MEETINGS = (
    ("2026-11-25 09:00", (
        "/presents n°4 Julien Ferrand, Sabrina Moulin, Leïla Mansouri, Patrice Ndiaye, Karim Bensalem, "
        "Isabelle Grondin, Mamadou Traoré, Yacine Hamidi, Bernard Lemaire",
        "/excuses n°4 Christelle Vasseur, Aurélie Petitjean",
        "/absents n°4",
    )),
)

# What members said before the copil of Thursday 3 December (séance n°5).
RSVPS = (
    ("Julien Ferrand", "/present"),
    ("Nadia Belhadj", "/present"),
    ("Patrice Ndiaye", "/present"),
    ("Mamadou Traoré", "/present"),
    ("Yacine Hamidi", "/present"),
    ("Hélène Carrère", "/excuse"),
    ("Christelle Vasseur", "/excuse"),
)

after_meetings = dated_setup(SLUG, ASKER, "a93", AFTER_MEETINGS, (), RSVPS)

AULNAY93_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
AULNAY93_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
AULNAY93_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
