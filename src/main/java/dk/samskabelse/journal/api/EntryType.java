package dk.samskabelse.journal.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kind of a journal entry, one per {@link JournalEvent} record. Its stored name is the event's simple class
 * name as the read models keep it (timeline and portfolio rows, EntryRetracted.retractedEntryType, the
 * "entry.type.NAME" labels); it is written out here so that renaming a class cannot change the stored data. A switch
 * over this enum is checked for completeness by the compiler. See docs/events.md "Renaming or changing an event".
 */
public enum EntryType {
    PROJECT_STARTED("ProjectStarted", ProjectStarted.class),
    PROJECT_CLARIFIED("ProjectClarified", ProjectClarified.class),
    TYPOLOGY_DECLARED("TypologyDeclared", TypologyDeclared.class),
    PHASE_CHANGED("PhaseChanged", PhaseChanged.class),
    PLANNING_RECORDED("PlanningRecorded", PlanningRecorded.class),
    COURSE_CORRECTED("CourseCorrected", CourseCorrected.class),
    INSIGHT_RECORDED("InsightRecorded", InsightRecorded.class),
    PROJECT_CLOSED("ProjectClosed", ProjectClosed.class),
    PROJECT_REOPENED("ProjectReopened", ProjectReopened.class),
    ENTRY_RETRACTED("EntryRetracted", EntryRetracted.class),
    ACTOR_REGISTERED("ActorRegistered", ActorRegistered.class),
    ROLE_SHIFTED("RoleShifted", RoleShifted.class),
    ROLE_ADDED("RoleAdded", RoleAdded.class),
    ROLE_ENDED("RoleEnded", RoleEnded.class),
    ACTOR_WITHDRAWN("ActorWithdrawn", ActorWithdrawn.class),
    ACTOR_REJOINED("ActorRejoined", ActorRejoined.class),
    ACTOR_PERSONAL_DATA_ERASED("ActorPersonalDataErased", ActorPersonalDataErased.class),
    ENGAGEMENT_RECORDED("EngagementRecorded", EngagementRecorded.class),
    LEADERSHIP_ACTION_RECORDED("LeadershipActionRecorded", LeadershipActionRecorded.class),
    LEADERSHIP_REFLECTION_RECORDED("LeadershipReflectionRecorded", LeadershipReflectionRecorded.class);

    private static final Map<String, EntryType> BY_STORED_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EntryType::storedName, Function.identity()));
    private static final Map<Class<?>, EntryType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EntryType::eventClass, Function.identity()));

    private final String storedName;
    private final Class<? extends JournalEvent> eventClass;

    EntryType(String storedName, Class<? extends JournalEvent> eventClass) {
        this.storedName = storedName;
        this.eventClass = eventClass;
    }

    /** The name the read models store for this kind; never changes (old rows keep it). */
    public String storedName() {
        return storedName;
    }

    public Class<? extends JournalEvent> eventClass() {
        return eventClass;
    }

    /** Whether a stored name (a read-model row's type, a retraction's retractedEntryType) is this kind. */
    public boolean isStoredAs(String name) {
        return storedName.equals(name);
    }

    /**
     * Whether an entry of this kind can be retracted. The start and retractions are the journal's frame; an erasure
     * cannot be undone (the register row is gone, docs/domain.md "Personal data"); a closure is undone by a reopening,
     * a mistaken reopening by closing again.
     */
    public boolean isRetractable() {
        return switch (this) {
            case PROJECT_STARTED, ENTRY_RETRACTED, PROJECT_CLOSED, PROJECT_REOPENED, ACTOR_PERSONAL_DATA_ERASED ->
                false;
            case PROJECT_CLARIFIED,
                    TYPOLOGY_DECLARED,
                    PHASE_CHANGED,
                    PLANNING_RECORDED,
                    COURSE_CORRECTED,
                    INSIGHT_RECORDED,
                    ACTOR_REGISTERED,
                    ROLE_SHIFTED,
                    ROLE_ADDED,
                    ROLE_ENDED,
                    ACTOR_WITHDRAWN,
                    ACTOR_REJOINED,
                    ENGAGEMENT_RECORDED,
                    LEADERSHIP_ACTION_RECORDED,
                    LEADERSHIP_REFLECTION_RECORDED -> true;
        };
    }

    public static EntryType of(JournalEvent event) {
        return of(event.getClass());
    }

    public static EntryType of(Class<?> eventClass) {
        EntryType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("Not a journal event: " + eventClass.getName());
        }
        return type;
    }

    /** The kind stored under this name; empty for a name no kind has (e.g. null in an incomplete row). */
    public static Optional<EntryType> fromStoredName(String name) {
        return Optional.ofNullable(name).map(BY_STORED_NAME::get);
    }
}
