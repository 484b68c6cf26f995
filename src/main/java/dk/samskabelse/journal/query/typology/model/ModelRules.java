package dk.samskabelse.journal.query.typology.model;

import static dk.samskabelse.journal.query.typology.model.ModelFile.orEmpty;

import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.query.typology.model.ModelFile.Entry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a schema cannot say about a model file the schema accepted: an entry given twice, a role or task origin
 * left out, a signal touching no axis. Problems come in a fixed order, rule by rule.
 */
final class ModelRules {

    /** A list section of the file under the name problem lines give it. */
    private record Section(String name, List<Entry> entries) {}

    private ModelRules() {}

    static List<String> problems(ModelFile file, ProblemLines lines) {
        List<String> problems = new ArrayList<>();
        roleProblems(file, lines, problems);
        duplicates(
                new Section("initiatives", file.initiatives()),
                entry -> entry.initiator().name(),
                "initiator",
                lines,
                problems);
        duplicates(
                new Section("engagementKinds", file.engagementKinds()),
                entry -> entry.kind().name(),
                "kind",
                lines,
                problems);
        duplicates(
                new Section("participantInfluence", file.participantInfluence()),
                entry -> entry.sector().name() + " " + entry.influence().name(),
                "sector and influence",
                lines,
                problems);
        taskOriginProblems(file, lines, problems);
        for (Section section : List.of(
                new Section("roles", file.roles()),
                new Section("initiatives", file.initiatives()),
                new Section("engagementKinds", file.engagementKinds()),
                new Section("participantInfluence", file.participantInfluence()),
                new Section("taskOrigins", orEmpty(file.taskOrigins())))) {
            for (int i = 0; i < section.entries().size(); i++) {
                Entry entry = section.entries().get(i);
                if (entry.openness() == null && entry.centrality() == null) {
                    problems.add(lines.at(List.of(section.name(), i), ModelProblemWording.touchesNoAxis()));
                }
            }
        }
        return problems;
    }

    /** Every role must be placed explicitly, so that a role left out by mistake cannot pass for "no signal". */
    private static void roleProblems(ModelFile file, ProblemLines lines, List<String> problems) {
        Map<Role, String> seenAt = new EnumMap<>(Role.class);
        for (Section section : List.of(
                new Section("roles", file.roles()), new Section("rolesWithoutSignal", file.rolesWithoutSignal()))) {
            for (int i = 0; i < section.entries().size(); i++) {
                Role role = section.entries().get(i).role();
                String earlier = seenAt.putIfAbsent(role, section.name() + "[" + i + "]");
                if (earlier != null) {
                    problems.add(lines.at(List.of(section.name(), i), ModelProblemWording.roleTwice(role, earlier)));
                }
            }
        }
        for (Role role : Role.values()) {
            if (!seenAt.containsKey(role)) {
                problems.add(lines.at(List.of("roles"), ModelProblemWording.roleMissing(role)));
            }
        }
    }

    /**
     * The task-origin section is optional (older model files have none); once it is there, every origin must be
     * placed explicitly, like every role, so that an origin left out cannot pass for "no signal".
     */
    private static void taskOriginProblems(ModelFile file, ProblemLines lines, List<String> problems) {
        if (file.taskOrigins() == null && file.taskOriginsWithoutSignal() == null) {
            return;
        }
        Map<TaskOrigin, String> seenAt = new EnumMap<>(TaskOrigin.class);
        for (Section section : List.of(
                new Section("taskOrigins", orEmpty(file.taskOrigins())),
                new Section("taskOriginsWithoutSignal", orEmpty(file.taskOriginsWithoutSignal())))) {
            for (int i = 0; i < section.entries().size(); i++) {
                TaskOrigin origin = section.entries().get(i).origin();
                String earlier = seenAt.putIfAbsent(origin, section.name() + "[" + i + "]");
                if (earlier != null) {
                    problems.add(
                            lines.at(List.of(section.name(), i), ModelProblemWording.originTwice(origin, earlier)));
                }
            }
        }
        for (TaskOrigin origin : TaskOrigin.values()) {
            if (!seenAt.containsKey(origin)) {
                problems.add(lines.at(List.of("taskOrigins"), ModelProblemWording.originMissing(origin)));
            }
        }
    }

    private static void duplicates(
            Section section, Function<Entry, String> key, String what, ProblemLines lines, List<String> problems) {
        Map<String, String> seenAt = new HashMap<>();
        for (int i = 0; i < section.entries().size(); i++) {
            String value = key.apply(section.entries().get(i));
            String earlier = seenAt.putIfAbsent(value, section.name() + "[" + i + "]");
            if (earlier != null) {
                problems.add(
                        lines.at(List.of(section.name(), i), ModelProblemWording.givenTwice(what, value, earlier)));
            }
        }
    }
}
