package jp.tsunagu.web;

import java.util.Locale;
import java.util.function.Supplier;
import jp.tsunagu.kernel.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page handles a submitted form, the same on every page: the handler binds a {@code @ModelAttribute @Valid}
 * record (the constraints the API's records carry) and hands it here with its {@link BindingResult} and the action.
 * A constraint the form breaks, or a {@link Problem} the action raises, comes back as the page's message naming the
 * field and the rule ({@code error}, with the field in {@code errorField}), and the form as typed ({@code form}) so
 * the page shows it again; nothing is stored. Success shows the done message ({@code message}).
 * Both go through a redirect (post, redirect, get), as flash attributes.
 */
@Component
public class PageForms {
    public static final String FORM = "form";
    public static final String ERROR = "error";
    public static final String ERROR_FIELD = "errorField";
    public static final String MESSAGE = "message";

    private final MessageSource messages;

    public PageForms(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code action} unless the form is invalid; back to {@code back} either way. */
    public String submit(Object form, BindingResult binding, RedirectAttributes redirect, Locale locale, String back,
                         String doneKey, Runnable action) {
        return submit(form, binding, redirect, locale, back, doneKey, () -> {
            action.run();
            return back;
        });
    }

    /** Runs {@code action}, which answers where to go on success (a new record's page, say); back to {@code back} on a refusal. */
    public String submit(Object form, BindingResult binding, RedirectAttributes redirect, Locale locale, String back,
                         String doneKey, Supplier<String> action) {
        if (binding != null && binding.hasErrors()) {
            FieldError field = binding.getFieldError();
            String text = field != null ? fieldText(field, locale)
                    : messages.getMessage(binding.getAllErrors().getFirst(), locale);
            return refused(form, redirect, field == null ? null : field.getField(), text, back);
        }
        try {
            String target = action.get();
            if (doneKey != null) {
                redirect.addFlashAttribute(MESSAGE, messages.getMessage(doneKey, null, doneKey, locale));
            }
            return "redirect:" + target;
        } catch (Problem problem) {
            String field = problem instanceof Problem.Invalid invalid ? invalid.field() : null;
            return refused(form, redirect, field, text(problem, locale), back);
        }
    }

    /** The message of a refusal, in the user's language, naming the field when the rule's text does not already. */
    public String text(Problem problem, Locale locale) {
        String text = messages.getMessage(problem.code(), problem.args(), problem.code(), locale);
        return problem instanceof Problem.Invalid invalid ? named(invalid.field(), text) : text;
    }

    private String fieldText(FieldError error, Locale locale) {
        String text;
        try {
            text = messages.getMessage(error, locale);
        } catch (NoSuchMessageException e) {
            text = error.getCode();
        }
        return named(error.getField(), text);
    }

    private static String named(String field, String text) {
        return field == null || text.contains(field) ? text : field + ": " + text;
    }

    private static String refused(Object form, RedirectAttributes redirect, String field, String text, String back) {
        redirect.addFlashAttribute(ERROR, text);
        if (field != null) {
            redirect.addFlashAttribute(ERROR_FIELD, field);
        }
        if (form != null) {
            redirect.addFlashAttribute(FORM, form);
        }
        return "redirect:" + back;
    }
}
