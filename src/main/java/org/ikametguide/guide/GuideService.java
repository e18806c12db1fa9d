package org.ikametguide.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the guide from the content store. The result is cached per language: guide content only changes with a
 * deployment (a new migration), so once warm a guide page costs no SQL at all.
 */
@Service
public class GuideService {

	/** The source language; every item has its texts in it, and other languages fall back to it. */
	public static final String SOURCE_LOCALE = "en";

	private final GuideRepository repository;

	GuideService(GuideRepository repository) {
		this.repository = repository;
	}

	@Cacheable("guide")
	@Transactional(readOnly = true)
	public GuideContent content(String locale) {
		List<String> locales = List.of(SOURCE_LOCALE, locale);
		Map<Long, String> titles = new HashMap<>();
		Map<Long, String> titleLangs = new HashMap<>();
		for (GuideSectionText text : repository.findSectionTexts(locales)) {
			Long sectionId = text.getSection().getId();
			if (text.getLocale().equals(locale) || !titles.containsKey(sectionId)) {
				titles.put(sectionId, text.getTitle());
				titleLangs.put(sectionId, text.getLocale().equals(locale) ? null : SOURCE_LOCALE);
			}
		}
		Map<Long, Map<String, String>> wanted = new HashMap<>();
		Map<Long, Map<String, String>> fallback = new HashMap<>();
		for (GuideText text : repository.findTexts(locales)) {
			Map<Long, Map<String, String>> target = text.getLocale().equals(locale) ? wanted : fallback;
			target.computeIfAbsent(text.getItem().getId(), (id) -> new LinkedHashMap<>())
				.put(text.getPart(), text.getContent());
		}

		List<GuideItem> items = repository.findItems();
		List<GuideContent.Item> errata = new ArrayList<>();
		Map<String, List<GuideContent.Item>> notesByRef = new HashMap<>();
		for (GuideItem item : items) {
			if (item.getKind() == ItemKind.ERRATUM) {
				GuideContent.Item erratum = toItem(item, wanted, fallback, locale, List.of());
				errata.add(erratum);
				erratum.refs().forEach((ref) -> notesByRef.computeIfAbsent(ref, (r) -> new ArrayList<>()).add(erratum));
			}
		}

		Map<String, List<GuideContent.Item>> itemsBySection = new LinkedHashMap<>();
		for (GuideItem item : items) {
			String code = item.getSection().getCode();
			GuideContent.Item converted = (item.getKind() == ItemKind.ERRATUM)
					? errata.stream().filter((e) -> e.key().equals(item.getItemKey())).findFirst().orElseThrow()
					: toItem(item, wanted, fallback, locale,
							notesByRef.getOrDefault(code + "/" + item.getItemKey(), List.of()));
			itemsBySection.computeIfAbsent(code, (c) -> new ArrayList<>()).add(converted);
		}

		Map<String, GuideContent.Section> sections = new LinkedHashMap<>();
		for (GuideSection section : repository.findSections()) {
			sections.put(section.getCode(),
					new GuideContent.Section(section.getCode(), titles.getOrDefault(section.getId(), section.getCode()),
							titleLangs.get(section.getId()), section.getLastReviewed(),
							List.copyOf(itemsBySection.getOrDefault(section.getCode(), List.of()))));
		}
		return new GuideContent(locale, Collections.unmodifiableMap(sections));
	}

	private static GuideContent.Item toItem(GuideItem item, Map<Long, Map<String, String>> wanted,
			Map<Long, Map<String, String>> fallback, String locale, List<GuideContent.Item> notes) {
		Map<String, String> parts = new LinkedHashMap<>(fallback.getOrDefault(item.getId(), Map.of()));
		Map<String, String> translated = wanted.getOrDefault(item.getId(), Map.of());
		boolean complete = translated.keySet().containsAll(parts.keySet());
		parts.putAll(translated);
		String lang = (complete || SOURCE_LOCALE.equals(locale)) ? null : SOURCE_LOCALE;
		List<String> refs = (item.getRefs() == null) ? List.of() : Arrays.asList(item.getRefs().trim().split("\\s+"));
		return new GuideContent.Item(item.getSection().getCode(), item.getItemKey(), item.getKind(), Map.copyOf(parts),
				lang, item.getSourceUrl(), List.copyOf(refs), List.copyOf(notes));
	}

}
