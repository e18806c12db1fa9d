package org.ikametguide.hardening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export holds no cell a spreadsheet would run as a formula, however it splits the file: on commas, on
 * semicolons (the default on Turkish and most European systems) or on tabs (issue 12, §5).
 */
class CsvFormulaTests extends HardeningHttpTest {

	private static final List<String> RISKY = List.of("Rent;=2+3", "Ankara\t=4+5", "a, -1+2", " =1+1", "x|@SUM(A1)",
			"line\n+7", "\u00A0=HYPERLINK(\"https://evil.example\")", "ok;  @cmd");

	@Test
	void noPieceOfTheExportStartsAFormulaWhateverTheSeparator() throws Exception {
		Tracking mine = tracking("csv");
		Visitor visitor = mine.visitor();
		String number = mine.number();
		String application = mine.application();
		for (String note : RISKY) {
			visitor.post(application + "/status",
					Map.of("status", "OTHER", "date", LocalDate.now().toString(), "note", "placeholder"));
			// Stored as older versions (or a direct database edit) could have: the forms refuse control characters.
			jdbc.update("update status_entry set note = ? where note = 'placeholder'", note);
		}
		jdbc.update("update tracked_application set label = ?, office = ? where application_number = ?", RISKY.get(0),
				RISKY.get(1), number);

		String csv = visitor.get("/tracker/export.csv").body();

		assertThat(csv).contains("Rent;").contains("=2+3").contains("Ankara");
		List<String> pieces = Arrays.stream(csv.split("[,;\\t\\r\\n|]"))
			.map((piece) -> piece.replaceAll("^[\\s\\u00A0\"]+", ""))
			.toList();
		assertThat(pieces).as("pieces of the export a spreadsheet would run as a formula")
			.noneMatch((piece) -> !piece.isEmpty() && "=+-@".indexOf(piece.charAt(0)) >= 0);
	}

}
