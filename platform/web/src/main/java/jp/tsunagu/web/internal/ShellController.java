package jp.tsunagu.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.identity.MembershipSummary;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The UI shell after login, the user's first screen: the offices the membership covers; for the chosen office the
 * tiles of what needs the user today (from the modules enabled there) and the modules' menu; for a tenant admin the
 * offices with their modules and the members; for an auditor the audit search. Tenant admins switch modules per
 * office here.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
class ShellController implements jp.tsunagu.web.PageController {
    private final Offices offices;
    private final ModuleRegistry registry;
    private final ModuleActivations activations;
    private final MessageSource messages;
    private final HomeScreen home;

    ShellController(Offices offices, ModuleRegistry registry, ModuleActivations activations, MessageSource messages,
                    HomeScreen home) {
        this.offices = offices;
        this.registry = registry;
        this.activations = activations;
        this.messages = messages;
        this.home = home;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "office", required = false) UUID officeParam, Model model, Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        List<OfficeSummary> visible = offices.all().stream().filter(o -> user.covers(o.id())).toList();
        Optional<OfficeSummary> selected = officeParam == null ? visible.stream().findFirst()
                : visible.stream().filter(o -> o.id().value().equals(officeParam)).findFirst();
        model.addAttribute("offices", visible);
        model.addAttribute("tenantTiles", home.tenantTiles(visible, user, locale));
        model.addAttribute("auditSearch", user.can("audit:trail.read"));
        model.addAttribute("tiles", selected.map(office -> home.officeTiles(office, user, locale)).orElse(List.of()));
        selected.ifPresent(office -> {
            Set<String> on = activations.enabledFor(office.id());
            model.addAttribute("office", office);
            model.addAttribute("navigation", registry.all().stream().filter(m -> on.contains(m.key()))
                    .flatMap(m -> m.navigation().stream()).toList());
            model.addAttribute("enabledModules", registry.all().stream().filter(m -> on.contains(m.key()))
                    .map(m -> m.displayName(locale)).toList());
        });
        return "shell";
    }

    @GetMapping("/offices/{officeId}/modules")
    String modules(@PathVariable UUID officeId, Model model, Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        OfficeSummary office = offices.find(new OfficeId(officeId)).filter(o -> user.covers(o.id()))
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
        Set<String> on = activations.enabledFor(office.id());
        model.addAttribute("office", office);
        model.addAttribute("modules", registry.all().stream()
                .map(m -> new ModuleRow(m.key(), m.displayName(locale), on.contains(m.key()),
                        m.requires().stream().map(r -> registry.find(r).map(x -> x.displayName(locale)).orElse(r)).toList()))
                .toList());
        return "modules";
    }

    @PostMapping("/offices/{officeId}/modules/{key}")
    String switchModule(@PathVariable UUID officeId, @PathVariable String key, @RequestParam boolean enable,
                        RedirectAttributes redirect, Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        if (!user.can("modules:module.manage")) {
            throw new Problem.Forbidden("access.denied");
        }
        try {
            if (enable) {
                activations.enable(new OfficeId(officeId), key, user.username());
            } else {
                activations.disable(new OfficeId(officeId), key, user.username());
            }
        } catch (Problem.Conflict refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.code(), refused.args(), locale));
        }
        return "redirect:/offices/" + officeId + "/modules";
    }

    @GetMapping("/tenant")
    String chooseTenant(HttpServletRequest request, Model model) {
        model.addAttribute("memberships", memberships(request));
        return "tenant";
    }

    @PostMapping("/tenant")
    String chosen(@RequestParam UUID tenant, HttpServletRequest request, HttpSession session) {
        boolean member = memberships(request).stream().anyMatch(m -> m.tenant().value().equals(tenant));
        if (!member) {
            throw new Problem.Forbidden("tenant.forbidden");
        }
        session.setAttribute("tsunagu.tenant", tenant.toString());
        return "redirect:/";
    }

    @SuppressWarnings("unchecked")
    private static List<MembershipSummary> memberships(HttpServletRequest request) {
        Object all = request.getAttribute("tsunagu.memberships");
        return all == null ? List.of() : (List<MembershipSummary>) all;
    }

    record ModuleRow(String key, String name, boolean enabled, List<String> requires) {
    }

}
