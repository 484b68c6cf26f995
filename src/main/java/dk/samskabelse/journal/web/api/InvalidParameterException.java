package dk.samskabelse.journal.web.api;

/** A query parameter that cannot be read; answered 400 with the parameter as the field. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;

    InvalidParameterException(String parameter, String messageKey) {
        super("Invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }
}
