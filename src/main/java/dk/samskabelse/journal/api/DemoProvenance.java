package dk.samskabelse.journal.api;

import java.util.Optional;

/**
 * Where the content of a demo project comes from (issue 13, point 7: demo honesty). The demo histories are seed
 * cases with a partly invented course; every demo entry either rests on a seed passage or is invented. This is
 * knowledge about the demo data files, not about what happened in a project, so it is kept beside the events
 * (provided by the demo package from its data files, keyed by the derived project and entry ids), never in them.
 * A project that is not a demo has no provenance.
 */
public interface DemoProvenance {

    /** No demo projects at all (a journal without the demo package, tests). */
    DemoProvenance NONE = new DemoProvenance() {
        @Override
        public Optional<DemoProject> project(String projectId) {
            return Optional.empty();
        }

        @Override
        public Optional<DemoSource> source(String projectId, String entryId) {
            return Optional.empty();
        }
    };

    /** The demo project with this id, if it is one. */
    Optional<DemoProject> project(String projectId);

    /**
     * Where one entry of a demo project comes from: a seed passage, invented, or recorded later by a user of this
     * journal (not from the demo data files); empty for an entry of any other project.
     */
    Optional<DemoSource> source(String projectId, String entryId);

    default boolean isDemo(String projectId) {
        return projectId != null && project(projectId).isPresent();
    }

    /** A demo project: its data file's key and the seed file(s) its history is built around. */
    record DemoProject(String key, String seedFile) {}

    /**
     * One demo entry's provenance: the seed file and, briefly, the passage it rests on; both null when the entry
     * is invented (a plausible step around the seed's story) or was recorded by a user of this journal.
     */
    record DemoSource(Kind kind, String seedFile, String passage) {

        public static final DemoSource INVENTED = new DemoSource(Kind.INVENTED, null, null);
        public static final DemoSource RECORDED = new DemoSource(Kind.RECORDED, null, null);

        public enum Kind {
            SEED,
            INVENTED,
            RECORDED
        }

        public static DemoSource seed(String seedFile, String passage) {
            return new DemoSource(Kind.SEED, seedFile, passage);
        }
    }
}
