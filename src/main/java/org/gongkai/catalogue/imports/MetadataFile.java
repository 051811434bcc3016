package org.gongkai.catalogue.imports;

import java.util.List;

import org.gongkai.common.UploadedSheet;

/**
 * The uploaded metadata file as its rows ({@link UploadedSheet}: XLSX, or CSV in UTF-8 or GBK), with the import's
 * own messages for a file that cannot be read at all.
 */
final class MetadataFile {

	static final int MAX_ROWS = 10_000;

	private MetadataFile() {
	}

	/** The non-blank rows of the file; {@link ImportRejected} when it cannot be read at all. */
	static List<UploadedSheet.Line> read(byte[] content) {
		try {
			return UploadedSheet.read(content, MAX_ROWS);
		}
		catch (UploadedSheet.Unreadable ex) {
			throw switch (ex.problem()) {
				case EMPTY -> ImportRejected.file("import.file.empty");
				case XLS -> ImportRejected.file("import.file.xls");
				case CSV -> ImportRejected.file("import.file.csv");
				case XLSX -> ImportRejected.file("import.file.xlsx");
				case TOO_MANY_ROWS -> ImportRejected.file("import.file.tooManyRows", MAX_ROWS);
			};
		}
	}

}
