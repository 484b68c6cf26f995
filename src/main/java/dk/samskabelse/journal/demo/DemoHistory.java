package dk.samskabelse.journal.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One demo history as written in a data file under src/main/resources/demo/: the project, its actors and its
 * journal entries in the words of the API. `key` is the stable name every id of the history is derived from;
 * `recordedBy` and `recordedAfterDays` say who wrote the entries and how many days after they happened, unless
 * an entry says otherwise (`by`, `recorded`).
 */
public record DemoHistory(String key, String recordedBy, Integer recordedAfterDays, Project project,
                          List<Actor> actors, List<Entry> journal) {

    public record Project(String name, String municipality, Area area, String purpose, LocalDate startedOn,
                          LocalDate recorded, String by) {
    }

    /** `name` is an invented first name and initial; `organisation` says whom or what the person stands for. */
    public record Actor(String key, String name, ActorKind kind, Role role, String organisation, LocalDate joinedOn,
                       LocalDate recorded, String by) {
    }

    /**
     * One journal entry: its effective `date`, optionally when it was `recorded` (a backdated entry) and `by`
     * whom, an `id` when a later entry refers to it, and exactly one of the entry kinds.
     */
    public record Entry(String id, LocalDate date, LocalDate recorded, String by, Boolean shareable,
                        Clarification clarify, Declaration declare, Engagement engagement, RoleShift shift,
                        Withdrawal withdraw, PhaseChange phase, CourseCorrection correction, Insight insight,
                        Retraction retract, Closure close) {

        List<Record> kinds() {
            return Stream.<Record>of(clarify, declare, engagement, shift, withdraw, phase, correction,
                    insight, retract, close).filter(Objects::nonNull).toList();
        }
    }

    public record Clarification(List<String> successCriteria, List<BottomLine> expectedBottomLines,
                                List<CoCreationScope> coCreationScope, String motivation,
                                String democraticLegitimacy, String ownership, String organisationalReadiness) {
    }

    public record Declaration(double openness, double centrality, String rationale) {
    }

    /** participants: actor key to influence; contributions: actor key to what the actor brought. */
    public record Engagement(EngagementKind kind, String title, String initiatedBy,
                             Map<String, Influence> participants, Map<String, List<ContributionType>> contributions,
                             String notes) {
    }

    public record RoleShift(String actor, Role role, String reason) {
    }

    public record Withdrawal(String actor, String reason) {
    }

    public record PhaseChange(@JsonProperty("to") Phase to, String note) {
    }

    public record CourseCorrection(String decision, String reason, List<CourseCorrectionScope> affects) {
    }

    public record Insight(FocusPoint focus, String text) {
    }

    /** entry: the `id` of the entry that is retracted. */
    public record Retraction(String entry, String reason) {
    }

    public record Closure(String note) {
    }
}
