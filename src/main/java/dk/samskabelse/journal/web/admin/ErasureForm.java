package dk.samskabelse.journal.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/**
 * The confirmation form of an erasure. Like every entry form it carries the entry id made when it was shown, so
 * a confirmation sent twice erases once and records one erasure.
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
