package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.site.ApplyFormSteps;
import org.gongkai.security.Bodies.Body;
import org.gongkai.security.Endpoints.Endpoint;
import org.gongkai.security.Targets.Target;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which staff route. Every {@code /admin/**} and {@code /api/v1/admin/**} route of the handler
 * mapping is called by nobody, each department-wide demo account and, for each unit role, an account of the
 * record's own unit and one of another unit; the answers are compared with the table in
 * {@code src/test/resources/security/authorization-matrix.txt}. A route without a row fails the build, naming it:
 * whoever adds an endpoint decides who may call it. Allowed means anything but 401/403/the login page (a request
 * that still fails validation may answer 400); denied means 401/403/the login page, or 404 for a record of another
 * unit. A state-changing route gets a minimal valid body ({@link Bodies}): refused for invalid input, it would
 * show as open to everyone. Every request runs in a transaction that is rolled back, so allowed changes leave
 * nothing behind.
 * The answers observed are written to {@code target/security/authorization-matrix.observed.txt} (same format,
 * with the statuses), to review and copy rows from.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	static final String TABLE = "security/authorization-matrix.txt";

	/** Routes whose allowed call starts work outside the request's transaction: only refusals are tried. */
	static final List<String> REFUSALS_ONLY = List.of("POST /admin/search/rebuild");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Consultations consultations;

	@Autowired
	CaseHandling handling;

	@Autowired
	Clock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	Subjects subjects;

	Bodies bodies;

	/** What escaped a handler, by route: shown with the route's server error. */
	private final Map<String, String> escaped = new LinkedHashMap<>();

	@AfterAll
	void removeAccounts() {
		subjects.removeAll();
	}

	@Test
	void everyStaffRouteAnswersEveryRoleAsTheTableSays() throws Exception {
		subjects = new Subjects(jdbc, staff);
		ensureChildRecords();
		Targets targets = new Targets(jdbc);
		bodies = new Bodies(jdbc, LocalDate.now(clock));
		long home = jdbc.queryForObject("select min(id) from unit where kind = 'DIVISION'", Long.class);
		Map<String, String> expected = table();
		Map<String, String> observed = new TreeMap<>();
		List<String> detail = new ArrayList<>();
		// Whatever a caller sends, no staff route answers with a server error (a 500 counts as "let in" below).
		List<String> serverErrors = new ArrayList<>();
		for (Endpoint endpoint : new Endpoints(Endpoints.of(mapping).staff()).all()) {
			Target target = targets.of(endpoint);
			Map<String, Integer> answers = new LinkedHashMap<>();
			boolean refusalsOnly = REFUSALS_ONLY.contains(endpoint.key());
			for (Probe probe : probes(endpoint, target, home)) {
				if (refusalsOnly && expected.getOrDefault(endpoint.key(), "").contains(probe.role())) {
					continue;
				}
				int status = call(endpoint, target, probe.who(), bodies.of(endpoint, target, home));
				answers.put(probe.label(), status);
				if (status >= 500) {
					serverErrors.add(endpoint.key() + " answered " + status + " to " + probe.label() + " "
							+ escaped.getOrDefault(endpoint.key(), ""));
				}
			}
			observed.put(endpoint.key(), tokens(answers, target, endpoint) + (refusalsOnly ? " "
					+ expected.getOrDefault(endpoint.key(), "") : ""));
			detail.add(endpoint.key() + " | " + answers + (target.unit() == null ? "" : " unit " + target.unit()));
		}
		write(observed, detail);
		List<String> problems = new ArrayList<>();
		observed.forEach((route, tokens) -> {
			if (!expected.containsKey(route)) {
				problems.add("no row for " + route + " (observed: " + route + " | " + tokens.strip() + ")");
			}
			else if (!normal(expected.get(route)).equals(normal(tokens))) {
				problems.add(route + ": expected [" + normal(expected.get(route)) + "] but was [" + normal(tokens)
						+ "]");
			}
		});
		expected.keySet()
			.stream()
			.filter(route -> !observed.containsKey(route))
			.forEach(route -> problems.add("row for a route that no longer exists: " + route));
		problems.addAll(serverErrors);
		assertThat(problems).as("authorization matrix (answers in target/security/)").isEmpty();
	}

	/**
	 * The records that unit-scoped child routes name (a consultation's file, an application's file), whatever ran
	 * before in this context: without one such a route is probed with an id that does not exist, and every caller
	 * "gets in" with a 404, so the answers would depend on the order of the test classes.
	 */
	private void ensureChildRecords() throws Exception {
		if (jdbc.queryForObject("select count(*) from consultation_file", Long.class) == 0) {
			SignedIn.as(staff, "editor");
			LocalDate today = LocalDate.now(clock);
			long id = consultations.create(CurrentStaff.require(), new ConsultationForm("权限矩阵用征求意见稿", "起草说明",
					CurrentStaff.require().unitId(), "就业处 0731-84900000", false, today.plusDays(1), today.plusDays(31),
					null, "第一条　为测试，制定本办法。"));
			SignedIn.signOut();
			mvc.perform(multipart("/admin/consultations/" + id + "/files")
				.file(new MockMultipartFile("file", "说明.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
				.with(csrf())
				.with(Sessions.demo(mvc, "editor"))).andExpect(status().is3xxRedirection());
		}
		if (jdbc.queryForObject("select count(*) from request_attachment a where (select count(*) from request_unit u "
				+ "where u.request_id = a.request_id) = 1", Long.class) == 0) {
			ApplyFormSteps steps = new ApplyFormSteps(mvc);
			String number = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("权限矩阵用申请"),
					ApplyFormSteps.pdf("证明.pdf"))).selectFirst("#tracking-number").text();
			SignedIn.as(staff, "office");
			handling.assign(CurrentStaff.require(), handling.idOf(CurrentStaff.require(), number),
					Set.of(jdbc.queryForObject("select id from unit where code = 'legal'", Long.class)));
			SignedIn.signOut();
		}
	}

	/** One caller of a route: the token the table uses and the account. */
	record Probe(String label, String role, RequestPostProcessor who) {

	}

	private List<Probe> probes(Endpoint endpoint, Target target, long home) {
		List<Probe> probes = new ArrayList<>();
		probes.add(new Probe("anon", "anon", null));
		for (String account : Subjects.DEPARTMENT_WIDE) {
			probes.add(new Probe(account, account, subjects.account(account)));
		}
		for (String[] role : Subjects.UNIT_ROLES) {
			if (target.unit() == null) {
				probes.add(new Probe(role[0], role[0], subjects.member(role[0], role[1], home)));
			}
			else {
				probes.add(new Probe(role[0] + "@own", role[0], subjects.member(role[0], role[1], target.unit())));
				probes.add(new Probe(role[0] + "@other", role[0],
						subjects.member(role[0], role[1], otherUnit(target.unit()))));
			}
		}
		return probes;
	}

	private long otherUnit(long unit) {
		return jdbc.queryForObject("select min(id) from unit where kind = 'DIVISION' and id <> ?", Long.class, unit);
	}

	/**
	 * Sends the request with its minimal valid body ({@link Bodies}) in a transaction that is rolled back, and
	 * answers the status as the table reads it.
	 */
	private int call(Endpoint endpoint, Target target, RequestPostProcessor who, Body body) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Integer status = tx.execute(state -> {
			state.setRollbackOnly();
			try {
				// Console forms go as multipart (a form with a file input needs it, the others read it alike).
				AbstractMockHttpServletRequestBuilder<?> request = endpoint.multipart()
						|| endpoint.console() && endpoint.changes()
						? multipart(HttpMethod.valueOf(endpoint.method()), endpoint.uri(target.values()))
						: request(HttpMethod.valueOf(endpoint.method()), endpoint.uri(target.values()));
				if (endpoint.api() && endpoint.changes() && !endpoint.multipart()) {
					request.contentType(MediaType.APPLICATION_JSON).content(body.json() == null ? "{}" : body.json());
				}
				body.form().forEach(request::param);
				if (request instanceof MockMultipartHttpServletRequestBuilder withFiles) {
					body.files().forEach(withFiles::file);
				}
				request.with(csrf());
				if (who != null) {
					request.with(who);
				}
				MvcResult result = mvc.perform(request).andReturn();
				int code = result.getResponse().getStatus();
				String location = result.getResponse().getRedirectedUrl();
				if (code / 100 == 3 && location != null && location.contains("/admin/login")) {
					return 401;
				}
				if (code == 404 && target.unit() != null) {
					return 403;
				}
				return code;
			}
			catch (Exception ex) {
				// An exception escaping the handler: the user would see a 500, past any refusal.
				escaped.put(endpoint.key(), ex.toString());
				return 500;
			}
		});
		return status;
	}

	/** The table's tokens for the answers: who was let in, "role@own" for a unit role let in only at home. */
	static String tokens(Map<String, Integer> answers, Target target, Endpoint endpoint) {
		List<String> allowed = new ArrayList<>();
		answers.forEach((label, status) -> {
			if (status != 401 && status != 403) {
				allowed.add(label);
			}
		});
		List<String> tokens = new ArrayList<>();
		for (String label : allowed) {
			if (label.endsWith("@own")) {
				String role = label.substring(0, label.indexOf('@'));
				tokens.add(allowed.contains(role + "@other") ? role : label);
			}
			else if (label.endsWith("@other")) {
				String role = label.substring(0, label.indexOf('@'));
				if (!allowed.contains(role + "@own")) {
					tokens.add(label);
				}
			}
			else {
				tokens.add(label);
			}
		}
		return tokens.isEmpty() ? "-" : String.join(" ", tokens);
	}

	private static String normal(String tokens) {
		List<String> list = new ArrayList<>(List.of(tokens.strip().split("\\s+")));
		list.removeIf(String::isEmpty);
		if (list.size() > 1) {
			list.remove("-");
		}
		return String.join(" ", list.stream().distinct().sorted().toList());
	}

	/** The expected table: {@code METHOD pattern | tokens}, {@code #} comments. */
	static Map<String, String> table() throws IOException {
		Map<String, String> rows = new LinkedHashMap<>();
		String text = new ClassPathResource(TABLE).getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\\R")) {
			String row = line.strip();
			if (row.isEmpty() || row.startsWith("#")) {
				continue;
			}
			int bar = row.indexOf('|');
			rows.put(row.substring(0, bar).strip(), row.substring(bar + 1).strip());
		}
		return rows;
	}

	private static void write(Map<String, String> observed, List<String> detail) throws IOException {
		Path dir = Path.of("target", "security");
		Files.createDirectories(dir);
		List<String> lines = new ArrayList<>();
		observed.forEach((route, tokens) -> lines.add(route + " | " + normal(tokens)));
		Files.write(dir.resolve("authorization-matrix.observed.txt"), lines);
		Files.write(dir.resolve("authorization-matrix.statuses.txt"), detail);
	}

}
