package org.gongkai.services;

import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;

/** The blank forms and examples a guide offers: the public file types, recognised by their content. */
final class MaterialFiles {

	/** Forms are short documents; a bigger file is a mistake (a scan of a whole case). */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private MaterialFiles() {
	}

	/** The file's clean name, when it may be offered for download. */
	static String check(String fileName, byte[] content) {
		String name = FileTypes.cleanName(fileName)
			.orElseThrow(() -> RuleViolation.invalid("file", "services.file.name"));
		if (content == null || content.length == 0) {
			throw RuleViolation.invalid("file", "services.file.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw RuleViolation.invalid("file", "services.file.tooLarge", name, MAX_BYTES / 1024 / 1024);
		}
		FileTypes.of(name, content).orElseThrow(() -> RuleViolation.invalid("file", "services.file.type", name));
		return name;
	}

}
