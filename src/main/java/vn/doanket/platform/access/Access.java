package vn.doanket.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a route. Every handler in the application declares one (on the method or its
 * class); a test fails for any route that does not, and an interceptor enforces it before the
 * handler runs.
 *
 * <p>{@code unit} names a path variable or request parameter holding a unit code: the unit must lie
 * in the caller's subtree, else 403. {@code roles} (any of) narrows who may call.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

    Level value();

    /** Name of the path variable or request parameter with a unit code that must be in the caller's subtree. */
    String unit() default "";

    /** Any of these roles; empty means any signed-in account. */
    Role[] roles() default {};

    enum Level {
        /** Anyone, without login (public portal, login page). */
        PUBLIC,
        /** Any signed-in account; unit checks happen by {@code unit} or in the handler. */
        SIGNED_IN
    }
}
