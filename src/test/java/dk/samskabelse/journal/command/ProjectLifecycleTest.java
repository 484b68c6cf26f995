package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ALREADY_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.BLANK_NAME;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_START;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.DATE_TOO_EARLY;
import static dk.samskabelse.journal.api.RejectionReason.RATIONALE_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.SUCCESS_CRITERIA_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.VALUE_OUT_OF_RANGE;
import static dk.samskabelse.journal.command.JournalTestData.BEFORE_START;
import static dk.samskabelse.journal.command.JournalTestData.JOURNAL_ZONE;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.STARTED_ON;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.projectClosed;
import static dk.samskabelse.journal.command.JournalTestData.projectStarted;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;
import static org.hamcrest.Matchers.containsString;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** StartProject, ClarifyProject, DeclareTypology and CloseProject. */
class ProjectLifecycleTest extends ProjectFixtureTest {

    @Nested
    class StartProject_ {

        private StartProject start(String name, LocalDate startedOn) {
            return new StartProject(
                    PROJECT_ID,
                    "entry-start",
                    name,
                    " Næstved Kommune ",
                    Area.SUNDHED,
                    " Flere borgere ud i naturen ",
                    startedOn);
        }

        @Test
        void starts_the_project_with_stripped_texts() {
            fixture.givenNoPriorActivity()
                    .when(start("  Naturens Rige ", STARTED_ON))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProjectStarted(
                            PROJECT_ID,
                            "entry-start",
                            STARTED_ON,
                            "Naturens Rige",
                            "Næstved Kommune",
                            Area.SUNDHED,
                            "Flere borgere ud i naturen"));
        }

        @Test
        void blank_municipality_and_purpose_are_recorded_as_absent() {
            fixture.givenNoPriorActivity()
                    .when(new StartProject(PROJECT_ID, "entry-start", "Naturens Rige", "  ", Area.ANDET, null, TODAY))
                    .expectEvents(new ProjectStarted(
                            PROJECT_ID, "entry-start", TODAY, "Naturens Rige", null, Area.ANDET, null));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void a_project_without_a_name_is_rejected(String name) {
            fixture.givenNoPriorActivity()
                    .when(start(name, STARTED_ON))
                    .expectNoEvents()
                    .expectException(rejection(BLANK_NAME, "name"));
        }

        @Test
        void a_start_date_in_the_future_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(start("Naturens Rige", TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "startedOn").withArguments(TOMORROW));
        }

