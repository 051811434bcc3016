package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day of a solar term (节气) in China: the day, in Beijing time (UTC+8), on which the sun's apparent ecliptic
 * longitude reaches a multiple of 15°. ICU4J computes the Chinese calendar but offers no public API for solar terms,
 * so the sun's position comes from the low-precision formula of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.),
 * ch. 25: accurate to about 0.01°, a quarter of an hour of the sun's motion, which is enough for the day except in a
 * year whose moment falls within minutes of midnight. The tests check it against every 清明 of the loaded holiday
 * notices and against ICU's own astronomy for two centuries.
 */
final class SolarTerms {

	/** 清明 (Pure Brightness): the sun at 15°, on 4 or 5 April. */
	static final double QINGMING = 15;

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private static final double J2000 = 2451545.0;

	private static final double UNIX_EPOCH_JD = 2440587.5;

	private static final double TROPICAL_YEAR = 365.242189;

	/** Terrestrial minus universal time, about 69 s this century: far below the formula's own error, but free. */
	private static final double DELTA_T_DAYS = 69.0 / 86400;

	private SolarTerms() {
	}

	/** The day in {@code year} on which the sun reaches {@code longitude} degrees (0 <= longitude < 360). */
	static LocalDate day(int year, double longitude) {
		// First guess: the March equinox (0°) is near 20 March, then about one degree a day.
		double jd = julianDay(LocalDate.of(year, 3, 20)) + longitude * TROPICAL_YEAR / 360;
		for (int i = 0; i < 20; i++) {
			double step = wrap(longitude - apparentLongitude(jd)) * TROPICAL_YEAR / 360;
			jd += step;
			if (Math.abs(step) < 1e-7) {
				break;
			}
		}
		double unixMillis = (jd - DELTA_T_DAYS - UNIX_EPOCH_JD) * 86_400_000d;
		return Instant.ofEpochMilli(Math.round(unixMillis)).atOffset(BEIJING).toLocalDate();
	}

	/** The sun's apparent longitude in degrees at the Julian ephemeris day {@code jde} (Meeus 25.2-25.8). */
	static double apparentLongitude(double jde) {
		double t = (jde - J2000) / 36525;
		double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
		double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
		double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
				+ (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
		double omega = Math.toRadians(125.04 - 1934.136 * t);
		double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
		return ((apparent % 360) + 360) % 360;
	}

	private static double julianDay(LocalDate date) {
		return date.toEpochDay() + UNIX_EPOCH_JD;
	}

	/** An angle difference brought into -180..180, so that the iteration moves the short way round. */
	private static double wrap(double degrees) {
		double d = ((degrees % 360) + 360) % 360;
		return d > 180 ? d - 360 : d;
	}

}
