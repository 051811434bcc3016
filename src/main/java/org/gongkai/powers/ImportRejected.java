package org.gongkai.powers;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/** An import file that cannot be read at all (empty, not CSV or XLSX, no header): nothing was imported. */
class ImportRejected extends RuleViolation {

	ImportRejected(String messageKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, "file", arguments);
	}

}
