package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
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

    /**
     * The page itself in each language: the current path and query with {@code lang} set. A link of
     * {@code ?lang=en} alone dropped the query, so switching language lost the unit, form and period
     * chosen, and a page that needs one (the lineage of a figure) answered 400.
     */
    @ModelAttribute("langLinks")
    Map<String, String> langLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        String query = request.getQueryString();
        for (String lang : List.of("vi", "en")) {
            links.put(
                    lang,
                    UriComponentsBuilder.fromUriString(
                                    request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query))
                            .replaceQueryParam("lang", lang)
                            .build(true)
                            .toUriString());
        }
        return links;
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
