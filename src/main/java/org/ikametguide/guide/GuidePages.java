package org.ikametguide.guide;

import java.util.List;
import java.util.stream.Stream;

import org.ikametguide.system.SharedPages;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The guide's pages, listed once: {@link GuideController} serves them, the layout's navigation links them, search
 * looks through them and the page cache keeps them ({@link SharedPages}).
 */
@ControllerAdvice
public class GuidePages {

	/** The sections with a page named after them, as GuideController's path pattern takes them. */
	static final String NAMED_PAGES = "steps|methods|mistakes|checklist|verification|faq|waiting";

	/** The sections that are pages of their own, in navigation order: the overview (the home page), then the rest. */
	public static final List<String> SECTIONS = Stream
		.concat(Stream.of("overview"), Stream.of(NAMED_PAGES.split("\\|")))
		.toList();

	/** Every address of the guide: its sections, the printable checklist and search. */
	public static final List<String> PATHS = Stream
		.concat(SECTIONS.stream().map(GuidePages::pathOf), Stream.of("/checklist/print", "/search"))
		.toList();

	/** The links of the navigation on every page: the guide's sections, then the tracker. */
	static final List<String> NAVIGATION = Stream.concat(SECTIONS.stream(), Stream.of("tracker")).toList();

	/** Where a section is shown: the overview is the home page, the others have a page named after them. */
	static String pathOf(String section) {
		return "overview".equals(section) ? "/" : "/" + section;
	}

	/** The guide's pages are the same for every anonymous reader of a language: they may be shared. */
	@Bean
	static SharedPages sharedPages() {
		return new SharedPages(PATHS);
	}

	/** The model attribute {@code navigation}, on every page (the error pages too). */
	@ModelAttribute("navigation")
	List<String> navigation() {
		return NAVIGATION;
	}

}
