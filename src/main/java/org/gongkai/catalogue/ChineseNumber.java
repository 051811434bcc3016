package org.gongkai.catalogue;

import java.util.Optional;

/**
 * A number in Chinese numerals as laws number their articles (一, 十二, 一百二十, 一百零五, 两千) or in digits
 * (half or full width).
 */
final class ChineseNumber {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumber() {
	}

	static Optional<Integer> parse(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		if (text.chars().allMatch(Character::isDigit)) {
			StringBuilder ascii = new StringBuilder();
			text.chars().forEach(c -> ascii.append(Character.getNumericValue(c)));
			return ascii.length() > 9 ? Optional.empty() : Optional.of(Integer.parseInt(ascii.toString()));
		}
		int total = 0;
		int digit = -1;
		for (char c : text.toCharArray()) {
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> 0;
			};
			if (unit > 0) {
				// 十二: a unit with no digit before it counts once
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
				continue;
			}
			int value = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
			if (value < 0) {
				return Optional.empty();
			}
			digit = value;
		}
		return Optional.of(total + Math.max(digit, 0));
	}

}
