package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first numbers of a year are taken by several publications at once (a batch at the turn of the year): each
 * gets its own number, and none fails because another created the year's serial first. (Creating the serial by
 * a merge once reset it under a concurrent request: numbers were given twice.) Tracking numbers of applications
 * take their serials the same way, through {@code common.FirstRows}.
 */
@GongkaiTest
class IndexSerialRaceTest {

	static final int AT_ONCE = 8;

	/** A race is not lost every time: each repetition is a year of its own. */
	static final int REPEAT = 6;

	@Autowired
	IndexNumbers indexNumbers;

	@Autowired
	TransactionTemplate transactions;

	@RepeatedTest(REPEAT)
	void numbersOfAnExistingYearTakenAtOnceAreDistinct(RepetitionInfo repetition) throws Exception {
		int year = 1940 + repetition.getCurrentRepetition();
		transactions.execute(status -> indexNumbers.next(year));
		List<String> taken = takeAtOnce(year);
		assertThat(taken).doesNotHaveDuplicates().hasSize(AT_ONCE);
	}

	@RepeatedTest(REPEAT)
	void theFirstNumbersOfAYearTakenAtOnceAreDistinctAndNoneFails(RepetitionInfo repetition) throws Exception {
		int year = 1920 + repetition.getCurrentRepetition();
		List<String> taken = takeAtOnce(year);
		assertThat(taken).doesNotHaveDuplicates().hasSize(AT_ONCE);
		assertThat(taken).allMatch(n -> n.matches(".+/" + year + "-0000[1-8]"));
	}

	private List<String> takeAtOnce(int year) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			List<Future<String>> numbers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				Callable<String> take = () -> {
					start.await();
					return transactions.execute(status -> indexNumbers.next(year));
				};
				numbers.add(pool.submit(take));
			}
			start.countDown();
			List<String> taken = new ArrayList<>();
			for (Future<String> number : numbers) {
				taken.add(number.get());
			}
			return taken;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
