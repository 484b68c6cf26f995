package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_START;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.DECISION_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.REASON_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.SAME_PHASE;
import static dk.samskabelse.journal.api.RejectionReason.TEXT_MISSING;
import static dk.samskabelse.journal.command.JournalTestData.BEFORE_START;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.STARTED_ON;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.phaseChanged;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;

import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordInsight;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** ChangePhase (seed 002's phase model, stepping back allowed), RecordCourseCorrection and RecordInsight. */
class PhaseAndLearningTest extends ProjectFixtureTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);

    @Nested
    class ChangePhase_ {

        private ChangePhase changeTo(Phase phase, LocalDate on) {
            return new ChangePhase(PROJECT_ID, "entry-phase", phase, on, " Klar til planlægning ", true);
        }

        @Test
        void a_started_project_moves_forward_from_afklaring() {
            givenJournal()
                    .when(changeTo(Phase.PLANLAEGNING, MARCH))
                    .expectResultMessagePayload("entry-phase")
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase",
                            MARCH,
                            Phase.AFKLARING,
                            Phase.PLANLAEGNING,
                            false,
                            "Klar til planlægning",
                            true));
        }

        @Test
        void a_phase_may_be_skipped() {
            givenJournal()
                    .when(new ChangePhase(PROJECT_ID, "entry-phase", Phase.UDFOERELSE, MARCH, null, false))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID, "entry-phase", MARCH, Phase.AFKLARING, Phase.UDFOERELSE, false, null, false));
        }

        @Test
        void stepping_back_a_phase_is_recorded_as_backwards() {
            givenJournal(
                            phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MARCH),
                            phaseChanged("entry-phase-2", Phase.PLANLAEGNING, Phase.UDFOERELSE, MAY.minusDays(10)))
                    .when(changeTo(Phase.PLANLAEGNING, MAY))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase",
                            MAY,
                            Phase.UDFOERELSE,
                            Phase.PLANLAEGNING,
                            true,
                            "Klar til planlægning",
                            true));
        }

        @Test
        void a_change_on_the_day_the_current_phase_began_is_accepted() {
            givenJournal(phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MARCH))
                    .when(changeTo(Phase.UDFOERELSE, MARCH))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase",
                            MARCH,
                            Phase.PLANLAEGNING,
                            Phase.UDFOERELSE,
                            false,
                            "Klar til planlægning",
                            true));
        }

        @Test
        void a_change_to_the_current_phase_is_rejected() {
            givenJournal(phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MARCH))
                    .when(changeTo(Phase.PLANLAEGNING, MAY))
                    .expectNoEvents()
                    .expectException(rejection(SAME_PHASE, "phase").withArguments(Phase.PLANLAEGNING));
        }

        @Test
        void a_started_project_is_already_in_afklaring() {
            givenJournal()
                    .when(changeTo(Phase.AFKLARING, MARCH))
                    .expectNoEvents()
                    .expectException(rejection(SAME_PHASE, "phase"));
        }

        @Test
        void a_change_dated_before_the_current_phase_began_slots_in_from_the_phase_of_its_date() {
            givenJournal(phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MAY))
                    .when(changeTo(Phase.UDFOERELSE, MAY.minusDays(1)))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase",
                            MAY.minusDays(1),
                            Phase.AFKLARING,
                            Phase.UDFOERELSE,
                            false,
                            "Klar til planlægning",
                            true));
        }

        @Test
        void a_back_dated_change_to_the_phase_a_later_change_goes_to_contradicts_that_change() {
            givenJournal(phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MAY))
                    .when(changeTo(Phase.PLANLAEGNING, MAY.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-phase-1", "PhaseChanged"));
        }

        @Test
        void a_back_dated_change_records_backwards_from_the_phase_of_its_date() {
            givenJournal(
                            phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.UDFOERELSE, MARCH),
                            phaseChanged("entry-phase-2", Phase.UDFOERELSE, Phase.ERKENDELSE, MAY))
                    .when(changeTo(Phase.PLANLAEGNING, APRIL))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase",
                            APRIL,
                            Phase.UDFOERELSE,
                            Phase.PLANLAEGNING,
                            true,
                            "Klar til planlægning",
                            true));
        }

        @Test
        void a_change_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(changeTo(Phase.PLANLAEGNING, TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_change_dated_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(changeTo(Phase.PLANLAEGNING, BEFORE_START))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn").withArguments(STARTED_ON));
        }
    }

    @Nested
    class RecordCourseCorrection_ {

        private RecordCourseCorrection correction(String decision, String reason, LocalDate on) {
            return new RecordCourseCorrection(
                    PROJECT_ID,
                    "entry-correction",
                    on,
                    decision,
                    reason,
                    List.of(CourseCorrectionScope.SAMSKABELSESTYPE, CourseCorrectionScope.ROLLER),
                    true);
        }

        @Test
        void records_the_decision_its_reason_and_what_it_affects() {
            givenJournal()
                    .when(correction(" Fælles retning ", " Direktionen insisterer på fælles mål ", MAY))
                    .expectResultMessagePayload("entry-correction")
                    .expectEvents(new CourseCorrected(
                            PROJECT_ID,
                            "entry-correction",
                            MAY,
                            "Fælles retning",
                            "Direktionen insisterer på fælles mål",
                            List.of(CourseCorrectionScope.SAMSKABELSESTYPE, CourseCorrectionScope.ROLLER),
                            true));
        }

        @Test
        void a_correction_affecting_nothing_named_is_recorded_with_an_empty_list() {
            givenJournal()
                    .when(new RecordCourseCorrection(
                            PROJECT_ID, "entry-correction", MAY, "Pause", "Sommerferie", null, false))
                    .expectEvents(new CourseCorrected(
                            PROJECT_ID, "entry-correction", MAY, "Pause", "Sommerferie", List.of(), false));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void a_correction_without_a_decision_is_rejected(String decision) {
            givenJournal()
                    .when(correction(decision, "Mødetræthed", MAY))
                    .expectNoEvents()
                    .expectException(rejection(DECISION_MISSING, "decision"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void a_correction_without_a_reason_is_rejected(String reason) {
            givenJournal()
                    .when(correction("Færre møder", reason, MAY))
                    .expectNoEvents()
                    .expectException(rejection(REASON_MISSING, "reason"));
        }

        @Test
        void a_correction_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(correction("Færre møder", "Mødetræthed", TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_correction_dated_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(correction("Færre møder", "Mødetræthed", BEFORE_START))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn"));
        }
    }

    @Nested
    class RecordInsight_ {

        private RecordInsight insight(String text, LocalDate on) {
            return new RecordInsight(PROJECT_ID, "entry-insight", on, FocusPoint.FORANKRING, text, false);
        }

        @Test
        void records_the_insight_under_its_focus_point() {
            givenJournal()
                    .when(insight("  Foreningen driver nu naturdagene selv ", MAY))
                    .expectResultMessagePayload("entry-insight")
                    .expectEvents(new InsightRecorded(
                            PROJECT_ID,
                            "entry-insight",
                            MAY,
                            FocusPoint.FORANKRING,
                            "Foreningen driver nu naturdagene selv",
                            false));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "\n ")
        void an_insight_without_text_is_rejected(String text) {
            givenJournal().when(insight(text, MAY)).expectNoEvents().expectException(rejection(TEXT_MISSING, "text"));
        }

        @Test
        void an_insight_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(insight("Læring", TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void an_insight_dated_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(insight("Læring", BEFORE_START))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "effectiveOn"));
        }
    }
}
