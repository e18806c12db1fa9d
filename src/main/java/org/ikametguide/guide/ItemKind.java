package org.ikametguide.guide;

/** What a guide item is; decides which text parts it has and how a page shows it. */
public enum ItemKind {

	/** The overview answer. Parts: body. */
	PARAGRAPH,
	/** Parts: body. */
	KEY_POINT,
	/** Parts: title, body. */
	STEP,
	/** The column headings of the comparison table. Parts: title, scenario, conditions, pitfalls. */
	TABLE_HEADER,
	/** A row of the comparison table. Parts: title, scenario, conditions, pitfalls. */
	METHOD,
	/** Parts: title, cause, fix. */
	MISTAKE,
	/** Parts: body. */
	CHECK,
	/** Parts: body. */
	VERIFICATION,
	/** Parts: title (the question), body (the answer). */
	FAQ,
	/**
	 * A topic of the "while you wait" page, each from an official source. Parts: title, body, source (the source's
	 * name); its address is the item's source_url.
	 */
	TOPIC,
	/** An editor's note correcting the passages named in its refs. Parts: body, source. */
	ERRATUM,
	/** What a tracker status means. Parts: title (label), body (meaning), next (the next step). */
	STATUS

}
