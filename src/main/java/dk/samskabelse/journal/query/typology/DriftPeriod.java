package dk.samskabelse.journal.query.typology;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A period in which the declared and the enacted placement sit in different quadrants: from a date (inclusive)
 * until a date (exclusive), or open when they still differ at the last date of evidence. A new period starts
 * when either quadrant changes, so two periods can follow each other directly.
 */
public record DriftPeriod(LocalDate from, Optional<LocalDate> until, Quadrant declared, Quadrant enacted) {}
