package org.ikametguide.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The title of a section in one locale. */
@Entity
@Table(name = "guide_section_text")
public class GuideSectionText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private GuideSection section;

	private String locale;

	private String title;

	protected GuideSectionText() {
	}

	public GuideSection getSection() {
		return section;
	}

	public String getLocale() {
		return locale;
	}

	public String getTitle() {
		return title;
	}

}
