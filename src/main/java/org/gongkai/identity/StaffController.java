package org.gongkai.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.StaffForms.NewStaff;
import org.gongkai.identity.StaffForms.PasswordReset;
import org.gongkai.identity.StaffForms.StaffUpdate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: staff accounts (system administrators for all units, unit heads for their own). */
@Controller
@RequestMapping("/admin/users")
class StaffController {

	private final StaffManagement staff;

	private final UnitManagement units;

	StaffController(StaffManagement staff, UnitManagement units) {
		this.staff = staff;
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", staff.visibleTo(CurrentStaff.require()));
		return "identity/users";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Me me = CurrentStaff.require();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewStaff("", "", "", me.admin() ? null : me.unitId(), Set.of(), ""));
		}
		return formModel(me, model, "identity/user-new");
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewStaff form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (!errors.hasErrors()) {
			try {
				StaffView created = staff.create(me, form);
				redirect.addFlashAttribute("flash", Notice.of("staff.created", created.username()));
				return "redirect:/admin/users";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return formModel(me, model, "identity/user-new");
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Me me = CurrentStaff.require();
		StaffView account = staff.get(me, id);
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StaffUpdate.of(account));
		}
		model.addAttribute("reset", new PasswordReset(""));
		return ownAccount(me, account, formModel(me, model, "identity/user-edit"), model);
	}

	/**
	 * On one's own account the roles that open personal data are never offered: a second person grants them. On
	 * someone else's, the reset form says beforehand which roles a reset suspends ({@link PasswordResets}).
	 */
	private static String ownAccount(Me me, StaffView account, String view, Model model) {
		boolean other = PasswordResets.byOther(me, account.id());
		model.addAttribute("resetByOther", other);
		model.addAttribute("resetSuspends",
				other ? PasswordResets.suspended(account.roles()).stream().sorted().toList() : List.of());
		if (account.id() == me.id()) {
			@SuppressWarnings("unchecked")
			List<Role> grantable = (List<Role>) model.getAttribute("grantable");
			model.addAttribute("grantable", grantable.stream().filter(role -> !role.opensPersonalData()).toList());
		}
		return view;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffUpdate form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				StaffView saved = staff.update(CurrentStaff.require(), id, form);
				redirect.addFlashAttribute("flash", Notice.of("staff.saved", saved.username()));
				return "redirect:/admin/users";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return edit(id, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("reset") PasswordReset reset,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (!errors.hasErrors()) {
			try {
				boolean suspended = !staff.resetPassword(me, id, reset.password()).isEmpty();
				redirect.addFlashAttribute("flash", Notice.of(suspended ? "staff.password.resetSuspended"
						: "staff.password.reset", staff.get(me, id).username()));
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		StaffView account = staff.get(me, id);
		model.addAttribute("account", account);
		model.addAttribute("form", StaffUpdate.of(account));
		return ownAccount(me, account, formModel(me, model, "identity/user-edit"), model);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		staff.unlock(me, id);
		redirect.addFlashAttribute("flash", Notice.of("staff.unlocked", staff.get(me, id).username()));
		return "redirect:/admin/users/" + id;
	}

	private String formModel(Me me, Model model, String view) {
		List<UnitView> choosable = units.active()
			.stream()
			.filter(u -> me.admin() || me.officeHead() || u.id() == me.unitId())
			.toList();
		model.addAttribute("units", choosable);
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("grantable", staff.grantableBy(me));
		return view;
	}

}
