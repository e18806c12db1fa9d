package org.ikametguide.guide;

import org.ikametguide.system.Languages;
import org.ikametguide.system.PublicAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The guide's pages ({@link GuidePages}): each section, the printable checklist, and search through all of them in the
 * reader's language. Each reads the cached content store; none holds text of its own.
 */
@Controller
class GuideController {

	private final GuideService guide;

	private final GuideSearch search;

	private final PublicAddress publicAddress;

	GuideController(GuideService guide, GuideSearch search, PublicAddress publicAddress) {
		this.guide = guide;
		this.search = search;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/")
	String overview(Model model) {
		return show(model, "overview");
	}

	/** The other sections have a page named after them: /steps, /methods, …, /waiting. */
	@GetMapping("/{page:" + GuidePages.NAMED_PAGES + "}")
	String page(@PathVariable String page, Model model) {
		return show(model, page);
	}

	@GetMapping("/checklist/print")
	String printChecklist(Model model) {
		model.addAttribute("siteUrl",
				publicAddress.at(ServletUriComponentsBuilder.fromCurrentContextPath().path("/checklist")).toUriString());
		show(model, "checklist");
		return "guide/checklist-print";
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		GuideContent content = guide.content(Languages.current());
		String trimmed = (query == null) ? "" : query.strip();
		model.addAttribute("guide", content);
		model.addAttribute("query", trimmed);
		model.addAttribute("isolatedQuery", Languages.isolate(trimmed));
		model.addAttribute("hits", search.search(content, trimmed));
		model.addAttribute("page", "search");
		return "guide/search";
	}

	private String show(Model model, String code) {
		GuideContent content = guide.content(Languages.current());
		model.addAttribute("guide", content);
		model.addAttribute("section", content.section(code));
		model.addAttribute("page", code);
		return "guide/" + code;
	}

}
