package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new actor. Name, organisation and contact go to the erasable personal-data register, not the journal. */
class ActorForm extends JournalForm {

    @NotNull
    private ActorKind kind;

    @NotBlank
    @Size(max = NAME)
    @CleanText
    private String name;

    @Size(max = NAME)
    @CleanText
    private String organisation;

    @Size(max = 500)
    @CleanText
    private String contact;

    @NotNull
    private Role role;

    @NotNull
    @EntryDate
    private LocalDate joinedOn;
    /** A paid supplier (Lejre's architects): no typology signal (seed 002, "rent kommercielle relationer"). */
    private boolean commercialSupplier;

    ActorForm() {}

    ActorForm(LocalDate today) {
        this.joinedOn = today;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public boolean isCommercialSupplier() {
        return commercialSupplier;
    }

    public void setCommercialSupplier(boolean commercialSupplier) {
        this.commercialSupplier = commercialSupplier;
    }
}
