package dk.samskabelse.journal.web.admin;

import jakarta.validation.constraints.NotBlank;

/** A new password for a user, set by the administrator. */
public class PasswordForm {

    @NotBlank
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
