package dk.samskabelse.journal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The users API tests sign in as. Every test journal has the administrator "admin" (journal.admin-password in
 * src/test/resources/application.properties); other users are made through the admin API the first time they are
 * asked for, so that tests create them exactly as an administrator would.
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "test-user-password";
    public static final String LEADER = "test-leder";

    private TestUsers() {}

    public static JsonHttp admin(int port) {
        return JsonHttp.signedIn(port, ADMIN, ADMIN_PASSWORD);
    }

    /** A project leader: assigned to every project it starts, so it reads and writes them. */
    public static JsonHttp projectLeader(int port) {
        return user(port, LEADER, "PROJEKTLEDER");
    }

    /** A client signed in as this user, made with this role through the admin API unless it exists. */
    public static JsonHttp user(int port, String username, String role) {
        JsonHttp.Response created = admin(port)
                .post(
                        "/api/admin/users",
                        JsonHttp.json(Map.of("username", username, "role", role, "password", PASSWORD)));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        return JsonHttp.signedIn(port, username, PASSWORD);
    }
}
