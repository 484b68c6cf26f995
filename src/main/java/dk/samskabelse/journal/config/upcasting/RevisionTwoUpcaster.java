package dk.samskabelse.journal.config.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Lifts one event type from revision null (stored before issue 12) to revision "2" by writing the fields revision 2
 * added with their defaults, explicitly, so the meaning of an old event never depends on how the deserialiser
 * treats a missing field. Stored events are never rewritten: this runs on every read.
 */
public class RevisionTwoUpcaster extends SingleEventUpcaster {

    static final String TARGET_REVISION = "2";

    private final String typeName;
    private final Consumer<ObjectNode> defaults;

    public RevisionTwoUpcaster(Class<?> eventType, Consumer<ObjectNode> defaults) {
        this.typeName = eventType.getName();
        this.defaults = defaults;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return typeName.equals(representation.getType().getName())
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(typeName, TARGET_REVISION), JsonNode.class, payload -> {
                    ObjectNode object = (ObjectNode) payload.deepCopy();
                    defaults.accept(object);
                    return object;
                });
    }

    public String typeName() {
        return typeName;
    }
}
