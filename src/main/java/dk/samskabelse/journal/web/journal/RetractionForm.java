package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A wrong entry is retracted with a reason; it stays in the journal, marked, and no longer counts. */
class RetractionForm extends JournalForm {

    @NotBlank
    private String retractedEntryId;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String reason;

    private boolean shareable;
    /** After the retraction, open the entry's form filled in with its values (issue 18, item 4; engagements). */
    private boolean correctedCopy;

    RetractionForm() {}

    RetractionForm(String retractedEntryId, boolean correctedCopy) {
        this.retractedEntryId = retractedEntryId;
        this.correctedCopy = correctedCopy;
    }

    public String getRetractedEntryId() {
        return retractedEntryId;
    }

    public void setRetractedEntryId(String retractedEntryId) {
        this.retractedEntryId = retractedEntryId;
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

    public boolean isCorrectedCopy() {
        return correctedCopy;
    }

    public void setCorrectedCopy(boolean correctedCopy) {
        this.correctedCopy = correctedCopy;
    }
}
