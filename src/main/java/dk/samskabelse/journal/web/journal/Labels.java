package dk.samskabelse.journal.web.journal;

/** The message key of an enumeration value's label: enum.Role.MEDDESIGNER, enum.Phase.AFKLARING, … */
final class Labels {

    private Labels() {}

    static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
