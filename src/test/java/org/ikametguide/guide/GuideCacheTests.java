package org.ikametguide.guide;

import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Guide content only changes with a deployment, so once warm a guide page or a search runs no SQL. */
@SpringBootTest
@AutoConfigureMockMvc
class GuideCacheTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private CacheManager cacheManager;

	@Test
	void warmGuidePagesAndSearchesRunNoSql() throws Exception {
		List<String> urls = Stream.concat(GuidePages.PATHS.stream(), Stream.of("/search?q=office")).toList();
		for (String url : urls) {
			mvc.perform(get(url)).andExpect(status().isOk());
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		for (String url : urls) {
			mvc.perform(get(url)).andExpect(status().isOk());
		}
		assertThat(statistics.getPrepareStatementCount() - before).isZero();
	}

	@Test
	void aColdLanguageIsReadInAFewStatements() throws Exception {
		// Other test classes share this context and may have warmed the cache: make this language cold.
		cacheManager.getCache("guide").clear();
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		mvc.perform(get("/faq").param("lang", "ru")).andExpect(status().isOk());
		assertThat(statistics.getPrepareStatementCount() - before).isBetween(1L, 4L);
	}

}
