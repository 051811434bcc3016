package org.gongkai.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Forms of staff management; bound by pages and the API, never the entity. */
public final class StaffForms {

	private StaffForms() {
	}

	/** A new account with its first password. */
	public record NewStaff(
			@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,40}", message = "{staff.username.pattern}") String username,
			@NotBlank @Size(max = 100) String displayName, @Email @Size(max = 200) String email, @NotNull Long unitId,
			@NotEmpty(message = "{staff.roles.empty}") Set<Role> roles, @NotBlank String password) {

		public static NewStaff empty() {
			return new NewStaff("", "", "", null, Set.of(), "");
		}

	}

	/** Changes to an existing account. */
	public record StaffUpdate(@NotBlank @Size(max = 100) String displayName, @Email @Size(max = 200) String email,
			@NotNull Long unitId, @NotEmpty(message = "{staff.roles.empty}") Set<Role> roles, boolean enabled) {

		static StaffUpdate of(StaffView view) {
			return new StaffUpdate(view.displayName(), view.email(), view.unitId(), view.roles(), view.enabled());
		}

	}

	/** A new password set by an administrator or unit head. */
	public record PasswordReset(@NotBlank String password) {
	}

	/** A staff member changing their own password. */
	public record PasswordChange(@NotBlank String currentPassword, @NotBlank String password,
			@NotBlank String confirmation) {

		public static PasswordChange empty() {
			return new PasswordChange("", "", "");
		}

	}

}
