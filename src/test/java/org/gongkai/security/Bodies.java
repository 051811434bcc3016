package org.gongkai.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.security.Endpoints.Endpoint;
import org.gongkai.security.Targets.Target;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A minimal valid body for the state-changing staff routes whose input is checked before the caller's rights:
 * sent empty, such a route answers 400 to everybody, and the authorization matrix would record it as open to
 * everyone. With a body that passes validation the answer shows who is really let in (2xx/3xx, or a 409/422 of the
 * record's state) and who is refused (401/403, or 404 for another unit's record). Routes not listed here read no
 * body (or answer the same to an empty one) and go as before. The values name the route's own record (its
 * version, its unit) or, for a new record, the unit of the caller ({@code home}).
 */
final class Bodies {

	/** Form fields (console), a JSON text (API) and files (multipart), any of them empty. */
	record Body(Map<String, String> form, String json, List<MockMultipartFile> files) {

		static final Body NONE = new Body(Map.of(), null, List.of());

		static Body form(String... pairs) {
			Map<String, String> form = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				form.put(pairs[i], pairs[i + 1]);
			}
			return new Body(form, null, List.of());
		}

		static Body json(String json) {
			return new Body(Map.of(), json, List.of());
		}

		static Body file(String name, String filename, String type, String content, String... pairs) {
			return new Body(form(pairs).form(), null, List.of(new MockMultipartFile(name, filename, type,
					content.getBytes(StandardCharsets.UTF_8))));
		}

	}

	private static final String PDF = "%PDF-1.4\n%%EOF\n";

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	Bodies(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/** The body for {@code endpoint} on {@code target}, a new record going to unit {@code home}. */
	Body of(Endpoint endpoint, Target target, long home) {
		Map<String, String> v = target.values();
		long unit = target.unit() == null ? home : target.unit();
		return switch (endpoint.key()) {
			// identity
			case "POST /admin/users" -> Body.form("username", "matrix-new-user", "displayName", "矩阵", "email", "",
					"unitId", String.valueOf(unit), "roles", "UNIT_EDITOR", "password", "matrix-password-1");
			case "POST /api/v1/admin/users" -> Body.json("""
					{"username":"matrix-new-user","displayName":"矩阵","unitId":%d,"roles":["UNIT_EDITOR"],
					 "password":"matrix-password-1"}""".formatted(unit));
			case "POST /admin/users/{id}" -> staffUpdateForm(v.get("id"));
			case "PUT /api/v1/admin/users/{id}" -> staffUpdateJson(v.get("id"));
			case "POST /admin/users/{id}/password" -> Body.form("password", "matrix-password-1");
			case "POST /admin/units" -> Body.form("code", "matrix-unit", "name", "矩阵处", "kind", "DIVISION", "sortOrder", "500");
			case "POST /api/v1/admin/units" -> Body.json("""
					{"code":"matrix-unit","name":"矩阵处","kind":"DIVISION","sortOrder":500}""");
			case "POST /admin/units/{id}" -> unitForm(v.get("id"));
			case "PUT /api/v1/admin/units/{id}" -> unitJson(v.get("id"));
			// catalogue
			case "POST /api/v1/admin/documents" -> Body.json(documentJson(unit));
			case "PUT /api/v1/admin/documents/{id}" -> Body.json("{\"version\":%d,\"metadata\":%s}"
				.formatted(version("catalogue_document", v.get("id")), documentJson(unit)));
			case "POST /admin/documents/new" -> documentForm(unit, null);
			case "POST /admin/documents/{id}/edit" -> documentForm(unit, version("catalogue_document", v.get("id")));
			case "POST /api/v1/admin/documents/{id}/review", "POST /api/v1/admin/documents/revisions/{revisionId}/review" ->
				Body.json("{\"conclusion\":\"DISCLOSABLE\"}");
			case "POST /admin/documents/{id}/review", "POST /admin/documents/{id}/revisions/{revisionId}/review" ->
				Body.form("conclusion", "DISCLOSABLE");
			case "POST /api/v1/admin/documents/{id}/revisions" -> Body.json("{\"title\":\"矩阵修订\"}");
			case "POST /admin/documents/{id}/revisions" -> Body.form("title", "矩阵修订");
			case "POST /api/v1/admin/documents/{id}/validity" -> Body.json("{\"validity\":\"VALID\"}");
			case "POST /admin/documents/{id}/validity" -> Body.form("validity", "VALID");
			case "POST /api/v1/admin/documents/{id}/withdraw", "POST /api/v1/admin/decisions/{id}/withdraw" ->
				Body.json("{\"reason\":\"矩阵撤回\"}");
			case "POST /admin/documents/{id}/withdraw", "POST /admin/decisions/{id}/withdraw" ->
				Body.form("reason", "矩阵撤回");
			case "POST /api/v1/admin/documents/{id}/attachments", "POST /admin/documents/{id}/attachments",
					"POST /api/v1/admin/consultations/{id:\\d+}/files", "POST /admin/consultations/{id:\\d+}/files" ->
				Body.file("file", "matrix.pdf", "application/pdf", PDF);
			case "POST /api/v1/admin/decisions/{id}/procedures/{procedure}/evidence",
					"POST /admin/decisions/{id}/procedures/{slug}/evidence" ->
				Body.file("file", "matrix.pdf", "application/pdf", PDF);
			// requests' statistics: a year no test counts marked published (the office; later callers get 409)
			case "POST /admin/requests/statistics/published" -> Body.form("year", "2010");
			// consultations
			case "POST /api/v1/admin/consultations" -> Body.json(consultationJson(unit));
			case "PUT /api/v1/admin/consultations/{id:\\d+}" -> Body.json("{\"version\":%d,\"form\":%s}"
				.formatted(version("consultation", v.get("id")), consultationJson(unit)));
			case "POST /admin/consultations/new" -> consultationForm(unit, null);
			case "POST /admin/consultations/{id:\\d+}/edit" -> consultationForm(unit, version("consultation", v.get("id")));
			case "POST /admin/consultations/{id:\\d+}/dates" -> Body.form("opensOn", today.plusDays(1).toString(),
					"closesOn", today.plusDays(31).toString());
			case "POST /api/v1/admin/consultations/{id:\\d+}/publish",
					"POST /api/v1/admin/consultations/{id:\\d+}/outcome/publish" ->
				Body.json("{\"version\":%d}".formatted(version("consultation", v.get("id"))));
			case "POST /admin/consultations/{id:\\d+}/publish", "POST /admin/consultations/{id:\\d+}/outcome/publish" ->
				Body.form("version", String.valueOf(version("consultation", v.get("id"))));
			case "POST /api/v1/admin/consultations/comments/{commentId:\\d+}/approve" ->
				Body.json("{\"version\":%d}".formatted(version("consultation_comment", v.get("commentId"))));
			case "POST /api/v1/admin/consultations/comments/{commentId:\\d+}/reject" ->
				Body.json("{\"version\":%d,\"rejection\":\"OFF_TOPIC\"}"
					.formatted(version("consultation_comment", v.get("commentId"))));
			case "POST /admin/consultations/comments/{commentId:\\d+}/approve" ->
				Body.form("version", String.valueOf(version("consultation_comment", v.get("commentId"))));
			case "POST /admin/consultations/comments/{commentId:\\d+}/reject" ->
				Body.form("version", String.valueOf(version("consultation_comment", v.get("commentId"))), "rejection",
						"OFF_TOPIC");
			case "POST /api/v1/admin/consultations/{id:\\d+}/groups",
					"PUT /api/v1/admin/consultations/{id:\\d+}/groups/{groupId:\\d+}" ->
				Body.json("{\"summary\":\"矩阵意见\",\"adoption\":\"ADOPTED\"}");
			case "PUT /api/v1/admin/consultations/sensitive-words" -> Body.json("{\"words\":[\"矩阵\"]}");
			// decisions
			case "POST /api/v1/admin/decisions" -> Body.json(decisionJson(unit));
			case "PUT /api/v1/admin/decisions/{id}" -> Body.json("{\"version\":%d,\"decision\":%s}"
				.formatted(version("decision_record", v.get("id")), decisionJson(unit)));
			case "POST /admin/decisions/new" -> decisionForm(unit, null);
			case "POST /admin/decisions/{id}/edit" -> decisionForm(unit, version("decision_record", v.get("id")));
			case "POST /admin/decisions/{id}/evidence/{evidenceId}/delete" ->
				Body.form("procedure", "PUBLIC_PARTICIPATION");
			// service guides (a new one goes to the caller's own unit)
			case "POST /api/v1/admin/services" -> Body.json(guideJson("MATRIX-1"));
			case "PUT /api/v1/admin/services/{code}" -> Body.json(guideJson(v.get("code")));
			case "POST /admin/services/new" -> Body.form("code", "MATRIX-1", "level", "PROVINCIAL", "kind", "IMMEDIATE",
					"theme", "EMPLOYMENT", "feeFree", "true");
			case "POST /admin/services/{code}" -> Body.form("code", v.get("code"), "unitId", String.valueOf(unit),
					"level", "PROVINCIAL", "kind", "IMMEDIATE", "theme", "EMPLOYMENT", "feeFree", "true");
			case "POST /admin/services/{code}/featured" -> Body.form("order", "7");
			case "POST /admin/services/{code}/files" -> Body.file("file", "matrix.pdf", "application/pdf", PDF,
					"material", "1", "kind", "BLANK");
			case "POST /api/v1/admin/services/{code}/materials/{n}/{kind}" -> Body.file("file", "matrix.pdf",
					"application/pdf", PDF);
			case "POST /admin/services/certificates" -> Body.form("name", "矩阵证明", "formerlyFor", "矩阵事项",
					"replacedBy", "PLEDGE", "basis", "矩阵公告", "removedOn", "2020-01-01");
			case "POST /api/v1/admin/services/certificates-removed" -> Body.json("""
					{"name":"矩阵证明","formerlyFor":"矩阵事项","replacedBy":"PLEDGE","basis":"矩阵公告",
					 "removedOn":"2020-01-01"}""");
			// interpretations
			case "POST /api/v1/admin/interpretations" -> Body.json("""
					{"policyId":%d,"form":"QA","title":"矩阵解读","questions":[{"question":"问？","answer":"答。"}]}"""
				.formatted(policy()));
			case "POST /admin/interpretations/new" -> Body.form("policyId", String.valueOf(policy()), "form", "QA",
					"title", "矩阵解读", "questions[0].question", "问？", "questions[0].answer", "答。");
			case "POST /api/v1/admin/interpretations/tasks/{id}/waiver/decision" -> Body.json("{\"approve\":false}");
			// powers
			case "POST /api/v1/admin/powers" -> Body.json("""
					{"item":{"name":"矩阵事项","type":"OTHER","basis":[{"lawName":"矩阵法","article":"第一条"}],
					 "implementingBody":"矩阵厅","handlingUnitId":%d},
					 "status":{"status":"RETAINED","effectiveOn":"%s","reason":"矩阵","decidingDocument":"矩阵文件"}}"""
				.formatted(unit, today));
			case "POST /admin/powers/new" -> Body.form("name", "矩阵事项", "type", "OTHER", "basis", "《矩阵法》第一条",
					"implementingBody", "矩阵厅", "handlingUnitId", String.valueOf(unit), "status", "RETAINED",
					"effectiveOn", today.toString(), "reason", "矩阵", "decidingDocument", "矩阵文件");
			case "PUT /api/v1/admin/powers/{code}" -> Body.json("""
					{"name":"矩阵事项","type":"%s","basis":[{"lawName":"矩阵法","article":"第一条"}],
					 "implementingBody":"矩阵厅","handlingUnitId":%d}""".formatted(powerType(v.get("code")), unit));
			case "POST /admin/powers/{code}" -> Body.form("name", "矩阵事项", "type", powerType(v.get("code")),
					"basis", "《矩阵法》第一条", "implementingBody", "矩阵厅", "handlingUnitId", String.valueOf(unit));
			case "POST /api/v1/admin/powers/{code}/status" -> Body.json("""
					{"status":"CANCELLED","effectiveOn":"%s","reason":"矩阵","decidingDocument":"矩阵文件"}"""
				.formatted(today.plusYears(5)));
			case "POST /admin/powers/{code}/status" -> Body.form("status", "CANCELLED", "effectiveOn",
					today.plusYears(5).toString(), "reason", "矩阵", "decidingDocument", "矩阵文件");
			case "POST /api/v1/admin/powers/{code}/intermediaries" -> Body.json("{\"name\":\"矩阵服务\",\"basis\":\"矩阵法\"}");
			case "POST /admin/powers/{code}/intermediaries" -> Body.form("name", "矩阵服务", "basis", "矩阵法");
			case "POST /api/v1/admin/powers/import", "POST /admin/powers/import" -> Body.file("file", "powers.csv",
					"text/csv", "职权名称,职权类型,设定依据,实施主体,承办机构,状态,状态生效日期,状态变更原因,决定文件\n"
							+ "矩阵事项,其他行政权力,《矩阵法》第一条,矩阵厅,办公室,保留,2015-06-30,矩阵,矩阵文件\n",
					"dryRun", "true", "action", "check");
			// publicity (a new record goes to the caller's own unit)
			case "POST /api/v1/admin/publicity" -> Body.json(publicityJson());
			case "PUT /api/v1/admin/publicity/{id}" -> Body.json("{\"record\":" + publicityJson()
					+ ",\"reason\":\"矩阵更正\"}");
			case "POST /admin/publicity/new", "POST /admin/publicity/{id}/edit" -> Body.form("kind", "PENALTY",
					"decisionNumber", "矩阵罚〔2026〕1号", "title", "矩阵处罚", "penaltyCategory", "WARNING", "facts", "矩阵",
					"basis", "矩阵法", "result", "警告", "partyName", "矩阵公司", "naturalPerson", "false", "partyCode",
					"91430100MA4L0MMM1K", "authority", "矩阵厅", "decidedOn", "2026-11-20", "reason", "矩阵更正");
			case "POST /api/v1/admin/publicity/{id}/withdraw" -> Body.json("{\"reason\":\"矩阵撤销\"}");
			case "POST /admin/publicity/{id}/withdraw" -> Body.form("reason", "矩阵撤销");
			case "POST /api/v1/admin/publicity/import", "POST /admin/publicity/import" -> Body.file("file",
					"penalties.csv", "text/csv",
					"决定书文号,处罚名称,处罚类别,处罚事由,处罚依据,处罚结果,行政相对人,相对人类别,相对人代码,处罚机关,处罚决定日期\n"
							+ "矩阵罚〔2026〕2号,矩阵处罚,警告,矩阵,矩阵法,警告,矩阵公司,法人及非法人组织,91430100MA4L0MMN1K,矩阵厅,2026-11-20\n",
					"kind", "PENALTY", "dryRun", "true", "action", "check");
			// approvals (a case under review of the target's unit; a step that does not follow answers 409)
			case "POST /api/v1/admin/approvals" -> Body.json("""
					{"powerCode":"43000001501001","category":"NEW","applicantName":"矩阵公司","naturalPerson":false,
					 "applicantCode":"91430100MA4L2X3K7Q","receivedOn":"%s"}""".formatted(today));
			case "POST /admin/approvals/new" -> Body.form("powerCode", "43000001501001", "category", "NEW",
					"applicantName", "矩阵公司", "naturalPerson", "false", "applicantCode", "91430100MA4L2X3K7Q",
					"receivedOn", today.toString());
			case "POST /api/v1/admin/approvals/{number}/acceptance", "POST /api/v1/admin/approvals/{number}/review",
					"POST /api/v1/admin/approvals/{number}/resumption", "POST /api/v1/admin/approvals/{number}/delivery" ->
				Body.json("{\"day\":\"%s\"}".formatted(today));
			case "POST /api/v1/admin/approvals/{number}/non-acceptance" -> Body.json(
					"{\"day\":\"%s\",\"reason\":\"矩阵\"}".formatted(today));
			case "POST /api/v1/admin/approvals/{number}/suspensions" -> Body.json(
					"{\"kind\":\"HEARING\",\"day\":\"%s\"}".formatted(today));
			case "POST /api/v1/admin/approvals/{number}/decision" -> Body.json("""
					{"approved":true,"day":"%s","decisionNumber":"矩阵","content":"矩阵","validFrom":"%s"}"""
				.formatted(today, today));
			case "POST /api/v1/admin/approvals/import", "POST /admin/approvals/import" -> Body.file("file",
					"cases.csv", "text/csv", "事项编码,审批类别,申请人名称,申请人类型,证件号码,收件日期\n"
							+ "43000001501001,新办,矩阵公司,法人或其他组织,91430100MA4L2X3K7Q," + today + "\n",
					"checkOnly", "true", "action", "check");
			// requests
			case "POST /api/v1/admin/requests" -> Body.json("""
					{"channel":"IN_PERSON","receivedOn":"%s","application":{"kind":"NATURAL_PERSON","name":"矩阵",
					 "idType":"RESIDENT_ID","idNumber":"430102198503150022","phone":"13900000001",
					 "items":[{"description":"矩阵所需信息"}],"wantedForm":"EMAIL","delivery":"EMAIL",
					 "email":"matrix@example.com"}}""".formatted(today));
			// calendar
			case "POST /admin/calendar/import/confirm" -> Body.form("csv", "date,kind,name\n%d-10-09,holiday,矩阵"
				.formatted(today.getYear() + 1));
			case "POST /api/v1/admin/calendar/days" -> Body.json("[{\"date\":\"%d-10-09\",\"kind\":\"HOLIDAY\",\"name\":\"矩阵\"}]"
				.formatted(today.getYear() + 1));
			default -> Body.NONE;
		};
	}

	/** The account as it is, so that an office head (who changes roles only) is let in where allowed. */
	private Body staffUpdateForm(String id) {
		Map<String, Object> row = jdbc.queryForMap(
				"select display_name, email, unit_id, roles from staff_account where id = ?", Long.valueOf(id));
		return Body.form("displayName", (String) row.get("display_name"), "email",
				row.get("email") == null ? "" : (String) row.get("email"), "unitId",
				String.valueOf(row.get("unit_id")), "roles", ((String) row.get("roles")).split(",")[0], "enabled", "true");
	}

	private Body staffUpdateJson(String id) {
		Map<String, Object> row = jdbc.queryForMap(
				"select display_name, email, unit_id, roles from staff_account where id = ?", Long.valueOf(id));
		String email = row.get("email") == null ? "null" : "\"" + row.get("email") + "\"";
		return Body.json("{\"displayName\":\"%s\",\"email\":%s,\"unitId\":%s,\"roles\":[%s],\"enabled\":true}".formatted(
				row.get("display_name"), email, row.get("unit_id"), roleList((String) row.get("roles"))));
	}

	private static String roleList(String roles) {
		return String.join(",", java.util.Arrays.stream(roles.split(",")).map(role -> "\"" + role + "\"").toList());
	}

	private Body unitForm(String id) {
		Map<String, Object> row = jdbc.queryForMap("select code, name, kind, sort_order from unit where id = ?",
				Long.valueOf(id));
		return Body.form("code", (String) row.get("code"), "name", (String) row.get("name"), "kind",
				(String) row.get("kind"), "sortOrder", String.valueOf(row.get("sort_order")));
	}

	private Body unitJson(String id) {
		Map<String, Object> row = jdbc.queryForMap("select code, name, kind, sort_order from unit where id = ?",
				Long.valueOf(id));
		return Body.json("{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\",\"sortOrder\":%s}".formatted(row.get("code"),
				row.get("name"), row.get("kind"), row.get("sort_order")));
	}

	private String documentJson(long unit) {
		return """
				{"title":"矩阵文件","issuingBody":"矩阵机关","unitId":%d,"categoryId":%d,"documentType":"%s",
				 "formedOn":"%s","disclosure":"PROACTIVE"}""".formatted(unit, category(), documentType(), today);
	}

	private Body documentForm(long unit, Long version) {
		Body body = Body.form("title", "矩阵文件", "issuingBody", "矩阵机关", "unitId", String.valueOf(unit), "categoryId",
				String.valueOf(category()), "documentType", documentType(), "formedOn", today.toString(), "disclosure",
				"PROACTIVE");
		return version == null ? body : with(body, "version", String.valueOf(version));
	}

	private String consultationJson(long unit) {
		return """
				{"title":"矩阵征求意见","explanation":"说明","unitId":%d,"contact":"矩阵处","normative":false,
				 "opensOn":"%s","closesOn":"%s","draftText":"第一条　矩阵。"}"""
			.formatted(unit, today.plusDays(1), today.plusDays(31));
	}

	private Body consultationForm(long unit, Long version) {
		Body body = Body.form("title", "矩阵征求意见", "explanation", "说明", "unitId", String.valueOf(unit), "contact",
				"矩阵处", "normative", "false", "opensOn", today.plusDays(1).toString(), "closesOn",
				today.plusDays(31).toString(), "draftText", "第一条　矩阵。");
		return version == null ? body : with(body, "version", String.valueOf(version));
	}

	private String decisionJson(long unit) {
		return "{\"title\":\"矩阵决策\",\"summary\":\"事项\",\"unitId\":%d}".formatted(unit);
	}

	private Body decisionForm(long unit, Long version) {
		Body body = Body.form("title", "矩阵决策", "summary", "事项", "unitId", String.valueOf(unit));
		return version == null ? body : with(body, "version", String.valueOf(version));
	}

	private static Body with(Body body, String name, String value) {
		Map<String, String> form = new LinkedHashMap<>(body.form());
		form.put(name, value);
		return new Body(form, body.json(), body.files());
	}

	private long version(String table, String id) {
		if (Targets.NONE.equals(id)) {
			return 0;
		}
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, Long.valueOf(id));
	}

	private long category() {
		return jdbc.queryForObject("select min(id) from catalogue_category", Long.class);
	}

	private String documentType() {
		return "行政规范性文件";
	}

	/** A complete service guide under {@code code}, for the caller's own unit. */
	private static String guideJson(String code) {
		return """
				{"code":"%s","name":"矩阵事项","level":"PROVINCIAL","kind":"IMMEDIATE","theme":"EMPLOYMENT",
				 "legalBasis":"矩阵依据","conditions":"矩阵条件","locations":"矩阵地点","hours":"工作日","phone":"0731-1",
				 "promisedDays":0,"feeFree":true,"materials":[{"name":"申请表"}],"steps":[{"name":"受理"}]}"""
			.formatted(code);
	}

	/** A public document an interpretation may explain. */
	private long policy() {
		return jdbc.queryForObject("select min(id) from catalogue_document where status = 'PUBLISHED'", Long.class);
	}


	/** The type of a power item: a revision keeps it (the code rule ties the code to it). */
	private String powerType(String code) {
		return jdbc.queryForObject("select power_type from power_item where code = ?", String.class, code);
	}


	private static String publicityJson() {
		return """
				{"kind":"PENALTY","decisionNumber":"矩阵罚〔2026〕1号","title":"矩阵处罚","penaltyCategory":"WARNING",
				 "facts":"矩阵","basis":"矩阵法","result":"警告","partyName":"矩阵公司","naturalPerson":false,
				 "partyCode":"91430100MA4L0MMM1K","authority":"矩阵厅","decidedOn":"2026-11-20"}""";
	}

}
