package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A learning for the Erkendelse evaluation, tagged with one of the six focus points of seed 002. */
class InsightForm extends JournalForm {

    @NotNull
    private FocusPoint focus;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String text;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    private boolean shareable;

    InsightForm() {}

    InsightForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public FocusPoint getFocus() {
        return focus;
    }

    public void setFocus(FocusPoint focus) {
        this.focus = focus;
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
