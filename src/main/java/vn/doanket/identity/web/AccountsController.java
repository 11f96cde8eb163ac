package vn.doanket.identity.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.identity.AccessGuard;
import vn.doanket.identity.AccountException;
import vn.doanket.identity.Accounts;
import vn.doanket.identity.NewAccount;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.web.NavigationItem;

/** Administrators open, lock and unlock accounts in their own subtree. */
@Controller
@RequestMapping("/accounts")
@Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
class AccountsController {

    static final int LIMIT = 500;

    private final Accounts accounts;
    private final AccessGuard guard;

    AccountsController(Accounts accounts, AccessGuard guard) {
        this.accounts = accounts;
        this.guard = guard;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccount("", "", "", EnumSet.of(Role.OFFICER), ""));
        }
        return page(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewAccount form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash,
            Locale locale) {
        CurrentAccount me = guard.require();
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            accounts.create(me, form);
        } catch (AccountException e) {
            model.addAttribute("formError", e.message(locale));
            return page(model);
        }
        flash.addFlashAttribute("created", form.username());
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id) {
        accounts.unlock(guard.require(), id);
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean value) {
        accounts.setEnabled(guard.require(), id, value);
        return "redirect:/accounts";
    }

    private String page(Model model) {
        model.addAttribute("home", guard.homeUnit());
        model.addAttribute("accounts", accounts.inSubtree(guard.homeUnit(), LIMIT));
        model.addAttribute("allRoles", Set.of(Role.values()));
        model.addAttribute("limit", LIMIT);
        return "identity/accounts";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem accountsNavigation() {
            return new NavigationItem("nav.accounts", "/accounts", 90, Role.ADMIN);
        }
    }
}
