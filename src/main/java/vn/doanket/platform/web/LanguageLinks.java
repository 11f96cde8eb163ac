package vn.doanket.platform.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page itself in each language, for the layout's VI / EN links: its path and query with {@code lang}
 * set. A link of {@code ?lang=en} alone dropped the query, so switching language lost the unit, form and
 * period chosen, and a page that needs one (the lineage of a figure) answered 400. Made only when a page
 * asks: every request handled by a controller (the JSON API's too) gets one.
 */
public final class LanguageLinks {

    private final String path;
    private final String query;

    LanguageLinks(String path, String query) {
        this.path = path;
        this.query = query == null || query.isEmpty() ? null : query;
    }

    public String getVi() {
        return to("vi");
    }

    public String getEn() {
        return to("en");
    }

    private String to(String lang) {
        if (query == null) {
            return path + "?lang=" + lang;
        }
        try {
            return UriComponentsBuilder.fromUriString(path + "?" + query)
                    .replaceQueryParam("lang", lang)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException e) {
            // a query the browser did not encode as it should: the language still switches, on the bare page
            return path + "?lang=" + lang;
        }
    }
}
