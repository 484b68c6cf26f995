package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.Valid;
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

        public ParticipantRow() {
        }

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
    @Valid
    @Size(max = 500)
    private List<ParticipantRow> participants = new ArrayList<>();
    @Size(max = TEXT)
    @CleanText
    private String notes;
    private boolean shareable;

    EngagementForm() {
    }

    EngagementForm(LocalDate today, List<String> actorIds) {
        this.occurredOn = today;
        actorIds.forEach(id -> participants.add(new ParticipantRow(id)));
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
