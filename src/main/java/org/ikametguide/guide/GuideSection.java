package org.ikametguide.guide;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A page-sized part of the guide (overview, steps, …). Its visible title is a {@link GuideSectionText} per locale. */
@Entity
@Table(name = "guide_section")
public class GuideSection {

	@Id
	private Long id;

	private String code;

	/** Orders the guide's queries; nothing reads it otherwise. */
	private int position;

	private LocalDate lastReviewed;

	protected GuideSection() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public LocalDate getLastReviewed() {
		return lastReviewed;
	}

}
