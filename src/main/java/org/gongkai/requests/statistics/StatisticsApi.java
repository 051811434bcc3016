package org.gongkai.requests.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.AnnualStatistics;
import org.gongkai.requests.RequestStatistics;

/**
 * Staff API of the annual statistics (disclosure office only): JSON, CSV and XLSX. A malformed or out-of-range year
 * is a 400 problem naming the field {@code year}; anyone but the office gets 403.
 */
@RestController
@RequestMapping("/api/v1/admin/requests")
@Tag(name = "Staff: request statistics", description = "The annual report's Table B (applications by applicant "
		+ "kind and result) and Table C (reconsideration and litigation), their consistency checks and timeliness")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class StatisticsApi {

	private static final String YEAR = "Four digits, 2008 to next year; default: last year until 31 January, then "
			+ "this year";

	private final RequestStatistics statistics;

	private final StatisticsFiles files;

	StatisticsApi(RequestStatistics statistics, StatisticsFiles files) {
		this.statistics = statistics;
		this.files = files;
	}

	@GetMapping("/statistics")
	@Operation(summary = "A year's Tables B and C, the consistency checks and the timeliness figures",
			description = "Table B counts each application once, in its applicant kind's column: 'received' in the "
					+ "year of receipt, 'carriedOver' when received earlier and not concluded before the year, "
					+ "'results' by report row in the year of its reply (or closure without one), "
					+ "'carriedForward' when not concluded by the year's end. Table C counts appeals decided in the "
					+ "year by outcome and those still pending at its end.")
	AnnualStatistics json(@Parameter(description = YEAR, schema = @Schema(type = "integer", example = "2025"))
	@RequestParam(required = false) String year) {
		return StatisticsYear.load(CurrentStaff.require(), year, statistics);
	}

	@GetMapping("/statistics.csv")
	@Operation(summary = "The same as CSV (UTF-8 with a byte-order mark, the tables one after another, Chinese "
			+ "labels)")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<byte[]> csv(@Parameter(description = YEAR, schema = @Schema(type = "integer", example = "2025"))
	@RequestParam(required = false) String year) {
		return files.csv(StatisticsYear.load(CurrentStaff.require(), year, statistics));
	}

	@GetMapping("/statistics.xlsx")
	@Operation(summary = "The same as an Excel workbook: one sheet per table, Chinese labels")
	@ApiResponse(responseCode = "200", content = @Content(
			mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	ResponseEntity<byte[]> xlsx(@Parameter(description = YEAR, schema = @Schema(type = "integer", example = "2025"))
	@RequestParam(required = false) String year) {
		return files.xlsx(StatisticsYear.load(CurrentStaff.require(), year, statistics));
	}

}
