package org.ikametguide.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Thymeleaf templates as written, for the tests that guard how they are written. */
final class Templates {

	static final Path FOLDER = Path.of("src/main/resources/templates");

	private Templates() {
	}

	/** Every template file, in a stable order. */
	static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.walk(FOLDER)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** A template's name in a report: its path below the templates folder. */
	static String name(Path file) {
		return FOLDER.relativize(file).toString();
	}

}
