package org.gongkai.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Public files (catalogue attachments, consultation drafts, decision evidence) on disk under {@code <data-dir>/files}, named by their SHA-256 (ab/cd/abcd…): the same
 * bytes are stored once, and a name can never be guessed or collide.
 */
@Component
public class FileStore {

	private final Path root;

	FileStore(@Value("${gongkai.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "files");
	}

	/** Stores the bytes (once, however often they arrive) and returns their SHA-256, the file's name. */
	public String store(byte[] content) {
		String sha256 = sha256(content);
		Path target = pathOf(sha256);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store the file", ex);
		}
		return sha256;
	}

	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
