package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An actor takes on a further role (seed 001: the citizen's "dobbeltrolle"), or ends one of several. */
class RoleForm extends JournalForm {

    @NotBlank
    private String actorId;

    @NotNull
    private Role role;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    @Size(max = TEXT)
    @CleanText
    private String reason;

    private boolean shareable;

    RoleForm() {}

    RoleForm(LocalDate today, String actorId) {
        this.effectiveOn = today;
        this.actorId = actorId;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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
