package dk.samskabelse.journal.web.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Journal text is plain text that ends up in an append-only store, research exports and printed reports:
 * control characters, invisible bidirectional overrides (which can make a text read differently than it is
 * stored), unpaired UTF-16 surrogates (no character at all: strict JSON parsers refuse the answers that would
 * carry them) and HTML markup are refused rather than stored forever.
 */
@Documented
@Constraint(validatedBy = CleanText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    String message() default "{CleanText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CleanText, String> {

        // C0/C1 controls except tab and line breaks; bidi embeddings, overrides and isolates; zero-width marks.
        private static final Pattern FORBIDDEN_CHARACTERS = Pattern.compile(
                "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
        private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?[a-zA-Z]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || (!FORBIDDEN_CHARACTERS.matcher(value).find()
                            && !MARKUP.matcher(value).find()
                            && !hasLoneSurrogate(value));
        }

        /** True when a high surrogate is not followed by a low one, or a low one not preceded by a high one. */
        static boolean hasLoneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return true;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
