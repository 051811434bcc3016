package org.gongkai.requests.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import org.gongkai.requests.ApplicationForm;

/**
 * The application's checks (bean validation of {@link ApplicationForm}, its class-level {@code @ValidApplication}
 * included) shown on the public form: each violation next to the page's own field, worded with the field's label,
 * and the summary at the top of the page that links to each field.
 */
@Component
class ApplicationErrors {

	private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.(description|documentNumber)");

	private static final Set<String> REQUIRED = Set.of("NotBlank", "NotNull", "NotEmpty");

	private final Validator validator;

	private final MessageSource messages;

	ApplicationErrors(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/** One line of the error summary: where it links to, and the message with the field's label. */
	record Link(String anchor, String text) {
	}

	/**
	 * Validates the application the page makes and puts every violation on the page's field. A missing value is
	 * reported alone: an empty phone number is not also in the wrong format.
	 */
	void validate(ApplyForm form, BindingResult errors) {
		Map<String, List<ConstraintViolation<ApplicationForm>>> byField = new LinkedHashMap<>();
		for (ConstraintViolation<ApplicationForm> violation : validator.validate(form.toApplication())) {
			String field = form.pageField(violation.getPropertyPath().toString());
			if (field != null) {
				byField.computeIfAbsent(field, f -> new ArrayList<>()).add(violation);
			}
		}
		byField.forEach((field, violations) -> {
			List<ConstraintViolation<ApplicationForm>> shown = violations.stream().filter(ApplicationErrors::missing)
				.limit(1)
				.toList();
			(shown.isEmpty() ? violations : shown).forEach(violation -> reject(errors, field, violation));
		});
	}

	/**
	 * The error summary's lines, in the order of the page. The messages name their field; an item's and a file's
	 * also say which item or that it is about the attachments.
	 */
	List<Link> summary(BindingResult errors, Locale locale) {
		List<Link> links = new ArrayList<>();
		for (ObjectError error : errors.getGlobalErrors()) {
			links.add(new Link("apply-form", messages.getMessage(error, locale)));
		}
		List<FieldError> fields = new ArrayList<>(errors.getFieldErrors());
		fields.sort((a, b) -> Integer.compare(order(a.getField()), order(b.getField())));
		for (FieldError error : fields) {
			String text = messages.getMessage(error, locale);
			if (ITEM.matcher(error.getField()).matches() || error.getField().equals("files")) {
				text = messages.getMessage("apply.errors.line",
						new Object[] { messages.getMessage(label(error.getField()), locale), text }, locale);
			}
			links.add(new Link(anchor(error.getField()), text));
		}
		return links;
	}

	/** The id of the element a field's error links to (the first radio button of a group). */
	static String anchor(String field) {
		Matcher item = ITEM.matcher(field);
		if (item.matches()) {
			return "item-" + item.group(1) + "-" + item.group(2);
		}
		return switch (field) {
			case "kind" -> "kind-NATURAL_PERSON";
			case "wantedForm" -> "wantedForm-PAPER";
			case "delivery" -> "delivery-POST";
			case "items" -> "item-0-description";
			default -> field;
		};
	}

	private static final List<String> ORDER = List.of("kind", "personName", "idType", "idNumber", "orgName",
			"creditCode", "contactPerson", "phone", "email", "address", "postcode", "items", "item", "purpose",
			"wantedForm", "delivery", "files", "submissionKey");

	private static int order(String field) {
		Matcher item = ITEM.matcher(field);
		if (item.matches()) {
			return ORDER.indexOf("item") * 1000 + Integer.parseInt(item.group(1)) * 2
					+ (item.group(2).equals("description") ? 0 : 1);
		}
		int index = ORDER.indexOf(field);
		return (index < 0 ? ORDER.size() : index) * 1000;
	}

	private static MessageSourceResolvable label(String field) {
		Matcher item = ITEM.matcher(field);
		if (item.matches()) {
			return new DefaultMessageSourceResolvable(new String[] { "apply.field.item." + item.group(2) },
					new Object[] { Integer.parseInt(item.group(1)) + 1 }, field);
		}
		return new DefaultMessageSourceResolvable(new String[] { "apply.field." + field }, null, field);
	}

	private static String generic(String field) {
		Matcher item = ITEM.matcher(field);
		return item.matches() ? "item." + item.group(2) : field;
	}

	private static boolean missing(ConstraintViolation<ApplicationForm> violation) {
		return REQUIRED.contains(constraint(violation));
	}

	private static String constraint(ConstraintViolation<ApplicationForm> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
	}

	private static void reject(BindingResult errors, String field, ConstraintViolation<ApplicationForm> violation) {
		String template = violation.getMessageTemplate();
		String[] codes;
		Object[] arguments;
		if (template.startsWith("{request.")) {
			codes = new String[] { template.substring(1, template.length() - 1) };
			arguments = new Object[0];
		}
		else {
			String constraint = constraint(violation);
			codes = new String[] { "apply.invalid." + generic(field) + "." + constraint, "apply.invalid." + constraint };
			arguments = new Object[] { label(field), violation.getConstraintDescriptor().getAttributes().get("max") };
		}
		reject(errors, field, codes, arguments, violation.getMessage());
	}

	private static void reject(BindingResult errors, String field, String[] codes, Object[] arguments,
			String defaultMessage) {
		if (new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field)) {
			Object value = errors.getRawFieldValue(field);
			errors.addError(new FieldError(errors.getObjectName(), field, value, false, codes, arguments,
					defaultMessage));
		}
		else {
			errors.addError(new ObjectError(errors.getObjectName(), codes, arguments, defaultMessage));
		}
	}

}
