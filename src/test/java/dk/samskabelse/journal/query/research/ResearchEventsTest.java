package dk.samskabelse.journal.query.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.query.eventlog.EventCsv;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of entry in its research form: no raw actor id and no free text unless the entry is marked
 * shareable. Each entry below is written twice, with every text marked "SECRET" (not shareable) or "OPEN"
 * (shareable); entries without a shareable mark always count as not shareable.
 */
class ResearchEventsTest {

    private static final String PROJECT = "project-1";
    private static final String ACTOR = "actor-1f0c";
    private static final String OTHER = "actor-2b7d";
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ProjectPseudonyms pseudonyms = new ResearchPseudonyms(
                    new ResearchKey(null, null, Clock.systemUTC(), "a-test-key-of-at-least-thirty-two-characters"))
            .forProject(PROJECT);

    /** One entry of every kind, its texts marked SECRET or OPEN depending on shareable. */
    static List<JournalEvent> entries(boolean shareable) {
        String t = shareable ? "OPEN" : "SECRET";
        return List.of(
                new ProjectStarted(PROJECT, "e1", DAY, "Naturens Rige", "Næstved", Area.SUNDHED, "SECRET purpose"),
                new ProjectClarified(
                        PROJECT,
                        "e2",
                        DAY,
                        List.of("SECRET criterion"),
                        List.of(BottomLine.DEMOKRATISK),
                        List.of(CoCreationScope.LOESNING),
                        "SECRET motivation",
                        "SECRET legitimacy",
                        "SECRET owner",
                        "SECRET readiness"),
                new TypologyDeclared(PROJECT, "e3", DAY, 0.5, -0.2, "SECRET rationale"),
                new ActorRegistered(PROJECT, "e4", DAY, ACTOR, ActorKind.BORGER, Sector.NON_PUBLIC, Role.MEDDESIGNER),
                new RoleShifted(PROJECT, "e5", DAY, ACTOR, Role.MEDDESIGNER, Role.INNOVATOR, t + " reason", shareable),
                new EngagementRecorded(
                        PROJECT,
                        "e6",
                        DAY,
                        "e6",
                        EngagementKind.WORKSHOP,
                        t + " title",
                        OTHER,
                        List.of(
                                new Participation(ACTOR, Influence.MEDBESTEMMENDE),
                                new Participation(OTHER, Influence.HOERT)),
                        List.of(new Contribution(ACTOR, ContributionType.VIDEN)),
                        t + " notes",
                        shareable),
                new PhaseChanged(
                        PROJECT, "e7", DAY, Phase.AFKLARING, Phase.PLANLAEGNING, false, t + " note", shareable),
                new CourseCorrected(
                        PROJECT,
                        "e8",
                        DAY,
                        t + " decision",
                        t + " why",
                        List.of(CourseCorrectionScope.PROCES),
                        shareable),
                new InsightRecorded(PROJECT, "e9", DAY, FocusPoint.PROCES, t + " insight", shareable),
                new ActorWithdrawn(PROJECT, "e10", DAY, ACTOR, t + " moved", shareable),
                new EntryRetracted(PROJECT, "e11", DAY, "e9", "InsightRecorded", t + " mistake", shareable),
                new ProjectClosed(PROJECT, "e12", DAY, t + " closing", shareable),
                new ActorPersonalDataErased(PROJECT, "e13", DAY, ACTOR),
                // Issue 12: the new entries, and the new fields of revision 2 (actor ids and texts in them too).
                new RoleAdded(PROJECT, "e14", DAY, ACTOR, Role.MEDPRODUCENT, t + " second role", shareable),
                new RoleEnded(PROJECT, "e15", DAY, ACTOR, Role.MEDPRODUCENT, t + " ended", shareable),
                new ActorRejoined(PROJECT, "e16", DAY, ACTOR, List.of(Role.MEDDESIGNER), t + " back", shareable),
                new ProjectReopened(PROJECT, "e17", DAY, t + " reopened", shareable),
                new PlanningRecorded(
                        PROJECT,
                        "e18",
                        DAY,
                        t + " fixed",
                        t + " elastic",
                        t + " time",
                        t + " unpredictable",
                        t + " communication",
                        t + " recruitment",
                        Influence.INDDRAGET,
                        t + " methods",
                        t + " design",
                        shareable),
                new LeadershipActionRecorded(
                        PROJECT,
                        "e19",
                        DAY,
                        LeadershipDirection.UD,
                        LeadershipAct.KONVENER,
                        ACTOR,
                        t + " action",
                        t + " why",
                        shareable),
                new LeadershipReflectionRecorded(PROJECT, "e20", DAY, OTHER, t + " reflection", shareable),
                new ProjectStarted(
                        PROJECT, "e21", DAY, "Naturens Rige 2", "Næstved", Area.SUNDHED, "SECRET purpose", "project-0"),
                new ProjectClarified(
                        PROJECT,
                        "e22",
                        DAY,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        TaskOrigin.values()[0],
                        List.of("SECRET partner"),
                        List.of(new TargetGroup("SECRET group", TargetGroupStatus.NAAET, "SECRET reason"))),
                new ActorRegistered(
                        PROJECT,
                        "e23",
                        DAY,
                        OTHER,
                        ActorKind.VIRKSOMHED,
                        Sector.NON_PUBLIC,
                        Role.RESSOURCEPERSON,
                        true),
                new EngagementRecorded(
                        PROJECT,
                        "e24",
                        DAY,
                        "e24",
                        EngagementKind.WORKSHOP,
                        t + " joint",
                        OTHER,
                        List.of(new Participation(ACTOR, Influence.INDDRAGET)),
                        List.of(),
                        t + " notes",
                        shareable,
                        List.of(ACTOR),
                        List.of(new Attendance(ActorKind.BORGER, 12))));
    }

