package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.ChainVerification;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup must give back, whatever the database: the application acknowledged before the backup, trackable
 * with its code; an intact audit chain at least as long as before; serials that keep new numbers from repeating.
 * Shared by the H2 and the PostgreSQL backup tests.
 */
public final class RestoreChecks {

	private static final String APPLICATION = """
			{"kind":"NATURAL_PERSON","name":"钱七","idType":"RESIDENT_ID","idNumber":"430104199001011230",
			 "phone":"13812345678","items":[{"description":"%s","documentNumber":null}],
			 "wantedForm":"ONLINE_DOWNLOAD","delivery":"ONLINE"}""";

	private final MockMvc mvc;

	private final AuditLog audit;

	private JsonNode receipt;

	private long auditRows;

	public RestoreChecks(MockMvc mvc, AuditLog audit) {
		this.mvc = mvc;
		this.audit = audit;
	}

	/** Before the backup: one application acknowledged, and the chain's length. */
	public void before() throws Exception {
		receipt = apply("备份前的申请");
		auditRows = audit.verify().rowsChecked();
	}

	/** After the restore: everything {@link #before()} saw is there, and the application goes on. */
	public void after() throws Exception {
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
