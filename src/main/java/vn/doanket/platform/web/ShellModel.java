package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

/** What every page's layout needs: the signed-in account and the navigation it may use. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final List<NavigationItem> items;

    ShellModel(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("me")
    CurrentAccount me() {
        return SignedIn.account().orElse(null);
    }

    /** The VI / EN links of the layout (see {@link LanguageLinks}). */
    @ModelAttribute("langLinks")
    LanguageLinks langLinks(HttpServletRequest request) {
        return new LanguageLinks(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute("nav")
    List<NavigationItem> nav() {
        return SignedIn.account()
                .map(me -> items.stream()
                        .filter(i -> i.roles().length == 0
                                || Arrays.stream(i.roles()).anyMatch(me::has))
                        .map(i -> new NavigationItem(
                                i.messageKey(), i.path().replace("{home}", me.homeUnitCode()), i.order(), i.roles()))
                        .toList())
                .orElse(List.of());
    }
}
