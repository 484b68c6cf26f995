package dk.samskabelse.journal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import java.util.Map;

/**
 * Two small projects for the evaluation's reference date (issue 15, item 5): an open one with an engagement
 * before and one after 2019-04-01, and one closed on 2018-05-01.
 */
public record EvaluationFixture(String open, String earlyEngagement, String lateEngagement, String closed) {

    public static final String CHOSEN = "2019-04-01";
    public static final String CLOSED_ON = "2018-05-01";

    public static EvaluationFixture create(JsonHttp leader, String name) {
        JournalApi api = new JournalApi(leader);
        String open = api.startProject(name, "2019-01-01");
        String citizen = api.registerActor(open, "BORGER", "Borger Dato", "MEDDESIGNER", "2019-01-02", null);
        String early = api.recordEngagement(
                open, "MOEDE", "Første møde", "2019-03-01", citizen, Map.of(citizen, "MEDBESTEMMENDE"));
        String late = api.recordEngagement(
                open, "MOEDE", "Senere møde", "2019-06-01", citizen, Map.of(citizen, "MEDBESTEMMENDE"));

        String closed = api.startProject(name + " (afsluttet)", "2018-01-01");
        String other = api.registerActor(closed, "BORGER", "Borger Lukket", "MEDDESIGNER", "2018-01-02", null);
        api.recordEngagement(closed, "MOEDE", "Møde", "2018-02-01", other, Map.of(other, "HOERT"));
        JsonHttp.Response closure =
                leader.post("/api/projects/" + closed + "/closure", JsonHttp.json(Map.of("effectiveOn", CLOSED_ON)));
        assertThat(closure.status()).as(closure.body()).isEqualTo(201);
        return new EvaluationFixture(open, early, late, closed);
    }
}