    @Test
    void every_kind_of_entry_has_a_research_form() {
        Set<Class<?>> covered = entries(true).stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EventCsv.EVENT_TYPES);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void no_raw_actor_id_appears(boolean shareable) throws Exception {
        for (JournalEvent entry : entries(shareable)) {
            String research = JSON.writeValueAsString(ResearchEvents.pseudonymise(entry, pseudonyms));
            assertThat(research)
                    .as(entry.getClass().getSimpleName())
                    .doesNotContain(ACTOR)
                    .doesNotContain(OTHER);
        }
    }

    @Test
    void texts_not_marked_shareable_are_withheld() throws Exception {
        for (JournalEvent entry : entries(false)) {
            String research = JSON.writeValueAsString(ResearchEvents.pseudonymise(entry, pseudonyms));
            assertThat(research).as(entry.getClass().getSimpleName()).doesNotContain("SECRET");
        }
    }

    @Test
    void texts_marked_shareable_are_kept_and_the_rest_stays_as_it_was() {
        EngagementRecorded engagement =
                (EngagementRecorded) ResearchEvents.pseudonymise(entries(true).get(5), pseudonyms);

        assertThat(engagement.title()).isEqualTo("OPEN title");
        assertThat(engagement.notes()).isEqualTo("OPEN notes");
        assertThat(engagement.initiatedBy()).isEqualTo(pseudonyms.actor(OTHER));
        assertThat(engagement.participants())
                .containsExactly(
                        new Participation(pseudonyms.actor(ACTOR), Influence.MEDBESTEMMENDE),
                        new Participation(pseudonyms.actor(OTHER), Influence.HOERT));
        assertThat(engagement.contributions())
                .containsExactly(new Contribution(pseudonyms.actor(ACTOR), ContributionType.VIDEN));
        assertThat(engagement.entryId()).isEqualTo("e6");
    }

    @Test
    void co_initiators_are_pseudonymised_and_the_new_fields_kept() {
        List<JournalEvent> entries = entries(true);
        EngagementRecorded joint =
                (EngagementRecorded) ResearchEvents.pseudonymise(entries.get(entries.size() - 1), pseudonyms);
        ActorRegistered supplier =
                (ActorRegistered) ResearchEvents.pseudonymise(entries.get(entries.size() - 2), pseudonyms);
        ProjectStarted continuation =
                (ProjectStarted) ResearchEvents.pseudonymise(entries.get(entries.size() - 4), pseudonyms);
        ProjectClarified clarified =
                (ProjectClarified) ResearchEvents.pseudonymise(entries.get(entries.size() - 3), pseudonyms);

        assertThat(joint.initiators()).containsExactly(pseudonyms.actor(OTHER), pseudonyms.actor(ACTOR));
        assertThat(joint.attendance()).containsExactly(new Attendance(ActorKind.BORGER, 12));
        assertThat(supplier.commercialSupplier()).isTrue();
        assertThat(continuation.continuesProjectId()).isEqualTo("project-0");
        assertThat(clarified.taskOrigin()).isEqualTo(TaskOrigin.values()[0]);
        assertThat(clarified.targetGroups()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(TargetGroupStatus.NAAET);
            assertThat(g.name()).isEqualTo(ProjectPseudonyms.WITHHELD);
        });
        assertThat(clarified.partnerOrganisations()).containsExactly(ProjectPseudonyms.WITHHELD);
    }

    @Test
    void a_withheld_text_is_marked_and_an_empty_one_stays_empty() {
        RoleShifted withheld =
                (RoleShifted) ResearchEvents.pseudonymise(entries(false).get(4), pseudonyms);
        ProjectClosed empty = (ProjectClosed)
                ResearchEvents.pseudonymise(new ProjectClosed(PROJECT, "e12", DAY, null, false), pseudonyms);

        assertThat(withheld.reason()).isEqualTo(ProjectPseudonyms.WITHHELD);
        assertThat(empty.note()).isNull();
    }

    @Test
    void the_project_keeps_its_name_and_municipality() {
        ProjectStarted started =
                (ProjectStarted) ResearchEvents.pseudonymise(entries(true).get(0), pseudonyms);

        assertThat(started.name()).isEqualTo("Naturens Rige");
        assertThat(started.municipality()).isEqualTo("Næstved");
        assertThat(started.purpose()).isEqualTo(ProjectPseudonyms.WITHHELD);
    }
}
