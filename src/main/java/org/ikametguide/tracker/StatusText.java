package org.ikametguide.tracker;

/**
 * A status as the reader sees it, from the content store: its label, what it means, the next step and the guide
 * passage that explains it ({@code guideHref}, titled {@code guideTitle}). {@code lang} is set when the text fell back
 * to English.
 */
public record StatusText(ApplicationStatus status, String label, String meaning, String next, String guideHref,
		String guideTitle, String lang) {

	/** The id of this status's explanation on the application page. */
	public String getAnchor() {
		return "status-" + status.contentKey();
	}

}
