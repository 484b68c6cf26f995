package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.TaskOrigin;

/** The signal of the task's origin as recorded in Afklaring (ProjectClarified.taskOrigin). */
public record TaskOriginSignal(TaskOrigin origin, Signal signal) {}
