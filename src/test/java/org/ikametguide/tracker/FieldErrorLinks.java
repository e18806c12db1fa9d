package org.ikametguide.tracker;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** What a screen reader needs from a form shown again with errors, for every kind of control (input, select…). */
final class FieldErrorLinks {

	private FieldErrorLinks() {
	}

	/**
	 * Each field the error summary links to is marked invalid and described by its error message; every id a control
	 * is described by exists on the page (its hint, its error).
	 */
	static void assertEachErrorIsLinked(Document page) {
		Element summary = page.selectFirst(".app-error-summary[role=alert]");
		assertThat(summary).isNotNull();
		for (String href : summary.select("a").eachAttr("href")) {
			Element control = page.selectFirst(href);
			assertThat(control).as(href).isNotNull();
			assertThat(control.attr("aria-invalid")).as(href).isEqualTo("true");
			assertThat(control.attr("aria-describedby").split(" ")).as(href).contains(href.substring(1) + "-error");
		}
		for (Element described : page.select("main [aria-describedby]")) {
			for (String id : described.attr("aria-describedby").split(" ")) {
				assertThat(page.getElementById(id)).as(described.id() + " described by " + id).isNotNull();
			}
		}
	}

}
