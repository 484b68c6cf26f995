package dk.samskabelse.journal.web;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Demo honesty on every project page (issue 13, point 7): a page under /projekter/{id} of a demo project gets the
 * demo notice in the layout (demoProject) and, per entry, where it comes from (demoSources), so no demo history
 * passes for a real project's.
 */
@ControllerAdvice(annotations = PageController.class)
class DemoNoticeAdvice {

    private static final Pattern PROJECT_PAGE =
            Pattern.compile("^/(?:projekter|admin/personoplysninger)/([^/]+)(?:/.*)?$");

    /** The provenance of one demo project's entries, for the templates. */
    public record DemoSources(String projectId, DemoProvenance provenance) {

        public DemoSource of(String entryId) {
            return provenance.source(projectId, entryId).orElse(DemoSource.RECORDED);
        }
    }

    private final DemoProvenance provenance;

    DemoNoticeAdvice(DemoProvenance provenance) {
        this.provenance = provenance;
    }

    @ModelAttribute
    void demoNotice(HttpServletRequest request, Model model) {
        Matcher page = PROJECT_PAGE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!page.matches()) {
            return;
        }
        String projectId = page.group(1);
        provenance.project(projectId).ifPresent(project -> {
            model.addAttribute("demoProject", project);
            model.addAttribute("demoSources", new DemoSources(projectId, provenance));
        });
    }
}
