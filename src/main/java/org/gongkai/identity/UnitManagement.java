package org.gongkai.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department's units: listed for everyone signed in, changed by system administrators only. */
@Service
@Transactional
public class UnitManagement {

	private final UnitRepository units;

	private final StaffAccountRepository staff;

	private final List<UnitRecords> owners;

	private final ApplicationEventPublisher events;

	UnitManagement(UnitRepository units, StaffAccountRepository staff, List<UnitRecords> owners,
			ApplicationEventPublisher events) {
		this.units = units;
		this.staff = staff;
		this.owners = owners;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<UnitView> all() {
		Map<Long, Long> staffCounts = staff.countPerUnit()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		return units.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.map(unit -> unit.toView(staffCounts.getOrDefault(unit.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<UnitView> active() {
		return all().stream().filter(UnitView::active).toList();
	}

	@Transactional(readOnly = true)
	public UnitView get(long id) {
		return find(id).toView(staff.countByUnitId(id));
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UnitView create(UnitForm form) {
		if (units.existsByCodeIgnoreCase(form.code())) {
			throw RuleViolation.conflict("code", "unit.code.taken", form.code());
		}
		if (units.existsByNameIgnoreCase(form.name().strip())) {
			throw RuleViolation.conflict("name", "unit.name.taken", form.name());
		}
		Unit unit = new Unit(form.code(), form.name().strip(), form.kind(), form.sortOrder());
		unit.nameInEnglish(form.englishName());
		unit = units.save(unit);
		events.publishEvent(AuditEvent.of("unit.created", "Unit", unit.getId(), "created unit " + unit.getName()));
		return unit.toView(0);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UnitView rename(long id, UnitForm form) {
		Unit unit = find(id);
		String oldName = unit.getName();
		String newName = form.name().strip();
		if (!oldName.equalsIgnoreCase(newName) && units.existsByNameIgnoreCase(newName)) {
			throw RuleViolation.conflict("name", "unit.name.taken", newName);
		}
		unit.rename(newName, form.kind(), form.sortOrder());
		unit.nameInEnglish(form.englishName());
		events.publishEvent(AuditEvent.of("unit.renamed", "Unit", id, oldName + " → " + newName + ", " + form.kind()));
		return get(id);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void deactivate(long id) {
		Unit unit = find(id);
		unit.deactivate();
		events.publishEvent(AuditEvent.of("unit.deactivated", "Unit", id, "deactivated unit " + unit.getName()));
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void activate(long id) {
		Unit unit = find(id);
		unit.activate();
		events.publishEvent(AuditEvent.of("unit.activated", "Unit", id, "reactivated unit " + unit.getName()));
	}

	/** Deletes a unit that owns nothing; one that owns records must be deactivated instead. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void delete(long id) {
		Unit unit = find(id);
		long owned = owners.stream().mapToLong(owner -> owner.countOwnedBy(id)).sum();
		if (owned > 0) {
			throw RuleViolation.conflict(null, "unit.delete.owns", unit.getName(), owned);
		}
		units.delete(unit);
		events.publishEvent(AuditEvent.of("unit.deleted", "Unit", id, "deleted unit " + unit.getName()));
	}

	Unit find(long id) {
		return units.findById(id).orElseThrow(() -> RuleViolation.notFound("unit.notFound", id));
	}

}
