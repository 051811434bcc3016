package org.gongkai.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.common.QueryCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The applicant's tracking lookup, read straight from the columns it shows: the application's row, then its items,
 * stops and timeline, one indexed statement each, into the {@link TrackingView} that {@link RequestViews#tracking}
 * makes from the entity (a test holds the two equal). The lookup is the site's most frequent personal request, and
 * loading the entity (sixty columns, a persistence context, three collections) was a third of its cost.
 * <p>
 * Only fixed statements with bound parameters; read in the caller's read-only transaction, so that the rows agree
 * and the calendar is read once.
 */
@Component
class TrackingReads {

	private static final String REQUEST = """
			select id, tracking_number, query_code_hash, status, channel, received_on, clock_start, rules, extension_days,
			       fee_basis, fee_quantity, fee_amount, fee_notice_on, fee_pay_by, fee_paid_on, replied_on, closed_on, closure
			from disclosure_request where tracking_number = ?""";

	private static final String ITEMS = """
			select item_order, description, document_number, reply from request_item where request_id = ?
			order by item_order, id""";

	private static final String STOPS = """
			select kind, stopped_on, resumed_on, answer_due, party from request_clock_stop where request_id = ?
			order by stopped_on, id""";

	private static final String TIMELINE = """
			select type, happened_on, note from request_timeline where request_id = ? order by recorded_at, id""";

	private final JdbcClient jdbc;

	private final RequestClock clock;

	TrackingReads(JdbcClient jdbc, RequestClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The application with this number as its applicant sees it, if the code is its query code. */
	Optional<TrackingView> find(String trackingNumber, String queryCode) {
		return jdbc.sql(REQUEST)
			.param(trackingNumber)
			.query(TrackingReads::row)
			.optional()
			.filter(row -> QueryCodes.matches(queryCode, row.queryCodeHash()))
			.map(this::view);
	}

	private TrackingView view(Row row) {
		boolean answered = row.repliedOn() != null;
		List<TrackingView.TrackedItem> items = jdbc.sql(ITEMS)
			.param(row.id())
			.query((rs, n) -> new TrackingView.TrackedItem(rs.getInt(1), rs.getString(2), rs.getString(3),
					answered ? value(ReplyType.class, rs.getString(4)) : null))
			.list();
		List<Stop> stops = jdbc.sql(STOPS)
			.param(row.id())
			.query((rs, n) -> new Stop(new ClockFacts.Stop(StopKind.valueOf(rs.getString(1)), date(rs, 2), date(rs, 3),
					date(rs, 4)), rs.getString(5)))
			.list();
		List<TrackingView.Line> timeline = jdbc.sql(TIMELINE)
			.param(row.id())
			.query((rs, n) -> new TrackingView.Line(TimelineType.valueOf(rs.getString(1)), date(rs, 2), rs.getString(3)))
			.list()
			.stream()
			.filter(line -> line.type().visibleToApplicant())
			.toList();
		ClockFacts facts = new ClockFacts(row.rules(), row.receivedOn(), row.clockStart(), row.extensionDays(),
				row.repliedOn(), row.closedOn(), row.status().open(), stops.stream().map(Stop::facts).toList());
		TrackingView.AwaitedCorrection correction = stops.stream()
			.filter(stop -> stop.facts().kind() == StopKind.CORRECTION && stop.facts().stillStopped())
			.findFirst()
			.map(stop -> new TrackingView.AwaitedCorrection(stop.party(), stop.facts().stoppedOn(),
					stop.facts().answerDue()))
			.orElse(null);
		return new TrackingView(row.trackingNumber(), row.status(), row.channel(), row.receivedOn(),
				clock.statement(facts), timeline, items, row.fee(), row.repliedOn(), row.closure(), row.status().open(),
				correction);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		FeeBasis basis = value(FeeBasis.class, rs.getString("fee_basis"));
		FeeView fee = basis == null ? null
				: new FeeView(basis, rs.getInt("fee_quantity"), rs.getInt("fee_amount"), date(rs, "fee_notice_on"),
						date(rs, "fee_pay_by"), date(rs, "fee_paid_on"));
		return new Row(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("query_code_hash"),
				RequestStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				date(rs, "received_on"), date(rs, "clock_start"), RuleSet.valueOf(rs.getString("rules")),
				rs.getInt("extension_days"), fee, date(rs, "replied_on"), date(rs, "closed_on"),
				value(Closure.class, rs.getString("closure")));
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private record Row(long id, String trackingNumber, String queryCodeHash, RequestStatus status, Channel channel,
			LocalDate receivedOn, LocalDate clockStart, RuleSet rules, int extensionDays, FeeView fee,
			LocalDate repliedOn, LocalDate closedOn, Closure closure) {
	}

	/** A stop, with what the applicant was asked (a correction's party column). */
	private record Stop(ClockFacts.Stop facts, String party) {
	}

}
