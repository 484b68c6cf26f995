package dk.samskabelse.journal.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * The confirmation form of an erasure. Like every entry form it carries a nonce made when it was shown (the field
 * is still called "entryId"); the stored entry id is derived from it and the project (KeyedIds), so a confirmation
 * sent twice erases once and records one erasure, and an edited field cannot name another entry.
 */
public class ErasureForm {

    @NotBlank
    @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    private String entryId = UUID.randomUUID().toString();

    public String getEntryId() {
        return entryId;
    }

    public void setEntryId(String entryId) {
        this.entryId = entryId;
    }
}
