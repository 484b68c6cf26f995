package dk.samskabelse.journal.web.api;

import java.util.UUID;

/** Ids in paths are UUIDs made by the journal; anything else cannot name a project or actor (404, not 400). */
final class PathIds {

    private PathIds() {}

    static String project(String projectId) {
        return check(projectId, UnknownResourceException.What.PROJECT);
    }

    static String actor(String actorId) {
        return check(actorId, UnknownResourceException.What.ACTOR);
    }

    private static String check(String id, UnknownResourceException.What what) {
        if (!isUuid(id)) {
            throw new UnknownResourceException(what);
        }
        return id;
    }

    static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
