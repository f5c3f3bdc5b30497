package jp.tsunagu.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.kernel.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every API error as RFC 9457 problem+json: {@code type} names the rule, {@code detail} says it in the
 * request's language (Japanese unless English is asked for), {@code errors} names each field and rule.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    /** The server's limit of an uploaded file (the servlet container reports none of its own: -1). */
    private final org.springframework.util.unit.DataSize maxFileSize;

    ProblemHandler(MessageSource messages, LocaleResolver localeResolver,
                   @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
                   org.springframework.util.unit.DataSize maxFileSize) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem p, HttpServletRequest request) {
        HttpStatus status = switch (p) {
            case Problem.NotFound ignored -> HttpStatus.NOT_FOUND;
            case Problem.Conflict ignored -> HttpStatus.CONFLICT;
            case Problem.Forbidden ignored -> HttpStatus.FORBIDDEN;
            case Problem.Invalid ignored -> HttpStatus.BAD_REQUEST;
            case Problem.TooManyRequests ignored -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        if (p instanceof Problem.Invalid invalid) {
            return validation(request, List.of(new FieldProblem(invalid.field(), rule(p.code()), text(request, p.code(), p.args()))));
        }
        return respond(status, p.code(), text(request, p.code(), p.args()), request, null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getCode(), fieldText(error, request)));
        }
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(new FieldProblem(g.getObjectName(), g.getCode(), messages.getMessage(g, locale(request)))));
        return validation(request, errors);
    }

    /** Validation of several parameters at once (e.g. a constrained path variable beside a {@code @Valid} body). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                for (FieldError error : parameterErrors.getFieldErrors()) {
                    errors.add(new FieldProblem(error.getField(), error.getCode(), fieldText(error, request)));
                }
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            if (result.getContainerIndex() != null) {
                name += "[" + result.getContainerIndex() + "]";
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String[] codes = error.getCodes();
                String rule = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
                errors.add(new FieldProblem(name, rule, messages.getMessage(error, locale(request))));
            }
        }
        return validation(request, errors);
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return validation(request, List.of(new FieldProblem(e.getParameterName(), "NotNull",
                messages.getMessage("NotNull", new Object[] {e.getParameterName()}, locale(request)))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        JacksonException json = cause(e, JacksonException.class);
        if (json != null && !json.getPath().isEmpty()) {
            String field = path(json);
            return validation(request, List.of(new FieldProblem(field, "type", text(request, "validation.type", field))));
        }
        return respond(HttpStatus.BAD_REQUEST, "request.unreadable", text(request, "request.unreadable"), request, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(HttpStatus.NOT_FOUND, "notFound", text(request, "notFound"), request, null);
        }
        return validation(request, List.of(new FieldProblem(e.getName(), "type", text(request, "validation.type", e.getName()))));
    }

    @ExceptionHandler({NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "notFound", text(request, "notFound"), request, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "request.method", text(request, "request.method", e.getMethod()), request, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.mediaType", text(request, "request.mediaType"), request, null);
    }

    /** A request without the file an upload needs (not multipart, or without the part): 400 naming it (too large: below). */
    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<ProblemDetail> missingPart(Exception e, HttpServletRequest request) {
        String part = e instanceof org.springframework.web.multipart.support.MissingServletRequestPartException missing
                ? missing.getRequestPartName() : "file";
        return validation(request, List.of(new FieldProblem(part, "NotNull", messages.getMessage("NotNull", new Object[] {part}, locale(request)))));
    }

    /** An upload above the server's multipart limit: 413, naming the limit (a module's own, lower limit answers 400 first). */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request) {
        long megabytes = Math.max(1, (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileSize.toBytes()) / 1024 / 1024);
        return respond(HttpStatus.CONTENT_TOO_LARGE, "request.tooLarge", text(request, "request.tooLarge", megabytes), request, null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "access.denied", text(request, "access.denied"), request, null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(HttpStatus.UNAUTHORIZED, "unauthenticated", text(request, "unauthenticated"), request, null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "concurrentChange", text(request, "concurrentChange"), request, null);
    }

    /**
     * The database went away under the request: its connection was terminated or lost, or none could be had. A write
     * that failed like this was rolled back by PostgreSQL unless the loss came in the instant of its commit, so the
     * answer says it was not confirmed and asks for a reload before trying again; 503 with a Retry-After, since the
     * next attempt gets a fresh connection. Logged without the request body.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("database connection lost on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ResponseEntity<ProblemDetail> answer = respond(HttpStatus.SERVICE_UNAVAILABLE, "database.unavailable",
                text(request, "database.unavailable"), request, null);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, "5")
                .body(answer.getBody());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "integrity", text(request, "integrity"), request, null);
    }

    /**
     * No version of a rule table covers the date a request asked about (found by fuzzing: a check-in dated 0431-06-01
     * answered 500). The request's date, not the server, is what cannot be served, so 422 naming table and date; logged,
     * because rule data missing for a current date is also an operator's matter.
     */
    @ExceptionHandler(jp.tsunagu.rules.RuleNotFound.class)
    ResponseEntity<ProblemDetail> ruleNotFound(jp.tsunagu.rules.RuleNotFound e, HttpServletRequest request) {
        log.warn("no rule in force on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "rule.notInForce",
                text(request, "rule.notInForce", e.table(), String.valueOf(e.date())), request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (connectionLost(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", text(request, "unexpected"), request, null);
    }

    /**
     * Whether the failure is a lost database connection however it was wrapped (Hibernate reports a backend ended by
     * {@code pg_terminate_backend} as a generic JDBC failure): SQLSTATE class 08 (connection exception) or 57P01-57P03
     * (the server shutting down or not accepting connections).
     */
    static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> validation(HttpServletRequest request, List<FieldProblem> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + " / " + b).orElse("");
        return respond(HttpStatus.BAD_REQUEST, "validation", detail, request, errors);
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String code, String detail,
                                                  HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:tsunagu:problem:" + code));
        body.setTitle(text(request, "title." + status.value()));
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("code", code);
        if (errors != null) {
            body.setProperty("errors", errors.stream()
                    .map(f -> Map.of("field", f.field(), "rule", f.rule(), "message", f.message())).toList());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(PROBLEM);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
        return new ResponseEntity<>(body, headers, status);
    }

    private String fieldText(FieldError error, HttpServletRequest request) {
        try {
            return messages.getMessage(error, locale(request));
        } catch (NoSuchMessageException e) {
            return error.getField() + " " + error.getCode();
        }
    }

    private String text(HttpServletRequest request, String code, Object... args) {
        return messages.getMessage(code, args, code, locale(request));
    }

    private static String rule(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    private Locale locale(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    private static String path(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    record FieldProblem(String field, String rule, String message) {
    }
}
