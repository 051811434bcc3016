package org.gongkai.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

	List<Unit> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByCodeIgnoreCase(String code);

	Optional<Unit> findByCode(String code);

}

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	@Query("select s from StaffAccount s join fetch s.unit where lower(s.username) = lower(?1)")
	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select s from StaffAccount s join fetch s.unit u order by u.sortOrder, s.username")
	List<StaffAccount> findAllWithUnit();

	@Query("select s from StaffAccount s join fetch s.unit u where u.id = ?1 order by s.username")
	List<StaffAccount> findAllInUnit(long unitId);

	@Query("select s from StaffAccount s join fetch s.unit u where s.enabled = true and u.active = true "
			+ "and s.email is not null order by s.username")
	List<StaffAccount> findReachable();

	long countByUnitId(long unitId);

	@Query("select s.unit.id, count(s) from StaffAccount s group by s.unit.id")
	List<Object[]> countPerUnit();

}

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.staff s join fetch s.unit where t.tokenHash = ?1")
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByStaffIdOrderByCreatedAtDesc(long staffId);

	@Query("select count(t) from ApiToken t where t.staff.id = ?1 and t.revokedAt is null and t.expiresAt > ?2")
	long countActive(long staffId, Instant now);

}
