package dk.samskabelse.journal.query.timeline;

import dk.samskabelse.journal.query.projection.RowCopy;
import java.util.List;
import org.springframework.stereotype.Component;

/** Timeline entries (one per event) written by COPY in the offline rebuild. */
@Component
class TimelineCopy implements RowCopy<TimelineEntry> {

    @Override
    public Class<TimelineEntry> type() {
        return TimelineEntry.class;
    }

    @Override
    public String table() {
        return "proj_timeline_entry";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "entry_id",
                "project_id",
                "sequence_number",
                "type",
                "effective_on",
                "recorded_at",
                "recorded_by",
                "payload",
                "retracted_by_entry_id",
                "retracted_at");
    }

    @Override
    public Object[] values(TimelineEntry row) {
        return new Object[] {
            row.getEntryId(),
            row.getProjectId(),
            row.getSequenceNumber(),
            row.getType(),
            row.getEffectiveOn(),
            row.getRecordedAt(),
            row.getRecordedBy(),
            row.getPayload(),
            row.getRetractedByEntryId(),
            row.getRetractedAt()
        };
    }
}
