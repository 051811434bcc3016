package org.gongkai.requests;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Drafts the reply letter (政府信息公开申请答复告知书) of a case for the handler to check and edit before issuing.
 */
@Component
public class ReplyLetters {

	/** The letter's text for {@code view}, citing the article of each item's reply. */
	public String draft(CaseView view) {
		String items = view.items()
			.stream()
			.map(item -> item.position() + "、" + item.description() + "："
					+ (item.reply() == null ? "" : item.reply().article(view.rules())))
			.collect(Collectors.joining("\n"));
		return view.applicant().name() + "：\n" + view.trackingNumber() + "\n" + items;
	}

}
