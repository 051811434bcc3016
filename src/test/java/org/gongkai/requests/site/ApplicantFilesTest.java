package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.audit.AuditRecord;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.requests.ApplicantFileView;
import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;

/** Files an applicant sends: checked with the application, all or nothing, only handlers download them, audited. */
@GongkaiTest
class ApplicantFilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicantFiles files;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	AuditLog audit;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void filesSentWithAnApplicationReachItsHandlerOnlyAndEachDownloadIsAudited() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		MockMultipartFile proof = ApplyFormSteps.pdf("身份证明.pdf");
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("就业困难人员认定办法"),
				proof, ApplyFormSteps.png("scan.png")));
		String number = receipt.selectFirst("#tracking-number").text();

		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), number);
		List<ApplicantFileView> sent = files.list(CurrentStaff.require(), id);
		assertThat(sent).extracting(ApplicantFileView::fileName).containsExactly("身份证明.pdf", "scan.png");
		assertThat(sent).extracting(ApplicantFileView::contentType).containsExactly("application/pdf", "image/png");
		long fileId = sent.get(0).id();
		String url = "/admin/requests/" + id + "/attachments/" + fileId;
		SignedIn.signOut();

		assertThat(mvc.perform(get(url).with(Sessions.demo(mvc, "handler"))).andReturn().getResponse().getStatus())
			.as("a handler of another unit, before assignment").isEqualTo(404);
		SignedIn.as(staff, "office");
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.signOut();

		MvcResult download = mvc.perform(get(url).with(Sessions.demo(mvc, "handler"))).andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(proof.getBytes());
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81%E6%98%8E.pdf");
		assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");

		assertThat(mvc.perform(get(url).with(Sessions.demo(mvc, "editor"))).andReturn().getResponse().getStatus())
			.as("staff of another unit").isEqualTo(404);
		assertThat(mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl()).endsWith("/admin/login");

		List<AuditRecord> downloads = audit
			.search(new AuditQuery("handler", "request.file.downloaded", null, number, null, null), PageRequest.of(0, 10))
			.getContent();
		assertThat(downloads).hasSize(1);
		assertThat(downloads.get(0).summary()).doesNotContain("身份证明");
	}

	@Test
	void aFileOfTheWrongTypeIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		MockMultipartFile text = new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes());
		Document page = refused(text);
		assertThat(page.selectFirst("#files-error").text()).contains("notes.txt", "PDF、JPG 和 PNG");

		MockMultipartFile fake = new MockMultipartFile("files", "fake.pdf", "application/pdf", "GIF89a".getBytes());
		assertThat(refused(fake).selectFirst("#files-error").text()).contains("fake.pdf", "扩展名不符");
	}

	@Test
	void aFileOverTenMegabytesIsRefusedAndNothingIsSaved() throws Exception {
		byte[] big = Arrays.copyOf("%PDF-1.4\n".getBytes(), 10 * 1024 * 1024 + 1);
		Document page = refused(new MockMultipartFile("files", "big.pdf", "application/pdf", big));
		assertThat(page.selectFirst("#files-error").text()).contains("big.pdf", "10 MB");
	}

	@Test
	void moreThanThreeFilesAreRefused() throws Exception {
		Document page = refused(ApplyFormSteps.pdf("1.pdf"), ApplyFormSteps.pdf("2.pdf"), ApplyFormSteps.pdf("3.pdf"),
				ApplyFormSteps.pdf("4.pdf"));
		assertThat(page.selectFirst("#files-error").text()).contains("最多可以上传 3 个文件");
	}

	private Document refused(MockMultipartFile... upload) throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		String key = steps.openForm();
		MvcResult result = steps.submit(key, ApplyFormSteps.person("社会保障卡发放情况"), upload);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = ApplyFormSteps.page(result);
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#files");
		assertThat(page.selectFirst("#item-0-description").text()).isEqualTo("社会保障卡发放情况");
		assertThat(page.select(".notice.warning").text()).contains("请重新选择");
		assertThat(applications.submittedWith(key)).as("nothing saved").isEmpty();
		return page;
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

}