        @Test
        void a_start_date_before_1900_is_rejected_because_no_projection_could_hold_every_such_date() {
            fixture.givenNoPriorActivity()
                    .when(start("Naturens Rige", LocalDate.of(-999_999_999, 1, 1)))
                    .expectNoEvents()
                    .expectException(rejection(DATE_TOO_EARLY, "startedOn"));
            fixture.givenNoPriorActivity()
                    .when(start("Naturens Rige", LocalDate.of(1899, 12, 31)))
                    .expectNoEvents()
                    .expectException(rejection(DATE_TOO_EARLY, "startedOn"));
            fixture.givenNoPriorActivity()
                    .when(start("Naturens Rige", LocalDate.of(1900, 1, 1)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void today_is_judged_in_the_clock_zone_so_just_after_midnight_in_Copenhagen_is_already_the_next_day() {
            // 22:30 UTC on 1 June is 00:30 on 2 June in Copenhagen (summer time).
            fixtureWithClock(Clock.fixed(Instant.parse("2024-06-01T22:30:00Z"), JOURNAL_ZONE))
                    .givenNoPriorActivity()
                    .when(start("Naturens Rige", TOMORROW))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProjectStarted(
                            PROJECT_ID,
                            "entry-start",
                            TOMORROW,
                            "Naturens Rige",
                            "Næstved Kommune",
                            Area.SUNDHED,
                            "Flere borgere ud i naturen"));
        }

        /**
         * docs/domain.md lists "duplicate id" as a rejection, but the aggregate has no rule for it: a creation command
         * never loads the existing stream. What stops it is the event store: the fixture's in-memory store finds
         * that the new aggregate's first event (sequence 0) does not follow the stored stream (next expected: 1).
         * This is the fixture's single-stream store speaking, not a JournalRejection (PROJECT_ALREADY_EXISTS is
         * never thrown by the aggregate).
         */
        @Test
        void starting_a_project_whose_id_already_has_events_fails_in_the_event_store() {
            fixture.given(projectStarted())
                    .when(start("Naturens Rige igen", STARTED_ON))
                    .expectNoEvents()
                    .expectException(EventStoreException.class)
                    .expectExceptionMessage(containsString("Unexpected sequence number on stored event"));
        }
    }

    @Nested
    class ClarifyProject_ {

        private ClarifyProject clarify(List<String> criteria, LocalDate on) {
            return new ClarifyProject(
                    PROJECT_ID,
                    "entry-clarify",
                    on,
                    criteria,
                    List.of(BottomLine.DEMOKRATISK, BottomLine.IDENTITETSSKABENDE),
                    List.of(CoCreationScope.LOESNING, CoCreationScope.UDFOERELSE),
                    " Borgerne efterspurgte det ",
                    " Byrådsbeslutning ",
                    " Foreningerne ",
                    " Klar ");
        }

        @Test
        void records_the_clarification_with_blank_criteria_dropped_and_texts_stripped() {
            givenJournal()
                    .when(clarify(
                            Arrays.asList(" 40 borgere deltager ", "  ", null, "Naturen bruges året rundt"),
                            LocalDate.of(2024, 2, 1)))
                    .expectResultMessagePayload("entry-clarify")
                    .expectEvents(new ProjectClarified(
                            PROJECT_ID,
                            "entry-clarify",
                            LocalDate.of(2024, 2, 1),
                            List.of("40 borgere deltager", "Naturen bruges året rundt"),
                            List.of(BottomLine.DEMOKRATISK, BottomLine.IDENTITETSSKABENDE),
                            List.of(CoCreationScope.LOESNING, CoCreationScope.UDFOERELSE),
                            "Borgerne efterspurgte det",
                            "Byrådsbeslutning",
                            "Foreningerne",
                            "Klar"));
        }

        @Test
        void missing_optional_lists_and_texts_are_recorded_as_empty_and_absent() {
            givenJournal()
                    .when(new ClarifyProject(
                            PROJECT_ID,
                            "entry-clarify",
                            STARTED_ON,
                            List.of("Et mål"),
                            null,
                            null,
                            null,
                            " ",
                            null,
                            null))
                    .expectEvents(new ProjectClarified(
                            PROJECT_ID,
                            "entry-clarify",
                            STARTED_ON,
                            List.of("Et mål"),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            null));
        }

        @Test
        void a_clarification_without_success_criteria_is_rejected() {
            givenJournal()
                    .when(clarify(null, STARTED_ON))
                    .expectNoEvents()
                    .expectException(rejection(SUCCESS_CRITERIA_MISSING, "successCriteria"));
        }

        @Test
        void a_clarification_with_only_blank_success_criteria_is_rejected() {
            givenJournal()
                    .when(clarify(List.of(" ", ""), STARTED_ON))
                    .expectNoEvents()
                    .expectException(rejection(SUCCESS_CRITERIA_MISSING, "successCriteria"));
        }

        @Test
        void a_clarification_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(clarify(List.of("Et mål"), TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_clarification_dated_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(clarify(List.of("Et mål"), BEFORE_START))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn").withArguments(STARTED_ON));
        }
    }

    @Nested
    class DeclareTypology_ {

        private DeclareTypology declare(double openness, double centrality, String rationale) {
            return declareOn(LocalDate.of(2024, 2, 1), openness, centrality, rationale);
        }

        private DeclareTypology declareOn(LocalDate on, double openness, double centrality, String rationale) {
            return new DeclareTypology(PROJECT_ID, "entry-typology", on, openness, centrality, rationale);
        }

        @Test
        void records_the_declared_placement_with_its_rationale() {
            givenJournal()
                    .when(declare(0.6, -0.4, "  Ligeværdigt samarbejde om rundbordet "))
                    .expectResultMessagePayload("entry-typology")
                    .expectEvents(new TypologyDeclared(
                            PROJECT_ID,
                            "entry-typology",
                            LocalDate.of(2024, 2, 1),
                            0.6,
                            -0.4,
                            "Ligeværdigt samarbejde om rundbordet"));
        }

        @Test
        void the_ends_of_both_axes_are_accepted() {
            givenJournal()
                    .when(declare(-1.0, 1.0, "Styret"))
                    .expectEvents(new TypologyDeclared(
                            PROJECT_ID, "entry-typology", LocalDate.of(2024, 2, 1), -1.0, 1.0, "Styret"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {1.01, -1.01, Double.NaN, Double.POSITIVE_INFINITY})
        void openness_outside_minus_one_to_one_is_rejected(double openness) {
            givenJournal()
                    .when(declare(openness, 0.0, "Begrundelse"))
                    .expectNoEvents()
                    .expectException(rejection(VALUE_OUT_OF_RANGE, "openness"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {1.5, -2.0, Double.NaN, Double.NEGATIVE_INFINITY})
        void centrality_outside_minus_one_to_one_is_rejected(double centrality) {
            givenJournal()
                    .when(declare(0.0, centrality, "Begrundelse"))
                    .expectNoEvents()
                    .expectException(rejection(VALUE_OUT_OF_RANGE, "centrality"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void a_declaration_without_a_rationale_is_rejected(String rationale) {
            givenJournal()
                    .when(declare(0.5, 0.5, rationale))
                    .expectNoEvents()
                    .expectException(rejection(RATIONALE_MISSING, "rationale"));
        }

        @Test
        void a_declaration_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(declareOn(TOMORROW, 0.5, 0.5, "Begrundelse"))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_declaration_dated_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(declareOn(BEFORE_START, 0.5, 0.5, "Begrundelse"))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn"));
        }
    }

    @Nested
    class CloseProject_ {

        @Test
        void closes_the_project() {
            givenJournal()
                    .when(new CloseProject(PROJECT_ID, "entry-close", TODAY, " Projektet er forankret ", false))
                    .expectResultMessagePayload("entry-close")
                    .expectEvents(new ProjectClosed(PROJECT_ID, "entry-close", TODAY, "Projektet er forankret", false));
        }

        @Test
        void closing_a_closed_project_again_is_rejected_as_already_closed() {
            givenJournal(projectClosed("entry-close"))
                    .when(new CloseProject(PROJECT_ID, "entry-close-again", TODAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(ALREADY_CLOSED, null));
        }

        @Test
        void a_closing_date_in_the_future_is_rejected() {
            givenJournal()
                    .when(new CloseProject(PROJECT_ID, "entry-close", TOMORROW, null, true))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_closing_date_before_the_start_is_rejected() {
            givenJournal()
                    .when(new CloseProject(PROJECT_ID, "entry-close", BEFORE_START, null, true))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn").withArguments(STARTED_ON));
        }
    }
}
