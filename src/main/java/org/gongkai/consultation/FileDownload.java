package org.gongkai.consultation;

import java.io.IOException;
import java.io.InputStream;

/** A public file to send: its name, type, size, SHA-256 (for caching) and a way to open its bytes. */
public record FileDownload(String fileName, String contentType, long sizeBytes, String sha256, Opener opener) {

	/** Opens the stored bytes. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

}
