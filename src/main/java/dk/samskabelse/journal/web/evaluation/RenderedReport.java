package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import java.util.List;

/**
 * The evaluation in the user's language, ready for the page and the Markdown file: every statement as one
 * sentence with numbered references into the appendix of sources, which lists each cited entry once (issue 15).
 */
record RenderedReport(String projectId, String title, String subtitle, List<Section> sections, Sources sources) {

    record Section(FocusPoint focus, String anchor, String heading, String question, List<Group> groups) {}

    record Group(String anchor, String heading, List<Line> lines) {}

    /** references: the statement's sources as runs of consecutive numbers ("[3]", "[4–7]"), ascending. */
    record Line(String text, boolean noEvidence, List<Reference> references) {

        /** The entries the statement cites, in the order of their numbers. */
        List<String> entryIds() {
            return references.stream()
                    .flatMap(reference -> reference.entryIds().stream())
                    .toList();
        }
    }

    /**
     * A run of consecutive source numbers: label "3" or "4–7"; anchor: the first source's fragment id on the page;
     * entryIds: the entries of the run's sources, so that every number stays traceable to its entry.
     */
    record Reference(int first, int last, String label, String anchor, List<String> entryIds) {}

    /** The appendix: heading ("Kilder") and its lines, numbered from 1 in the order of first citation. */
    record Sources(String anchor, String heading, String intro, List<Source> lines) {}

    /**
     * One cited entry: its number, date, kind and one-line summary, and its id. href: the entry on the project's
     * journal page (absolute, so the Markdown file's link works anywhere).
     */
    record Source(int number, String anchor, String date, String kind, String summary, String entryId, String href) {}
}
