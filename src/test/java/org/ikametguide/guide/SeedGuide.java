package org.ikametguide.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed text (src/test/resources/seed, a copy of shared/seed) read independently of the migrations: every English
 * passage, with its labels ("Key Point 1:", "□", …) dropped, grouped by the page that must show it.
 */
record SeedGuide(String question, String overview, List<String> keyPoints, List<String> steps, List<String> header,
		List<List<String>> methods, List<List<String>> mistakes, List<String> checklist, List<String> verification,
		List<List<String>> faq) {

	static SeedGuide load() {
		List<String> lines;
		try (InputStream in = SeedGuide.class.getResourceAsStream("/seed/residence-permit-status-guide.txt")) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> keyPoints = labelled(lines, "- Key Point \\d+: (.*)");
		List<String> steps = labelled(lines, "- Step \\d+: (.*)");
		List<String> checklist = labelled(lines, "- □ (.*)");
		List<String> verification = labelled(lines, "- Verification Point \\d+: (.*)");
		List<List<String>> rows = lines.stream().filter((l) -> l.startsWith("| ")).map(SeedGuide::cells).toList();
		List<List<String>> mistakes = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("错误:")) {
				mistakes.add(List.of(after(lines.get(i)), after(lines.get(i + 1)), after(lines.get(i + 2))));
			}
		}
		int faqStart = lines.indexOf("常见问题") + 1;
		List<List<String>> faq = new ArrayList<>();
		for (int i = faqStart; i + 1 < lines.size(); i += 2) {
			faq.add(List.of(lines.get(i), lines.get(i + 1)));
		}
		return new SeedGuide(lines.get(0), lines.get(2), keyPoints, steps, rows.get(0), rows.subList(1, rows.size()),
				mistakes, checklist, verification, faq);
	}

	/** Every passage, for "the store holds all of them" checks. */
	List<String> allPassages() {
		List<String> all = new ArrayList<>(List.of(question, overview));
		all.addAll(keyPoints);
		all.addAll(steps);
		all.addAll(header);
		methods.forEach(all::addAll);
		mistakes.forEach(all::addAll);
		all.addAll(checklist);
		all.addAll(verification);
		faq.forEach(all::addAll);
		return all;
	}

	private static List<String> labelled(List<String> lines, String regex) {
		Pattern pattern = Pattern.compile(regex);
		List<String> found = new ArrayList<>();
		for (String line : lines) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.matches()) {
				found.add(matcher.group(1));
			}
		}
		return found;
	}

	private static List<String> cells(String row) {
		String inner = row.strip().substring(1, row.strip().length() - 1);
		return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
	}

	private static String after(String line) {
		return line.substring(line.indexOf(':') + 1);
	}

}
