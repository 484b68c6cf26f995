package dk.samskabelse.journal.query.typology.model;

/** Where a model value comes from: a document (usually a seed file in shared/seeds/) and the words there. */
public record Citation(String source, String passage) {}
