package dk.samskabelse.journal.query.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortfolioOrderTest {

    @Test
    void parsesKeysWithAnOptionalMinusForDescending() {
        assertThat(PortfolioOrder.parse(null)).contains(PortfolioOrder.DEFAULT);
        assertThat(PortfolioOrder.parse("-driftDays"))
                .contains(new PortfolioOrder(PortfolioOrder.Key.DRIFT_DAYS, true));
        assertThat(PortfolioOrder.parse("longestdrift"))
                .contains(new PortfolioOrder(PortfolioOrder.Key.LONGEST_DRIFT, false));
        assertThat(PortfolioOrder.parse("drift-days")).isEmpty();
    }

    @Test
    void aHeaderLinkTurnsTheDirectionOfItsOwnColumnAndStartsDriftColumnsWithTheMost() {
        PortfolioOrder byName = PortfolioOrder.DEFAULT;
        assertThat(byName.next(PortfolioOrder.Key.NAME).parameter()).isEqualTo("-name");
        assertThat(byName.next(PortfolioOrder.Key.DRIFT_DAYS).parameter()).isEqualTo("-driftDays");
        assertThat(byName.next(PortfolioOrder.Key.DRIFT_DAYS)
                        .next(PortfolioOrder.Key.DRIFT_DAYS)
                        .parameter())
                .isEqualTo("driftDays");
    }
}
