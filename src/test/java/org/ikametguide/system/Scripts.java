package org.ikametguide.system;

import java.lang.Character.UnicodeScript;
import java.util.Map;

/** What share of a text's letters belong to the script a language is written in. Shared by the language tests. */
public final class Scripts {

	/** The script of each translated language (Turkish is Latin: see {@link #TURKISH_LETTERS}). */
	public static final Map<String, UnicodeScript> OF_LANGUAGE = Map.of("en", UnicodeScript.LATIN, "tr",
			UnicodeScript.LATIN, "ar", UnicodeScript.ARABIC, "fa", UnicodeScript.ARABIC, "ru", UnicodeScript.CYRILLIC,
			"zh", UnicodeScript.HAN);

	/** Letters that Turkish has and English does not. */
	public static final String TURKISH_LETTERS = "çğıİöşüÇĞÖŞÜ";

	/** Letters that Persian has and Arabic does not (پ چ ژ گ, Persian kaf and yeh). */
	public static final String PERSIAN_LETTERS = "پچژگکی";

	/** Letters that Arabic has and Persian does not use (Arabic yeh, kaf, teh marbuta). */
	public static final String ARABIC_ONLY_LETTERS = "يكة";

	private Scripts() {
	}

	/** The share (0–1) of the letters of {@code text} that are in {@code script}; 0 for a text without letters. */
	public static double share(String text, UnicodeScript script) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		if (letters == 0) {
			return 0;
		}
		long inScript = text.codePoints()
			.filter(Character::isLetter)
			.filter((c) -> UnicodeScript.of(c) == script)
			.count();
		return (double) inScript / letters;
	}

	public static boolean hasLetterIn(String text, UnicodeScript script) {
		return text.codePoints().anyMatch((c) -> Character.isLetter(c) && UnicodeScript.of(c) == script);
	}

	public static long count(String text, String letters) {
		return text.codePoints().filter((c) -> letters.indexOf(c) >= 0).count();
	}

}
