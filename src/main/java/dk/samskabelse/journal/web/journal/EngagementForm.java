package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An engagement with its participants. The form has one row per active actor: ticked rows are the
 * participants, each with the influence the actor had and what the actor contributed.
 */
class EngagementForm extends JournalForm {

    /** One actor's row: taking part or not, with which influence and contributions. */
    public static class ParticipantRow {

        private String actorId;
        private boolean selected;
        private Influence influence;
        private List<ContributionType> contributions = new ArrayList<>();

        public ParticipantRow() {}

        ParticipantRow(String actorId) {
            this.actorId = actorId;
        }

        public String getActorId() {
            return actorId;
        }

        public void setActorId(String actorId) {
            this.actorId = actorId;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public Influence getInfluence() {
            return influence;
        }

        public void setInfluence(Influence influence) {
            this.influence = influence;
        }

        public List<ContributionType> getContributions() {
            return contributions;
        }

        public void setContributions(List<ContributionType> contributions) {
            this.contributions = contributions;
        }
    }

    /** How many took part beyond the registered participants, of one kind (none chosen: unknown kind). */
    public static class AttendanceRow {

        private ActorKind kind;

        @Min(0)
        private Integer count;

        public AttendanceRow() {}

        public ActorKind getKind() {
            return kind;
        }

        public void setKind(ActorKind kind) {
            this.kind = kind;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }
    }

    /** Rows offered for attendance counts beyond those already filled in. */
    static final int EMPTY_ATTENDANCE_ROWS = 2;

    @NotNull
    private EngagementKind kind;

    @NotBlank
    @Size(max = TITLE)
    @CleanText
    private String title;

    @NotNull
    @EntryDate
    private LocalDate occurredOn;

    @NotBlank
    private String initiatedBy;
    /** Further initiators of a joint initiative (Lejre's associations together, seed 002). */
    @Size(max = 500)
    private List<String> coInitiators = new ArrayList<>();
    // The fields in the order the form shows them: the error summary follows it (web/FormErrors).
    @Valid
    @Size(max = 500)
    private List<ParticipantRow> participants = new ArrayList<>();

    @Valid
    @Size(max = 20)
    private List<AttendanceRow> attendance = new ArrayList<>();

    @Size(max = TEXT)
    @CleanText
    private String notes;

    private boolean shareable;

    EngagementForm() {}

    EngagementForm(LocalDate today, List<String> actorIds) {
        this.occurredOn = today;
        actorIds.forEach(id -> participants.add(new ParticipantRow(id)));
        addEmptyAttendanceRows();
    }

    /** After a refusal the form is shown with its counts and room for more. */
    void addEmptyAttendanceRows() {
        long empty = attendance.stream().filter(row -> row.getCount() == null).count();
        for (long i = empty; i < EMPTY_ATTENDANCE_ROWS; i++) {
            attendance.add(new AttendanceRow());
        }
    }

    public List<String> getCoInitiators() {
        return coInitiators;
    }

    public void setCoInitiators(List<String> coInitiators) {
        this.coInitiators = coInitiators;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }

    public void setAttendance(List<AttendanceRow> attendance) {
        this.attendance = attendance;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public void setKind(EngagementKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getInitiatedBy() {
        return initiatedBy;
    }

    public void setInitiatedBy(String initiatedBy) {
        this.initiatedBy = initiatedBy;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantRow> participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isShareable() {
        return shareable;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }
}
