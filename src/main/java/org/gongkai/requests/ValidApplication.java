package org.gongkai.requests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules of an application that span fields: the check digit of a resident ID or credit code, the contact
 * person of an organisation, an e-mail address when the reply goes by e-mail, a postal address when it goes by
 * post, at least one requested item. Each violation names its field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ApplicationFormValidator.class)
public @interface ValidApplication {

	String message() default "{request.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
