package org.gongkai.catalogue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.ImportedDocuments.Entry;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo catalogue (演示数据): on the first start with demo data on, when the catalogue is still empty, the
 * seed notice (湘人社办发〔2016〕16号) and the 76 corpus texts under 法规文件 are published on their own dates.
 * Runs once the application is ready, after the first-start accounts exist, in one transaction: all or nothing,
 * and one commit of the search index (most of the time goes into the Chinese analysis of the 465,000 characters).
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo-data", havingValue = "true", matchIfMissing = true)
class DemoCatalogue {

	static final String CORPUS = "catalogue/corpus/";

	static final String SEED = "catalogue/seed-notice.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Who the audit log and the documents name as their author: the loader, not a person or the system at large. */
	static final String ACTOR = "demo-data";

	private final ImportedDocuments imported;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	DemoCatalogue(ImportedDocuments imported, Catalogue catalogue, UnitManagement units,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.imported = imported;
		this.catalogue = catalogue;
		this.units = units;
		this.transactions = transactions;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void onReady() {
		load();
	}

	/** Publishes the demo documents unless the catalogue already has any; returns how many were published. */
	int load() {
		if (imported.count() > 0) {
			return 0;
		}
		long started = System.nanoTime();
		Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		Map<String, Long> categoryIds = catalogue.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::code, CategoryView::id));
		if (!unitIds.keySet().containsAll(List.of("office", "legal"))
				|| !categoryIds.keySet().containsAll(List.of("plans", "regulations"))) {
			log.warn("Demo catalogue skipped: unit office or legal, or category plans or regulations, is gone");
			return 0;
		}
		List<Entry> entries = new ArrayList<>();
		entries.add(seedNotice(unitIds.get("office"), categoryIds.get("plans")));
		entries.addAll(corpus(unitIds.get("legal"), categoryIds.get("regulations")));
		transactions.executeWithoutResult(status -> {
			entries.forEach(entry -> imported.publish(entry, ACTOR));
			events.publishEvent(AuditEvent.of("catalogue.demo.loaded", "Document", null,
					entries.size() + " demo documents published").by(ACTOR));
		});
		log.info("Demo catalogue: {} documents published in {} ms", entries.size(),
				(System.nanoTime() - started) / 1_000_000);
		return entries.size();
	}

	/** 湖南省人力资源和社会保障厅办公室关于印发《2016年政务公开实施方案》的通知: a plan, sent out as a notice. */
	private static Entry seedNotice(long officeUnitId, long plansCategoryId) {
		String[] lines = read(SEED).split("\\R", 2);
		LocalDate formed = LocalDate.of(2016, 7, 18);
		DocumentMetadata metadata = new DocumentMetadata(lines[0].strip(),
				"印发厅《2016年政务公开实施方案》，部署行政决策、重点领域信息、政策解读与新闻发布、政务服务等方面的公开工作及牵头处室。",
				"湘人社办发〔2016〕16号", "湖南省人力资源和社会保障厅办公室", officeUnitId, plansCategoryId,
				"政务公开 实施方案 2016年", "通知公告", formed, formed, null, Disclosure.PROACTIVE, null,
				RichText.fromPlainText(lines[1]));
		return new Entry(null, metadata, formed.atStartOfDay(CHINA).toInstant(), Validity.VALID, null,
				List.of());
	}

	private static List<Entry> corpus(long legalUnitId, long regulationsCategoryId) {
		List<Entry> entries = new ArrayList<>();
		for (CSVRecord row : index()) {
			CorpusKind kind = CorpusKind.of(row.get("kind"));
			LocalDate date = LocalDate.parse(row.get("date"));
			String title = row.get("title").strip();
			DocumentMetadata metadata = new DocumentMetadata(title, null, row.get("doc_number"), row.get("issuer"),
					legalUnitId, regulationsCategoryId, null, kind.documentType(), date, null, null,
					Disclosure.PROACTIVE, null, CorpusText.markdownToHtml(read(CORPUS + row.get("file")), title));
			entries.add(new Entry(null, metadata, date.atStartOfDay(CHINA).toInstant(),
					CorpusKind.validity(row.get("validity")), null, List.of()));
		}
		return entries;
	}

	private static List<CSVRecord> index() {
		try (Reader in = new InputStreamReader(new ClassPathResource(CORPUS + "index.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the demo corpus index is part of the application", ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the demo text " + path + " is part of the application", ex);
		}
	}

}
