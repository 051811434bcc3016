package org.gongkai.publicity.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.gongkai.common.RuleViolation;
import org.gongkai.publicity.PenaltyCategory;
import org.gongkai.publicity.PublicFilter;
import org.gongkai.publicity.PublicRecord;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityLists;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public 双公示 API: published licensing and penalty decisions with the lists' filters, natural persons' names
 * and ID numbers masked exactly as on the pages.
 */
@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "Publicity", description = "双公示: published licensing (行政许可) and penalty (行政处罚) decisions; natural "
		+ "persons' names and ID numbers are masked")
class PublicityApi {

	private final PublicityLists lists;

	PublicityApi(PublicityLists lists) {
		this.lists = lists;
	}

	@Schema(name = "PublicityLicence", description = "A licensing decision; partyName and partyCode masked for a natural person")
	record Licence(String id, String decisionNumber, String itemName, String category, String content,
			String partyName, boolean naturalPerson, String partyCode, String authority, LocalDate decidedOn,
			LocalDate validFrom, LocalDate validUntil, String powerCode, LocalDate publishedOn, boolean late,
			LocalDate correctedOn, String url) {

		static Licence of(PublicRecord r) {
			return new Licence(r.publicId(), r.decisionNumber(), r.title(), r.licenceCategory(), r.content(),
					r.partyName(), r.naturalPerson(), r.partyCode(), r.authority(), r.decidedOn(), r.validFrom(),
					r.validUntil(), r.powerCode(), r.publishedOn(), r.late(), r.correctedOn(), r.path());
		}

	}

	@Schema(name = "PublicityPenalty", description = "A penalty decision; partyName and partyCode masked for a natural person")
	record Penalty(String id, String decisionNumber, String penaltyName, PenaltyCategory category, String facts,
			String basis, String result, String partyName, boolean naturalPerson, String partyCode, String authority,
			LocalDate decidedOn, String powerCode, LocalDate publishedOn, boolean late, LocalDate correctedOn,
			String url) {

		static Penalty of(PublicRecord r) {
			return new Penalty(r.publicId(), r.decisionNumber(), r.title(), r.penaltyCategory(), r.facts(), r.basis(),
					r.result(), r.partyName(), r.naturalPerson(), r.partyCode(), r.authority(), r.decidedOn(),
					r.powerCode(), r.publishedOn(), r.late(), r.correctedOn(), r.path());
		}

	}

	/** A page of a list; {@code page} counts from 1. */
	@Schema(name = "PublicityList")
	record ListPage<T>(List<T> items, int page, int size, long total) {
	}

	@GetMapping("/licensing")
	@Operation(summary = "Published licensing decisions, newest first; filters year (of the decision), item (power "
			+ "code), body (许可机关), q (decision number, item name, organisation name or credit code)")
	ListPage<Licence> licensing(@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) @Size(max = 40) String item,
			@RequestParam(required = false) @Size(max = 200) String body,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<PublicRecord> found = lists.page(PublicityKind.LICENSING, new PublicFilter(year, item, body, q),
				page - 1, size);
		return new ListPage<>(found.map(Licence::of).getContent(), page, size, found.getTotalElements());
	}

	@GetMapping("/penalties")
	@Operation(summary = "Published penalty decisions, newest first; filters year (of the decision), item (power "
			+ "code), body (处罚机关), q (decision number, penalty name, organisation name or credit code)")
	ListPage<Penalty> penalties(@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) @Size(max = 40) String item,
			@RequestParam(required = false) @Size(max = 200) String body,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<PublicRecord> found = lists.page(PublicityKind.PENALTY, new PublicFilter(year, item, body, q),
				page - 1, size);
		return new ListPage<>(found.map(Penalty::of).getContent(), page, size, found.getTotalElements());
	}

	@GetMapping("/licensing/{id}")
	@Operation(summary = "One published licensing decision")
	Licence licence(@PathVariable String id) {
		return lists.record(PublicityKind.LICENSING, id)
			.filter(r -> r.withdrawnOn() == null)
			.map(Licence::of)
			.orElseThrow(() -> RuleViolation.notFound("publicity.notFound"));
	}

	@GetMapping("/penalties/{id}")
	@Operation(summary = "One published penalty decision")
	Penalty penalty(@PathVariable String id) {
		return lists.record(PublicityKind.PENALTY, id)
			.filter(r -> r.withdrawnOn() == null)
			.map(Penalty::of)
			.orElseThrow(() -> RuleViolation.notFound("publicity.notFound"));
	}

}
