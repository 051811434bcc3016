package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.requests.Inbox;
import org.gongkai.requests.InboxFilter;
import org.gongkai.requests.RequestSummary;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestClockConfig;

/**
 * The demo data as a reader meets it, loaded on the first start of the shared test context (on the day of
 * {@link TestClockConfig#START}): Chinese sentences take full-width punctuation, and the dates of a document, a
 * consultation and an application agree with each other and with the day the demo was loaded. Only the rows the
 * demo loaders wrote are read (other tests add their own to the same database).
 */
@GongkaiTest
class DemoDataTest {

	private static final LocalDate LOADED_ON = LocalDate.ofInstant(TestClockConfig.START, ZoneId.of("Asia/Shanghai"));

	/** An ASCII comma, colon, semicolon or parenthesis touching a Chinese character. */
	private static final Pattern ASCII_IN_CHINESE = Pattern
		.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”《》][,:;()]|[,:;()][\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”《》]");

	/** The demo catalogue, and the policies and interpretations of the demo interpretations. */
	private static final String DEMO_DOCUMENTS = "created_by = 'demo-data' or title in ('关于进一步做好高校毕业生等青年就业创业工作的通知', "
			+ "'关于调整失业保险金标准的通知', '关于实施职业技能提升行动补贴的通知', '关于更正《就业见习管理办法》个别文字的通知', "
			+ "'关于就业见习补贴申领有关事项的通知', '失业保险金标准调整政策问答', '专家解读：职业技能提升行动补贴政策', "
			+ "'一图读懂《工资支付暂行规定》')";

	private static final String DEMO_CONSULTATIONS = "title in ('湖南省就业补助资金管理办法（征求意见稿）', "
			+ "'湖南省工资支付监督管理办法（修订征求意见稿）', '湖南省零工市场建设管理办法（征求意见稿）')";

	private static final List<String> DEMO_APPLICANT_NAMES = List.of("李明", "湖南星辰科技有限公司", "王芳", "湖南明理律师事务所",
			"湖南省社会科学研究院", "赵磊", "长沙市岳麓区某小区业主委员会", "陈静", "刘洋", "湖南湘江人力资源服务有限公司",
			"湖南省某公益助残服务中心", "周婷", "孙浩", "吴敏", "郑强");

	private static final String DEMO_APPLICANTS = "applicant_name in ("
			+ String.join(", ", DEMO_APPLICANT_NAMES.stream().map(name -> "'" + name + "'").toList()) + ")";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Inbox inbox;

	@Autowired
	StaffActors staff;

	@Test
	void chineseSentencesOfTheDemoTakeFullWidthPunctuation() {
		List<String> texts = new ArrayList<>();
		texts.addAll(strings("select title || ' ' || coalesce(summary, '') || ' ' || body from catalogue_document where "
				+ DEMO_DOCUMENTS));
		texts.addAll(strings("select title || ' ' || explanation || ' ' || contact || ' ' || coalesce(outcome_summary, '') "
				+ "from consultation where " + DEMO_CONSULTATIONS));
		texts.addAll(strings("select a.body from consultation_article a join consultation c on c.id = a.consultation_id "
				+ "where c." + DEMO_CONSULTATIONS));
		texts.addAll(strings("select m.body || ' ' || coalesce(m.reply, '') from consultation_comment m "
				+ "join consultation c on c.id = m.consultation_id where c." + DEMO_CONSULTATIONS));
		texts.addAll(strings("select i.description || ' ' || coalesce(i.explanation, '') from request_item i "
				+ "join disclosure_request r on r.id = i.request_id where r." + DEMO_APPLICANTS));
		texts.addAll(strings("select q.question || ' ' || q.answer from interpretation_qa q join interpretation i "
				+ "on i.id = q.interpretation_id where i.title = '失业保险金标准调整政策问答'"));
		assertThat(texts).hasSizeGreaterThan(100);

		List<String> found = new ArrayList<>();
		for (String text : texts) {
			String plain = Jsoup.parse(text).text();
			Matcher matcher = ASCII_IN_CHINESE.matcher(plain);
			while (matcher.find()) {
				found.add(plain.substring(Math.max(0, matcher.start() - 12), Math.min(plain.length(), matcher.end() + 12)));
			}
		}
		assertThat(found).as("ASCII punctuation in Chinese sentences of the demo").isEmpty();
	}

	@Test
	void aDemoDocumentIsWrittenBeforeItIsPublishedAndTakesEffectNoEarlier() {
		List<Map<String, Object>> documents = jdbc.queryForList("select title, formed_on, published_at, effective_on "
				+ "from catalogue_document where status = 'PUBLISHED' and (" + DEMO_DOCUMENTS + ")");
		assertThat(documents).hasSizeGreaterThan(70);
		for (Map<String, Object> document : documents) {
			LocalDate formed = date(document.get("formed_on"));
			LocalDate published = date(document.get("published_at"));
			LocalDate effective = date(document.get("effective_on"));
			assertThat(formed).as("成文日期 of %s", document.get("title")).isBeforeOrEqualTo(published);
			assertThat(published).as("发布日期 of %s", document.get("title")).isBeforeOrEqualTo(LOADED_ON);
			if (effective != null) {
				assertThat(effective).as("生效日期 of %s", document.get("title")).isAfterOrEqualTo(published);
			}
		}
	}

	@Test
	void demoConsultationsRunFromOpeningToClosingAndTheirCommentsFallInBetween() {
		List<Map<String, Object>> consultations = jdbc.queryForList(
				"select id, title, opens_on, closes_on, created_at, published_at from consultation where " + DEMO_CONSULTATIONS);
		assertThat(consultations).hasSize(3);
		for (Map<String, Object> consultation : consultations) {
			LocalDate opens = date(consultation.get("opens_on"));
			LocalDate closes = date(consultation.get("closes_on"));
			assertThat(date(consultation.get("created_at"))).as("drafted before it opens").isBeforeOrEqualTo(opens);
			assertThat(date(consultation.get("published_at"))).as("published before it opens").isBeforeOrEqualTo(opens);
			assertThat(opens).isBefore(closes).isBeforeOrEqualTo(LOADED_ON);
			for (Object submitted : jdbc.queryForList("select submitted_at from consultation_comment where consultation_id = ?",
					Object.class, consultation.get("id"))) {
				assertThat(date(submitted)).as("a comment on %s", consultation.get("title"))
					.isBetween(opens, closes.isBefore(LOADED_ON) ? closes : LOADED_ON);
			}
		}
	}

	@Test
	void demoApplicationsAreReceivedAndAnsweredOnWorkingDaysInOrderAndNoneIsDueOnAHoliday() {
		List<Map<String, Object>> applications = jdbc.queryForList(
				"select applicant_name, received_on, replied_on, delivered_on, closed_on from disclosure_request where "
						+ DEMO_APPLICANTS);
		assertThat(applications).hasSize(15);
		for (Map<String, Object> application : applications) {
			Object name = application.get("applicant_name");
			LocalDate received = date(application.get("received_on"));
			assertThat(workingDays.isWorkingDay(received)).as("%s received on a working day", name).isTrue();
			assertThat(received).isBeforeOrEqualTo(LOADED_ON);
			LocalDate replied = date(application.get("replied_on"));
			LocalDate delivered = date(application.get("delivered_on"));
			LocalDate closed = date(application.get("closed_on"));
			if (replied != null) {
				assertThat(replied).as("%s answered after receipt", name).isAfterOrEqualTo(received)
					.isBeforeOrEqualTo(LOADED_ON);
			}
			if (delivered != null) {
				assertThat(delivered).as("%s delivered after the answer", name).isAfterOrEqualTo(replied);
			}
			if (closed != null) {
				assertThat(closed).as("%s closed after receipt", name).isAfterOrEqualTo(received)
					.isBeforeOrEqualTo(LOADED_ON);
			}
		}
		Me office = staff.named("office").orElseThrow();
		List<RequestSummary> open = inbox.page(office, InboxFilter.open(), 0, 500)
			.stream()
			.filter(summary -> DEMO_APPLICANT_NAMES.contains(summary.applicantName()))
			.filter(summary -> !summary.stopped())
			.toList();
		assertThat(open).hasSizeGreaterThan(3);
		for (RequestSummary summary : open) {
			assertThat(workingDays.isWorkingDay(summary.dueDate())).as("%s due on a working day (%s)",
					summary.applicantName(), summary.dueDate()).isTrue();
		}
	}

	private List<String> strings(String sql) {
		return jdbc.queryForList(sql, String.class);
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		}
		throw new IllegalArgumentException("not a date: " + value.getClass());
	}

}
