package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.command.JournalTestData.CLOCK;
import static dk.samskabelse.journal.command.JournalTestData.history;

import java.time.Clock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;

/** A fresh {@link AggregateTestFixture} per test, with the fixed clock and an in-memory personal-data register. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class ProjectFixtureTest {

    protected final InMemoryPersonalDataRegister register = new InMemoryPersonalDataRegister();
    protected FixtureConfiguration<Project> fixture;

    @BeforeEach
    void createFixture() {
        fixture = fixtureWithClock(CLOCK);
    }

    /** A fixture whose handlers see this clock (the fixture resolves a resource type to the first one registered). */
    protected FixtureConfiguration<Project> fixtureWithClock(Clock clock) {
        FixtureConfiguration<Project> fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(register);
        // The fixture's illegal-state-change check compares the aggregate after the command with one sourced from
        // the events, field by field, using equals() where a class has one. The actors map holds ProjectActor
        // entities, which have identity equality, so two correct copies never compare equal. Exclude that one field
        // from the check and keep it for all the rest of the state.
        fixture.registerIgnoredField(Project.class, "actors");
        return fixture;
    }

    /** Given the standard journal (see {@link JournalTestData#history}) followed by these entries. */
    protected TestExecutor<Project> givenJournal(Object... laterEntries) {
        return fixture.given(history(laterEntries));
    }
}
