package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decisions of 2A Planlægning by seed 002's focus points; at least one must be filled in. */
class PlanningForm extends JournalForm {

    @Size(max = TEXT)
    @CleanText
    private String fixedFrame;

    @Size(max = TEXT)
    @CleanText
    private String elasticFrame;

    @Size(max = TEXT)
    @CleanText
    private String timeFrame;

    @Size(max = TEXT)
    @CleanText
    private String unpredictability;

    @Size(max = TEXT)
    @CleanText
    private String communication;

    @Size(max = TEXT)
    @CleanText
    private String recruitment;

    private Influence intendedInfluence;

    @Size(max = TEXT)
    @CleanText
    private String involvementMethods;

    @Size(max = TEXT)
    @CleanText
    private String processDesign;

    @NotNull
    @EntryDate
    private LocalDate effectiveOn;

    private boolean shareable;

    PlanningForm() {}

    PlanningForm(LocalDate today) {
        this.effectiveOn = today;
    }

    public String getFixedFrame() {
        return fixedFrame;
    }

    public void setFixedFrame(String fixedFrame) {
        this.fixedFrame = fixedFrame;
    }

    public String getElasticFrame() {
        return elasticFrame;
    }

    public void setElasticFrame(String elasticFrame) {
        this.elasticFrame = elasticFrame;
    }

    public String getTimeFrame() {
        return timeFrame;
    }

    public void setTimeFrame(String timeFrame) {
        this.timeFrame = timeFrame;
    }

    public String getUnpredictability() {
        return unpredictability;
    }

    public void setUnpredictability(String unpredictability) {
        this.unpredictability = unpredictability;
    }

    public String getCommunication() {
        return communication;
    }

    public void setCommunication(String communication) {
        this.communication = communication;
    }

    public String getRecruitment() {
        return recruitment;
    }

    public void setRecruitment(String recruitment) {
        this.recruitment = recruitment;
    }

    public Influence getIntendedInfluence() {
        return intendedInfluence;
    }

    public void setIntendedInfluence(Influence intendedInfluence) {
        this.intendedInfluence = intendedInfluence;
    }

    public String getInvolvementMethods() {
        return involvementMethods;
    }

    public void setInvolvementMethods(String involvementMethods) {
        this.involvementMethods = involvementMethods;
    }

    public String getProcessDesign() {
        return processDesign;
    }

    public void setProcessDesign(String processDesign) {
        this.processDesign = processDesign;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isShareable() {
        return shareable;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }
}
