package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.api.TypologyPerspective;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON request bodies of the journal API. Field names are the public contract (docs/api.md, /v3/api-docs);
 * limits keep one entry readable and the store bounded.
 */
final class Requests {

    static final int NAME = 200;
    static final int TITLE = 300;
    static final int TEXT = 4000;
    static final int ID = 36;
    static final int LIST = 200;

    private Requests() {}

    record StartProjectRequest(
            @NotBlank @Size(max = NAME) @CleanText String name,
            @NotBlank @Size(max = NAME) @CleanText String municipality,
            @NotNull Area area,
            @Size(max = TEXT) @CleanText String purpose,
            @NotNull LocalDate startedOn,
            @Size(max = ID) String continuesProjectId) {}

    record ClarificationRequest(
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = TEXT) @CleanText String> successCriteria,
            @Size(max = 10) List<@NotNull BottomLine> expectedBottomLines,
            @Size(max = 10) List<@NotNull CoCreationScope> coCreationScope,
            @Size(max = TEXT) @CleanText String motivation,
            @Size(max = TEXT) @CleanText String democraticLegitimacy,
            @Size(max = TEXT) @CleanText String ownership,
            @Size(max = TEXT) @CleanText String organisationalReadiness,
            LocalDate effectiveOn,
            TaskOrigin taskOrigin,
            @Size(max = 50) List<@NotBlank @Size(max = NAME) @CleanText String> partnerOrganisations,
            @Size(max = 50) List<@NotNull @Valid TargetGroupRequest> targetGroups) {}

    /** Seed 002, 2A "Målgruppe og rekruttering": a group (never a person), invited, reached or left out, and why. */
    record TargetGroupRequest(
            @NotBlank @Size(max = NAME) @CleanText String name,
            @NotNull TargetGroupStatus status,
            @Size(max = TEXT) @CleanText String reason) {}

    record TypologyDeclarationRequest(
            @NotNull @DecimalMin("-1.0") @DecimalMax("1.0") Double openness,
            @NotNull @DecimalMin("-1.0") @DecimalMax("1.0") Double centrality,
            @NotBlank @Size(max = TEXT) @CleanText String rationale,
            LocalDate effectiveOn,
            TypologyPerspective perspective,
            @Size(max = ID) String actorId) {}

    record RegisterActorRequest(
            @NotNull ActorKind kind,
            @NotBlank @Size(max = NAME) @CleanText String name,
            @NotNull Role role,
            @NotNull LocalDate joinedOn,
            @Size(max = NAME) @CleanText String organisation,
            @Size(max = 500) @CleanText String contact,
            Boolean commercialSupplier) {}

    record RoleShiftRequest(
            @NotNull Role role,
            @NotNull LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String reason,
            Boolean shareable,
            Role fromRole) {}

    /** A further role beside those the actor holds (AddRole), or the end of one of them (EndRole). */
    record RoleRequest(
            @NotNull Role role,
            @NotNull LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String reason,
            Boolean shareable) {}

    /** roles empty or absent: the roles the actor held when it withdrew. */
    record RejoinRequest(
            @Size(max = 10) List<@NotNull Role> roles,
            @NotNull LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String reason,
            Boolean shareable) {}

    record WithdrawalRequest(
            @NotNull LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String reason,
            Boolean shareable) {}

    record ParticipantRequest(
            @NotBlank @Size(max = ID) String actorId,
            @NotNull Influence influence) {}

    record ContributionRequest(
            @NotBlank @Size(max = ID) String actorId,
            @NotNull ContributionType type) {}

    /** kind absent: people of unknown kind. */
    record AttendanceRequest(
            ActorKind kind, @NotNull @Min(0) Integer count) {}

    record EngagementRequest(
            @NotNull EngagementKind kind,
            @NotBlank @Size(max = TITLE) @CleanText String title,
            @NotNull LocalDate occurredOn,
            @NotBlank @Size(max = ID) String initiatedBy,
            @NotEmpty @Size(max = LIST) List<@NotNull @Valid ParticipantRequest> participants,
            @Size(max = LIST) List<@NotNull @Valid ContributionRequest> contributions,
            @Size(max = TEXT) @CleanText String notes,
            Boolean shareable,
            @Size(max = LIST) List<@NotBlank @Size(max = ID) String> coInitiators,
            @Size(max = 20) List<@NotNull @Valid AttendanceRequest> attendance) {}

    record PhaseChangeRequest(
            @NotNull Phase phase,
            @NotNull LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String note,
            Boolean shareable) {}

    record CourseCorrectionRequest(
            @NotBlank @Size(max = TEXT) @CleanText String decision,
            @NotBlank @Size(max = TEXT) @CleanText String reason,
            @Size(max = 20) List<@NotNull CourseCorrectionScope> affects,
            LocalDate effectiveOn,
            Boolean shareable) {}

    record InsightRequest(
            @NotNull FocusPoint focus,
            @NotBlank @Size(max = TEXT) @CleanText String text,
            LocalDate effectiveOn,
            Boolean shareable) {}

    record RetractionRequest(
            @NotBlank @Size(max = ID) String entryId,
            @NotBlank @Size(max = TEXT) @CleanText String reason,
            Boolean shareable) {}

    record ClosureRequest(
            LocalDate effectiveOn,
            @Size(max = TEXT) @CleanText String note,
            Boolean shareable) {}

    record ReopeningRequest(
            LocalDate effectiveOn,
            @NotBlank @Size(max = TEXT) @CleanText String reason,
            Boolean shareable) {}

    /** Seed 002's 2A Planlægning focus points; at least one must be filled in (PLANNING_EMPTY). */
    record PlanningRequest(
            @Size(max = TEXT) @CleanText String fixedFrame,
            @Size(max = TEXT) @CleanText String elasticFrame,
            @Size(max = TEXT) @CleanText String timeFrame,
            @Size(max = TEXT) @CleanText String unpredictability,
            @Size(max = TEXT) @CleanText String communication,
            @Size(max = TEXT) @CleanText String recruitment,
            Influence intendedInfluence,
            @Size(max = TEXT) @CleanText String involvementMethods,
            @Size(max = TEXT) @CleanText String processDesign,
            LocalDate effectiveOn,
            Boolean shareable) {}

    /** Seed 002's four leadership directions; act: Torfing's convener, facilitator or catalyst (seed 004). */
    record LeadershipActionRequest(
            @NotNull LeadershipDirection direction,
            LeadershipAct act,
            @Size(max = ID) String actorId,
            @NotBlank @Size(max = TEXT) @CleanText String action,
            @Size(max = TEXT) @CleanText String reason,
            LocalDate effectiveOn,
            Boolean shareable) {}

    record LeadershipReflectionRequest(
            @Size(max = ID) String actorId,
            @NotBlank @Size(max = TEXT) @CleanText String text,
            LocalDate effectiveOn,
            Boolean shareable) {}
}
