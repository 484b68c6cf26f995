package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An actor that withdrew takes part again (seed 000, "fleksibel inddragelse"); no role ticked: the roles it held. */
class RejoinForm extends JournalForm {

    @NotBlank
    private String actorId;

    private List<Role> roles = new ArrayList<>();

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    @Size(max = TEXT)
    @CleanText
    private String reason;

    private boolean shareable;

    RejoinForm() {}

    RejoinForm(LocalDate today, String actorId) {
        this.effectiveOn = today;
        this.actorId = actorId;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
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
