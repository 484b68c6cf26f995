package dk.samskabelse.journal.security;

import dk.samskabelse.journal.config.DemoMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The users a journal starts with, set up before the web server opens:
 * <ul>
 * <li>with journal.admin-password (JOURNAL_ADMIN_PASSWORD) the administrator "admin" is created with it; an
 * existing "admin" that still has the demo password gets it instead (said in the log, never the password); an
 * "admin" with a password of its own keeps it;</li>
 * <li>in demo mode the demo users leder, chef, forsker and admin exist, each with the password "samskabelse";
 * leder and chef are assigned to the demo projects, which are released for research; the users are printed
 * once in the log;</li>
 * <li>outside demo mode no demo user is ever created, and the demo users leder, chef and forsker of a database that
 * once ran in demo mode are disabled while they still have the demo password (one WARN line names them). The
 * journal then refuses to start (AdminPasswordFailureAnalyzer) while any enabled user still has the demo password,
 * and while it has no enabled administrator. A JOURNAL_ADMIN_PASSWORD that breaks the password rules
 * (PasswordPolicy) stops the start as well.</li>
 * </ul>
 * Finding the users with the demo password checks each enabled user's hash once per start (bcrypt, tens of
 * milliseconds each).
 */
@Component
class InitialUsers implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    static final String DEMO_LEADER = "leder";
    static final String DEMO_CHEF = "chef";
    static final String DEMO_RESEARCHER = "forsker";
    static final String DEMO_PASSWORD = "samskabelse";

    private record DemoUser(String username, UserRole role) {}

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser(DEMO_LEADER, UserRole.PROJEKTLEDER),
            new DemoUser(DEMO_CHEF, UserRole.CHEF),
            new DemoUser(DEMO_RESEARCHER, UserRole.FORSKER),
            new DemoUser(ADMIN, UserRole.ADMIN));

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserAccounts accounts;
    private final DemoMode demoMode;
    private final String adminPassword;
    private final DemoProjects demoProjects;

    InitialUsers(
            UserAccounts accounts, DemoMode demoMode, JournalSecurityProperties settings, DemoProjects demoProjects) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.adminPassword = settings.adminPassword();
        this.demoProjects = demoProjects;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demoMode.enabled()) {
            disableDemoUsers();
        }
        if (!adminPassword.isBlank()) {
            try {
                initialAdmin();
            } catch (AccountException refused) {
                throw AdminPasswordException.unusable(refused);
            }
        }
        if (demoMode.enabled()) {
            demoUsers();
            return;
        }
        List<String> withDemoPassword = accounts.enabledUsersWithPassword(DEMO_PASSWORD);
        if (!withDemoPassword.isEmpty()) {
            throw AdminPasswordException.demoPassword(withDemoPassword);
        }
        if (!accounts.anyEnabledAdmin()) {
            throw AdminPasswordException.missing();
        }
    }

    private void initialAdmin() {
        if (accounts.createIfMissing(ADMIN, UserRole.ADMIN, adminPassword)) {
            log.info("Created the administrator '{}' with the password from JOURNAL_ADMIN_PASSWORD", ADMIN);
        } else if (accounts.hasPassword(ADMIN, DEMO_PASSWORD)) {
            accounts.resetPassword(ADMIN, adminPassword);
            log.warn(
                    "The administrator '{}' had the demo password; it now has the password from "
                            + "JOURNAL_ADMIN_PASSWORD",
                    ADMIN);
        } else {
            log.info(
                    "JOURNAL_ADMIN_PASSWORD is not used: the administrator '{}' exists with a password of its own",
                    ADMIN);
        }
    }

    /** The demo users of a database that once ran in demo mode, as long as they still have the demo password. */
    private void disableDemoUsers() {
        List<String> disabled = DEMO_USERS.stream()
                .map(DemoUser::username)
                .filter(name -> !name.equals(ADMIN))
                .filter(name -> accounts.user(name)
                        .map(UserAccounts.UserSummary::enabled)
                        .orElse(false))
                .filter(name -> accounts.hasPassword(name, DEMO_PASSWORD))
                .toList();
        if (!disabled.isEmpty()) {
            disabled.forEach(name -> accounts.setEnabled(name, false));
            log.warn(
                    "Not in demo mode: disabled the demo users {}, which still had the demo password",
                    String.join(", ", disabled));
        }
    }

    private void demoUsers() {
        DEMO_USERS.forEach(user -> accounts.createDemoUserIfMissing(user.username(), user.role(), DEMO_PASSWORD));
        for (String projectId : demoProjects.projectIds()) {
            accounts.assign(DEMO_LEADER, projectId);
            accounts.assign(DEMO_CHEF, projectId);
            accounts.releaseForResearch(projectId);
        }
        StringBuilder block = new StringBuilder("""

                ============================================================
                 Demo mode: sign in at /login (the API takes HTTP Basic)
                """);
        for (DemoUser user : DEMO_USERS) {
            boolean ownAdminPassword = user.username().equals(ADMIN) && !adminPassword.isBlank();
            block.append(String.format(
                    "   %-8s %-13s password: %s%n",
                    user.username(), user.role(), ownAdminPassword ? "(from JOURNAL_ADMIN_PASSWORD)" : DEMO_PASSWORD));
        }
        block.append(" Never use demo mode for real data: anyone can sign in.\n")
                .append("============================================================");
        log.warn(block.toString());
    }
}
