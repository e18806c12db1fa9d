package org.ikametguide.tracker;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection (CWE-1236). A spreadsheet runs a cell that starts with {@code = + - @}
 * (after any spaces), a tab or a carriage return as a formula; and a cell is not always what the CSV writer meant by
 * one: a spreadsheet set to split on {@code ;} (the default on Turkish and most European systems), on tabs or on
 * {@code |} cuts a value in pieces. So a single quote goes before every formula character that starts the value or a
 * piece of it after any such separator or line break, which makes spreadsheets show it as text; the rest of the value
 * is kept as it was. (The CSV writer also quotes every value, which keeps a quoting spreadsheet from cutting at all.)
 */
final class SpreadsheetSafe {

	/** The start of the value or a separator, any spaces, then (looked ahead at) a formula character. */
	private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\\t\\r\\n|])([\\s\\u00A0\\u3000]*)(?=[=+\\-@＝＋－＠])");

	private SpreadsheetSafe() {
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		String safe = FORMULA_START.matcher(value).replaceAll("$1$2'");
		char first = safe.charAt(0);
		return (first == '\t' || first == '\r') ? "'" + safe : safe;
	}

}
