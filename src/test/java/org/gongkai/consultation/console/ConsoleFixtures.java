package org.gongkai.consultation.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Consultations of 就业处 made through the facades for the console's tests: drafts, open ones, closed ones. */
final class ConsoleFixtures {

	static final String DRAFT = """
			第一条　为促进高校毕业生就业，制定本办法。
			第二条　本办法适用于本省行政区域内吸纳高校毕业生就业的中小微企业。
			第三条　企业吸纳离校2年内未就业高校毕业生，签订1年以上劳动合同的，给予每人1500元一次性吸纳就业补贴。
			第四条　本办法自印发之日起施行。
			""";

	private final Consultations consultations;

	private final Comments comments;

	private final UserDetailsService staff;

	private final MutableClock clock;

	private final long employment;

	ConsoleFixtures(Consultations consultations, Comments comments, UserDetailsService staff, MutableClock clock,
			JdbcTemplate jdbc) {
		this.consultations = consultations;
		this.comments = comments;
		this.staff = staff;
		this.clock = clock;
		this.employment = unitId(jdbc, "employment");
	}

	static long unitId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	long employment() {
		return employment;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Me as(String username) {
		SignedIn.as(staff, username);
		return CurrentStaff.require();
	}

	ConsultationForm form(String title, LocalDate opens, LocalDate closes) {
		return new ConsultationForm(title, "为听取社会意见，起草了本办法。", employment, "就业处 0731-84900000", false, opens, closes,
				null, DRAFT);
	}

	long draft(String title) {
		long id = consultations.create(as("editor"), form(title, today().plusDays(1), today().plusDays(31)));
		SignedIn.signOut();
		return id;
	}

	/** Opened today by the office; the comments are submitted now. */
	long open(String title, CommentForm... submitted) {
		long id = consultations.create(as("editor"), form(title, today(), today().plusDays(30)));
		publish(id);
		for (CommentForm comment : submitted) {
			comments.submit(id, comment);
		}
		return id;
	}

	/** Opened and commented on in October, closed on 1 November: the clock goes back and returns. */
	long closed(String title, CommentForm... submitted) {
		Instant now = clock.instant();
		try {
			clock.set(LocalDate.of(2026, 10, 1).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
			long id = consultations.create(as("editor"), form(title, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1)));
			publish(id);
			clock.set(clock.instant().plusSeconds(86400L * 5));
			for (CommentForm comment : submitted) {
				comments.submit(id, comment);
			}
			return id;
		}
		finally {
			clock.set(now);
			SignedIn.signOut();
		}
	}

	void publish(long id) {
		Me office = as("office");
		consultations.publish(office, id, consultations.staffView(office, id).version());
		SignedIn.signOut();
	}

	ConsultationView view(long id) {
		ConsultationView view = consultations.staffView(as("office"), id);
		SignedIn.signOut();
		return view;
	}

	List<CommentView> comments(long id) {
		ConsultationView view = view(id);
		List<CommentView> all = new ArrayList<>(view.generalComments());
		view.articles().forEach(a -> all.addAll(a.comments()));
		return all;
	}

	long articleId(long id, String label) {
		return view(id).articles().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow().id();
	}

}
