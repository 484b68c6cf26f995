package dk.samskabelse.journal.api;

/** Metadata keys of the journal's second clock: who wrote an entry and when (docs/domain.md "Two clocks"). */
public final class RecordingMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";

    private RecordingMetadata() {}
}
