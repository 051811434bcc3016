package org.gongkai.powers;

import java.util.List;

import org.gongkai.common.UploadedSheet;

/**
 * An uploaded list as its rows, read as the catalogue's metadata import reads its file ({@link UploadedSheet}: XLSX,
 * or CSV in UTF-8 or GBK). A cell our export protected against formulas (a leading {@code '} before = + - @) is read
 * back without the quote, so that an exported list imports unchanged.
 */
final class PowerFile {

	static final int MAX_ROWS = 5_000;

	private PowerFile() {
	}

	static List<UploadedSheet.Line> read(byte[] content) {
		try {
			return UploadedSheet.read(content, MAX_ROWS).stream().map(PowerFile::unquoted).toList();
		}
		catch (UploadedSheet.Unreadable ex) {
			throw switch (ex.problem()) {
				case EMPTY -> new ImportRejected("powers.import.file.empty");
				case CSV -> new ImportRejected("powers.import.file.csv");
				case XLS, XLSX -> new ImportRejected("powers.import.file.xlsx");
				case TOO_MANY_ROWS -> new ImportRejected("powers.import.file.tooManyRows", MAX_ROWS);
			};
		}
	}

	private static UploadedSheet.Line unquoted(UploadedSheet.Line line) {
		return new UploadedSheet.Line(line.line(), line.cells().stream().map(PowerFile::unquoted).toList());
	}

	static String unquoted(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

}
