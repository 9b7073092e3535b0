package org.ketoplan.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message for the class of an exclusive {@code @ArgGroup} when two of its options are given, used instead of
 * picocli's "--a=&lt;a&gt;, --b=&lt;b&gt; are mutually exclusive (specify only one)": "{a}" and "{b}" are the first
 * two given, in the group's order (a nested group is named by its option that was given), e.g.
 * {@code @OneOf("{a}: not with {b}")}. See {@link Messages#exclusive}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OneOf {
    /** The message, with {a} and {b} for the two options given. */
    String value();
}
