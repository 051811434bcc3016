package org.gongkai.interpretation;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.catalogue.DocumentLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy and interpretation link to each other (政策文件与解读材料双向关联) on the catalogue's document page: a policy
 * lists its published interpretations under 政策解读; an interpretation's document links to its policy and to its
 * interpretation page.
 */
@Component
class InterpretationLinks implements DocumentLinks {

	private final Interpretations interpretations;

	InterpretationLinks(Interpretations interpretations) {
		this.interpretations = interpretations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> linksOf(long documentId) {
		List<Group> groups = new ArrayList<>();
		List<Link> ofPolicy = interpretations.ofPolicy(documentId)
			.stream()
			.map(i -> new Link(page(i), i.title(), i.form().messageKey()))
			.toList();
		if (!ofPolicy.isEmpty()) {
			groups.add(new Group("interpretation.links.interpretations", ofPolicy));
		}
		interpretations.publishedByDocument(documentId)
			.ifPresent(i -> groups.add(new Group("interpretation.links.policy",
					List.of(new Link("/catalogue/documents/" + i.policyId(), i.policyTitle(), null),
							new Link(page(i), i.title(), "interpretation.links.page")))));
		return groups;
	}

	private static String page(InterpretationSummary interpretation) {
		return "/interpretations/" + interpretation.id();
	}

}
