package org.ikametguide.guide;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for searching in any of the guide's languages, with, for each folded char, the index of the
 * original char it came from (so that matches found in the folded text can be marked in the original).
 * <ul>
 * <li>case: lower case; Turkish İ, I, ı and i all become i, so "ikamet", "İKAMET" and "ıkamet" find each other;</li>
 * <li>accents and other combining marks go (ş→s, ö→o, ç→c, ğ→g): people without a Turkish keyboard type "Goc";
 * in Arabic this drops the short vowels and shadda (تُعدّ→تعد) and the hamza on alef (أ, إ, آ→ا);</li>
 * <li>Arabic and Persian letter forms meet: ي/ى→ی, ك→ک, ة→ه, and the tatweel and the zero-width non-joiner
 * (Persian half-space) go;</li>
 * <li>digits of any script become ASCII (Persian ۱۵۷ finds 157); full-width forms become plain (NFKD);</li>
 * <li>Cyrillic keeps its letters (й stays й), only ё→е; typographic apostrophes become plain ones.</li>
 * </ul>
 */
record Folded(String text, int[] origin) {

	static Folded of(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		int[] origin = new int[text.length() + 8];
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			String replacement = foldCodePoint(codePoint);
			for (int k = 0; k < replacement.length(); k++) {
				if (folded.length() == origin.length) {
					origin = Arrays.copyOf(origin, origin.length * 2);
				}
				origin[folded.length()] = i;
				folded.append(replacement.charAt(k));
			}
			i += Character.charCount(codePoint);
		}
		int[] trimmed = Arrays.copyOf(origin, folded.length() + 1);
		trimmed[folded.length()] = text.length();
		return new Folded(folded.toString(), trimmed);
	}

	/** Where the folded char at {@code index} starts in the original. */
	int originStart(int index) {
		return origin[index];
	}

	/**
	 * Where the original char that gave the folded char at {@code index} ends, including the marks that followed it
	 * and were dropped (so that a marked match keeps its vowel signs).
	 */
	int originEnd(int index) {
		int start = origin[index];
		for (int k = index + 1; k < origin.length; k++) {
			if (origin[k] > start) {
				return origin[k];
			}
		}
		return origin[origin.length - 1];
	}

	private static String foldCodePoint(int codePoint) {
		if (codePoint < 0x80) {
			return String.valueOf((char) Character.toLowerCase(codePoint));
		}
		if (Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER) {
			return String.valueOf((char) ('0' + Character.digit(codePoint, 10)));
		}
		switch (codePoint) {
			case '\u2018', '\u2019':
				return "'";
			case '\u0640', '\u00AD', '\u200C', '\u200D', '\u200E', '\u200F':
				return "";
			case 'ı', 'İ':
				return "i";
			case 'Ё', 'ё':
				return "е";
			default:
				break;
		}
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC) {
			return new String(Character.toChars(Character.toLowerCase(codePoint)));
		}
		String lower = new String(Character.toChars(Character.toLowerCase(codePoint)));
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int k = 0; k < decomposed.length(); k++) {
			char c = decomposed.charAt(k);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
				continue;
			}
			out.append(arabicLetter(Character.toLowerCase(c)));
		}
		return out.toString();
	}

	/** One form for the Arabic and Persian letters that people type either way. */
	private static char arabicLetter(char c) {
		return switch (c) {
			case 'ي', 'ى' -> 'ی';
			case 'ك' -> 'ک';
			case 'ة' -> 'ه';
			case 'ە' -> 'ه';
			default -> c;
		};
	}

}
