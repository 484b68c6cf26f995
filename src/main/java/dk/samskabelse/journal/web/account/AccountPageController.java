package dk.samskabelse.journal.web.account;

import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.security.ApiTokens;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.PageNotFoundException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account page: personal API tokens for scripts, made, listed and revoked with the
 * browser session (no second password prompt). A new token's text is shown on the answer to the form itself,
 * once: it is never put into the session nor shown again.
 */
@PageController
class AccountPageController {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    AccountPageController(ApiTokens tokens, CurrentUser currentUser, MessageSource messages) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/konto")
    String account(Model model) {
        return page(new ApiTokenForm(), model);
    }

    @PostMapping("/konto/api-noegler")
    String create(@Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return page(form, model);
        }
        model.addAttribute("createdToken", tokens.create(currentUser.name(), form.getName(), form.getDays()));
        return page(new ApiTokenForm(), model);
    }

    @PostMapping("/konto/api-noegler/{tokenId}/tilbagekald")
    String revoke(@PathVariable String tokenId, RedirectAttributes redirect) {
        if (!tokens.revoke(currentUser.name(), tokenId)) {
            throw new PageNotFoundException();
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "tokens.confirmation.revoked", new Object[] {tokenId}, LocaleContextHolder.getLocale()));
        return "redirect:/konto";
    }

    private String page(ApiTokenForm form, Model model) {
        model.addAttribute("username", currentUser.name());
        model.addAttribute("tokens", tokens.of(currentUser.name()));
        model.addAttribute("tokenForm", form);
        model.addAttribute("tokenDays", ApiTokenForm.DAYS);
        return "account/account";
    }
}
