package org.gongkai.requests;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidApplication}: every broken rule is reported on its own field, all at once. */
class ApplicationFormValidator implements ConstraintValidator<ValidApplication, ApplicationForm> {

	@Override
	public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		if (form.kind() == ApplicantKind.NATURAL_PERSON) {
			if (form.idType() == null) {
				valid = violation(context, "idType", "{request.idType.required}");
			}
			else if (form.idType() == IdType.RESIDENT_ID && notBlank(form.idNumber())
					&& !IdentityNumbers.validResidentId(form.idNumber())) {
				valid = violation(context, "idNumber", "{request.idNumber.residentId}");
			}
		}
		else if (form.kind() != null) {
			if (notBlank(form.idNumber()) && !IdentityNumbers.validCreditCode(form.idNumber())) {
				valid = violation(context, "idNumber", "{request.idNumber.creditCode}");
			}
			if (!notBlank(form.contactPerson())) {
				valid = violation(context, "contactPerson", "{request.contactPerson.required}");
			}
		}
		if ((form.delivery() == Delivery.EMAIL || form.wantedForm() == WantedForm.EMAIL) && !notBlank(form.email())) {
			valid = violation(context, "email", "{request.email.required}");
		}
		if (form.delivery() == Delivery.POST && !notBlank(form.address())) {
			valid = violation(context, "address", "{request.address.required}");
		}
		boolean anyItem = false;
		for (int i = 0; i < form.items().size(); i++) {
			ApplicationForm.Item item = form.items().get(i);
			if (item == null || item.blank()) {
				continue;
			}
			anyItem = true;
			if (!notBlank(item.description())) {
				valid = violation(context, "items[" + i + "].description", "{request.item.description.required}");
			}
		}
		if (!anyItem) {
			valid = violation(context, "items[0].description", "{request.items.required}");
		}
		return valid;
	}

	private static boolean violation(ConstraintValidatorContext context, String field, String template) {
		context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
		return false;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
