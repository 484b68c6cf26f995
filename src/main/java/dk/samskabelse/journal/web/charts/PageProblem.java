package dk.samskabelse.journal.web.charts;

import java.util.List;

/** Something wrong with a page's parameter, as a message key and its arguments (dates are formatted on the page). */
public record PageProblem(String code, List<Object> args) {

    static PageProblem of(String code, Object... args) {
        return new PageProblem(code, List.of(args));
    }
}
