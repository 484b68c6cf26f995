package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new project. Its hidden projectId is a nonce issued with the form; the project id is derived from it and the
 * signed-in user (see JournalWriter#projectId), so that sending the form twice starts one project.
 */
class StartProjectForm extends JournalForm {

    @NotBlank
    @Pattern(regexp = UUID_PATTERN)
    private String projectId = newId();

    @NotBlank
    @Size(max = NAME)
    @CleanText
    private String name;

    @NotBlank
    @Size(max = NAME)
    @CleanText
    private String municipality;

    @NotNull
    private Area area;

    @Size(max = TEXT)
    @CleanText
    private String purpose;

    @NotNull
    @EntryDate(withinProject = false)
    private LocalDate startedOn;
    /** The project whose "afsæt for ny samskabelse" this one takes up (seed 002, Erkendelse); optional. */
    @Size(max = 36)
    private String continuesProjectId;

    StartProjectForm() {}

    StartProjectForm(LocalDate today) {
        this.startedOn = today;
    }

    @Override
    void renewEntryIdIfInvalid(org.springframework.validation.BindingResult result) {
        super.renewEntryIdIfInvalid(result);
        if (result.hasFieldErrors("projectId")) {
            projectId = newId();
        }
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public String getContinuesProjectId() {
        return continuesProjectId;
    }

    public void setContinuesProjectId(String continuesProjectId) {
        this.continuesProjectId = continuesProjectId;
    }
}
