package org.ikametguide.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole guide in one language, read once from the content store and then kept in memory (content only changes
 * with a deployment). Immutable, so one instance can be shared by every request.
 */
public record GuideContent(String locale, Map<String, Section> sections) {

	public Section section(String code) {
		Section section = sections.get(code);
		if (section == null) {
			throw new IllegalArgumentException("No guide section " + code);
		}
		return section;
	}

	/** A section: its title, when it was last reviewed, and its items in order. */
	public record Section(String code, String title, String titleLang, LocalDate lastReviewed, List<Item> items) {

		public List<Item> itemsOf(ItemKind kind) {
			return items.stream().filter((item) -> item.kind() == kind).toList();
		}

		/** For templates: {@code section.itemsOf('KEY_POINT')}. */
		public List<Item> itemsOf(String kind) {
			return itemsOf(ItemKind.valueOf(kind));
		}

		public Item item(String key) {
			return items.stream()
				.filter((item) -> item.key().equals(key))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No item " + key + " in " + code));
		}

		/** {@code ltr} when the title fell back to English (see {@link Item#dir()}), else none. */
		public String titleDir() {
			return directionOf(titleLang);
		}

		/** Where the section is shown. */
		public String path() {
			return GuidePages.pathOf(code);
		}

	}

	/**
	 * An item with its texts by part. {@code lang} is set only when some text had to fall back to English because
	 * the translation lacks it, so that the page can mark that text's language. {@code refs} are, for an erratum,
	 * the passages ("section/item") it concerns; {@code notes} are the errata shown beside this item.
	 */
	public record Item(String section, String key, ItemKind kind, Map<String, String> parts, String lang,
			String sourceUrl, List<String> refs, List<Item> notes) {

		public String text(String part) {
			return parts.getOrDefault(part, "");
		}

		/** The text of a part cut into {@link Run runs}, for pages to show. */
		public List<Run> runs(String part) {
			return Run.of(text(part));
		}

		/** The page that shows this item; an erratum is shown beside the first passage it concerns. */
		public String path() {
			if (kind == ItemKind.ERRATUM && !refs.isEmpty()) {
				return GuidePages.pathOf(refs.get(0).substring(0, refs.get(0).indexOf('/')));
			}
			return GuidePages.pathOf(section);
		}

		/**
		 * {@code ltr} when the text fell back to English, so that it reads left to right (full stop at its end) even
		 * on an Arabic or Persian page; none when the text is in the page's language and takes the page's direction.
		 */
		public String dir() {
			return directionOf(lang);
		}

		/** The id of this item's element on its page. */
		public String anchor() {
			return (kind == ItemKind.ERRATUM) ? "note-" + key : key;
		}

		/**
		 * The id of this note where it is shown beside {@code passage}. A note may concern several passages of one
		 * page; beside the first of them it takes its plain {@link #anchor()} (where search links lead), beside the
		 * others the passage's key is added, so that no id appears twice on a page.
		 */
		public String anchorBeside(Item passage) {
			String page = passage.section() + "/";
			String first = refs.stream().filter((ref) -> ref.startsWith(page)).findFirst().orElse(null);
			return (page + passage.key()).equals(first) ? anchor() : anchor() + "--" + passage.key();
		}

	}

	/**
	 * A piece of a passage. Addresses, hyphenated Latin words and "name number" pairs (e-ikamet, www.goc.gov.tr,
	 * YİMER 157) are {@code keepTogether}: shown as a left-to-right isolate that does not wrap, because inside Arabic
	 * or Persian text a browser that breaks "e-ikamet" at its hyphen shows "-e" at the end of the line.
	 */
	public record Run(String text, boolean keepTogether) {

		private static final Pattern KEEP_TOGETHER = Pattern
			.compile("(?:https?://)?[\\p{IsLatin}\\d]+(?:[-./][\\p{IsLatin}\\d]+)+|\\p{IsLatin}+ \\d+");

		public static List<Run> of(String text) {
			List<Run> runs = new ArrayList<>();
			Matcher matcher = KEEP_TOGETHER.matcher(text);
			int start = 0;
			while (matcher.find()) {
				if (matcher.start() > start) {
					runs.add(new Run(text.substring(start, matcher.start()), false));
				}
				runs.add(new Run(matcher.group(), true));
				start = matcher.end();
			}
			if (start < text.length()) {
				runs.add(new Run(text.substring(start), false));
			}
			return runs;
		}

	}

	/** Only English is ever a fallback language, and it is written left to right. */
	static String directionOf(String fallbackLang) {
		return (fallbackLang != null) ? "ltr" : null;
	}

}
