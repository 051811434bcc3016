package org.gongkai.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applicants' files on disk under {@code <data-dir>/request-files}, each under a random key (ab/abcd…), written
 * owner-only. Not content-addressed like the catalogue's public attachments: a file is deleted again when its
 * application fails to save, and no other application may share it.
 */
@Component
class ApplicantFileStore {

	private static final Logger log = LoggerFactory.getLogger(ApplicantFileStore.class);

	private final Path root;

	ApplicantFileStore(@Value("${gongkai.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "request-files");
	}

	String store(byte[] content) {
		String key = UUID.randomUUID().toString().replace("-", "");
		Path target = pathOf(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store the applicant's file", ex);
		}
		return key;
	}

	InputStream open(String key) throws IOException {
		return Files.newInputStream(pathOf(key));
	}

	boolean exists(String key) {
		return Files.exists(pathOf(key));
	}

	/** Removes a file whose application was not saved; a failure only leaves an orphan behind, so it is logged. */
	void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			log.warn("could not delete the unsaved applicant file {}", key, ex);
		}
	}

	private Path pathOf(String key) {
		if (!key.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

}
