package org.gongkai.consultation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.FoldedText;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sensitive-word list (敏感词) the disclosure office keeps: a comment containing one waits for moderation
 * like every other, flagged and listed first, with the words shown to the moderator. Matching ignores case and width
 * ({@link FoldedText}).
 */
@Service
public class SensitiveWords {

	static final int MAX_WORDS = 2000;

	private final SensitiveWordRepository words;

	private final ApplicationEventPublisher events;

	SensitiveWords(SensitiveWordRepository words, ApplicationEventPublisher events) {
		this.words = words;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<String> list() {
		return words.findAll().stream().map(SensitiveWord::word).sorted().toList();
	}

	/** Replaces the whole list (one word per entry; blanks and repeats dropped). Office only. */
	@Transactional
	public int replace(Me me, Collection<String> entries) {
		if (!me.office()) {
			throw RuleViolation.forbidden("consultation.words.denied");
		}
		Set<String> clean = new LinkedHashSet<>();
		for (String entry : entries) {
			String word = entry == null ? "" : entry.strip();
			if (word.length() > 50) {
				throw RuleViolation.invalid("words", "consultation.words.tooLong", word);
			}
			if (!word.isEmpty()) {
				clean.add(word);
			}
		}
		if (clean.size() > MAX_WORDS) {
			throw RuleViolation.invalid("words", "consultation.words.tooMany", MAX_WORDS);
		}
		words.deleteAllInBatch();
		words.saveAll(clean.stream().map(SensitiveWord::new).toList());
		events.publishEvent(AuditEvent.of("consultation.words.replaced", "SensitiveWord", null,
				clean.size() + " words"));
		return clean.size();
	}

	/** The listed words the text contains, in list order. */
	@Transactional(readOnly = true)
	public List<String> foundIn(String text) {
		FoldedText folded = new FoldedText(text);
		List<String> found = new ArrayList<>();
		for (String word : list()) {
			if (folded.contains(word)) {
				found.add(word);
			}
		}
		return found;
	}

}
