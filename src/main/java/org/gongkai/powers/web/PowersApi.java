package org.gongkai.powers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.common.RuleViolation;
import org.gongkai.powers.IntermediaryView;
import org.gongkai.powers.PowerDetails;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerRow;
import org.gongkai.powers.PowerStatus;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.Powers;
import org.gongkai.powers.Responsibility;
import org.gongkai.powers.StatusEventView;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public power list API: the list as of any day with its filters, and one item with its whole history. */
@RestController
@RequestMapping("/api/v1/powers")
@Tag(name = "Powers", description = "The power and responsibility list (权责清单), as of any date, with each item's history")
class PowersApi {

	private final Powers powers;

	PowersApi(Powers powers) {
		this.powers = powers;
	}

	/** A page of the list; {@code page} counts from 1; {@code asOf} is the day it stands on (null: today). */
	record ItemList(List<Item> items, int page, int size, long total, LocalDate asOf) {
	}

	@Schema(name = "PowerItem")
	record Item(String code, String name, PowerType type, PowerStatus status, LocalDate statusSince,
			long handlingUnitId, String implementingBody, boolean reviewForward, String url) {

		static Item of(PowerRow r) {
			return new Item(r.code(), r.name(), r.type(), r.status(), r.statusSince(), r.handlingUnitId(),
					r.implementingBody(), r.reviewForward(), "/powers/" + r.code());
		}

	}

	@Schema(name = "PowerBasis")
	record Basis(String lawName, String article, Long documentId, String documentUrl) {
	}

	@Schema(name = "PowerItemDetail")
	record Detail(String code, String name, PowerType type, PowerStatus status, LocalDate asOf,
			List<String> subItems, List<Basis> basis, String implementingBody, long handlingUnitId,
			boolean reviewForward, String finalApprovingBody, List<Responsibility> responsibilities,
			String accountability, String supervisionMethod, String supervisionPhone, String fees, String timeLimit,
			List<StatusEventView> history, List<IntermediaryView> intermediaryServices, String url) {

		static Detail of(PowerDetails d, Map<Long, DocumentSummary> laws) {
			List<Basis> basis = d.basis()
				.stream()
				.map(b -> new Basis(b.lawName(), b.article(), b.documentId(),
						b.documentId() != null && laws.containsKey(b.documentId())
								? "/catalogue/documents/" + b.documentId() : null))
				.toList();
			return new Detail(d.code(), d.name(), d.type(), d.status(), d.asOf(), d.subItems(), basis,
					d.implementingBody(), d.handlingUnitId(), d.reviewForward(), d.finalApprovingBody(),
					d.responsibilities(), d.accountability(), d.supervisionMethod(), d.supervisionPhone(), d.fees(),
					d.timeLimit(), d.history(), d.intermediaries(), "/powers/" + d.code());
		}

	}

	@GetMapping
	@Operation(summary = "The list as of a date (asOf, default today): each item with the status its latest event "
			+ "effective on or before that date gave it; filters type, unit, status, q (name or code)")
	ItemList list(@RequestParam(required = false) PowerType type, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) PowerStatus status,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<PowerRow> found = powers.page(new PowerFilter(type, unit, status, q, asOf), page - 1, size);
		return new ItemList(found.map(Item::of).getContent(), page, size, found.getTotalElements(), asOf);
	}

	@GetMapping("/{code}")
	@Operation(summary = "An item with every column, its status as of a date (asOf, default today) and its whole history")
	Detail get(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		PowerDetails item = powers.item(code, asOf).orElseThrow(() -> RuleViolation.notFound("powers.notFound", code));
		return Detail.of(item, powers.linkedLaws(item));
	}

}
