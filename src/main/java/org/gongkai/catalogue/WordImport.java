package org.gongkai.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.zwobble.mammoth.DocumentConverter;

/**
 * A document body brought in from a Word file (.docx), the way staff actually write: converted to HTML by
 * mammoth (headings from the Word heading styles, lists, tables and emphasis kept, the Word formatting left
 * behind), then sanitised like every body ({@link RichText}). Images are left out (they belong in attachments, and
 * a linked one would load from elsewhere) and so is whatever the sanitiser refuses (scripts, unsafe links); the
 * result says what went, so that the editor is told. The file is refused when it is not a Word document by its
 * content, when it is larger than the limit, or when it inflates to more than {@link #MAX_INFLATED} bytes.
 */
@Component
public class WordImport {

	/** The form field the refusals name. */
	public static final String FIELD = "wordFile";

	/** A .docx is a zip: more than this unpacked is a zip bomb, not a letter. */
	static final long MAX_INFLATED = 200L * 1024 * 1024;

	private static final Set<String> CONTENT_TYPES = Set.of(FileTypes.DOCX.contentType(), "application/octet-stream",
			"application/zip", "application/x-zip-compressed", "");

	private final DraftingProperties properties;

	WordImport(DraftingProperties properties) {
		this.properties = properties;
	}

	/** What came out of the file: the sanitised body, and what was left out of it. */
	public record ImportedBody(String html, int imagesRemoved, boolean unsafeRemoved) {
	}

	public ImportedBody convert(String fileName, String contentType, byte[] content) {
		if (content == null || content.length == 0) {
			throw RuleViolation.invalid(FIELD, "docs.word.missing");
		}
		if (content.length > properties.maxWordImportSize().toBytes()) {
			throw RuleViolation.invalid(FIELD, "docs.word.tooLarge", properties.maxWordImportSize().toMegabytes());
		}
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
		if (FileTypes.byName(fileName).filter(t -> t == FileTypes.DOCX).isEmpty() || !CONTENT_TYPES.contains(type)
				|| !FileTypes.DOCX.matches(content)) {
			throw RuleViolation.invalid(FIELD, "docs.word.notWord");
		}
		if (inflatesBeyondLimit(content)) {
			throw RuleViolation.invalid(FIELD, "docs.word.unreadable");
		}
		AtomicInteger images = new AtomicInteger();
		String html;
		try {
			html = new DocumentConverter().imageConverter(image -> {
				images.incrementAndGet();
				return Map.of();
			}).convertToHtml(new ByteArrayInputStream(content)).getValue();
		}
		catch (IOException | RuntimeException ex) {
			throw RuleViolation.invalid(FIELD, "docs.word.unreadable");
		}
		org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
		parsed.outputSettings().prettyPrint(false);
		parsed.select("img").remove();
		// Word's bookmarks and footnote anchors: harmless, dropped by the sanitiser, not worth a warning.
		parsed.select("[id]").removeAttr("id");
		parsed.select("a[href^=#]").removeAttr("href");
		String withoutImages = parsed.body().html();
		String clean = RichText.sanitize(withoutImages);
		return new ImportedBody(clean, images.get(), !RichText.isSafe(withoutImages));
	}

	private static boolean inflatesBeyondLimit(byte[] content) {
		long total = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				total += drain(zip, buffer, MAX_INFLATED - total);
				if (total > MAX_INFLATED) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return true;
		}
	}

	/** Reads an entry to its end, stopping once past {@code budget}. */
	private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
		long read = 0;
		for (int n = in.read(buffer); n > 0 && read <= budget; n = in.read(buffer)) {
			read += n;
		}
		return read;
	}

}
