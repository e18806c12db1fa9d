package org.ikametguide.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ikametguide.browser.Pages.Page;
import org.ikametguide.guide.GuideService;
import org.ikametguide.guide.ItemKind;
import org.ikametguide.system.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What people take to the migration office. Chromium prints the checklist on exactly one A4 page holding all six
 * items, in every language (the longest translations too); and every page printed drops the navigation and prints
 * where its links go.
 */
class PrintIT extends BrowserTestSupport {

	/** The printed checklists, kept for people to look at. */
	static final Path PRINTS = Path.of("target", "print");

	/** Visible in print, a link must say where it goes: after it (a[href]::after) or as its own text. */
	private static final String LINKS_WITHOUT_TARGET = """
			const shown = (el) => el.checkVisibility({ visibilityProperty: true });
			const bare = (href) => href.replace(/^(https?:\\/\\/|tel:|mailto:)/, '').replace(/\\/$/, '');
			return [...document.querySelectorAll('a[href]')]
			  .filter((a) => shown(a) && !a.matches('.app-header__name')) // the site's name is its logo, not a reference
			  .filter((a) => {
			    const href = a.getAttribute('href');
			    const after = getComputedStyle(a, '::after').content;
			    return !(after.includes(href) || a.textContent.includes(bare(href)));
			  })
			  .map((a) => a.getAttribute('href') + ' "' + a.textContent.trim() + '"');
			""";

	/** Navigation has no use on paper: skip link, search, every navigation landmark. */
	private static final String NAVIGATION_PRINTED = """
			return [...document.querySelectorAll('nav, [role=navigation], [role=search], .app-skip-link')]
			  .filter((el) => el.checkVisibility({ visibilityProperty: true }))
			  .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'));
			""";

	@Autowired
	private GuideService guide;

	@Autowired
	private MessageSource messages;

	static Stream<Page> pages() {
		return Pages.ALL.stream();
	}

