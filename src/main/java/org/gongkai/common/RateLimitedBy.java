package org.gongkai.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rate limit ({@code gongkai.rate-limits.<name>}) a handler method counts against, checked before its
 * request body is read or bound, so that a client over the limit costs no parsing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimitedBy {

	/** The limit's name, as given to {@link RateLimiter#check(String)}. */
	String value();

}
