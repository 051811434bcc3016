package org.gongkai.calendar;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar settings ({@code gongkai.calendar.*}).
 *
 * @param warnFrom from this day of the year (written {@code MM-dd}) the console warns when next year's holiday
 * notice is not loaded yet; the State Council usually publishes it in November
 */
@ConfigurationProperties("gongkai.calendar")
public record CalendarProperties(@DefaultValue("12-01") MonthDay warnFrom) {
}
