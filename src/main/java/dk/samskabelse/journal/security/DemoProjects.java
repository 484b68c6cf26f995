package dk.samskabelse.journal.security;

import java.util.List;

/**
 * The projects of the demo histories, to which the demo users are assigned in demo mode (InitialUsers). Provided
 * by the demo package, so that security reads no demo data itself.
 */
public interface DemoProjects {

    /** The ids of the demo projects, in the order of their data files. */
    List<String> projectIds();
}
