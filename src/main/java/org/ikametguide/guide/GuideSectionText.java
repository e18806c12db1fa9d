package org.ikametguide.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The title of a section in one locale. */
@Entity
@Table(name = "guide_section_text")
public class GuideSectionText extends LocalizedText {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private GuideSection section;

	private String title;

	protected GuideSectionText() {
	}

	public GuideSection getSection() {
		return section;
	}

	public String getTitle() {
		return title;
	}

}
