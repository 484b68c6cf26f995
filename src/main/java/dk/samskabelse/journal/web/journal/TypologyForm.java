package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The intended placement in the typology (seeds 001, 002): two axes from -1 to 1 and the reason for it. */
class TypologyForm extends JournalForm {

    @NotNull
    @DecimalMin("-1.0")
    @DecimalMax("1.0")
    private Double openness;
    @NotNull
    @DecimalMin("-1.0")
    @DecimalMax("1.0")
    private Double centrality;
    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String rationale;
    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    TypologyForm() {
    }

    TypologyForm(LocalDate today) {
        this.effectiveOn = today;
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
