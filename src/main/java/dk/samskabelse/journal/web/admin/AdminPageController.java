package dk.samskabelse.journal.web.admin;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.AccountException;
import dk.samskabelse.journal.security.ApiTokens;
import dk.samskabelse.journal.security.SignedInSession;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserAccounts.UserSummary;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.PageNotFoundException;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import dk.samskabelse.journal.web.account.ApiTokenForm;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The administrator's pages: users (create, reset a password, disable and enable, the projects each is assigned
 * to, their personal API tokens) and which projects are released for research. Only ADMIN reaches them (security/SecurityConfig).
 */
@PageController
class AdminPageController {

    /** A project with who is assigned to it and whether researchers may read it. */
    record ProjectLine(PortfolioEntry project, List<String> users, boolean released) {}

    private final UserAccounts accounts;
    private final PortfolioService portfolio;
    private final MessageSource messages;
    private final SignedInSession session;
    private final ApiTokens tokens;

    AdminPageController(
            UserAccounts accounts,
            PortfolioService portfolio,
            MessageSource messages,
            SignedInSession session,
            ApiTokens tokens) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.messages = messages;
        this.session = session;
    }

    @GetMapping("/admin")
    String admin() {
        return "admin/index";
    }

    @GetMapping("/admin/brugere")
    String users(Model model) {
        return usersPage(new NewUserForm(), model);
    }

    @PostMapping("/admin/brugere")
    String createUser(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // The user name's and the password's rules in the same round as the form's other fields (issue 18,
        // item 8: a 4-character password was reported only after the user name was fixed).
        for (AccountException.Problem problem :
                UserAccounts.newAccountProblems(form.getUsername(), form.getPassword())) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
        if (!result.hasErrors()) {
            try {
                String username = accounts.create(form.getUsername(), form.getRole(), form.getPassword())
                        .username();
                return confirmed(redirect, "admin.confirmation.created", username, "/admin/brugere/" + path(username));
            } catch (AccountException refused) {
                result.rejectValue(refused.problem().field(), refused.problem().messageKey());
            }
        }
        form.setPassword(null);
        return usersPage(form, model);
    }

    private String usersPage(NewUserForm form, Model model) {
        model.addAttribute("users", accounts.users());
        model.addAttribute("form", form);
        model.addAttribute("roles", UserRole.values());
        return "admin/users";
    }

    @GetMapping("/admin/brugere/{username}")
    String user(@PathVariable String username, Model model) {
        return userPage(username, new PasswordForm(), model);
    }

    @PostMapping("/admin/brugere/{username}/adgangskode")
    String resetPassword(
            @PathVariable String username,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(username, form.getPassword());
                // A new password ends the user's sessions, but not the administrator's own one that set it.
                session.renewIfSignedInAs(username);
                return confirmed(redirect, "admin.confirmation.password", username, userPath(username));
            } catch (AccountException refused) {
                result.rejectValue("password", refused.problem().messageKey());
            }
        }
        form.setPassword(null);
        return userPage(username, form, model);
    }

    @PostMapping("/admin/brugere/{username}/status")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, enabled);
        } catch (AccountException refused) {
            redirect.addFlashAttribute("problem", refused.problem().messageKey());
            return "redirect:" + userPath(username);
        }
        return confirmed(
                redirect,
                enabled ? "admin.confirmation.enabled" : "admin.confirmation.disabled",
                username,
                userPath(username));
    }

    @PostMapping("/admin/brugere/{username}/projekter")
    String setProjects(
            @PathVariable String username,
            @RequestParam(name = "projectIds", required = false) List<String> projectIds,
            RedirectAttributes redirect) {
        Set<String> known = new HashSet<>(
                portfolio.portfolio().stream().map(PortfolioEntry::projectId).toList());
        Set<String> chosen = new HashSet<>(projectIds == null ? List.of() : projectIds);
        chosen.retainAll(known);
        accounts.setAssignments(username, chosen);
        return confirmed(redirect, "admin.confirmation.projects", username, userPath(username));
    }

    /** A personal API token for the user, made by the administrator; its text is shown on this answer only. */
    @PostMapping("/admin/brugere/{username}/api-noegler")
    String createToken(
            @PathVariable String username,
            @Valid @ModelAttribute("tokenForm") ApiTokenForm tokenForm,
            BindingResult result,
            Model model) {
        UserSummary user = accounts.user(username).orElseThrow(PageNotFoundException::new);
        if (result.hasErrors()) {
            return userPage(username, new PasswordForm(), tokenForm, model);
        }
        model.addAttribute("createdToken", tokens.create(user.username(), tokenForm.getName(), tokenForm.getDays()));
        return userPage(username, new PasswordForm(), new ApiTokenForm(), model);
    }

    @PostMapping("/admin/brugere/{username}/api-noegler/{tokenId}/tilbagekald")
    String revokeToken(@PathVariable String username, @PathVariable String tokenId, RedirectAttributes redirect) {
        if (!tokens.revoke(username, tokenId)) {
            throw new PageNotFoundException();
        }
        return confirmed(redirect, "tokens.confirmation.revoked", tokenId, userPath(username));
    }

    private String userPage(String username, PasswordForm form, Model model) {
        return userPage(username, form, new ApiTokenForm(), model);
    }

    private String userPage(String username, PasswordForm form, ApiTokenForm tokenForm, Model model) {
        UserSummary user = accounts.user(username).orElseThrow(PageNotFoundException::new);
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("projects", portfolio.portfolio());
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("tokenDays", ApiTokenForm.DAYS);
        return "admin/user";
    }

    @GetMapping("/admin/projekter")
    String projects(Model model) {
        Set<String> released = accounts.releasedForResearch();
        model.addAttribute(
                "projects",
                portfolio.portfolio().stream()
                        .map(p -> new ProjectLine(p, accounts.usersOf(p.projectId()), released.contains(p.projectId())))
                        .toList());
        return "admin/projects";
    }

    @PostMapping("/admin/projekter/{projectId}/forskning")
    String setReleased(@PathVariable String projectId, @RequestParam boolean released, RedirectAttributes redirect) {
        PortfolioEntry project = portfolio.portfolio().stream()
                .filter(p -> p.projectId().equals(projectId))
                .findFirst()
                .orElseThrow(ProjectNotFoundException::new);
        if (released) {
            accounts.releaseForResearch(projectId);
        } else {
            accounts.withdrawFromResearch(projectId);
        }
        return confirmed(
                redirect,
                released ? "admin.confirmation.released" : "admin.confirmation.withdrawn",
                project.name(),
                "/admin/projekter");
    }

    private String confirmed(RedirectAttributes redirect, String key, String subject, String to) {
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage(key, new Object[] {subject}, LocaleContextHolder.getLocale()));
        return "redirect:" + to;
    }

    private static String userPath(String username) {
        return "/admin/brugere/" + path(username);
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(UserAccounts.normalise(segment), StandardCharsets.UTF_8);
    }
}
