package dk.samskabelse.journal.web.evaluation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rendered evaluation as Markdown: the same headings and sentences as the page, each statement a list item
 * followed by the numbers of its sources, and the appendix of sources with one link per cited entry (issue 15).
 * Text from the journal is escaped so a quote cannot turn into markup.
 */
final class MarkdownReport {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

    private MarkdownReport() {}

    static String write(RenderedReport report, String evidenceWord, String noEvidenceWord) {
        return write(report, evidenceWord, noEvidenceWord, null);
    }

    /** demoNotice: for a demo project, the line saying its course is partly invented (issue 13); else null. */
    static String write(RenderedReport report, String evidenceWord, String noEvidenceWord, String demoNotice) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(report.title())).append("\n\n");
        if (demoNotice != null) {
            md.append("> **").append(escape(demoNotice)).append("**\n\n");
        }
        md.append(escape(report.subtitle())).append("\n");
        for (RenderedReport.Section section : report.sections()) {
            md.append("\n## ").append(escape(section.heading())).append("\n\n");
            md.append('*').append(escape(section.question())).append("*\n");
            for (RenderedReport.Group group : section.groups()) {
                md.append("\n### ").append(escape(group.heading())).append("\n\n");
                for (RenderedReport.Line line : group.lines()) {
                    md.append("- ");
                    if (line.noEvidence()) {
                        md.append("**").append(escape(noEvidenceWord)).append("** ");
                    }
                    md.append(escape(line.text()));
                    if (!line.references().isEmpty()) {
                        md.append(" ").append(escape(evidenceWord)).append(' ').append(references(line));
                    }
                    md.append('\n');
                }
            }
        }
        appendSources(md, report.sources());
        return md.toString();
    }

    /** "[3], [4–7]" (escaped): the numbers as text; the appendix holds the links. */
    static String references(RenderedReport.Line line) {
        StringBuilder md = new StringBuilder();
        for (RenderedReport.Reference reference : line.references()) {
            md.append(md.isEmpty() ? "" : ", ").append(escape("[" + reference.label() + "]"));
        }
        return md.toString();
    }

    /** One line per cited entry: number, date, kind, summary and the entry id as the one link to the journal. */
    private static void appendSources(StringBuilder md, RenderedReport.Sources sources) {
        if (sources.lines().isEmpty()) {
            return;
        }
        md.append("\n## ").append(escape(sources.heading())).append("\n\n");
        md.append('*').append(escape(sources.intro())).append("*\n\n");
        for (RenderedReport.Source source : sources.lines()) {
            md.append("- ")
                    .append(escape("[" + source.number() + "]"))
                    .append(' ')
                    .append(escape(source.date()))
                    .append(" · ")
                    .append(escape(source.kind()));
            if (!source.summary().isBlank()) {
                md.append(" · ").append(escape(source.summary()));
            }
            md.append(" · [")
                    .append(escape(source.entryId()))
                    .append("](")
                    .append(source.href())
                    .append(")\n");
        }
    }

    static String escape(String text) {
        String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return SPECIAL.matcher(oneLine).replaceAll(Matcher.quoteReplacement("\\") + "$1");
    }
}
