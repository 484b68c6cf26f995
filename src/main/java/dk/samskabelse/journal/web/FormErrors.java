package dk.samskabelse.journal.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * A form's errors in the order of its fields (issue 18, item 8: the review read "Vælg et område." before the
 * missing name). Bean Validation reports in no particular order, and the controllers' own checks come after it;
 * the summary orders them by the form class's fields, which are declared in the order the page shows them
 * (FormErrorSummaryIT checks that for every form). Used by the error summary as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

    private static final Pattern PATH = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?(?:\\.(.*))?");

    /** The errors in form order: errors about the form as a whole first, then field by field, row by row. */
    public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
        if (form == null) {
            return errors;
        }
        Comparator<String> fields = fieldOrder(form.getClass());
        List<DetailedError> ordered = new ArrayList<>(errors);
        ordered.sort(Comparator.comparing((DetailedError error) -> !error.isGlobal())
                .thenComparing(error -> error.isGlobal() ? "" : error.getFieldName(), fields));
        return ordered;
    }

    /** Field paths ("name", "participants[2].influence") in the order of the form class's fields. */
    public static Comparator<String> fieldOrder(Class<?> form) {
        return Comparator.comparing(path -> position(form, path), FormErrors::compare);
    }

    /** "participants[2].influence": the field's place, the row, the row's field's place. */
    private static List<Integer> position(Class<?> type, String path) {
        List<Integer> position = new ArrayList<>();
        Class<?> current = type;
        String rest = path;
        while (rest != null && current != null) {
            Matcher matcher = PATH.matcher(rest);
            if (!matcher.matches()) {
                break;
            }
            List<Field> fields = fieldsInOrder(current);
            int index = indexOf(fields, matcher.group(1));
            position.add(index);
            position.add(matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2)));
            current = index < fields.size() ? elementType(fields.get(index)) : null;
            rest = matcher.group(3);
        }
        return position;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int difference = Integer.compare(a.get(i), b.get(i));
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The superclass's fields first (the hidden entry id), then the class's in declaration order. */
    private static List<Field> fieldsInOrder(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getName().equals(name)) {
                return i;
            }
        }
        return fields.size();
    }

    private static Class<?> elementType(Field field) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return field.getType();
    }
}
