package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.api.Attendance;
import jakarta.persistence.Converter;

@Converter
class AttendanceConverter extends JsonListConverter<Attendance> {

    AttendanceConverter() {
        super(Attendance.class);
    }
}
