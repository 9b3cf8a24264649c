"""A group written by helper w39b in the thirty-eighth round, for the lead's
blind set 77 (a stranger's general set in the words of a Luxembourg
commune's commission consultative communale d'intégration (CCCI)): the
invented commune of Bettenhoven in the south of the Grand-Duchy — its
échevine for integration who chairs the CCCI, its integration officer (the
group's coordinator), its secrétaire communal and a conseiller communal; the
residents' representatives (Luxembourgish, Portuguese — the asker —, Italian,
French, Syrian and Eritrean residents; an invented Cape Verdean association
whose president is the vice-president); the commune's office social; the
Éducation nationale's direction de région of Esch-sur-Alzette; the
commune's Maison relais and maison des jeunes; the Croix-Rouge
luxembourgeoise's interpreters' service; the Police grand-ducale's agent de
proximité; an invented language-courses association; the ASTI; the Office
national de l'inclusion sociale (ONIS)'s accommodation centre in the commune.
Meetings: the plenary of September at the salle du conseil communal, the
working group on newcomers of October at the Maison relais, the plenary of
November at the invented centre culturel Am Duerf, the plenary of 10
December, the working group on languages and school of January and the
plenary widened to the associations of March. Tasks (three late, one of them
the asker's; one done; one cancelled), the attendance of the September and
November plenaries in the store, announced presences for the plenary of 10
December; the person asking is a member, not the coordinator. Public bodies
named: the Éducation nationale's direction de région, the Croix-Rouge
luxembourgeoise, the Police grand-ducale, the ASTI, the ONIS; the commune,
its services, the Cape Verdean association, the language-courses
association and the centre culturel are invented, and so is every person."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CCCILUX_AFTER_SETUP", "CCCILUX_ASKERS", "CCCILUX_GROUPS", "CCCILUX_TASKS"]

SLUG = "cccilux"
ASKER = "Ana Paula Ferreira"
COMMUNE = "Administration communale de Bettenhoven"
RESIDENTS = "Représentants des résidents de Bettenhoven"

CCCILUX_MEMBERS = (
    ("Martine Schmit-Kieffer", COMMUNE, "Échevine chargée de l'intégration, présidente de la CCCI"),
    ("Sophie Reding", COMMUNE, "Chargée de l'intégration de la commune, coordinatrice de la CCCI et du plan d'action "
                               "local d'intégration (PAL)"),
    ("Paul Weber", COMMUNE, "Secrétaire communal"),
    ("Tom Majerus", "Conseil communal de Bettenhoven", "Conseiller communal, membre de la commission des affaires "
                                                       "sociales"),
    ("Jos Hoffmann", RESIDENTS, "Représentant des résidents luxembourgeois"),
    ("Ana Paula Ferreira", RESIDENTS, "Représentante de la communauté portugaise"),
    ("Domingos Tavares", "Association capverdienne Morabeza Bettenhoven asbl", "Président de l'association, "
                                                                               "représentant de la communauté "
                                                                               "capverdienne, vice-président de la "
                                                                               "CCCI"),
    ("Giulia Rinaldi", RESIDENTS, "Représentante de la communauté italienne, secrétaire de séance de la CCCI"),
    ("Claire Fontaine", RESIDENTS, "Représentante des résidents français"),
    ("Yara Haddad", RESIDENTS, "Représentante de la communauté syrienne"),
    ("Tesfay Gebremariam", RESIDENTS, "Représentant de la communauté érythréenne"),
    ("Nadine Kremer", "Office social de Bettenhoven", "Assistante sociale, responsable de l'aide sociale et du "
                                                      "REVIS"),
    ("Marc Thill", "Ministère de l'Éducation nationale, direction de région Esch-sur-Alzette",
     "Directeur adjoint de l'enseignement fondamental, référent de l'accueil des élèves nouvellement arrivés"),
    ("Laura Pinto", "Maison relais de Bettenhoven", "Chargée de direction de la Maison relais"),
    ("Kevin Muller", "Maison des jeunes de Bettenhoven", "Éducateur gradué, responsable de la maison des jeunes"),
    ("Fatima Ouali", "Croix-Rouge luxembourgeoise, service d'interprétariat interculturel",
     "Coordinatrice des interprètes (arabe, tigrinya, portugais)"),
    ("Serge Bausch", "Police grand-ducale, commissariat de Bettenhoven", "Agent de proximité, référent pour les "
                                                                        "communautés"),
    ("Isabel Monteiro", "Association Sproochbréck asbl", "Responsable des cours de luxembourgeois et de français "
                                                         "pour adultes"),
    ("Romain Schiltz", "ASTI asbl (Association de soutien aux travailleurs immigrés)", "Chargé de projets, "
                                                                                       "responsable du parrainage "
                                                                                       "des nouveaux arrivants"),
    ("Carole Wagner", "Office national de l'inclusion sociale (ONIS)", "Gestionnaire de la structure d'hébergement "
                                                                       "pour demandeurs de protection internationale "
                                                                       "de Bettenhoven"),
)

CCCILUX_MEETINGS = (
    ("2026-09-22 19:00", "2026-09-22 21:00", "Réunion plénière de la CCCI, salle du conseil communal, mairie de "
                                             "Bettenhoven", ()),
    ("2026-10-14 18:30", "2026-10-14 20:00", "Groupe de travail « accueil des nouveaux arrivants », Maison relais de "
                                             "Bettenhoven", ()),
    ("2026-11-12 19:00", "2026-11-12 21:00", "Réunion plénière de la CCCI : bilan du PAL et cours de langues, centre "
                                             "culturel Am Duerf", ()),
    ("2026-12-10 19:00", "2026-12-10 21:00", "Réunion plénière de la CCCI, salle du conseil communal, mairie de "
                                             "Bettenhoven",
     ("Avis de la CCCI sur le budget communal 2027",
      "Évaluation à mi-parcours du plan d'action local d'intégration",
      "Campagne d'information sur l'inscription des étrangers sur les listes électorales",
      "Planning des cours de luxembourgeois du deuxième semestre")),
    ("2027-01-20 18:30", "2027-01-20 20:00", "Groupe de travail « langues et école » avec la direction de région, "
                                             "Maison relais de Bettenhoven",
     ("Accueil des élèves nouvellement arrivés à l'école fondamentale",
      "Aide aux devoirs en français langue étrangère à la Maison relais")),
    ("2027-03-09 19:00", "2027-03-09 21:30", "Réunion plénière de la CCCI élargie aux associations, centre culturel "
                                             "Am Duerf",
     ("Programme de la Fête des cultures",
      "Soirée d'accueil des nouveaux arrivants de mars")),
)

CCCILUX_DEADLINES = (
    ("2026-12-04", "Envoi des propositions de projets des associations pour l'appel à projets communal d'intégration"),
    ("2026-12-11", "Transmission de l'avis de la CCCI sur le budget 2027 au collège des bourgmestre et échevins"),
    ("2026-12-18", "Dépôt de la demande de subside du PAL 2027 au ministère de la Famille"),
    ("2027-01-15", "Clôture des inscriptions aux cours de luxembourgeois du deuxième semestre"),
    ("2027-02-05", "Remise des traductions de la brochure d'accueil des nouveaux arrivants"),
    ("2027-03-01", "Inscription des associations aux stands de la Fête des cultures"),
)

CCCILUX_DECISIONS = (
    ("2026-09-22", 1, "La CCCI se réunit en séance plénière quatre fois par an, et en groupes de travail entre deux "
                      "séances."),
    ("2026-09-22", 1, "Les réunions se tiennent en français, avec une interprétation en portugais et en tigrinya "
                      "assurée par la Croix-Rouge, sur demande 48 heures à l'avance."),
    ("2026-09-22", 1, "La Fête des cultures 2027 a lieu le samedi 29 mai 2027 sur la place de l'Église."),
    ("2026-09-22", 1, "Le budget des projets d'intégration demandé au conseil communal pour 2027 est de 18 000 "
                      "euros."),
    ("2026-09-22", 1, "Les procès-verbaux de la CCCI sont publiés sur le site de la commune dans les quinze jours, en "
                      "français, en allemand et en portugais."),
    ("2026-10-14", 2, "Une soirée d'accueil des nouveaux arrivants est organisée deux fois par an, en mars et en "
                      "octobre, à la mairie."),
    ("2026-10-14", 2, "La brochure d'accueil des nouveaux arrivants est traduite en portugais, en anglais, en arabe et "
                      "en tigrinya."),
    ("2026-10-14", 2, "Chaque nouvel arrivant qui le souhaite est accompagné pendant six mois par un parrain ou une "
                      "marraine bénévole de l'ASTI."),
    ("2026-10-14", 2, "Le guichet de la mairie tient une permanence d'accueil le jeudi de 16 h à 19 h avec une "
                      "interprète."),
    ("2026-11-12", 3, "Les cours de luxembourgeois pour débutants passent à deux groupes du soir, le mardi et le "
                      "jeudi, à l'école du Centre."),
    ("2026-11-12", 3, "La Maison relais accueille un atelier d'aide aux devoirs en français langue étrangère le "
                      "mercredi après-midi."),
    ("2026-11-12", 3, "La maison des jeunes organise un tournoi de futsal interculturel pendant les vacances de Pâques "
                      "2027."),
    ("2026-11-12", 3, "La participation de la commune aux frais des cours de langues est portée à 75 % pour les "
                      "ménages bénéficiaires du REVIS."),
    ("2026-11-12", 3, "L'agent de proximité de la police tient une permanence au foyer de l'ONIS le premier lundi de "
                      "chaque mois."),
)

CCCILUX_TASKS = {
    SLUG: (
        ("Organiser un café des langues au centre culturel", "Giulia Rinaldi", "2026-11-06", 1, "cancelled"),
        ("Envoyer la brochure d'accueil aux traducteurs", "Fatima Ouali", "2026-10-30", 2, "done"),
        ("Recenser les parrains et marraines bénévoles", "Romain Schiltz", "2026-11-13", 2),
        ("Rédiger le bilan intermédiaire du PAL pour le ministère", "Sophie Reding", "2026-11-20", 2),
        ("Traduire en portugais l'affiche de la soirée d'accueil", "Ana Paula Ferreira", "2026-11-27", 3),
        ("Préparer le projet d'avis de la CCCI sur le budget 2027", "Paul Weber", "2026-12-09", 3),
        ("Présenter le planning des cours de luxembourgeois du deuxième semestre", "Isabel Monteiro", "2026-12-10",
         3),
        ("Recenser les familles lusophones intéressées par l'aide aux devoirs", "Ana Paula Ferreira", "2027-01-08",
         3),
        ("Demander l'autorisation d'occuper la place de l'Église pour la Fête des cultures", "Jos Hoffmann",
         "2027-01-29", 3),
        ("Organiser le tournoi de futsal interculturel de Pâques", "Kevin Muller", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Portuguese community's
# representative.
CCCILUX_ASKERS = {SLUG: ASKER}

CCCILUX_GROUPS = {
    SLUG: (CCCILUX_MEMBERS, CCCILUX_MEETINGS, CCCILUX_DEADLINES, CCCILUX_DECISIONS, "Sophie Reding"),
}

# What the coordinator typed after the plenary of September (n°1) and the plenary of November (n°3); nothing was
# recorded for the working group on newcomers of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Martine Schmit-Kieffer, Sophie Reding, Paul Weber, Jos Hoffmann, Ana Paula Ferreira, "
    "Domingos Tavares, Giulia Rinaldi, Claire Fontaine, Yara Haddad, Nadine Kremer, Marc Thill, Laura Pinto, "
    "Fatima Ouali, Isabel Monteiro, Romain Schiltz, Carole Wagner",
    "/excuses n°1 Kevin Muller, Serge Bausch, Tesfay Gebremariam",
    "/absents n°1 Tom Majerus",
    "/presents n°3 Martine Schmit-Kieffer, Sophie Reding, Tom Majerus, Jos Hoffmann, Ana Paula Ferreira, "
    "Domingos Tavares, Yara Haddad, Tesfay Gebremariam, Nadine Kremer, Laura Pinto, Kevin Muller, Fatima Ouali, "
    "Serge Bausch, Isabel Monteiro, Carole Wagner",
    "/excuses n°3 Paul Weber, Giulia Rinaldi, Marc Thill, Romain Schiltz",
    "/absents n°3 Claire Fontaine",
)

# What members said in the chat before the plenary of 10 December (n°4).
RSVPS = (
    ("Martine Schmit-Kieffer", "/present"),
    ("Sophie Reding", "/present"),
    ("Paul Weber", "/present"),
    ("Domingos Tavares", "/present"),
    ("Marc Thill", "/present"),
    ("Fatima Ouali", "/present"),
    ("Serge Bausch", "/present"),
    ("Isabel Monteiro", "/present"),
    ("Romain Schiltz", "/present"),
    ("Kevin Muller", "/excuse"),
    ("Carole Wagner", "/excuse"),
)

CCCILUX_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ccci", ATTENDANCE_COMMANDS, RSVPS),
}
