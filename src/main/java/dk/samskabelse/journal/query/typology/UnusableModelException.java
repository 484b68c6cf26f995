package dk.samskabelse.journal.query.typology;

/**
 * An alternative model file in the projections directory that cannot be used: broken, or a link to a file outside
 * the directory. It names the file only, never its content (a file's content may be anything, review 2026-12-04,
 * 3e); the API answers 400 and the pages a 400 page naming the file.
 */
public class UnusableModelException extends RuntimeException {

    private final String fileName;

    public UnusableModelException(String fileName) {
        super("Typology model file " + fileName + " cannot be used");
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
