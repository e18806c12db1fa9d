package org.ikametguide.guide;

import org.ikametguide.system.Languages;
import org.ikametguide.system.PublicAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The guide's pages ({@link GuidePages}). Each shows one section of the cached content store; none holds text of its own. */
@Controller
class GuideController {

	private final GuideService guide;

	private final PublicAddress publicAddress;

	GuideController(GuideService guide, PublicAddress publicAddress) {
		this.guide = guide;
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

	private String show(Model model, String code) {
		GuideContent content = guide.content(Languages.current());
		model.addAttribute("guide", content);
		model.addAttribute("section", content.section(code));
		model.addAttribute("page", code);
		return "guide/" + code;
	}

}
