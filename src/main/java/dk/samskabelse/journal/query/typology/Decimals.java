package dk.samskabelse.journal.query.typology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The engine's one rounding rule: results are given to 4 decimals, rounded half up (half away from zero, so
 * -0.12345 becomes -0.1235). Means are computed exactly in decimals and rounded once, so the same events and
 * the same model give the same digits on every machine.
 */
final class Decimals {

    static final int SCALE = 4;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Decimals() {}

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    static double round(double value) {
        return round(BigDecimal.valueOf(value)).doubleValue();
    }

    static BigDecimal exact(double value) {
        // Double.toString gives the shortest decimal that reads back as the same double: 0.1 stays 0.1.
        return BigDecimal.valueOf(value);
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SCALE, ROUNDING);
    }

    static BigDecimal sqrt(BigDecimal value) {
        return round(value.sqrt(MathContext.DECIMAL64));
    }
}
