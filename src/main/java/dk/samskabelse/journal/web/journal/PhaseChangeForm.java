package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A move to another phase of seed 002's model, forwards or a step back. */
class PhaseChangeForm extends JournalForm {

    @NotNull
    private Phase phase;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    @Size(max = TEXT)
    @CleanText
    private String note;

    private boolean shareable;

    PhaseChangeForm() {}

    PhaseChangeForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShareable() {
        return shareable;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }
}
