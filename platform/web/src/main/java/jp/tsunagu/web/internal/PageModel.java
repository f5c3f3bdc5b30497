package jp.tsunagu.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.JapaneseDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: the user and tenant, today in 和暦 beside ISO, and the admin links. */
@ConditionalOnWebApplication
@ControllerAdvice(assignableTypes = jp.tsunagu.web.PageController.class)
class PageModel {
    private final Clock clock;

    PageModel(Clock clock) {
        this.clock = clock;
    }

    /**
     * What a page's form fields bind as: text trimmed, blank as absent, and numbers typed with full-width digits
     * (１３１０…, common with Japanese input methods) as the same numbers; other text as typed.
     */
    @InitBinder
    void formText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new FormText());
    }

    static final class FormText extends java.beans.PropertyEditorSupport {
        private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[0-9+\\-() ]+");

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String stripped = text.strip();
            String folded = java.text.Normalizer.normalize(stripped, java.text.Normalizer.Form.NFKC);
            setValue(NUMERIC.matcher(folded).matches() ? folded : stripped);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
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
