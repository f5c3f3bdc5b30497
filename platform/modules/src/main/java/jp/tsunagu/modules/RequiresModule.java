package jp.tsunagu.modules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a controller of a business module: every request must name an office ({@code {officeId}} in the
 * path) where the module is enabled, or it answers 404. Every controller under {@code modules/} carries it
 * (checked by the architecture tests). A controller marked {@link #acrossOffices()} may also answer paths without
 * {@code {officeId}}: those serve the offices of the tenant where the module is on, and the controller itself leaves out
 * every other office.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresModule {
    /** The module key. */
    String value();

    /**
     * Whether the controller has tenant-wide paths (no {@code {officeId}}), such as a corporation's print of all its
     * offices: the guard lets them through, and the controller answers only for offices where the module is on (paths
     * with {@code {officeId}} are guarded as always).
     */
    boolean acrossOffices() default false;
}
