package org.gongkai.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.common.FirstRows;
import org.springframework.stereotype.Component;

/**
 * 索引号: {@code <prefix>/<year>-<serial>}, e.g. {@code 000014349/2017-00110}. The serial row is locked while a
 * number is taken, so that two documents never get the same one; a number is permanent once published.
 */
@Component
class IndexNumbers {

	private static final Pattern GENERATED = Pattern.compile("(.+)/(\\d{4})-(\\d{1,9})");

	private final IndexSerialRepository serials;

	private final CatalogueProperties properties;

	private final FirstRows firstRows;

	IndexNumbers(IndexSerialRepository serials, CatalogueProperties properties, FirstRows firstRows) {
		this.serials = serials;
		this.properties = properties;
		this.firstRows = firstRows;
	}

	String next(int year) {
		return format(properties.indexPrefix(), year, serial(year).next(), properties.serialWidth());
	}

	/**
	 * Notes an imported number kept as given: when it has this site's prefix and format, later generated
	 * numbers of its year continue after it instead of colliding with it.
	 */
	void reserve(String imported) {
		Matcher m = GENERATED.matcher(imported);
		if (m.matches() && m.group(1).equals(properties.indexPrefix())) {
			serial(Integer.parseInt(m.group(2))).atLeast(Integer.parseInt(m.group(3)));
		}
	}

	private IndexSerial serial(int year) {
		String prefix = properties.indexPrefix();
		return serials.lock(prefix, year).orElseGet(() -> {
			firstRows.createIfAbsent(new IndexSerial(prefix, year));
			return serials.lock(prefix, year).orElseThrow();
		});
	}

	static String format(String prefix, int year, int serial, int width) {
		return prefix + "/" + year + "-" + String.format("%0" + width + "d", serial);
	}

}
