package dk.samskabelse.journal.security;

import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.config.DemoMode;
import dk.samskabelse.journal.security.AccountException.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their project assignments and the projects released for research: what the administrator manages (the
 * admin pages and /api/admin/users), and what the journal sets up itself (the first admin, the demo users, the
 * leader or chef who starts a project).
 */
@Service
public class UserAccounts {

    /** A user name is what people type at the login: lower case, digits, '.', '_' and '-'. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = PasswordPolicy.MAX_BYTES;

    /** A user with the projects assigned to them, for the admin pages. */
    public record UserSummary(String username, UserRole role, boolean enabled, Set<String> projects) {}

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DemoMode demoMode;

    UserAccounts(UserStore store, PasswordEncoder encoder, CurrentUser currentUser, Clock clock, DemoMode demoMode) {
        this.store = store;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    /** The stored form of a user name: people type "Leder" and "leder" alike. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public StoredUser create(String username, UserRole role, String password) {
        List<Problem> problems = newAccountProblems(username, password);
        if (!problems.isEmpty()) {
            throw new AccountException(problems.get(0));
        }
        return insert(normalise(username), role, password);
    }

    /**
     * Every rule a new account's user name and password break, the name's first: create refuses the first, a
     * form reports them all in one round (issue 18, item 8).
     */
    public static List<Problem> newAccountProblems(String username, String password) {
        String name = normalise(username);
        List<Problem> problems = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            problems.add(Problem.USERNAME_INVALID);
        }
        try {
            PasswordPolicy.check(name, password);
        } catch (AccountException weak) {
            problems.add(weak.problem());
        }
        return problems;
    }

    /**
     * A demo user with the demo password, which is never set through the password policy; only in demo mode
     * (InitialUsers). Left as it is when the user exists.
     */
    @Transactional
    void createDemoUserIfMissing(String username, UserRole role, String password) {
        if (store.find(normalise(username)).isEmpty()) {
            insert(normalise(username), role, password);
        }
    }

    private StoredUser insert(String name, UserRole role, String password) {
        if (store.find(name).isPresent()) {
            throw new AccountException(Problem.USERNAME_TAKEN);
        }
        StoredUser user = new StoredUser(name, encoder.encode(password), role, true, clock.instant());
        store.insert(user);
        return user;
    }

    /** Creates the user unless one of that name exists (whose password and role are then left as they are). */
    @Transactional
    public boolean createIfMissing(String username, UserRole role, String password) {
        if (store.find(normalise(username)).isPresent()) {
            return false;
        }
        create(username, role, password);
        return true;
    }

    /** A new password (PasswordPolicy); it ends the user's browser sessions on their next request. */
    @Transactional
    public void resetPassword(String username, String password) {
        PasswordPolicy.check(username, password);
        if (!store.updatePassword(normalise(username), encoder.encode(password))) {
            throw new AccountException(Problem.UNKNOWN_USER);
        }
    }

    /**
     * A disabled user cannot sign in, and its browser sessions end on their next request; the last enabled
     * administrator cannot be disabled. Outside demo mode a user that still has the demo password (a demo user
     * disabled at start-up, InitialUsers) cannot be enabled until it has a new password (one bcrypt check).
     */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        StoredUser user = require(username);
        if (enabled && !demoMode.enabled() && encoder.matches(InitialUsers.DEMO_PASSWORD, user.passwordHash())) {
            throw new AccountException(Problem.DEMO_PASSWORD);
        }
        if (!enabled
                && user.role() == UserRole.ADMIN
                && user.enabled()
                && store.all().stream()
                                .filter(u -> u.role() == UserRole.ADMIN && u.enabled())
                                .count()
                        == 1) {
            throw new AccountException(Problem.LAST_ADMIN);
        }
        store.updateEnabled(user.username(), enabled);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return store.all().stream()
                .map(u -> new UserSummary(u.username(), u.role(), u.enabled(), store.projectsOf(u.username())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> user(String username) {
        return store.find(normalise(username))
                .map(u -> new UserSummary(u.username(), u.role(), u.enabled(), store.projectsOf(u.username())));
    }

    /** Whether the user exists and this is its password (the encoder's check, as at login). */
    @Transactional(readOnly = true)
    public boolean hasPassword(String username, String password) {
        return store.find(normalise(username))
                .map(u -> encoder.matches(password, u.passwordHash()))
                .orElse(false);
    }

    /** The enabled users whose password is this one: one password check per enabled user. */
    @Transactional(readOnly = true)
    public List<String> enabledUsersWithPassword(String password) {
        return store.all().stream()
                .filter(StoredUser::enabled)
                .filter(u -> encoder.matches(password, u.passwordHash()))
                .map(StoredUser::username)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean anyEnabledAdmin() {
        return store.anyEnabled(UserRole.ADMIN);
    }

    @Transactional
    public void assign(String username, String projectId) {
        store.assign(require(username).username(), projectId, clock.instant());
    }

    @Transactional
    public void unassign(String username, String projectId) {
        store.unassign(require(username).username(), projectId);
    }

    /** Makes exactly these projects the user's assigned ones. */
    @Transactional
    public void setAssignments(String username, Set<String> projectIds) {
        String name = require(username).username();
        Set<String> current = store.projectsOf(name);
        current.stream().filter(id -> !projectIds.contains(id)).forEach(id -> store.unassign(name, id));
        projectIds.stream().filter(id -> !current.contains(id)).forEach(id -> store.assign(name, id, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<String> usersOf(String projectId) {
        return store.usersOf(projectId);
    }

    @Transactional
    public void releaseForResearch(String projectId) {
        store.release(projectId, currentUser.name(), clock.instant());
    }

    @Transactional
    public void withdrawFromResearch(String projectId) {
        store.withdrawRelease(projectId);
    }

    @Transactional(readOnly = true)
    public Set<String> releasedForResearch() {
        return store.releasedProjects();
    }

    private StoredUser require(String username) {
        return store.find(normalise(username)).orElseThrow(() -> new AccountException(Problem.UNKNOWN_USER));
    }
}
