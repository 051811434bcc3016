package org.gongkai.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of roles as {@code A,B,C} so that an account reads in one row. */
@Converter
class RolesConverter implements AttributeConverter<Set<Role>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Role> convertToEntityAttribute(String column) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

}
