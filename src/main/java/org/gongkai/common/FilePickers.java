package org.gongkai.common;

import org.springframework.stereotype.Component;

/**
 * What a file picker offers, for templates ({@code th:accept="${@filePickers.publicFiles()}"}): exactly the types
 * {@link FileTypes} keeps, so that a picker never hides a type the server takes (OFD) nor offers one it refuses.
 */
@Component("filePickers")
public class FilePickers {

	public String publicFiles() {
		return FileTypes.accept();
	}

}
