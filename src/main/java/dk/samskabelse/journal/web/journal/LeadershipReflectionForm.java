package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The chef's reflection on their own role (seed 002, Afklaring: "Reflektér grundigt over din egen rolle"). */
class LeadershipReflectionForm extends JournalForm {

    // The fields in the order the form shows them: the error summary follows it (web/FormErrors).
    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String text;

    private String actorId;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    private boolean shareable;

    LeadershipReflectionForm() {}

    LeadershipReflectionForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
