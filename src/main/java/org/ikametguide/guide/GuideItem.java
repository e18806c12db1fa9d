package org.ikametguide.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One ordered, language-neutral item of a section; its texts are {@link GuideText} rows per locale and part. */
@Entity
@Table(name = "guide_item")
public class GuideItem {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private GuideSection section;

	private String itemKey;

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	/** Orders the guide's queries; nothing reads it otherwise. */
	private int position;

	private String refs;

	private String sourceUrl;

	protected GuideItem() {
	}

	public Long getId() {
		return id;
	}

	public GuideSection getSection() {
		return section;
	}

	public String getItemKey() {
		return itemKey;
	}

	public ItemKind getKind() {
		return kind;
	}

	public String getRefs() {
		return refs;
	}

	public String getSourceUrl() {
		return sourceUrl;
	}

}
