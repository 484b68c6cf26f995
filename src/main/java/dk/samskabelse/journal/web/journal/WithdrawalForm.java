package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An actor leaves the project. */
class WithdrawalForm extends JournalForm {

    @NotBlank
    private String actorId;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    @Size(max = TEXT)
    @CleanText
    private String reason;

    private boolean shareable;

    WithdrawalForm() {}

    WithdrawalForm(LocalDate today, String actorId) {
        this.effectiveOn = today;
        this.actorId = actorId;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isShareable() {
        return shareable;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }
}
