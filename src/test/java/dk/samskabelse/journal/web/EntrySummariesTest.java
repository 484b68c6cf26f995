package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The one-line summaries of issue 12's entries in the journal's list, in Danish and English. */
class EntrySummariesTest {

    private final EntrySummaries summaries = new EntrySummaries(bundles());
    private final Function<String, String> names = Map.of("a1", "Rikke R.", "a2", "Cykelklubben")::get;

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.forLanguageTag("da"));
        return messages;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String danish(String type, String payload) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        return summaries.summarize(type, payload, names);
    }

    private String english(String type, String payload) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        return summaries.summarize(type, payload, names);
    }

    @Test
    void rolesAddedEndedAndARejoin() {
        assertThat(danish("RoleAdded", "{\"actorId\":\"a1\",\"role\":\"MEDPRODUCENT\"}"))
                .isEqualTo("Rikke R.: tilføjer rollen Medproducent");
        assertThat(english("RoleEnded", "{\"actorId\":\"a1\",\"role\":\"MEDDESIGNER\"}"))
                .isEqualTo("Rikke R.: ends the role Co-designer");
        assertThat(danish("ActorRejoined", "{\"actorId\":\"a1\",\"roles\":[\"MEDDESIGNER\",\"MEDPRODUCENT\"]}"))
                .isEqualTo("Rikke R. vender tilbage som Meddesigner, Medproducent");
        assertThat(danish("ActorRejoined", "{\"actorId\":\"a1\",\"roles\":[]}"))
                .isEqualTo("Rikke R. vender tilbage som de samme roller som før");
    }

    @Test
    void reopeningPlanningAndLeadership() {
        assertThat(danish("ProjectReopened", "{\"reason\":\"Lukket ved en fejl\"}"))
                .isEqualTo("Genåbnet: Lukket ved en fejl");
        assertThat(english("PlanningRecorded", "{}")).isEqualTo("Planning of the process (2A)");
        assertThat(danish("LeadershipActionRecorded", "{\"direction\":\"OP\",\"action\":\"Orienterede direktionen\"}"))
                .isEqualTo("Op (direktion og politikere): Orienterede direktionen");
        assertThat(english("LeadershipReflectionRecorded", "{\"text\":\"x\"}"))
                .isEqualTo("Reflection on their own role");
    }

    @Test
    void anEngagementCountsItsAttendanceWithItsParticipants() {
        String payload = "{\"kind\":\"AKTIVITET\",\"title\":\"Aktivitetsdag\",\"participants\":[{\"actorId\":\"a2\"}],"
                + "\"attendance\":[{\"kind\":\"BORGER\",\"count\":150},{\"kind\":null,\"count\":12}]}";
        assertThat(danish("EngagementRecorded", payload)).isEqualTo("Aktivitet „Aktivitetsdag“ med 163 deltagere");
        String old = "{\"kind\":\"AKTIVITET\",\"title\":\"Dag\",\"participants\":[{\"actorId\":\"a2\"}]}";
        // Issue 18, item 12: the Danish closing quote, and one participant in the singular.
        assertThat(danish("EngagementRecorded", old)).isEqualTo("Aktivitet „Dag“ med én deltager");
    }
}
