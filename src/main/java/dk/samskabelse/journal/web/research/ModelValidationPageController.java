package dk.samskabelse.journal.web.research;

import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.TypologyModelProperties;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.UnusableModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import dk.samskabelse.journal.query.typology.validation.CaseResult;
import dk.samskabelse.journal.query.typology.validation.ValidationCase;
import dk.samskabelse.journal.query.typology.validation.ValidationCaseReader;
import dk.samskabelse.journal.query.typology.validation.ValidationRunner;
import dk.samskabelse.journal.web.PageController;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The researcher's sensitivity check (issue 13, point 3): choose a shipped model (by name) or upload a
 * YAML model, and see per seed case of the validation set (projections/validation) the seed's classification,
 * where the case lands, its days per quadrant and whether it agrees. Nothing is stored; an uploaded model lives
 * for the one request. The command-line twin is --journal.validate-model=FILE.
 */
@PageController
class ModelValidationPageController {

    static final String PATH = "/forskning/modelvalidering";

    private final TypologyModels models;
    private final Path validationDirectory;
    private final TypologyModelLoader loader = new TypologyModelLoader();

    ModelValidationPageController(TypologyModels models, TypologyModelProperties settings) {
        this.models = models;
        this.validationDirectory = Path.of(settings.projectionDir(), "validation");
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "model", required = false) String modelName, Model model) {
        if (modelName == null || modelName.isBlank()) {
            return show(model, models.active(), "", List.of());
        }
        Optional<TypologyModel> named;
        try {
            named = models.named(modelName);
        } catch (UnusableModelException e) {
            return show(model, null, modelName, List.of());
        }
        if (named.isEmpty()) {
            model.addAttribute("unknownModel", true);
            return show(model, models.active(), "", List.of());
        }
        return show(model, named.get(), named.get().name(), List.of());
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "fil", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return show(model, null, "", List.of());
        }
        String original = file.getOriginalFilename();
        Path originalName = original == null || original.isBlank()
                ? null
                : Path.of(original).getFileName();
        String name = originalName == null ? "upload.yaml" : originalName.toString();
        try (InputStream in = file.getInputStream()) {
            return show(model, loader.load(in, name), "", List.of());
        } catch (TypologyModelException e) {
            // The uploader sees the problems of the file they sent (escaped like every text on the page).
            return show(model, null, "", e.problems());
        } catch (IOException e) {
            return show(model, null, "", List.of(name + ": cannot be read"));
        }
    }

    private String show(Model model, TypologyModel typologyModel, String chosen, List<String> problems) {
        List<ValidationCase> cases = new ValidationCaseReader().readDirectoryOrPackaged(validationDirectory);
        model.addAttribute("availableModels", models.available());
        model.addAttribute("activeModel", models.active());
        model.addAttribute("chosen", chosen);
        model.addAttribute("quadrants", Quadrant.values());
        model.addAttribute("problems", problems);
        boolean noFile = Boolean.TRUE.equals(model.getAttribute("noFile"));
        model.addAttribute("noFile", noFile);
        model.addAttribute("unusable", typologyModel == null);
        model.addAttribute("caseCount", cases.size());
        if (typologyModel != null) {
            List<CaseResult> results = new ValidationRunner().run(typologyModel, cases);
            model.addAttribute("validatedModel", typologyModel);
            model.addAttribute("results", results);
            model.addAttribute(
                    "agreeing", results.stream().filter(CaseResult::agrees).count());
        }
        return "research/model-validation";
    }
}
