package org.gongkai.catalogue.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.stereotype.Component;

/** Unit names for pages that hold unit ids, and the units a member may draft for (责任单位). */
@Component
class UnitNames {

	private final UnitManagement units;

	UnitNames(UnitManagement units) {
		this.units = units;
	}

	Map<Long, String> all() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

	String of(long unitId) {
		return all().getOrDefault(unitId, String.valueOf(unitId));
	}

	/** Editors draft for their own unit only; the disclosure office for any active unit. */
	List<UnitView> draftableBy(Me me) {
		if (me.office()) {
			return units.active();
		}
		return units.all().stream().filter(u -> u.id() == me.unitId()).toList();
	}

}
