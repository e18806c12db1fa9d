package org.ikametguide.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker (the engine of validator.w3.org/nu), run offline in this JVM. Its schemas are set up
 * once (they take seconds), so the test run has one checker; each document then takes milliseconds, one at a time.
 */
final class HtmlChecker {

	/** The checker every test class uses. */
	static final HtmlChecker SHARED = new HtmlChecker();

	private final SimpleDocumentValidator validator;

	private final Messages messages = new Messages();

	private HtmlChecker() {
		try {
			// No log4j set-up of its own, no URL logging, no language detection (it only ever warns).
			this.validator = new SimpleDocumentValidator(false, false, false);
			this.validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, this.messages);
			this.validator.setUpValidatorAndParsers(this.messages, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not start", ex);
		}
	}

	/** The errors in a text/html document, each with its line and column; warnings are not errors. */
	synchronized List<String> errors(String html) {
		this.messages.clear();
		try {
			this.validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			this.messages.errors.add("fatal: " + ex.getMessage());
		}
		return List.copyOf(this.messages.errors);
	}

	private static final class Messages implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		void clear() {
			this.errors.clear();
		}

		@Override
		public void warning(SAXParseException exception) {
			// Warnings and information ("consider using…") do not fail a page.
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add("fatal: " + describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
