package org.gongkai.requests.statistics;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.AnnualStatistics;
import org.gongkai.requests.RequestStatistics;

/**
 * The console page 依申请公开统计 (disclosure office): a year's Tables B and C laid out like the annual report, the
 * consistency checks, the timeliness figures and the downloads. A bad year is shown next to the year field.
 */
@Controller
@RequestMapping("/admin/requests")
class StatisticsConsole {

	private final RequestStatistics statistics;

	private final StatisticsFiles files;

	StatisticsConsole(RequestStatistics statistics, StatisticsFiles files) {
		this.statistics = statistics;
		this.files = files;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		model.addAttribute("yearText", year == null || year.isBlank() ? String.valueOf(statistics.defaultYear()) : year);
		model.addAttribute("firstYear", RequestStatistics.FIRST_YEAR);
		model.addAttribute("latestYear", statistics.latestYear());
		model.addAttribute("currentYear", statistics.latestYear() - 1);
		try {
			AnnualStatistics stats = StatisticsYear.load(CurrentStaff.require(), year, statistics);
			model.addAttribute("stats", stats);
			model.addAttribute("layout", TableBLayout.of(stats.tableB()));
			model.addAttribute("checkGroups", CheckGroup.of(stats.checks()));
			model.addAttribute("failedChecks", stats.checks().stream().filter(check -> !check.passed()).count());
		}
		catch (RuleViolation ex) {
			if (!"year".equals(ex.field())) {
				throw ex;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("yearError", ex);
		}
		return "requests/statistics/statistics";
	}

	/** Marks the year's report published: its figures stay as they are; later registrations become corrections. */
	@PostMapping("/statistics/published")
	String publish(@RequestParam int year) {
		statistics.publish(CurrentStaff.require(), year);
		return "redirect:/admin/requests/statistics?year=" + year + "#stats-published";
	}

	@GetMapping("/statistics.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
		return files.csv(StatisticsYear.load(CurrentStaff.require(), year, statistics));
	}

	@GetMapping("/statistics.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year) {
		return files.xlsx(StatisticsYear.load(CurrentStaff.require(), year, statistics));
	}

}
