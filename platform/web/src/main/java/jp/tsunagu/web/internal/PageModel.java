package jp.tsunagu.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.JapaneseDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: the user and tenant, today in 和暦 beside ISO, and the admin links. */
@ConditionalOnWebApplication
@ControllerAdvice(assignableTypes = jp.tsunagu.web.PageController.class)
class PageModel {
    private final Clock clock;

    PageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("user")
    CurrentUser user() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("today")
    String today() {
        return JapaneseDates.withIso(LocalDate.now(clock));
    }

    @ModelAttribute("canManageModules")
    boolean canManageModules() {
        return CurrentUser.get().map(u -> u.can("modules:module.manage")).orElse(false);
    }
}
