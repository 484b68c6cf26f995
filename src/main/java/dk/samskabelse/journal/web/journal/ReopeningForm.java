package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A closed project is taken up again from a date, with a reason. */
class ReopeningForm extends JournalForm {

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String reason;

    private boolean shareable;

    ReopeningForm() {}

    ReopeningForm(LocalDate today) {
        this.effectiveOn = today;
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
