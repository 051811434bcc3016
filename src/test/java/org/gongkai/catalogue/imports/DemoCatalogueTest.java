package org.gongkai.catalogue.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.Validity;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo catalogue a first start publishes: the seed notice and the 76 corpus texts, each once. */
@GongkaiTest
class DemoCatalogueTest {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	Catalogue catalogue;

	@Autowired
	ImportedDocuments imported;

	@Autowired
	DemoCatalogue demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeedNoticeIsPublicWithItsNumberAndDate() {
		DocumentView notice = publicByTitle("湖南省人力资源和社会保障厅办公室关于印发《2016年政务公开实施方案》的通知");
		assertThat(notice.documentNumber()).isEqualTo("湘人社办发〔2016〕16号");
		assertThat(notice.formedOn()).isEqualTo(LocalDate.of(2016, 7, 18));
		assertThat(notice.publishedAt().atZone(CHINA).toLocalDate()).isEqualTo(LocalDate.of(2016, 7, 18));
		assertThat(notice.issuingBody()).isEqualTo("湖南省人力资源和社会保障厅办公室");
		assertThat(notice.categoryName()).isEqualTo("规划计划");
		assertThat(notice.indexNumber()).startsWith("000014349/2016-");
		assertThat(notice.body()).contains("<p>湘人社办发〔2016〕16号</p>").contains("（十七）全面加强12333电话咨询服务工作");
		assertThat(notice.revisions()).singleElement()
			.satisfies(r -> assertThat(r.publishedAt()).isEqualTo(notice.publishedAt()));
	}

	@Test
	void everyCorpusTextIsPublicUnder法规文件WithItsMetadata() throws IOException {
		long regulations = catalogue.categories()
			.stream()
			.filter(c -> c.code().equals("regulations"))
			.map(CategoryView::id)
			.findFirst()
			.orElseThrow();
		List<String> titles = catalogue.publicPage(new CatalogueFilter(regulations, null, null, null, null), 0, 500)
			.map(DocumentSummary::title)
			.getContent();
		List<CSVRecord> index = corpusIndex();
		assertThat(index).hasSize(76);
		assertThat(titles).containsAll(index.stream().map(r -> r.get("title")).toList());
		assertThat(catalogue.publicPage(CatalogueFilter.none(), 0, 1).getTotalElements()).isGreaterThanOrEqualTo(77);

		DocumentView labourLaw = publicByTitle("中华人民共和国劳动法");
		assertThat(labourLaw.publishedAt().atZone(CHINA).toLocalDate()).isEqualTo(LocalDate.of(2018, 12, 29));
		assertThat(labourLaw.issuingBody()).isEqualTo("全国人民代表大会常务委员会");
		assertThat(labourLaw.documentType()).isEqualTo("其他文件");
		assertThat(labourLaw.body()).contains("<h2>第一章 总则</h2>").doesNotContain("INFO END").doesNotContain("---");
		assertThat(jdbc.queryForObject("select code from unit where id = ?", String.class, labourLaw.unitId()))
			.isEqualTo("legal");
		assertThat(publicByTitle("企业职工带薪年休假实施办法").documentType()).isEqualTo("规章");
		DocumentView wages = publicByTitle("工资支付暂行规定");
		assertThat(wages.documentType()).isEqualTo("行政规范性文件");
		assertThat(wages.documentNumber()).isEqualTo("劳部发〔1994〕489号");
	}

	@Test
	void validityComesFromTheCorpus() {
		assertThat(publicByTitle("信访条例").validity()).isEqualTo(Validity.REPEALED);
		assertThat(publicVersion("中华人民共和国行政复议法", LocalDate.of(2017, 9, 1)).validity())
			.isEqualTo(Validity.AMENDED);
		assertThat(publicVersion("中华人民共和国行政复议法", LocalDate.of(2023, 9, 1)).validity()).isEqualTo(Validity.VALID);
		assertThat(publicByTitle("中华人民共和国劳动合同法").validity()).isEqualTo(Validity.VALID);
	}

	@Test
	void aSecondRunPublishesNothingMore() {
		long before = imported.count();
		assertThat(demo.load()).isZero();
		assertThat(imported.count()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where title = ?", Integer.class,
				"中华人民共和国劳动法")).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'document.imported' and actor = 'demo-data'",
				Integer.class)).isGreaterThanOrEqualTo(77);
	}

	private DocumentView publicByTitle(String title) {
		Long id = jdbc.queryForObject("select min(id) from catalogue_document where title = ?", Long.class, title);
		assertThat(id).as(title).isNotNull();
		return catalogue.publicDocument(id).orElseThrow(() -> new AssertionError(title + " is not public"));
	}

	private DocumentView publicVersion(String title, LocalDate formedOn) {
		Long id = jdbc.queryForObject("select min(id) from catalogue_document where title = ? and formed_on = ?",
				Long.class, title, formedOn);
		return catalogue.publicDocument(id).orElseThrow(() -> new AssertionError(title + " is not public"));
	}

	static List<CSVRecord> corpusIndex() throws IOException {
		try (Reader in = new InputStreamReader(new ClassPathResource("catalogue/corpus/index.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

}
