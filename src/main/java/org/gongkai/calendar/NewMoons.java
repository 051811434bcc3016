package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day of a new moon (朔) in Beijing time, which is the first day of a Chinese month. ICU4J's Chinese calendar
 * numbers the months correctly but places some new moons late by minutes, which moves a month's first day when the
 * moon is new just before midnight: the Spring Festival of 2027 (new moon 6 February, 23:56 in Beijing) starts a day
 * late there. The moment comes from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49, accurate to well
 * under a minute for these centuries.
 */
final class NewMoons {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private static final double UNIX_EPOCH_JD = 2440587.5;

	/** Terrestrial minus universal time, about 69 s this century. */
	private static final double DELTA_T_DAYS = 69.0 / 86400;

	/** Meeus 49.2: lunations per year, counted from the new moon of 6 January 2000 (k = 0). */
	private static final double LUNATIONS_PER_YEAR = 12.3685;

	/** Coefficients of the sine terms for a new moon (Meeus, table after 49.4), in days. */
	private static final double[] TERMS = { -0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208, -0.00111,
			-0.00057, 0.00056, -0.00042, 0.00042, 0.00038, -0.00024, -0.00017, -0.00007, 0.00004, 0.00004, 0.00003,
			0.00003, -0.00003, 0.00003, -0.00002, -0.00002, 0.00002 };

	/** Planetary arguments A1-A14 (constant, rate per lunation) and their coefficients (Meeus, after 49.4). */
	private static final double[][] PLANETARY = { { 299.77, 0.107408, 0.000325 }, { 251.88, 0.016321, 0.000165 },
			{ 251.83, 26.651886, 0.000164 }, { 349.42, 36.412478, 0.000126 }, { 84.66, 18.206239, 0.000110 },
			{ 141.74, 53.303771, 0.000062 }, { 207.14, 2.453732, 0.000060 }, { 154.84, 7.306860, 0.000056 },
			{ 34.52, 27.261239, 0.000047 }, { 207.19, 0.121824, 0.000042 }, { 291.34, 1.844379, 0.000040 },
			{ 161.72, 24.198154, 0.000037 }, { 239.56, 25.513099, 0.000035 }, { 331.55, 3.592518, 0.000023 } };

	private NewMoons() {
	}

	/** The Beijing day of the new moon nearest to {@code near} (give a day within about a week of it). */
	static LocalDate nearest(LocalDate near) {
		double year = near.getYear() + (near.getDayOfYear() - 0.5) / near.lengthOfYear();
		long k = Math.round((year - 2000) * LUNATIONS_PER_YEAR);
		double jde = moment(k);
		double unixMillis = (jde - DELTA_T_DAYS - UNIX_EPOCH_JD) * 86_400_000d;
		return Instant.ofEpochMilli(Math.round(unixMillis)).atOffset(BEIJING).toLocalDate();
	}

	/** The Julian ephemeris day of new moon number {@code k} (Meeus 49.1 and its corrections). */
	static double moment(long k) {
		double t = k / 1236.85;
		double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.000000150 * t * t * t
				+ 0.00000000073 * t * t * t * t;
		double e = 1 - 0.002516 * t - 0.0000074 * t * t;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
				- 0.000000058 * t * t * t * t);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
				+ 0.000000011 * t * t * t * t);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
		double[] sines = { Math.sin(mp), e * Math.sin(m), Math.sin(2 * mp), Math.sin(2 * f), e * Math.sin(mp - m),
				e * Math.sin(mp + m), e * e * Math.sin(2 * m), Math.sin(mp - 2 * f), Math.sin(mp + 2 * f),
				e * Math.sin(2 * mp + m), Math.sin(3 * mp), e * Math.sin(m + 2 * f), e * Math.sin(m - 2 * f),
				e * Math.sin(2 * mp - m), Math.sin(omega), Math.sin(mp + 2 * m), Math.sin(2 * mp - 2 * f),
				Math.sin(3 * m), Math.sin(mp + m - 2 * f), Math.sin(2 * mp + 2 * f), Math.sin(mp + m + 2 * f),
				Math.sin(mp - m + 2 * f), Math.sin(mp - m - 2 * f), Math.sin(3 * mp + m), Math.sin(4 * mp) };
		for (int i = 0; i < TERMS.length; i++) {
			jde += TERMS[i] * sines[i];
		}
		for (int i = 0; i < PLANETARY.length; i++) {
			double argument = PLANETARY[i][0] + PLANETARY[i][1] * k - (i == 0 ? 0.009173 * t * t : 0);
			jde += PLANETARY[i][2] * Math.sin(rad(argument));
		}
		return jde;
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360);
	}

}
