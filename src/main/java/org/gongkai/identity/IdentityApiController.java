package org.gongkai.identity;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.gongkai.identity.StaffForms.NewStaff;
import org.gongkai.identity.StaffForms.StaffUpdate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for scripts: who am I, units, staff accounts. Same permissions as the console. */
@RestController
@RequestMapping("/api/v1/admin")
class IdentityApiController {

	private final UnitManagement units;

	private final StaffManagement staff;

	IdentityApiController(UnitManagement units, StaffManagement staff) {
		this.units = units;
		this.staff = staff;
	}

	@GetMapping("/me")
	Me me() {
		return CurrentStaff.require();
	}

	@GetMapping("/units")
	List<UnitView> units() {
		return units.all();
	}

	@PostMapping("/units")
	ResponseEntity<UnitView> createUnit(@Valid @RequestBody UnitForm form) {
		UnitView unit = units.create(form);
		return ResponseEntity.created(URI.create("/api/v1/admin/units/" + unit.id())).body(unit);
	}

	@GetMapping("/units/{id}")
	UnitView unit(@PathVariable long id) {
		return units.get(id);
	}

	@PutMapping("/units/{id}")
	UnitView renameUnit(@PathVariable long id, @Valid @RequestBody UnitForm form) {
		return units.rename(id, form);
	}

	@PostMapping("/units/{id}/deactivate")
	UnitView deactivateUnit(@PathVariable long id) {
		units.deactivate(id);
		return units.get(id);
	}

	@GetMapping("/users")
	List<StaffView> users() {
		return staff.visibleTo(CurrentStaff.require());
	}

	@PostMapping("/users")
	ResponseEntity<StaffView> createUser(@Valid @RequestBody NewStaff form) {
		StaffView created = staff.create(CurrentStaff.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.id())).body(created);
	}

	@GetMapping("/users/{id}")
	StaffView user(@PathVariable long id) {
		return staff.get(CurrentStaff.require(), id);
	}

	@PutMapping("/users/{id}")
	StaffView updateUser(@PathVariable long id, @Valid @RequestBody StaffUpdate form) {
		return staff.update(CurrentStaff.require(), id, form);
	}

}
