package dk.samskabelse.journal.web.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * What every entry form carries: a nonce issued by the server when the form is shown and sent back hidden (the
 * field is still called "entryId"). The stored entry id is derived from it and the project under a server secret
 * (see {@link JournalWriter#entryId} and KeyedIds), so an edited field cannot name another project's entry. The
 * journal acknowledges an entry id it already holds without a second entry, so a form sent twice records once.
 */
abstract class JournalForm {

    static final int NAME = 200;
    static final int TITLE = 300;
    static final int TEXT = 4000;
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @NotBlank
    @Pattern(regexp = UUID_PATTERN)
    private String entryId = newId();

    public String getEntryId() {
        return entryId;
    }

    public void setEntryId(String entryId) {
        this.entryId = entryId;
    }

    /** After a form came back without a usable entry id, it is shown again with a fresh one. */
    void renewEntryIdIfInvalid(org.springframework.validation.BindingResult result) {
        if (result.hasFieldErrors("entryId")) {
            entryId = newId();
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
