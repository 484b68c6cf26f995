package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "entry already recorded" check of every command on an existing project, in one place: which kind of entry
 * each command records, what it is about (its subject: the actor, or the retracted entry) and what it answers.
 * {@link Project} asks it before any handler runs; a resend is answered as the first time, without a second event
 * (see {@link JournalEntries#isRepeated}). A command missing here fails loudly rather than skipping the check.
 */
final class RepeatedCommands {

    /** One command: the entry it records, read from the command. */
    private record Recording<C>(
            Class<C> command,
            EntryType type,
            Function<C, String> entryId,
            Function<C, String> subject,
            Function<C, String> answer) {

        Optional<String> answerIfRepeated(Object payload, JournalEntries entries) {
            C c = command.cast(payload);
            return entries.isRepeated(entryId.apply(c), type, subject.apply(c))
                    ? Optional.of(answer.apply(c))
                    : Optional.empty();
        }
    }

    private static final Map<Class<?>, Recording<?>> BY_COMMAND = List.of(
                    entry(ClarifyProject.class, EntryType.PROJECT_CLARIFIED, ClarifyProject::entryId),
                    entry(DeclareTypology.class, EntryType.TYPOLOGY_DECLARED, DeclareTypology::entryId),
                    // An actor's registration answers with the actor id (the resource it created).
                    new Recording<>(
                            RegisterActor.class,
                            EntryType.ACTOR_REGISTERED,
                            RegisterActor::entryId,
                            RegisterActor::actorId,
                            RegisterActor::actorId),
                    about(ShiftRole.class, EntryType.ROLE_SHIFTED, ShiftRole::entryId, ShiftRole::actorId),
                    about(AddRole.class, EntryType.ROLE_ADDED, AddRole::entryId, AddRole::actorId),
                    about(EndRole.class, EntryType.ROLE_ENDED, EndRole::entryId, EndRole::actorId),
                    about(
                            WithdrawActor.class,
                            EntryType.ACTOR_WITHDRAWN,
                            WithdrawActor::entryId,
                            WithdrawActor::actorId),
                    about(RejoinActor.class, EntryType.ACTOR_REJOINED, RejoinActor::entryId, RejoinActor::actorId),
                    entry(RecordEngagement.class, EntryType.ENGAGEMENT_RECORDED, RecordEngagement::entryId),
                    entry(ChangePhase.class, EntryType.PHASE_CHANGED, ChangePhase::entryId),
                    entry(RecordPlanning.class, EntryType.PLANNING_RECORDED, RecordPlanning::entryId),
                    entry(
                            RecordLeadershipAction.class,
                            EntryType.LEADERSHIP_ACTION_RECORDED,
                            RecordLeadershipAction::entryId),
                    entry(
                            RecordLeadershipReflection.class,
                            EntryType.LEADERSHIP_REFLECTION_RECORDED,
                            RecordLeadershipReflection::entryId),
                    entry(RecordCourseCorrection.class, EntryType.COURSE_CORRECTED, RecordCourseCorrection::entryId),
                    entry(RecordInsight.class, EntryType.INSIGHT_RECORDED, RecordInsight::entryId),
                    about(
                            RetractEntry.class,
                            EntryType.ENTRY_RETRACTED,
                            RetractEntry::entryId,
                            RetractEntry::retractedEntryId),
                    entry(CloseProject.class, EntryType.PROJECT_CLOSED, CloseProject::entryId),
                    entry(ReopenProject.class, EntryType.PROJECT_REOPENED, ReopenProject::entryId),
                    about(
                            ErasePersonalData.class,
                            EntryType.ACTOR_PERSONAL_DATA_ERASED,
                            ErasePersonalData::entryId,
                            ErasePersonalData::actorId))
            .stream()
            .collect(Collectors.toUnmodifiableMap(Recording::command, Function.identity()));

    private RepeatedCommands() {}

    /** The first answer again when the command is a resend; empty for a new entry; ENTRY_ID_TAKEN for a clash. */
    static Optional<String> answerIfRepeated(Object command, JournalEntries entries) {
        Recording<?> recording = BY_COMMAND.get(command.getClass());
        if (recording == null) {
            throw new IllegalStateException(
                    "No repeat check for " + command.getClass().getName() + ": add it to RepeatedCommands");
        }
        return recording.answerIfRepeated(command, entries);
    }

    /** Whether the command has its repeat check here (every command on an existing project must). */
    static boolean covers(Class<?> command) {
        return BY_COMMAND.containsKey(command);
    }

    /** An entry about no actor or target. */
    private static <C> Recording<C> entry(Class<C> command, EntryType type, Function<C, String> entryId) {
        return new Recording<>(command, type, entryId, c -> null, entryId);
    }

    private static <C> Recording<C> about(
            Class<C> command, EntryType type, Function<C, String> entryId, Function<C, String> subject) {
        return new Recording<>(command, type, entryId, subject, entryId);
    }
}
