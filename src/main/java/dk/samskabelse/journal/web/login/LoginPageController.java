package dk.samskabelse.journal.web.login;

import dk.samskabelse.journal.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security's filter takes the POST, and /logout (POST) signs out. */
@PageController
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
