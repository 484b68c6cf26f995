package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import java.util.List;

/**
 * The evaluation in the user's language, ready for the page and the Markdown file: every statement as one
 * sentence with links to the journal entries it rests on.
 */
record RenderedReport(String projectId, String title, String subtitle, List<Section> sections) {

    record Section(FocusPoint focus, String anchor, String heading, String question, List<Group> groups) {}

    record Group(String anchor, String heading, List<Line> lines) {}

    record Line(String text, boolean noEvidence, List<Link> evidence) {}

    /** href: the entry on the project's journal page (absolute, so the Markdown file's links work anywhere). */
    record Link(String entryId, String label, String href) {}
}
