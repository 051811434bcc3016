package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate first, LocalDate last);

	boolean existsByDayBetween(LocalDate first, LocalDate last);

	@Query("select max(d.day) from CalendarDay d")
	Optional<LocalDate> lastDay();

	@Query("""
			select new org.gongkai.calendar.YearCount(extract(year from d.day),
				sum(case when d.kind = 'holiday' then 1 else 0 end),
				sum(case when d.kind = 'workday' then 1 else 0 end))
			from CalendarDay d group by extract(year from d.day) order by extract(year from d.day)""")
	List<YearCount> countByYear();

}
