package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of phase 1 Afklaring (seed 002). Success criteria and partner organisations are written one per
 * line; target groups are rows (an empty row is left out).
 */
class ClarificationForm extends JournalForm {

    /** Rows offered for target groups beyond those already filled in. */
    static final int EMPTY_TARGET_GROUP_ROWS = 3;

    /** One target group: a group, never a person (seed 002, 2A "Målgruppe og rekruttering"). */
    public static class TargetGroupRow {

        @Size(max = NAME)
        @CleanText
        private String name;

        private TargetGroupStatus status;

        @Size(max = TEXT)
        @CleanText
        private String reason;

        public TargetGroupRow() {}

        boolean isEmpty() {
            return (name == null || name.isBlank()) && status == null && (reason == null || reason.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public TargetGroupStatus getStatus() {
            return status;
        }

        public void setStatus(TargetGroupStatus status) {
            this.status = status;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    // The fields in the order the form shows them: the error summary follows it (web/FormErrors).
    /** Seed 002 Afklaring "hvor kommer opgaven fra"; seed 004 "Fire veje til samskabelse". */
    private TaskOrigin taskOrigin;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String successCriteria;

    private List<BottomLine> expectedBottomLines = new ArrayList<>();
    private List<CoCreationScope> coCreationScope = new ArrayList<>();

    @Size(max = TEXT)
    @CleanText
    private String motivation;

    @Size(max = TEXT)
    @CleanText
    private String democraticLegitimacy;

    @Size(max = TEXT)
    @CleanText
    private String ownership;

    @Size(max = TEXT)
    @CleanText
    private String organisationalReadiness;

    @Size(max = TEXT)
    @CleanText
    private String partnerOrganisations;

    @Valid
    @Size(max = 50)
    private List<TargetGroupRow> targetGroups = new ArrayList<>();

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    ClarificationForm() {}

    ClarificationForm(LocalDate today) {
        this.effectiveOn = today;
        addEmptyTargetGroupRows();
    }

    /** After a refusal the form is shown with its rows and room for more. */
    void addEmptyTargetGroupRows() {
        long empty = targetGroups.stream().filter(TargetGroupRow::isEmpty).count();
        for (long i = empty; i < EMPTY_TARGET_GROUP_ROWS; i++) {
            targetGroups.add(new TargetGroupRow());
        }
    }

    List<String> partnerOrganisationLines() {
        return partnerOrganisations == null
                ? List.of()
                : partnerOrganisations
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    /** The filled-in rows; the row index of each (for errors) is {@link #targetGroupRows()}. */
    List<TargetGroup> targetGroupList() {
        return targetGroups.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new TargetGroup(
                        row.getName() == null ? null : row.getName().strip(), row.getStatus(), row.getReason()))
                .toList();
    }

    List<Integer> targetGroupRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < targetGroups.size(); i++) {
            if (!targetGroups.get(i).isEmpty()) {
                rows.add(i);
            }
        }
        return rows;
    }

    public TaskOrigin getTaskOrigin() {
        return taskOrigin;
    }

    public void setTaskOrigin(TaskOrigin taskOrigin) {
        this.taskOrigin = taskOrigin;
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(String partnerOrganisations) {
        this.partnerOrganisations = partnerOrganisations;
    }

    public List<TargetGroupRow> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroupRow> targetGroups) {
        this.targetGroups = targetGroups;
    }

    List<String> successCriteriaLines() {
        return successCriteria == null
                ? List.of()
                : successCriteria
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public List<BottomLine> getExpectedBottomLines() {
        return expectedBottomLines;
    }

    public void setExpectedBottomLines(List<BottomLine> expectedBottomLines) {
        this.expectedBottomLines = expectedBottomLines;
    }

    public List<CoCreationScope> getCoCreationScope() {
        return coCreationScope;
    }

    public void setCoCreationScope(List<CoCreationScope> coCreationScope) {
        this.coCreationScope = coCreationScope;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getDemocraticLegitimacy() {
        return democraticLegitimacy;
    }

    public void setDemocraticLegitimacy(String democraticLegitimacy) {
        this.democraticLegitimacy = democraticLegitimacy;
    }

    public String getOwnership() {
        return ownership;
    }

    public void setOwnership(String ownership) {
        this.ownership = ownership;
    }

    public String getOrganisationalReadiness() {
        return organisationalReadiness;
    }

    public void setOrganisationalReadiness(String organisationalReadiness) {
        this.organisationalReadiness = organisationalReadiness;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
