package dk.samskabelse.journal.web.evaluation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rendered evaluation as Markdown: the same headings and sentences as the page, each statement a list item
 * followed by links to its entries. Text from the journal is escaped so a quote cannot turn into markup.
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
                    if (!line.evidence().isEmpty()) {
                        md.append(" ").append(escape(evidenceWord)).append(' ');
                        for (int i = 0; i < line.evidence().size(); i++) {
                            RenderedReport.Link link = line.evidence().get(i);
                            md.append(i == 0 ? "" : ", ")
                                    .append('[')
                                    .append(escape(link.label()))
                                    .append("](")
                                    .append(link.href())
                                    .append(')');
                        }
                    }
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }

    static String escape(String text) {
        String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return SPECIAL.matcher(oneLine).replaceAll(Matcher.quoteReplacement("\\") + "$1");
    }
}
