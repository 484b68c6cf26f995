package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.query.projection.EntryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One engagement with its initiator and participants. Participants and contributions are kept as JSON in
 * the row: they are always read together with the engagement, and one row per engagement keeps rebuilds fast.
 */
@Entity
@Table(name = "proj_engagement")
public class EngagementRow extends EntryRow {

    @Enumerated(EnumType.STRING)
    private EngagementKind kind;

    private String title;
    private LocalDate occurredOn;
    private String initiatedBy;
    // The JSON lists are values, replaced and never changed in place: marked immutable, Hibernate neither
    // deep-copies them through JSON on persist nor serialises them again to find out whether they changed.
    @Convert(converter = ParticipationsConverter.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<Participation> participants;

    @Convert(converter = ContributionsConverter.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<Contribution> contributions;

    /** The initiators beside initiatedBy (joint initiatives, seed 002), in the order recorded. */
    @Convert(converter = StringsConverter.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<String> coInitiators;

    @Convert(converter = AttendanceConverter.class)
    @Mutability(Immutability.class)
    @Column(length = 100_000)
    private List<Attendance> attendance;

    protected EngagementRow() {}

    public EngagementRow(
            String entryId,
            String projectId,
            EngagementKind kind,
            String title,
            LocalDate occurredOn,
            String initiatedBy,
            List<Participation> participants,
            List<Contribution> contributions) {
        super(entryId, projectId);
        this.kind = kind;
        this.title = title;
        this.occurredOn = occurredOn;
        this.initiatedBy = initiatedBy;
        this.participants = List.copyOf(participants);
        this.contributions = List.copyOf(contributions);
        this.coInitiators = List.of();
        this.attendance = List.of();
    }

    public EngagementRow(
            String entryId,
            String projectId,
            EngagementKind kind,
            String title,
            LocalDate occurredOn,
            String initiatedBy,
            List<Participation> participants,
            List<Contribution> contributions,
            List<String> coInitiators,
            List<Attendance> attendance) {
        this(entryId, projectId, kind, title, occurredOn, initiatedBy, participants, contributions);
        this.coInitiators = coInitiators == null ? List.of() : List.copyOf(coInitiators);
        this.attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    public List<String> getCoInitiators() {
        return coInitiators == null ? List.of() : coInitiators;
    }

    /** Every initiator, initiatedBy first. */
    public List<String> getInitiators() {
        List<String> all = new java.util.ArrayList<>();
        all.add(initiatedBy);
        all.addAll(getCoInitiators());
        return List.copyOf(all);
    }

    public List<Attendance> getAttendance() {
        return attendance == null ? List.of() : attendance;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getInitiatedBy() {
        return initiatedBy;
    }

    public List<Participation> getParticipants() {
        return participants;
    }

    public List<Contribution> getContributions() {
        return contributions;
    }
}
