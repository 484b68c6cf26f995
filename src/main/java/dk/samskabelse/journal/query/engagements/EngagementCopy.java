package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.query.projection.RowCopy;
import java.util.List;
import org.springframework.stereotype.Component;

/** Engagements written by COPY in the offline rebuild, their lists as the row's converters store them. */
@Component
class EngagementCopy implements RowCopy<EngagementRow> {

    private final ParticipationsConverter participants = new ParticipationsConverter();
    private final ContributionsConverter contributions = new ContributionsConverter();
    private final StringsConverter strings = new StringsConverter();
    private final AttendanceConverter attendance = new AttendanceConverter();

    @Override
    public Class<EngagementRow> type() {
        return EngagementRow.class;
    }

    @Override
    public String table() {
        return "proj_engagement";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "entry_id",
                "project_id",
                "kind",
                "title",
                "occurred_on",
                "initiated_by",
                "participants",
                "contributions",
                "co_initiators",
                "attendance");
    }

    @Override
    public Object[] values(EngagementRow row) {
        return new Object[] {
            row.getEntryId(),
            row.getProjectId(),
            row.getKind().name(),
            row.getTitle(),
            row.getOccurredOn(),
            row.getInitiatedBy(),
            participants.convertToDatabaseColumn(row.getParticipants()),
            contributions.convertToDatabaseColumn(row.getContributions()),
            strings.convertToDatabaseColumn(row.getCoInitiators()),
            attendance.convertToDatabaseColumn(row.getAttendance())
        };
    }
}
