package org.gongkai.requests;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyFileRepository extends JpaRepository<ReplyFile, Long> {

	List<ReplyFile> findByRequestIdOrderById(long requestId);

	Optional<ReplyFile> findByIdAndRequestId(long id, long requestId);

	long countByRequestId(long requestId);

}

interface ReplyLinkRepository extends JpaRepository<ReplyLink, Long> {

	Optional<ReplyLink> findByTokenHash(String tokenHash);

	List<ReplyLink> findByRequestIdOrderByIdDesc(long requestId);

}
