package org.gongkai.calendar;

/**
 * The versions of the holiday law (全国年节及纪念日放假办法) that fix the statutory days; 元旦, 清明, 端午, 中秋 (one day
 * each) and 国庆 (1-3 October) are the same in all three.
 */
enum HolidayLaw {

	/** 2007 revision, in force 2008-01-01: 春节 除夕 and the first two days, 劳动节 1 May. */
	V2008(2008, true, 3, 1),

	/** 2013 revision, in force 2014-01-01: 春节 the first three days of the first month (no 除夕), 劳动节 1 May. */
	V2014(2014, false, 3, 1),

	/** 2024 revision, in force 2025-01-01: 春节 除夕 and the first three days, 劳动节 1-2 May. */
	V2025(2025, true, 4, 2);

	/** The first year with statutory days computed. */
	static final int FIRST_YEAR = 2008;

	private final int firstYear;

	private final boolean springFestivalFromEve;

	private final int springFestivalDays;

	private final int labourDays;

	HolidayLaw(int firstYear, boolean springFestivalFromEve, int springFestivalDays, int labourDays) {
		this.firstYear = firstYear;
		this.springFestivalFromEve = springFestivalFromEve;
		this.springFestivalDays = springFestivalDays;
		this.labourDays = labourDays;
	}

	/** The version in force for the whole of {@code year} (each took effect on 1 January); {@code null} before 2008. */
	static HolidayLaw inForce(int year) {
		HolidayLaw inForce = null;
		for (HolidayLaw law : values()) {
			if (year >= law.firstYear) {
				inForce = law;
			}
		}
		return inForce;
	}

	boolean springFestivalFromEve() {
		return springFestivalFromEve;
	}

	int springFestivalDays() {
		return springFestivalDays;
	}

	int labourDays() {
		return labourDays;
	}

}
