package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.gongkai.support.GongkaiTest;

/**
 * Every type the API's operations take or answer gets a schema of its own name in /v3/api-docs: two types with the
 * same simple name (Table C's {@code Group} and a consultation's {@code Group}) would otherwise share one schema, and
 * the document would describe one of them wrongly.
 */
@GongkaiTest
class OpenApiSchemaNamesTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Test
	void noTwoTypesOfTheApiShareASchemaName() {
		Map<String, Set<String>> byName = new TreeMap<>();
		for (Class<?> type : apiTypes()) {
			byName.computeIfAbsent(schemaName(type), name -> new TreeSet<>()).add(type.getName());
		}
		assertThat(byName).as("schema names of the API's types").isNotEmpty();
		assertThat(byName.entrySet()).filteredOn(entry -> entry.getValue().size() > 1).isEmpty();
	}

	@Test
	void tableCIsDescribedByItsOwnSchema() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.TableC.properties.reconsideration['$ref']")
				.value("#/components/schemas/TableCGroup"))
			.andExpect(jsonPath("$.components.schemas.TableCGroup.properties.upheld").exists());
	}

	private Set<Class<?>> apiTypes() {
		Deque<Type> pending = new ArrayDeque<>();
		for (HandlerMethod method : mappings.getHandlerMethods().values()) {
			if (!method.getBeanType().getName().startsWith("org.gongkai")) {
				continue;
			}
			pending.add(method.getReturnType().getGenericParameterType());
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					pending.add(parameter.getGenericParameterType());
				}
			}
		}
		Set<Class<?>> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			Type type = pending.pop();
			if (type instanceof ParameterizedType parameterized) {
				pending.add(parameterized.getRawType());
				pending.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
			}
			else if (type instanceof GenericArrayType array) {
				pending.add(array.getGenericComponentType());
			}
			else if (type instanceof Class<?> cls && cls.isArray()) {
				pending.add(cls.getComponentType());
			}
			else if (type instanceof Class<?> cls && cls.getName().startsWith("org.gongkai") && !cls.isEnum()
					&& seen.add(cls) && cls.isRecord()) {
				for (RecordComponent component : cls.getRecordComponents()) {
					pending.add(component.getGenericType());
				}
			}
		}
		return seen;
	}

	private static String schemaName(Class<?> type) {
		Schema schema = type.getAnnotation(Schema.class);
		return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
	}

}
