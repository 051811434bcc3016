package org.gongkai.catalogue.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.ExemptionGround;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.UnitView;
import org.springframework.context.MessageSource;

/**
 * The words an import file may use for units, categories, document types and the fixed lists: a unit or
 * category by its name or code, the fixed values by their Chinese or English label (as the catalogue shows
 * them) or their code, plus the spellings older sites use (已废止, 已修改).
 */
final class Vocabulary {

	private static final Map<String, Validity> VALIDITY_ALIASES = Map.of("已废止", Validity.REPEALED, "已失效",
			Validity.EXPIRED, "已修改", Validity.AMENDED, "修订", Validity.AMENDED, "修改", Validity.AMENDED);

	private final Map<String, Long> units = new HashMap<>();

	private final Map<String, Long> categories = new HashMap<>();

	private final List<String> documentTypes;

	private final Map<String, Disclosure> disclosures;

	private final Map<String, ExemptionGround> grounds;

	private final Map<String, Validity> validities;

	Vocabulary(List<UnitView> unitList, List<CategoryView> categoryList, List<String> documentTypes,
			MessageSource messages) {
		unitList.forEach(u -> {
			units.put(key(u.code()), u.id());
			units.put(key(u.name()), u.id());
		});
		categoryList.forEach(c -> {
			categories.put(key(c.code()), c.id());
			categories.put(key(c.name()), c.id());
		});
		this.documentTypes = List.copyOf(documentTypes);
		this.disclosures = labels(Disclosure.values(), Disclosure::messageKey, messages);
		this.grounds = labels(ExemptionGround.values(), ExemptionGround::messageKey, messages);
		this.validities = labels(Validity.values(), Validity::messageKey, messages);
		VALIDITY_ALIASES.forEach((alias, validity) -> validities.put(key(alias), validity));
	}

	Optional<Long> unit(String text) {
		return Optional.ofNullable(units.get(key(text)));
	}

	Optional<Long> category(String text) {
		return Optional.ofNullable(categories.get(key(text)));
	}

	Optional<String> documentType(String text) {
		return documentTypes.stream().filter(t -> t.equals(text.strip())).findFirst();
	}

	/** 公开方式; blank means 主动公开. */
	Optional<Disclosure> disclosure(String text) {
		return text.isBlank() ? Optional.of(Disclosure.PROACTIVE) : Optional.ofNullable(disclosures.get(key(text)));
	}

	Optional<ExemptionGround> ground(String text) {
		return Optional.ofNullable(grounds.get(key(text)));
	}

	/** 有效性; blank means 有效. */
	Optional<Validity> validity(String text) {
		return text.isBlank() ? Optional.of(Validity.VALID) : Optional.ofNullable(validities.get(key(text)));
	}

	List<String> documentTypes() {
		return documentTypes;
	}

	private static <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> messageKey,
			MessageSource messages) {
		Map<String, E> byLabel = new HashMap<>();
		Arrays.stream(values).forEach(value -> {
			byLabel.put(key(value.name()), value);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				byLabel.put(key(messages.getMessage(messageKey.apply(value), null, value.name(), locale)), value);
			}
		});
		return byLabel;
	}

	private static String key(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

}
