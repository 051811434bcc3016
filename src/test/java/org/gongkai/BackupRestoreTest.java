package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.ChainVerification;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The H2 backup and restore of the README ("Backup and restore"), with the same H2 tools and options: a backup
 * restored into an emptied database holds the applications acknowledged before it, trackable with their codes,
 * an intact audit chain, and the serials that keep new tracking numbers from repeating old ones.
 */
@GongkaiTest
class BackupRestoreTest {

	private static final String APPLICATION = """
			{"kind":"NATURAL_PERSON","name":"钱七","idType":"RESIDENT_ID","idNumber":"430104199001011230",
			 "phone":"13812345678","items":[{"description":"%s","documentNumber":null}],
			 "wantedForm":"ONLINE_DOWNLOAD","delivery":"ONLINE"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Value("${spring.datasource.url}")
	String url;

	@TempDir
	Path backups;

	@Test
	void aRestoredBackupHoldsTheDataAndAnIntactAuditChain() throws Exception {
		JsonNode receipt = apply("备份前的申请");
		long auditRows = audit.verify().rowsChecked();
		String backup = backups.resolve("gongkai.zip").toString();

		new Script().runTool("-url", url, "-user", "sa", "-script", backup, "-options", "compression", "zip");
		jdbc.execute("DROP ALL OBJECTS");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
				Long.class)).as("an empty database").isZero();
		new RunScript().runTool("-url", url, "-user", "sa", "-script", backup, "-options", "compression", "zip");

		ChainVerification chain = audit.verify();
		assertThat(chain.intact()).as("audit chain after the restore: %s", chain).isTrue();
		assertThat(chain.rowsChecked()).isGreaterThanOrEqualTo(auditRows);
		mvc.perform(get("/api/v1/requests/{n}", receipt.get("trackingNumber").asString())
			.param("queryCode", receipt.get("queryCode").asString())
			.with(ClientAddresses.from(ClientAddresses.fresh())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].description").value("备份前的申请"));
		assertThat(apply("恢复后的申请").get("trackingNumber").asString())
			.as("a new number after the restore")
			.isNotEqualTo(receipt.get("trackingNumber").asString());
		assertThat(audit.verify().intact()).as("the chain goes on after the restore").isTrue();
	}

	private JsonNode apply(String description) throws Exception {
		ResultActions result = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted(description))
			.with(ClientAddresses.from(ClientAddresses.fresh()))).andExpect(status().isCreated());
		return JsonMapper.builder().build().readTree(result.andReturn().getResponse().getContentAsString());
	}

}
