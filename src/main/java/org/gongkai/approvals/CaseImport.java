package org.gongkai.approvals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.common.RuleViolation;
import org.gongkai.common.UploadedSheet;
import org.gongkai.identity.Me;

/**
 * Imports cases from a table (CSV in UTF-8 or GBK, or XLSX; {@link UploadedSheet}): one row per case, with the
 * steps it has gone through, each dated. Every row runs through the same facade as the console, so every rule
 * applies; all rows run in one transaction that is rolled back when any row is bad (every bad row is listed) or
 * when only checking. The office and administrators only.
 */
@Service
public class CaseImport {

	/** The columns, by header; the first six are required in the header. */
	static final List<String> COLUMNS = List.of("事项编码", "审批类别", "申请人名称", "申请人类型", "证件号码", "收件日期", "法定时限",
			"承诺时限", "受理日期", "不予受理日期", "不予受理理由", "审查日期", "决定日期", "决定结果", "决定书文号", "许可内容", "不予许可理由",
			"有效期起", "有效期止", "送达日期");

	private static final int REQUIRED = 6;

	private final ApprovalCases cases;

	private final ApprovalsProperties properties;

	private final TransactionTemplate transaction;

	CaseImport(ApprovalCases cases, ApprovalsProperties properties, PlatformTransactionManager transactions) {
		this.cases = cases;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** @throws RuleViolation 403 for a member who may not import; 422 (field {@code file}) for an unreadable file */
	public ImportReport run(Me me, byte[] content, boolean checkOnly) {
		ApprovalPermissions.requireImport(me);
		List<UploadedSheet.Line> lines = read(content);
		Map<String, Integer> header = header(lines.get(0));
		List<UploadedSheet.Line> rows = lines.subList(1, lines.size());
		if (rows.isEmpty()) {
			throw CaseRules.invalid("file", "approvals.import.noRows");
		}
		return transaction.execute(status -> {
			List<Registered> registered = new ArrayList<>();
			List<ImportReport.Problem> problems = new ArrayList<>();
			for (UploadedSheet.Line line : rows) {
				ImportRow row = new ImportRow(line, header);
				try {
					registered.add(row.apply(me, cases));
				}
				catch (RuleViolation ex) {
					problems.add(new ImportReport.Problem(line.line(), row.column(ex.field()), ex.messageKey(),
							List.of(ex.arguments())));
				}
			}
			boolean keep = problems.isEmpty() && !checkOnly;
			if (!keep) {
				status.setRollbackOnly();
			}
			return new ImportReport(rows.size(), keep, keep ? registered : List.of(), problems);
		});
	}

	private List<UploadedSheet.Line> read(byte[] content) {
		try {
			List<UploadedSheet.Line> lines = UploadedSheet.read(content, properties.importMaxRows());
			if (lines.isEmpty()) {
				throw CaseRules.invalid("file", "approvals.import.file.EMPTY");
			}
			return lines;
		}
		catch (UploadedSheet.Unreadable ex) {
			throw CaseRules.invalid("file", "approvals.import.file." + ex.problem().name(), properties.importMaxRows());
		}
	}

	private static Map<String, Integer> header(UploadedSheet.Line line) {
		Map<String, Integer> header = new HashMap<>();
		for (int i = 0; i < line.cells().size(); i++) {
			String name = line.cells().get(i).strip().replace("\uFEFF", "");
			if (COLUMNS.contains(name)) {
				header.put(name, i);
			}
		}
		for (String required : COLUMNS.subList(0, REQUIRED)) {
			if (!header.containsKey(required)) {
				throw CaseRules.invalid("file", "approvals.import.header.missing", required);
			}
		}
		return header;
	}

	/** A row: its cells by column, and the column a refusal names while a step runs. */
	private static final class ImportRow {

		private static final Map<String, String> REGISTRATION = Map.of("powerCode", "事项编码", "category", "审批类别",
				"applicantName", "申请人名称", "naturalPerson", "申请人类型", "applicantCode", "证件号码", "receivedOn", "收件日期",
				"statutoryDays", "法定时限", "promisedDays", "承诺时限");

		private final UploadedSheet.Line line;

		private final Map<String, Integer> header;

		/** The fields of the step running, by the field a refusal names. */
		private Map<String, String> stage = REGISTRATION;

		ImportRow(UploadedSheet.Line line, Map<String, Integer> header) {
			this.line = line;
			this.header = header;
		}

		String column(String field) {
			return field == null ? null : stage.getOrDefault(field, field);
		}

		Registered apply(Me me, ApprovalCases cases) {
			Registered r = cases.register(me, registration());
			String n = r.caseNumber();
			if (present("不予受理日期")) {
				stage = Map.of("day", "不予受理日期", "reason", "不予受理理由");
				cases.refuseAcceptance(me, n, day("不予受理日期"), cell("不予受理理由"));
			}
			if (present("受理日期")) {
				stage = Map.of("day", "受理日期");
				cases.accept(me, n, day("受理日期"));
			}
			if (present("审查日期")) {
				stage = Map.of("day", "审查日期");
				cases.startReview(me, n, day("审查日期"));
			}
			if (present("决定日期")) {
				stage = Map.of("day", "决定日期", "approved", "决定结果", "decisionNumber", "决定书文号", "content", "许可内容",
						"reason", "不予许可理由", "validFrom", "有效期起", "validUntil", "有效期止");
				cases.decide(me, n, new Decision(approved(), day("决定日期"), cell("决定书文号"), cell("许可内容"),
						cell("不予许可理由"), day("有效期起"), day("有效期止")));
			}
			if (present("送达日期")) {
				stage = Map.of("day", "送达日期");
				cases.deliver(me, n, day("送达日期"));
			}
			return r;
		}

		private Registration registration() {
			String kind = cell("申请人类型");
			Boolean person = kind == null ? null
					: "自然人".equals(kind) ? Boolean.TRUE
							: kind.startsWith("法人") || "组织".equals(kind) ? Boolean.FALSE : null;
			if (kind != null && person == null) {
				throw CaseRules.invalid("naturalPerson", "approvals.import.applicantKind", kind);
			}
			String category = cell("审批类别");
			ApprovalCategory parsed = ApprovalCategory.parse(category);
			if (category != null && parsed == null) {
				throw CaseRules.invalid("category", "approvals.import.category", category);
			}
			return new Registration(cell("事项编码"), parsed, cell("申请人名称"), person, cell("证件号码"), day("收件日期"),
					number("法定时限", "statutoryDays"), number("承诺时限", "promisedDays"));
		}

		private Boolean approved() {
			String text = cell("决定结果");
			if (text == null) {
				return null;
			}
			if (text.equals("准予许可") || text.equals("准予")) {
				return true;
			}
			if (text.equals("不予许可") || text.equals("不予")) {
				return false;
			}
			throw CaseRules.invalid("approved", "approvals.import.approved", text);
		}

		private boolean present(String column) {
			return cell(column) != null;
		}

		private String cell(String column) {
			Integer i = header.get(column);
			if (i == null || i >= line.cells().size()) {
				return null;
			}
			String text = line.cells().get(i).strip();
			return text.isEmpty() ? null : text;
		}

		private LocalDate day(String column) {
			String text = cell(column);
			try {
				return text == null ? null : LocalDate.parse(text.replace('/', '-').replace('.', '-'));
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
						"approvals.import.day", column, text);
			}
		}

		private Integer number(String column, String field) {
			String text = cell(column);
			try {
				return text == null ? null : Integer.valueOf(text);
			}
			catch (NumberFormatException ex) {
				throw CaseRules.invalid(field, "approvals.number.invalid");
			}
		}

	}

}
