package org.ikametguide.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One text of an item (its body, title, cause, …) in one locale. */
@Entity
@Table(name = "guide_text")
public class GuideText extends LocalizedText {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private GuideItem item;

	private String part;

	private String content;

	protected GuideText() {
	}

	public GuideItem getItem() {
		return item;
	}

	public String getPart() {
		return part;
	}

	public String getContent() {
		return content;
	}

}