	@ParameterizedTest(name = "checklist ({0})")
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void theChecklistPrintsOnOneA4PageWithAllSixItems(String lang) throws IOException {
		List<String> items = this.guide.content(lang)
			.section("checklist")
			.itemsOf(ItemKind.CHECK)
			.stream()
			.map((item) -> item.text("body"))
			.toList();
		assertThat(items).hasSize(6);
		visit(Pages.ALL.stream().filter((page) -> page.name().equals("checklist-print")).findFirst().orElseThrow(),
				lang);
		byte[] pdf = browser().printA4();
		Files.createDirectories(PRINTS);
		Files.write(PRINTS.resolve("checklist-" + lang + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages printed (%s)", lang).isEqualTo(1);
			PDRectangle paper = document.getPage(0).getMediaBox();
			assertThat(paper.getWidth()).as("A4 width in pt").isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(paper.getHeight()).as("A4 height in pt").isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			String printed = comparable(new PDFTextStripper().getText(document));
			for (String item : items) {
				assertThat(printed).as("printed checklist (%s) holds the item", lang).contains(comparable(item));
			}
		}
	}

	/** A record of about fifteen entries is one A4 page with all of them, in every language. */
	@ParameterizedTest(name = "record of 15 entries ({0})")
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void aRecordOfFifteenEntriesPrintsOnOnePage(String lang) throws IOException {
		assertThat(printRecord(lang, 15)).as("pages printed for 15 entries (%s)", lang).isEqualTo(1);
	}

	/** A long timeline goes on over more pages, every entry printed, its table heading repeated on each page. */
	@ParameterizedTest(name = "record of 200 entries ({0})")
	@ValueSource(strings = { "en", "ar", "zh" })
	void aRecordOfTwoHundredEntriesContinuesWithItsHeadingRepeated(String lang) throws IOException {
		assertThat(printRecord(lang, 200)).as("pages printed for 200 entries (%s)", lang).isGreaterThan(1);
	}

	@ParameterizedTest(name = "tracker overview ({0})")
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void theTrackerOverviewPrintsWithEveryApplication(String lang) throws IOException {
		visit(Pages.ALL.stream().filter((page) -> page.name().equals("tracker-print")).findFirst().orElseThrow(),
				lang);
		byte[] pdf = browser().printA4();
		Files.createDirectories(PRINTS);
		Files.write(PRINTS.resolve("tracker-" + lang + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages printed (%s)", lang).isEqualTo(1);
			assertWithinPaper(document, lang);
			String printed = comparable(new PDFTextStripper().getText(document));
			for (String label : List.of("Family permit extension", "Student permit, first application",
					"Short-term permit, nothing recorded yet", "Transfer, decided")) {
				assertThat(printed).as("printed overview (%s)", lang).contains(comparable(label));
			}
		}
	}

	/**
	 * Prints the record of an application of {@code entries} entries ("Entry 1 checked" …) and checks it: A4, every
	 * entry present, no text past the paper's edges, the timeline's heading on every page that holds entries.
	 * Returns the number of pages, also written to {@code target/print/pages.tsv}.
	 */
	private int printRecord(String lang, int entries) throws IOException {
		browser().forgetCookies();
		Visitors.SignedIn person = Visitors.signIn(new Pages.Visit(browser(), baseUrl(), lang, this.app));
		long id = Visitors.applicationWithEntries(person, entries);
		person.open("/tracker/applications/" + id + "/print");
		byte[] pdf = browser().printA4();
		Files.createDirectories(PRINTS);
		Files.write(PRINTS.resolve("record-" + entries + "-" + lang + ".pdf"), pdf);
		String heading = comparable(this.messages.getMessage("tracker.print.col.seen", null, Languages.locale(lang)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			PDRectangle paper = document.getPage(0).getMediaBox();
			assertThat(paper.getWidth()).as("A4 width in pt").isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(paper.getHeight()).as("A4 height in pt").isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			assertWithinPaper(document, lang);
			String printed = comparable(new PDFTextStripper().getText(document));
			for (int n = 1; n <= entries; n++) {
				assertThat(printed).as("printed record (%s) holds entry %d", lang, n)
					.contains(comparable("Entry " + n + " checked"));
			}
			for (int page = 1; page <= pages; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = comparable(stripper.getText(document));
				if (text.contains(comparable("checked"))) {
					assertThat(text).as("page %d of %d (%s) repeats the timeline's heading", page, pages, lang)
						.contains(heading);
				}
			}
			Files.writeString(PRINTS.resolve("pages.tsv"), "record\t" + entries + "\t" + lang + "\t" + pages + "\n",
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			return pages;
		}
	}

	/** Nothing is cut off: every glyph printed lies inside the paper. */
	private static void assertWithinPaper(PDDocument document, String lang) throws IOException {
		List<String> outside = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				PDRectangle paper = getCurrentPage().getMediaBox();
				for (TextPosition glyph : positions) {
					if (glyph.getXDirAdj() < 0 || glyph.getXDirAdj() + glyph.getWidthDirAdj() > paper.getWidth() + 0.5f
							|| glyph.getYDirAdj() < 0 || glyph.getYDirAdj() > paper.getHeight()) {
						outside.add(text);
						return;
					}
				}
			}
		};
		stripper.getText(document);
		assertThat(outside).as("text printed past the paper's edges (%s)", lang).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void printedPagesDropNavigationAndShowLinkTargets(Page page) {
		visit(page, "en");
		browser().emulateMedia("print");
		try {
			assertThat(browser().<List<String>>script(NAVIGATION_PRINTED)).as("navigation printed on %s", page.name())
				.isEmpty();
			assertThat(browser().<List<String>>script(LINKS_WITHOUT_TARGET))
				.as("links printed without their target on %s", page.name())
				.isEmpty();
			assertThat(browser().<String>script("return getComputedStyle(document.querySelector('main')).display;"))
				.as("the content itself is printed")
				.isNotEqualTo("none");
		}
		finally {
			browser().emulateMedia("");
		}
	}

	/**
	 * Text as found in a PDF: line breaks fall anywhere, Arabic script may come out in its presentation forms, and
	 * brackets in right-to-left text come out mirrored; compare without white space, joiners and brackets, after
	 * compatibility normalisation.
	 */
	private static String comparable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u200c\\u200f\\u200e()\\[\\]]+", "");
	}

}
