package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A placement in the typology (seeds 001, 002): two axes from -1 to 1, the reason for it, and whose placement it is
 * (issue 13): the perspectives the user's role allows, and for a partner's placement the partner's representative.
 */
class TypologyForm extends JournalForm {

    @NotNull
    private TypologyPerspective perspective;

    @Size(max = 80)
    private String actorId;

    @NotNull
    @DecimalMin("-1")
    @DecimalMax("1")
    private Double openness;

    @NotNull
    @DecimalMin("-1")
    @DecimalMax("1")
    private Double centrality;

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String rationale;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    TypologyForm() {}

    TypologyForm(LocalDate today, TypologyPerspective perspective) {
        this.effectiveOn = today;
        this.perspective = perspective;
    }

    public TypologyPerspective getPerspective() {
        return perspective;
    }

    public void setPerspective(TypologyPerspective perspective) {
        this.perspective = perspective;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    /** The partner's representative only for a partner's placement: a choice left in the list otherwise is ignored. */
    String partnerActorId() {
        return perspective == TypologyPerspective.PARTNER && actorId != null && !actorId.isBlank() ? actorId : null;
    }

    public Double getOpenness() {
        return openness;
    }

    public void setOpenness(Double openness) {
        this.openness = openness;
    }

    public Double getCentrality() {
        return centrality;
    }

    public void setCentrality(Double centrality) {
        this.centrality = centrality;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
