package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The decisions of phase 1 Afklaring (seed 002). Success criteria are written one per line. */
class ClarificationForm extends JournalForm {

    @NotBlank
    @Size(max = TEXT)
    @CleanText
    private String successCriteria;
    private List<BottomLine> expectedBottomLines = new ArrayList<>();
    private List<CoCreationScope> coCreationScope = new ArrayList<>();
    @Size(max = TEXT)
    @CleanText
    private String motivation;
    @Size(max = TEXT)
    @CleanText
    private String democraticLegitimacy;
    @Size(max = TEXT)
    @CleanText
    private String ownership;
    @Size(max = TEXT)
    @CleanText
    private String organisationalReadiness;
    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    ClarificationForm() {
    }

    ClarificationForm(LocalDate today) {
        this.effectiveOn = today;
    }

    List<String> successCriteriaLines() {
        return successCriteria == null ? List.of()
                : successCriteria.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public List<BottomLine> getExpectedBottomLines() {
        return expectedBottomLines;
    }

    public void setExpectedBottomLines(List<BottomLine> expectedBottomLines) {
        this.expectedBottomLines = expectedBottomLines;
    }

    public List<CoCreationScope> getCoCreationScope() {
        return coCreationScope;
    }

    public void setCoCreationScope(List<CoCreationScope> coCreationScope) {
        this.coCreationScope = coCreationScope;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getDemocraticLegitimacy() {
        return democraticLegitimacy;
    }

    public void setDemocraticLegitimacy(String democraticLegitimacy) {
        this.democraticLegitimacy = democraticLegitimacy;
    }

    public String getOwnership() {
        return ownership;
    }

    public void setOwnership(String ownership) {
        this.ownership = ownership;
    }

    public String getOrganisationalReadiness() {
        return organisationalReadiness;
    }

    public void setOrganisationalReadiness(String organisationalReadiness) {
        this.organisationalReadiness = organisationalReadiness;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
