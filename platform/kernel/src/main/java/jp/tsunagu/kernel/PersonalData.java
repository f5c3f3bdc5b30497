package jp.tsunagu.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint (a controller class or method) that shows or changes personal data (要配慮個人情報 and
 * staff data). Where the tenant requires a second factor (the default), a login without one reaches no such
 * endpoint: the token must show it ({@code amr}), or the answer is 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {
}
