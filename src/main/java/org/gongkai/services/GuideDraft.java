package org.gongkai.services;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff write for a service guide (办事指南), bound by the console form and the staff API. The eight mandatory
 * elements ({@link GuideElement}) may be blank in a draft: {@link GuideRules} names each one missing before the
 * guide may be published. Time limits are in working days.
 */
public record GuideDraft(@NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z-]+") String code,
		@Size(max = 300) String name, @Size(max = 40) String powerCode, Long unitId, @NotNull ItemLevel level,
		@NotNull HandlingKind kind, @NotNull ServiceTheme theme, Boolean forIndividuals, Boolean forEmployers,
		@Size(max = 4000) String legalBasis, @Size(max = 1000) @Pattern(regexp = "(https?://|/).*") String legalBasisUrl,
		@Size(max = 4000) String conditions, @Size(max = 2000) String locations, @Size(max = 1000) String hours,
		@Size(max = 100) String phone, @Size(max = 100) String complaintPhone,
		@Min(0) @Max(365) Integer statutoryDays, @Min(0) @Max(365) Integer promisedDays, Boolean feeFree,
		@Size(max = 1000) String fee, @Size(max = 1000) @Pattern(regexp = "https?://.*") String onlineUrl,
		@Min(0) @Max(10) Integer visits, @Size(max = 300) String resultName,
		@Valid @Size(max = 60) List<MaterialRow> materials, @Valid @Size(max = 30) List<StepRow> steps,
		@Valid @Size(max = 30) List<FaqRow> faqs) {

	/** Empty rows the console form offers after the filled ones (no script adds rows). */
	public static final int SPARE_ROWS = 3;

	/** A row of the materials table (办理材料). */
	public record MaterialRow(@Size(max = 300) String name, MaterialSource source, Medium medium,
			Necessity necessity, @Min(0) @Max(99) Integer copies, @Size(max = 1000) String notes, Boolean eLicence) {

		boolean blank() {
			return name == null || name.isBlank();
		}

	}

	/** A step of the process (办理流程) with its time limit in working days and its standard. */
	public record StepRow(@Size(max = 100) String name, @Min(0) @Max(365) Integer days,
			@Size(max = 1000) String standard) {

		boolean blank() {
			return name == null || name.isBlank();
		}

	}

	/** A frequently asked question (常见问题). */
	public record FaqRow(@Size(max = 1000) String question, @Size(max = 4000) String answer) {

		boolean blank() {
			return question == null || question.isBlank() || answer == null || answer.isBlank();
		}

	}

	public static GuideDraft empty() {
		return new GuideDraft("", "", "", null, ItemLevel.PROVINCIAL, HandlingKind.PROMISED, ServiceTheme.EMPLOYMENT,
				true, false, "", "", "", "", "", "", "", null, null, true, "", "", 1, "", List.of(), List.of(),
				List.of());
	}

	/** The materials filled in, in order. */
	public List<MaterialRow> filledMaterials() {
		return filled(materials).filter(m -> !m.blank()).toList();
	}

	public List<StepRow> filledSteps() {
		return filled(steps).filter(s -> !s.blank()).toList();
	}

	public List<FaqRow> filledFaqs() {
		return filled(faqs).filter(f -> !f.blank()).toList();
	}

	public boolean individuals() {
		return Boolean.TRUE.equals(forIndividuals);
	}

	public boolean employers() {
		return Boolean.TRUE.equals(forEmployers);
	}

	public boolean free() {
		return Boolean.TRUE.equals(feeFree);
	}

	/** Row {@code n} of the form's materials, blank past the filled ones. */
	public MaterialRow material(int n) {
		return materials != null && n < materials.size() && materials.get(n) != null ? materials.get(n)
				: new MaterialRow("", MaterialSource.APPLICANT, Medium.PAPER, Necessity.REQUIRED, 1, "", false);
	}

	public StepRow step(int n) {
		return steps != null && n < steps.size() && steps.get(n) != null ? steps.get(n) : new StepRow("", null, "");
	}

	public FaqRow faq(int n) {
		return faqs != null && n < faqs.size() && faqs.get(n) != null ? faqs.get(n) : new FaqRow("", "");
	}

	/** Rows the console form shows: up to the last filled one, then {@link #SPARE_ROWS} empty ones. */
	public int materialRows() {
		return rows(materials, m -> !m.blank());
	}

	public int stepRows() {
		return rows(steps, s -> !s.blank());
	}

	public int faqRows() {
		return rows(faqs, f -> !f.blank());
	}

	private static <T> int rows(List<T> rows, java.util.function.Predicate<T> filled) {
		int last = -1;
		for (int i = 0; rows != null && i < rows.size(); i++) {
			if (rows.get(i) != null && filled.test(rows.get(i))) {
				last = i;
			}
		}
		return last + 1 + SPARE_ROWS;
	}

	private static <T> Stream<T> filled(List<T> rows) {
		return rows == null ? Stream.empty() : rows.stream().filter(Objects::nonNull);
	}

}
