package org.ikametguide.tracker;

/**
 * Neutralises spreadsheet formula injection (CWE-1236): a cell that starts with {@code = + - @}, a tab or a carriage
 * return would be run as a formula by Excel, LibreOffice or Google Sheets. Prefixing a single quote makes them show it
 * as text; the rest of the value is kept as it was.
 */
final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return risky ? "'" + value : value;
	}

}
