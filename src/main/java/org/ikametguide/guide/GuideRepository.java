package org.ikametguide.guide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to the content store; the whole guide is small, so it is read in four queries per locale. */
public interface GuideRepository extends Repository<GuideSection, Long> {

	@Query("select s from GuideSection s order by s.position")
	List<GuideSection> findSections();

	@Query("select i from GuideItem i join fetch i.section s order by s.position, i.position")
	List<GuideItem> findItems();

	@Query("select t from GuideSectionText t where t.locale in :locales")
	List<GuideSectionText> findSectionTexts(List<String> locales);

	@Query("select t from GuideText t where t.locale in :locales")
	List<GuideText> findTexts(List<String> locales);

}
