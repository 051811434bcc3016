package org.gongkai.requests;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an application says (政府信息公开申请表), from the public form, the JSON API or staff registering a paper one.
 * Field names are the form's and the API's: violations name them.
 *
 * @param kind 自然人 or the organisation's kind
 * @param name the person's or the organisation's name
 * @param idType for a natural person; organisations give their unified social credit code in {@code idNumber}
 * @param contactPerson required for an organisation (联系人)
 * @param items one or more requested items; blank rows are ignored
 */
@ValidApplication
public record ApplicationForm(@NotNull ApplicantKind kind, @NotBlank @Size(max = 100) String name, IdType idType,
		@NotBlank @Size(max = 40) String idNumber, @Size(max = 50) String contactPerson,
		@NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]{5,30}") String phone,
		@Email @Size(max = 200) String email, @Size(max = 300) String address,
		@Pattern(regexp = "|[0-9]{6}") String postcode, @Valid @NotEmpty @Size(max = 20) List<Item> items,
		@Size(max = 2000) String purpose, @NotNull WantedForm wantedForm, @NotNull Delivery delivery) {

	public ApplicationForm {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * One requested item (所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述).
	 *
	 * @param documentNumber the document number (文号) if known
	 */
	@Schema(name = "ApplicationItem")
	public record Item(@Size(max = 2000) String description, @Size(max = 100) String documentNumber) {

		boolean blank() {
			return (description == null || description.isBlank())
					&& (documentNumber == null || documentNumber.isBlank());
		}

	}

}
