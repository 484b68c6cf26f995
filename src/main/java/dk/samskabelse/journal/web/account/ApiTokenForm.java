package dk.samskabelse.journal.web.account;

import dk.samskabelse.journal.security.ApiTokens;
import dk.samskabelse.journal.web.api.CleanText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new personal API token: what it is for and for how many days (on the account page and the admin user page). */
public class ApiTokenForm {

    /** The choices of lifetime the pages offer; the API takes any number of days up to a year. */
    public static final List<Integer> DAYS = List.of(30, ApiTokens.DEFAULT_DAYS, 180, ApiTokens.MAX_DAYS);

    @NotBlank
    @Size(max = ApiTokens.MAX_NAME)
    @CleanText
    private String name;

    @NotNull
    @Min(1)
    @Max(ApiTokens.MAX_DAYS)
    private Integer days = ApiTokens.DEFAULT_DAYS;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
