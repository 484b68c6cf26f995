package dk.samskabelse.journal.demo;

/** A demo data file that cannot be played, named by file and entry: "lejre-hal.yaml: journal[12]: …". */
public class DemoDataException extends RuntimeException {

    public DemoDataException(String message) {
        super(message);
    }

    public DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
