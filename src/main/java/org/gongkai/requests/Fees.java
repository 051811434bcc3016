package org.gongkai.requests;

/**
 * 信息处理费 under the 2020 rules (政府信息公开信息处理费管理办法), in yuan. Per request, counting the applicant's
 * requests in one calendar month: 1-10 free, 11-30 100 yuan each, then 100 yuan more per step of ten (31-40:
 * 200, 41-50: 300 ...). Per page: 1-30 free, 31-100 10 yuan a page, 101-200 20, beyond 200 40.
 */
public final class Fees {

	private Fees() {
	}

	/**
	 * The fee for one request.
	 *
	 * @param quantity for {@link FeeBasis#PER_REQUEST} the request's number in the applicant's month (1 for the
	 * first); for {@link FeeBasis#PER_PAGE} the number of pages
	 */
	public static int amount(FeeBasis basis, int quantity) {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
		return switch (basis) {
			case PER_REQUEST -> perRequest(quantity);
			case PER_PAGE -> perPage(quantity);
		};
	}

	private static int perRequest(int nth) {
		if (nth <= 10) {
			return 0;
		}
		if (nth <= 30) {
			return 100;
		}
		return 100 * (2 + (nth - 31) / 10);
	}

	private static int perPage(int pages) {
		int fee = 0;
		fee += 10 * Math.max(0, Math.min(pages, 100) - 30);
		fee += 20 * Math.max(0, Math.min(pages, 200) - 100);
		fee += 40 * Math.max(0, pages - 200);
		return fee;
	}

}
