package org.gongkai.catalogue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The uploaded ZIP of attachment files, kept in a temporary file until the import has run and read one entry
 * at a time. Names written by Chinese Windows tools are GBK without the ZIP's UTF-8 flag, so a file whose
 * names are not valid UTF-8 is reopened as GBK. A row names a file by its path in the ZIP or, when that is
 * unique, by its bare name.
 */
final class AttachmentArchive implements AutoCloseable {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	private final ZipFile zip;

	private final Map<String, String> byPath = new HashMap<>();

	private final Map<String, List<String>> byName = new HashMap<>();

	private AttachmentArchive(Path file, ZipFile zip) {
		this.file = file;
		this.zip = zip;
		if (zip != null) {
			zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(this::index);
		}
	}

	static AttachmentArchive none() {
		return new AttachmentArchive(null, null);
	}

	/** Opens the ZIP at {@code file}, which is deleted on {@link #close()}; {@link ImportRejected} if not a ZIP. */
	static AttachmentArchive open(Path file) {
		try {
			return new AttachmentArchive(file, openWith(file, StandardCharsets.UTF_8));
		}
		catch (ZipException | IllegalArgumentException notUtf8) {
			try {
				return new AttachmentArchive(file, openWith(file, GB18030));
			}
			catch (IOException | IllegalArgumentException ex) {
				deleteQuietly(file);
				throw ImportRejected.file("import.archive.unreadable");
			}
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw ImportRejected.file("import.archive.unreadable");
		}
	}

	private static ZipFile openWith(Path file, Charset charset) throws IOException {
		ZipFile zip = new ZipFile(file.toFile(), charset);
		try {
			// Decoding every name now makes a wrong charset fail here rather than halfway through the import.
			zip.stream().forEach(ZipEntry::getName);
			return zip;
		}
		catch (IllegalArgumentException ex) {
			zip.close();
			throw ex;
		}
	}

	private void index(String path) {
		String normalised = path.replace('\\', '/');
		byPath.put(normalised, path);
		String name = normalised.substring(normalised.lastIndexOf('/') + 1);
		byName.computeIfAbsent(name, n -> new ArrayList<>()).add(path);
	}

	/** The entry a row's attachment name refers to, if exactly one. */
	Optional<String> find(String name) {
		String normalised = name.replace('\\', '/').strip();
		if (byPath.containsKey(normalised)) {
			return Optional.of(byPath.get(normalised));
		}
		List<String> candidates = byName.getOrDefault(normalised, Collections.emptyList());
		return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	/** The entry's bytes, at most {@code limit} + 1 of them (enough to tell that it is too large). */
	byte[] read(String entryName, long limit) {
		ZipEntry entry = zip.getEntry(entryName);
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + entryName + " from the uploaded ZIP", ex);
		}
	}

	@Override
	public void close() {
		if (zip != null) {
			try {
				zip.close();
			}
			catch (IOException ex) {
				// Only the temporary copy is left behind; it is deleted below.
			}
		}
		if (file != null) {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
