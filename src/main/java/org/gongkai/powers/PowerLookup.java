package org.gongkai.powers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookup of a power item by its code, for other modules (service guides link to their item). */
@Service
@Transactional(readOnly = true)
public class PowerLookup {

	private final PowerItemRepository items;

	private final Clock clock;

	PowerLookup(PowerItemRepository items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/**
	 * The item with this code as it stands today (its status the latest one in effect; {@code null} status when
	 * its first status takes effect later), or empty when there is none.
	 */
	public Optional<PowerItemRef> current(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return items.findByCode(code.strip()).map(i -> i.ref(LocalDate.now(clock)));
	}

}
