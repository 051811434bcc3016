package org.gongkai.requests;

import java.util.Locale;
import java.util.Optional;

/**
 * The file types an applicant may send (PDF, JPEG, PNG), recognised by their content as well as their name: a file
 * whose bytes do not match its extension is refused.
 */
enum ApplicantFileTypes {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }, "pdf"),
	JPEG("image/jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, "jpg", "jpeg"),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, "png");

	private final String contentType;

	private final byte[] magic;

	private final String[] extensions;

	ApplicantFileTypes(String contentType, byte[] magic, String... extensions) {
		this.contentType = contentType;
		this.magic = magic;
		this.extensions = extensions;
	}

	String contentType() {
		return contentType;
	}

	/** The type the name claims, if it is one accepted. */
	static Optional<ApplicantFileTypes> byName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
		for (ApplicantFileTypes type : values()) {
			for (String candidate : type.extensions) {
				if (candidate.equals(extension)) {
					return Optional.of(type);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the bytes really are of this type. */
	boolean matches(byte[] content) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
