package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** A date in a JSON body outside the years the application counts in is refused, naming its field. */
class SaneDatesTest {

	record Step(LocalDate on) {
	}

	private final JsonMapper json = JsonMapper.builder().addModule(new InputBounds(null).cleanStrings()).build();

	@Test
	void aDateOfTheYear999999999IsRefusedWithItsPath() {
		assertThatThrownBy(() -> json.readValue("{\"on\":\"+999999999-12-31\"}", Step.class))
			.isInstanceOf(MismatchedInputException.class)
			.satisfies(ex -> assertThat(JsonPaths.of((MismatchedInputException) ex)).isEqualTo("on"));
		assertThatThrownBy(() -> json.readValue("{\"on\":\"1899-12-31\"}", Step.class))
			.isInstanceOf(MismatchedInputException.class);
	}

	@Test
	void datesTheApplicationCountsInAreRead() {
		assertThat(json.readValue("{\"on\":\"2026-12-07\"}", Step.class).on()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(json.readValue("{\"on\":null}", Step.class).on()).isNull();
	}

}
