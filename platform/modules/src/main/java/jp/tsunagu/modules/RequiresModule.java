package jp.tsunagu.modules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a controller of a business module: every request must name an office ({@code {officeId}} in the
 * path) where the module is enabled, or it answers 404. Every controller under {@code modules/} carries it
 * (checked by the architecture tests).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresModule {
    /** The module key. */
    String value();
}
