package org.gongkai.interpretation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.common.RuleViolation;
import org.gongkai.interpretation.InterpretationFilter;
import org.gongkai.interpretation.InterpretationForm;
import org.gongkai.interpretation.InterpretationSummary;
import org.gongkai.interpretation.InterpretationView;
import org.gongkai.interpretation.Interpretations;
import org.gongkai.interpretation.QaPair;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public interpretations API: published interpretations, of one policy ({@code ?policy=}) or all of them with
 * the list's filters, and one interpretation with its content and the policy it explains.
 */
@RestController
@RequestMapping("/api/v1/interpretations")
@Tag(name = "Interpretations", description = "Published policy interpretations (政策解读) and their policies")
class InterpretationsApi {

	private final Interpretations interpretations;

	InterpretationsApi(Interpretations interpretations) {
		this.interpretations = interpretations;
	}

	/** A page of the list; {@code page} counts from 1. */
	record ItemList(List<Item> items, int page, int size, long total) {
	}

	@Schema(name = "InterpretationItem")
	record Item(long id, String title, InterpretationForm form, long policyId, String policyTitle, long documentId,
			String interpreter, Instant publishedAt, String url, String policyUrl) {

		static Item of(InterpretationSummary s) {
			return new Item(s.id(), s.title(), s.form(), s.policyId(), s.policyTitle(), s.documentId(),
					s.interpreterName(), s.publishedAt(), "/interpretations/" + s.id(),
					"/catalogue/documents/" + s.policyId());
		}

	}

	@Schema(name = "InterpretationDetail")
	record Detail(long id, String title, InterpretationForm form, long policyId, String policyTitle,
			String policyIndexNumber, long documentId, String indexNumber, String unit, String interpreterName,
			String interpreterTitle, String mediaUrl, List<QaPair> questions, String summary, String body,
			List<String> images, Instant publishedAt, String url, String policyUrl) {

		static Detail of(InterpretationView v) {
			var i = v.interpretation();
			return new Detail(i.id(), i.title(), i.form(), i.policyId(), i.policyTitle(),
					v.policy() == null ? null : v.policy().indexNumber(), i.documentId(), v.document().indexNumber(),
					v.unitName(), i.interpreterName(), i.interpreterTitle(), i.mediaUrl(), i.questions(),
					v.document().summary(), v.document().body(),
					v.images().stream().map(a -> "/catalogue/attachments/" + a.id()).toList(), i.publishedAt(),
					"/interpretations/" + i.id(), "/catalogue/documents/" + i.policyId());
		}

	}

	@GetMapping
	@Operation(summary = "Published interpretations, newest first; of one policy with ?policy={documentId}")
	ItemList list(@RequestParam(required = false) Long policy, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) InterpretationForm form,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (from != null && to != null && to.isBefore(from)) {
			throw RuleViolation.invalid("to", "interpretation.filter.toBeforeFrom");
		}
		Page<InterpretationSummary> found = interpretations
			.publicPage(new InterpretationFilter(policy, unit, form, from, to), page - 1, size);
		return new ItemList(found.map(Item::of).getContent(), page, size, found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A published interpretation with its content and its policy")
	Detail get(@PathVariable long id) {
		return Detail.of(interpretations.publicView(id)
			.orElseThrow(() -> RuleViolation.notFound("interpretation.notFound", id)));
	}

}
