package org.gongkai.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A unit's name as the reader's language writes it, for templates ({@code ${@units.name(c.unitId())}}): the
 * English name staff gave it on English pages, else the Chinese one. Views built by other modules carry only the
 * unit's id and Chinese name; the units are read once per request, however many rows a page lists.
 */
@Component("units")
public class UnitLabels {

	private static final String KEY = UnitLabels.class.getName();

	private final UnitManagement units;

	private final MessageSource messages;

	UnitLabels(UnitManagement units, MessageSource messages) {
		this.units = units;
		this.messages = messages;
	}

	/** The name of unit {@code id} in the reader's language; {@code null} for an unknown unit. */
	public String name(Long id) {
		UnitView unit = id == null ? null : byId().get(id);
		return unit == null ? null : unit.name(LocaleContextHolder.getLocale());
	}

	/**
	 * The names of the units called {@code names} (their Chinese names, which are unique) in the reader's language,
	 * for views that carry only the names; a name no unit has any more is shown as it is.
	 */
	public List<String> named(List<String> names) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, UnitView> byName = byId().values()
			.stream()
			.collect(Collectors.toMap(UnitView::name, Function.identity(), (a, b) -> a));
		return names.stream().map(name -> byName.containsKey(name) ? byName.get(name).name(locale) : name).toList();
	}

	/**
	 * A list of units staff typed (就业处、财务处) in the reader's language when every name in it is a unit's, else
	 * {@code null}: the text is then free text, shown as typed and marked Chinese.
	 */
	public String listed(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		List<String> names = Arrays.stream(typed.split("\u3001")).map(String::strip).toList();
		Set<String> known = byId().values().stream().map(UnitView::name).collect(Collectors.toSet());
		if (!known.containsAll(names)) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return String.join(messages.getMessage("list.separator", null, "\u3001", locale), named(names));
	}

	@SuppressWarnings("unchecked")
	private Map<Long, UnitView> byId() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object kept = request == null ? null : request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
		if (kept != null) {
			return (Map<Long, UnitView>) kept;
		}
		Map<Long, UnitView> read = units.all().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		if (request != null) {
			request.setAttribute(KEY, read, RequestAttributes.SCOPE_REQUEST);
		}
		return read;
	}

}
