package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserAccounts.UserSummary;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.web.api.Responses.CreatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users, their project assignments and the research release of projects, for an administrator's scripts. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration")
class AdminUserController {

    record NewUserRequest(
            @NotBlank String username,
            @NotNull UserRole role,
            @NotBlank String password) {}

    record PasswordRequest(@NotBlank String password) {}

    record EnabledRequest(@NotNull Boolean enabled) {}

    private final UserAccounts accounts;

    AdminUserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/users")
    @Operation(summary = "Every user with role, state and assigned projects (never a password or its hash)")
    List<UserSummary> users() {
        return accounts.users();
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user (201); 409 USERNAME_TAKEN when the name exists")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUserRequest body) {
        String username =
                accounts.create(body.username(), body.role(), body.password()).username();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedUser(username));
    }

    @PutMapping("/users/{username}/password")
    @Operation(summary = "Set a new password (204)")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordRequest body) {
        accounts.resetPassword(username, body.password());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/users/{username}/enabled")
    @Operation(
            summary = "Enable or disable a user (204); the last enabled administrator stays enabled (409), and "
                    + "outside demo mode a user with the demo password is not enabled before it has a new one (409)")
    ResponseEntity<Void> setEnabled(@PathVariable String username, @Valid @RequestBody EnabledRequest body) {
        accounts.setEnabled(username, body.enabled());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/users/{username}/projects/{projectId}")
    @Operation(summary = "Assign a user to a project (204)")
    ResponseEntity<Void> assign(@PathVariable String username, @PathVariable String projectId) {
        accounts.assign(username, PathIds.project(projectId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/users/{username}/projects/{projectId}")
    @Operation(summary = "Remove a user from a project (204)")
    ResponseEntity<Void> unassign(@PathVariable String username, @PathVariable String projectId) {
        accounts.unassign(username, PathIds.project(projectId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/research-releases")
    @Operation(summary = "The ids of the projects released for research")
    Set<String> released() {
        return new TreeSet<>(accounts.releasedForResearch());
    }

    @PutMapping("/projects/{projectId}/research-release")
    @Operation(summary = "Release a project for research: researchers may read it, pseudonymised (204)")
    ResponseEntity<Void> release(@PathVariable String projectId) {
        accounts.releaseForResearch(PathIds.project(projectId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/projects/{projectId}/research-release")
    @Operation(operationId = "withdrawFromResearch", summary = "Withdraw a project from research (204)")
    ResponseEntity<Void> withdraw(@PathVariable String projectId) {
        accounts.withdrawFromResearch(PathIds.project(projectId));
        return ResponseEntity.noContent().build();
    }
}
