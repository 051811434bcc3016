package org.gongkai.powers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item-code rule of {@link PowersProperties#codeRule()}: the prefix an item of a type gets (everything before
 * the serial) and the serial's width; a code given by staff or an import must have exactly this shape.
 */
final class CodeRule {

	private static final Pattern SEQ = Pattern.compile("\\{seq:([1-9])\\}");

	private final String rule;

	private final String region;

	private final String department;

	CodeRule(PowersProperties properties) {
		this.rule = properties.codeRule();
		this.region = properties.regionCode();
		this.department = properties.departmentCode();
	}

	/** What the code of an item of this type starts with: everything before the serial, placeholders filled. */
	String prefix(PowerType type) {
		Matcher seq = SEQ.matcher(rule);
		seq.find();
		return fill(rule.substring(0, seq.start()), type);
	}

	int serialWidth() {
		Matcher seq = SEQ.matcher(rule);
		seq.find();
		return Integer.parseInt(seq.group(1));
	}

	/** The code of serial {@code n} of this type. */
	String code(PowerType type, int n) {
		Matcher seq = SEQ.matcher(rule);
		seq.find();
		String serial = String.format("%0" + serialWidth() + "d", n);
		return prefix(type) + serial + fill(rule.substring(seq.end()), type);
	}

	/** Whether {@code code} has the shape of the rule for an item of this type. */
	boolean fits(String code, PowerType type) {
		if (code == null || type == null) {
			return false;
		}
		Matcher seq = SEQ.matcher(rule);
		seq.find();
		String pattern = Pattern.quote(prefix(type)) + "\\d{" + serialWidth() + "}"
				+ Pattern.quote(fill(rule.substring(seq.end()), type));
		return code.matches(pattern);
	}

	/** The serial of a code that fits the rule. */
	int serialOf(String code, PowerType type) {
		String prefix = prefix(type);
		return Integer.parseInt(code.substring(prefix.length(), prefix.length() + serialWidth()));
	}

	private String fill(String part, PowerType type) {
		return part.replace("{region}", region).replace("{department}", department).replace("{type}", type.typeCode());
	}

}
