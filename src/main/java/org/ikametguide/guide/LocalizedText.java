package org.ikametguide.guide;

import jakarta.persistence.MappedSuperclass;

import org.ikametguide.model.BaseEntity;

/** What every text of the guide has: a row id and the locale it is written in (its table says what it belongs to). */
@MappedSuperclass
public abstract class LocalizedText extends BaseEntity {

	private String locale;

	protected LocalizedText() {
	}

	public String getLocale() {
		return locale;
	}

}
