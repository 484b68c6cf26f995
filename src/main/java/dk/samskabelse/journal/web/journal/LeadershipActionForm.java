package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A chef's leadership action in one of seed 002's four directions, optionally as one of Torfing's acts (seed 004). */
class LeadershipActionForm extends JournalForm {

    @NotNull
    private LeadershipDirection direction;

    private LeadershipAct act;
    private String actorId;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String action;

    @Size(max = TEXT)
    @CleanText
    private String reason;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    private boolean shareable;

    LeadershipActionForm() {}

    LeadershipActionForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public LeadershipDirection getDirection() {
        return direction;
    }

    public void setDirection(LeadershipDirection direction) {
        this.direction = direction;
    }

    public LeadershipAct getAct() {
        return act;
    }

    public void setAct(LeadershipAct act) {
        this.act = act;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isShareable() {
        return shareable;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }
}
