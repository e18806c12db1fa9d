package org.ikametguide.tracker;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ikametguide.guide.GuideContent;
import org.ikametguide.guide.GuideService;
import org.ikametguide.system.Languages;

import org.springframework.stereotype.Component;

/**
 * Status labels, meanings and next steps, read from the guide's content store in the reader's language. The guide
 * content is cached per language, so this costs no SQL once warm.
 */
@Component
public class StatusTexts {

	static final String SECTION = "statuses";

	private final GuideService guide;

	StatusTexts(GuideService guide) {
		this.guide = guide;
	}

	/** Every status in the current request's language, in the order of the enum. */
	public Map<ApplicationStatus, StatusText> current() {
		return forLocale(Languages.current());
	}

	public Map<ApplicationStatus, StatusText> forLocale(String locale) {
		GuideContent content = guide.content(locale);
		GuideContent.Section section = content.section(SECTION);
		Map<ApplicationStatus, StatusText> texts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			GuideContent.Item item = section.item(status.contentKey());
			String ref = item.refs().isEmpty() ? null : item.refs().get(0);
			texts.put(status, new StatusText(status, item.text("title"), item.text("body"), item.text("next"),
					href(ref), passageTitle(content, ref), item.lang()));
		}
		return texts;
	}

	public List<StatusText> options() {
		return List.copyOf(current().values());
	}

	/** "faq/fees" is shown at /faq#fees; the overview is the home page. */
	static String href(String ref) {
		if (ref == null) {
			return null;
		}
		int slash = ref.indexOf('/');
		String section = ref.substring(0, slash);
		return ("overview".equals(section) ? "/" : "/" + section) + "#" + ref.substring(slash + 1);
	}

	/** The linked passage's heading, else the title of its page (checks and verification points have none). */
	private static String passageTitle(GuideContent content, String ref) {
		if (ref == null) {
			return null;
		}
		int slash = ref.indexOf('/');
		GuideContent.Section section = content.section(ref.substring(0, slash));
		String title = section.item(ref.substring(slash + 1)).text("title");
		return title.isEmpty() ? section.title() : title;
	}

}
