package vn.doanket.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.SignedIn;

@Controller
class LoginController {

    @GetMapping("/login")
    @Access(Access.Level.PUBLIC)
    String login() {
        return SignedIn.account().isPresent() ? "redirect:/" : "identity/login";
    }

    /** The start page is the signed-in account's own unit. */
    @GetMapping("/")
    @Access(Access.Level.SIGNED_IN)
    String home() {
        return "redirect:/units/" + SignedIn.require().homeUnitCode();
    }
}
