package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;

/**
 * The made-up case a template is previewed against (示例): a reply template with one item of its reply type, a
 * ground with a refusal on that ground, the frame with two items, so that every placeholder of the template shows.
 * The linked document is the newest public one, so that its link works.
 */
@Component
class LetterSamples {

	private static final String APPLICANT = "张三";

	private static final String ITEM = "2026年度高校毕业生就业补助资金分配文件";

	private static final String SECOND_ITEM = "某人力资源服务机构的年度报告";

	private static final String EXPLANATION = "如需纸质文本，请携带本人身份证件到本机关政府信息公开受理窗口领取";

	private final Catalogue catalogue;

	private final LetterSettings settings;

	private final RequestProperties properties;

	private final ReplyLetters letters;

	private final Clock clock;

	LetterSamples(Catalogue catalogue, LetterSettings settings, RequestProperties properties, ReplyLetters letters,
			Clock clock) {
		this.catalogue = catalogue;
		this.settings = settings;
		this.properties = properties;
		this.letters = letters;
		this.clock = clock;
	}

	LetterFacts forTemplate(String code, LetterTemplateKind kind) {
		LocalDate today = LocalDate.now(clock);
		List<LetterFacts.Item> items = switch (kind) {
			case REPLY -> {
				ReplyType reply = ReplyType.valueOf(code.substring("REPLY_".length()));
				yield List.of(letters.item(reply, reply.needsGround() ? Ground.THIRD_PARTY_RIGHTS : null, ITEM,
						EXPLANATION, documents()));
			}
			case GROUND -> List.of(letters.item(ReplyType.NOT_DISCLOSED, Ground.valueOf(code.substring("GROUND_".length())),
					ITEM, null, List.of()));
			case FRAME -> LetterTemplateCodes.PENDING.equals(code)
					? List.of(letters.item(null, null, ITEM, null, List.of()))
					: List.of(letters.item(ReplyType.ALREADY_PUBLIC, null, ITEM, null, documents()),
							letters.item(ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS, SECOND_ITEM, null,
									List.of()));
		};
		return new LetterFacts(properties.trackingPrefix() + today.getYear() + "-00001", APPLICANT, today,
				RuleSet.R2019, settings.agency(), today, items);
	}

	private List<LetterFacts.LinkedDocument> documents() {
		return catalogue.publicPage(CatalogueFilter.none(), 0, 1)
			.stream()
			.map(d -> new LetterFacts.LinkedDocument(d.title(), d.indexNumber(), settings.documentUrl(d.id())))
			.toList();
	}

}
