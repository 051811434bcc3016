package org.gongkai.catalogue;

import org.springframework.stereotype.Component;

/**
 * 索引号: {@code <prefix>/<year>-<serial>}, e.g. {@code 000014349/2017-00110}. The serial row is locked while a
 * number is taken, so that two documents never get the same one; a number is permanent once published.
 */
@Component
class IndexNumbers {

	private final IndexSerialRepository serials;

	private final CatalogueProperties properties;

	IndexNumbers(IndexSerialRepository serials, CatalogueProperties properties) {
		this.serials = serials;
		this.properties = properties;
	}

	String next(int year) {
		String prefix = properties.indexPrefix();
		IndexSerial serial = serials.lock(prefix, year).orElseGet(() -> serials.saveAndFlush(new IndexSerial(prefix, year)));
		return format(prefix, year, serial.next(), properties.serialWidth());
	}

	static String format(String prefix, int year, int serial, int width) {
		return prefix + "/" + year + "-" + String.format("%0" + width + "d", serial);
	}

}
