package org.ikametguide.guide;

import org.ikametguide.system.Languages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Searches all guide content in the reader's language. */
@Controller
class SearchController {

	private final GuideService guide;

	private final GuideSearch search;

	SearchController(GuideService guide, GuideSearch search) {
		this.guide = guide;
		this.search = search;
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

}
