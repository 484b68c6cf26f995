package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A decision to change course, with its reason and what it touches (seed 002, phase 2B). */
class CourseCorrectionForm extends JournalForm {

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String decision;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String reason;

    private List<CourseCorrectionScope> affects = new ArrayList<>();

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    private boolean shareable;

    CourseCorrectionForm() {}

    CourseCorrectionForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<CourseCorrectionScope> getAffects() {
        return affects;
    }

    public void setAffects(List<CourseCorrectionScope> affects) {
        this.affects = affects;
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
