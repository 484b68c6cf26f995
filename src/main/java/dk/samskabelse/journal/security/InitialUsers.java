package dk.samskabelse.journal.security;

import dk.samskabelse.journal.config.DemoMode;
import dk.samskabelse.journal.demo.DemoHistories;
import dk.samskabelse.journal.demo.DemoPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The users a journal starts with, set up before the web server opens:
 * <ul>
 * <li>with journal.admin-password (JOURNAL_ADMIN_PASSWORD) the administrator "admin" is created with it, unless a
 * user of that name exists (whose password is then left alone);</li>
 * <li>in demo mode the demo users leder, chef, forsker and admin exist, each with the password "samskabelse";
 * leder and chef are assigned to the demo projects, which are released for research; the users are printed
 * once in the log;</li>
 * <li>outside demo mode a journal without an enabled administrator and without that password refuses to start
 * (AdminPasswordFailureAnalyzer), and no demo user is ever created. A JOURNAL_ADMIN_PASSWORD that breaks the
 * password rules stops the start as well.</li>
 * </ul>
 */
@Component
class InitialUsers implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    static final String DEMO_LEADER = "leder";
    static final String DEMO_CHEF = "chef";
    static final String DEMO_RESEARCHER = "forsker";
    static final String DEMO_PASSWORD = "samskabelse";

    private record DemoUser(String username, UserRole role) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(new DemoUser(DEMO_LEADER, UserRole.PROJEKTLEDER),
            new DemoUser(DEMO_CHEF, UserRole.CHEF), new DemoUser(DEMO_RESEARCHER, UserRole.FORSKER),
            new DemoUser(ADMIN, UserRole.ADMIN));

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserAccounts accounts;
    private final DemoMode demoMode;
    private final String adminPassword;
    private final Clock clock;

    InitialUsers(UserAccounts accounts, DemoMode demoMode, @Value("${journal.admin-password:}") String adminPassword,
                 Clock clock) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.adminPassword = adminPassword;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!adminPassword.isBlank()) {
            try {
                if (accounts.createIfMissing(ADMIN, UserRole.ADMIN, adminPassword)) {
                    log.info("Created the administrator '{}' with the password from JOURNAL_ADMIN_PASSWORD", ADMIN);
                }
            } catch (AccountException refused) {
                throw AdminPasswordException.unusable(refused);
            }
        }
        if (demoMode.enabled()) {
            demoUsers();
        } else if (!accounts.anyEnabledAdmin()) {
            throw AdminPasswordException.missing();
        }
    }

    private void demoUsers() {
        DEMO_USERS.forEach(user -> accounts.createIfMissing(user.username(), user.role(), DEMO_PASSWORD));
        for (DemoPlan plan : DemoHistories.plans(clock.getZone())) {
            accounts.assign(DEMO_LEADER, plan.projectId());
            accounts.assign(DEMO_CHEF, plan.projectId());
            accounts.releaseForResearch(plan.projectId());
        }
        StringBuilder block = new StringBuilder("""

                ============================================================
                 Demo mode: sign in at /login (the API takes HTTP Basic)
                """);
        for (DemoUser user : DEMO_USERS) {
            boolean ownAdminPassword = user.username().equals(ADMIN) && !adminPassword.isBlank();
            block.append(String.format("   %-8s %-13s password: %s%n", user.username(), user.role(),
                    ownAdminPassword ? "(from JOURNAL_ADMIN_PASSWORD)" : DEMO_PASSWORD));
        }
        block.append(" Never use demo mode for real data: anyone can sign in.\n")
                .append("============================================================");
        log.warn(block.toString());
    }
}
