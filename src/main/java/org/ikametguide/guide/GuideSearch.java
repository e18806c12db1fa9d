package org.ikametguide.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Finds passages of the guide (in one language) that contain every word of a query, compared {@link Folded folded}
 * (case, accents, Arabic and Persian letter forms, digits of any script), and marks the matches. It searches the cached {@link GuideContent}, so a search costs no SQL either.
 */
@Component
public class GuideSearch {

	static final int MAX_QUERY_LENGTH = 200;

	private static final int SNIPPET_LENGTH = 260;

	/** The guide's pages and the editor's notes. */
	private static final List<String> SEARCHED = Stream.concat(GuidePages.SECTIONS.stream(), Stream.of("errata"))
		.toList();

	private static final Set<ItemKind> NOT_SEARCHED = Set.of(ItemKind.TABLE_HEADER, ItemKind.STATUS);

	/**
	 * One passage found: where it is, its heading and the matching text cut into plain and marked segments;
	 * {@code lang} is "en" when the passage fell back to English on a translated page.
	 */
	public record Hit(String sectionTitle, String path, String anchor, String heading, List<Segment> snippet,
			String lang) {

		public String href() {
			return path + "#" + anchor;
		}

		/** {@code ltr} for an English fallback passage, so it reads left to right on an Arabic or Persian page. */
		public String dir() {
			return GuideContent.directionOf(lang);
		}

	}

	/** A piece of text; {@code match} pieces are shown highlighted. */
	public record Segment(String text, boolean match) {
	}

	public List<Hit> search(GuideContent content, String query) {
		List<String> terms = terms(query);
		List<Hit> hits = new ArrayList<>();
		if (terms.isEmpty()) {
			return hits;
		}
		for (String code : SEARCHED) {
			GuideContent.Section section = content.sections().get(code);
			if (section == null) {
				continue;
			}
			for (GuideContent.Item item : section.items()) {
				if (NOT_SEARCHED.contains(item.kind())) {
					continue;
				}
				String all = fold(String.join(" ", item.parts().values()));
				if (terms.stream().allMatch(all::contains)) {
					hits.add(toHit(content, section, item, terms));
				}
			}
		}
		return hits;
	}

	static List<String> terms(String query) {
		if (query == null) {
			return List.of();
		}
		String trimmed = query.strip();
		if (trimmed.length() > MAX_QUERY_LENGTH) {
			trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
		}
		return List.of(fold(trimmed).split("\\s+")).stream().filter((t) -> !t.isBlank()).distinct().toList();
	}

	private Hit toHit(GuideContent content, GuideContent.Section section, GuideContent.Item item, List<String> terms) {
		String heading = item.text("title");
		String pageTitle = section.title();
		if (item.kind() == ItemKind.ERRATUM) {
			pageTitle = content.section(item.path().equals("/") ? "overview" : item.path().substring(1)).title();
		}
		String body = bestPart(item, terms);
		return new Hit(pageTitle, item.path(), item.anchor(), heading, highlight(snippet(body, terms), terms),
				item.lang());
	}

	/** The part with the most matching terms, preferring the body to the title. */
	private static String bestPart(GuideContent.Item item, List<String> terms) {
		String best = "";
		long bestCount = -1;
		for (var part : item.parts().entrySet()) {
			if (part.getKey().equals("title") && item.parts().size() > 1) {
				continue;
			}
			String folded = fold(part.getValue());
			long count = terms.stream().filter(folded::contains).count();
			if (count > bestCount) {
				best = part.getValue();
				bestCount = count;
			}
		}
		return best;
	}

	/** A window of the text around the first match, cut at word boundaries. */
	static String snippet(String text, List<String> terms) {
		if (text.length() <= SNIPPET_LENGTH) {
			return text;
		}
		Folded folded = Folded.of(text);
		int first = folded.originStart(
				terms.stream().mapToInt(folded.text()::indexOf).filter((i) -> i >= 0).min().orElse(0));
		int start = Math.max(0, first - SNIPPET_LENGTH / 3);
		int end = Math.min(text.length(), start + SNIPPET_LENGTH);
		if (start > 0) {
			int space = text.indexOf(' ', start);
			start = (space > 0 && space < first) ? space + 1 : start;
		}
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = (space > first) ? space : end;
		}
		return ((start > 0) ? "…" : "") + text.substring(start, end) + ((end < text.length()) ? "…" : "");
	}

	static List<Segment> highlight(String text, List<String> terms) {
		Folded folded = Folded.of(text);
		boolean[] marked = new boolean[text.length()];
		for (String term : terms) {
			for (int i = folded.text().indexOf(term); i >= 0; i = folded.text().indexOf(term, i + term.length())) {
				for (int j = folded.originStart(i); j < folded.originEnd(i + term.length() - 1); j++) {
					marked[j] = true;
				}
			}
		}
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				segments.add(new Segment(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return segments;
	}

	/** The text as search compares it; see {@link Folded}. */
	static String fold(String text) {
		return Folded.of(text).text();
	}

}
