package jp.tsunagu.web;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.tsunagu.kernel.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page handles a submitted form, the same on every page. The handler binds a {@code @ModelAttribute @Valid}
 * record (the API's request record itself, or a {@link PageForm} that stands for one, whose request is validated
 * here with the API's constraints) and hands it here with its {@link BindingResult} and the action. A constraint
 * the form breaks, or a {@link Problem} the action raises, comes back as the page's message naming the field and the
 * rule ({@value #ERROR}, the field in {@value #ERROR_FIELD}) with the form as typed (under its conventional name:
 * {@code CertificateForm} as {@code certificateForm}) so the page shows it again, and nothing is stored. Success shows the done message ({@value #MESSAGE}). Both go through a
 * redirect (post, redirect, get) as flash attributes.
 */
@Component
public class PageForms {
    public static final String ERROR = "error";
    public static final String ERROR_FIELD = "errorField";
    public static final String MESSAGE = "message";

    private final MessageSource messages;
    private final SpringValidatorAdapter validator;
    private final boolean namesFields;

    @org.springframework.beans.factory.annotation.Autowired
    public PageForms(MessageSource messages, jakarta.validation.Validator validator) {
        this(messages, new SpringValidatorAdapter(validator), true);
    }

    private PageForms(MessageSource messages, SpringValidatorAdapter validator, boolean namesFields) {
        this.messages = messages;
        this.validator = validator;
        this.namesFields = namesFields;
    }

    /**
     * The same, for a screen of one or two fields where naming the field is noise (the check-in tablet): the rule's
     * text alone.
     */
    public PageForms withoutFieldNames() {
        return new PageForms(messages, validator, false);
    }

    /** Runs {@code action} unless the form is refused; back to {@code back} either way. */
    public String submit(Object form, BindingResult binding, RedirectAttributes redirect, Locale locale, String back,
                         String doneKey, Runnable action) {
        return submitTo(form, binding, redirect, locale, back, doneKey, () -> {
            action.run();
            return back;
        });
    }

    /** Runs {@code action} with the request the form stands for, validated; back to {@code back} either way. */
    public <R> String submit(PageForm<R> form, BindingResult binding, RedirectAttributes redirect, Locale locale, String back,
                             String doneKey, Consumer<R> action) {
        return submitTo(form, binding, redirect, locale, back, doneKey, () -> {
            action.accept(form.request());
            return back;
        });
    }

    /** Runs {@code action}, which answers where to go on success (the new record's page, say); back to {@code back} if refused. */
    public String submitTo(Object form, BindingResult binding, RedirectAttributes redirect, Locale locale, String back,
                           String doneKey, Supplier<String> action) {
        Errors errors = binding;
        if ((errors == null || !errors.hasErrors()) && form instanceof PageForm<?> page) {
            Object request = page.request();
            errors = new BeanPropertyBindingResult(request, "form");
            validator.validate(request, errors);
        }
        if (errors != null && errors.hasErrors()) {
            FieldError field = errors.getFieldError();
            String text = field != null ? fieldText(field, locale) : messages.getMessage(errors.getAllErrors().getFirst(), locale);
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

    /** A message of the bundles in the user's language (a done message with arguments, say). */
    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The message of a refusal in the user's language, naming the field when the rule's text does not already. */
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

    private String named(String field, String text) {
        return !namesFields || field == null || text.contains(field) ? text : field + ": " + text;
    }

    private String refused(Object form, RedirectAttributes redirect, String field, String text, String back) {
        redirect.addFlashAttribute(ERROR, text);
        if (field != null) {
            redirect.addFlashAttribute(ERROR_FIELD, field);
        }
        if (form != null) {
            // under its conventional name (CertificateForm → certificateForm), so a page with several forms re-fills the right one
            redirect.addFlashAttribute(org.springframework.core.Conventions.getVariableName(form), form);
        }
        return "redirect:" + back;
    }
}
