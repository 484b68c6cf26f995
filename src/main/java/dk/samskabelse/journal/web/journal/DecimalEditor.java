package dk.samskabelse.journal.web.journal;

import java.beans.PropertyEditorSupport;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A decimal number as people write it: 0,5 in Danish or 0.5; shown in the user's language. Anything else is
 * a type mismatch, reported next to the field.
 */
class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String value = text == null ? "" : text.strip().replace('−', '-').replace(',', '.');
        if (value.isEmpty()) {
            setValue(null);
            return;
        }
        if (!value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("Not a decimal number");
        }
        setValue(Double.valueOf(value));
    }

    @Override
    public String getAsText() {
        if (!(getValue() instanceof Double value)) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}
