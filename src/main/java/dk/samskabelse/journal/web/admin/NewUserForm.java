package dk.samskabelse.journal.web.admin;

import dk.samskabelse.journal.security.UserRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new user as the administrator types it; the journal checks name and password rules (UserAccounts). */
public class NewUserForm {

    @NotBlank
    private String username;

    @NotNull
    private UserRole role;

    @NotBlank
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public UserRole getRole() {
        return role;
    }

    public void setRole(UserRole role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
