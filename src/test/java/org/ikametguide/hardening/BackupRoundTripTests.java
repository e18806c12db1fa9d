package org.ikametguide.hardening;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.ikametguide.ServerTest;
import org.ikametguide.account.UserAccountRepository;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Issue 12 §7: whatever the app exports, it imports back, over real HTTP (so the servlet container's upload limit
 * applies): a tracker of 100 000 entries, a gzip-compressed backup; and a stored moment the forms would refuse is
 * refused by the import too, with the reason in the reader's language and nothing stored.
 */
@ServerTest
class BackupRoundTripTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	@Test
	void aTrackerOf100000EntriesIsExportedAndImportedBackTheSame() throws Exception {
		SignedInClient owner = SignedInClient.signUp(port, accounts, encoder);
		fill(owner.account.getId(), 100, 1_000);

		long started = System.nanoTime();
		HttpResponse<byte[]> export = owner.download("/tracker/export.json");
		long exported = System.nanoTime();
		assertThat(export.statusCode()).isEqualTo(200);
		byte[] backup = export.body();

		SignedInClient restorer = SignedInClient.signUp(port, accounts, encoder);
		long importStarted = System.nanoTime();
		HttpResponse<String> imported = restorer.importFile("backup.json", backup);
		long importFinished = System.nanoTime();
		assertThat(imported.statusCode()).as("the import of the export is accepted").isEqualTo(302);
		assertThat(html(restorer.get("/tracker/import").body()).select(".app-flash").text())
			.contains("Import finished: 100 applications and 100,000 entries added.");
		assertThat(withoutExportTime(restorer.download("/tracker/export.json").body()))
			.isEqualTo(withoutExportTime(backup));
		System.out.printf("BackupRoundTripTests: 100 000 entries, export %.1f MB (gzip %.1f MB) in %d ms, "
				+ "import in %d ms%n", backup.length / 1e6, gzip(backup).length / 1e6,
				(exported - started) / 1_000_000, (importFinished - importStarted) / 1_000_000);
	}

	@Test
	void aGzipCompressedBackupIsImported() throws Exception {
		SignedInClient owner = SignedInClient.signUp(port, accounts, encoder);
		fill(owner.account.getId(), 3, 4);
		byte[] backup = owner.download("/tracker/export.json").body();

		SignedInClient restorer = SignedInClient.signUp(port, accounts, encoder);
		assertThat(restorer.importFile("backup.json.gz", gzip(backup)).statusCode()).isEqualTo(302);
		assertThat(html(restorer.get("/tracker/import").body()).select(".app-flash").text())
			.contains("Import finished: 3 applications and 12 entries added.");
		assertThat(withoutExportTime(restorer.download("/tracker/export.json").body()))
			.isEqualTo(withoutExportTime(backup));
	}

	@Test
	void aCompressedFileThatUnpacksBeyondTheLimitIsRefusedWithAMessage() throws Exception {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
			gzip.write("{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":[".getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				gzip.write(spaces);
			}
			gzip.write("]}".getBytes(StandardCharsets.UTF_8));
		}
		SignedInClient restorer = SignedInClient.signUp(port, accounts, encoder);
		HttpResponse<String> refused = restorer.importFile("backup.json.gz", bomb.toByteArray());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused).select(".app-error-summary").text())
			.contains(messages.getMessage("tracker.import.error.tooLarge", null, Locale.ENGLISH));
	}

	@Test
	void aMomentTheFormsWouldRefuseIsRefusedInEveryLanguageAndNothingIsStored() throws Exception {
		SignedInClient owner = SignedInClient.signUp(port, accounts, encoder);
		fill(owner.account.getId(), 1, 2);
		String backup = new String(owner.download("/tracker/export.json").body(), StandardCharsets.UTF_8);
		String[] bad = { "+1000000000-12-31T23:59:59Z", "1900-01-01T00:00:00Z",
				Instant.now().plus(3, ChronoUnit.DAYS).toString() };
		String[] expected = { "tracker.date.future", "tracker.date.range", "tracker.date.future" };

		SignedInClient restorer = SignedInClient.signUp(port, accounts, encoder);
		for (String language : Languages.SUPPORTED) {
			restorer.get("/tracker/import?lang=" + language);
			for (int i = 0; i < bad.length; i++) {
				String file = backup.replaceFirst("\"updatedAt\":\"[^\"]+\"", "\"updatedAt\":\"" + bad[i] + "\"");
				HttpResponse<String> refused = restorer.importFile("backup.json", file.getBytes(StandardCharsets.UTF_8));
				assertThat(refused.statusCode()).isEqualTo(200);
				Document page = html(refused);
				assertThat(page.select("html").attr("lang")).isEqualTo(language);
				assertThat(page.text()).as("%s in %s", bad[i], language)
					.contains(messages.getMessage(expected[i], null, Locale.forLanguageTag(language)))
					.contains(messages.getMessage("tracker.import.nothingChanged", null,
							Locale.forLanguageTag(language)));
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from tracked_application where owner_id = ?", Integer.class,
				restorer.account.getId())).isZero();
	}

	/** {@code applications} applications of {@code entries} entries each, written straight into the tables. */
	private void fill(long ownerId, int applications, int entries) {
		LocalDate today = LocalDate.now();
		Timestamp created = Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS));
		for (int a = 0; a < applications; a++) {
			String number = "RT" + ownerId + "-" + a;
			jdbc.update("insert into tracked_application (owner_id, application_number, label, permit_type, "
					+ "application_kind, submitted_on, office, valid_until, created_at, updated_at, version, "
					+ "entry_count, entries_changed_at) values (?, ?, ?, 'STUDENT', 'FIRST', ?, ?, null, ?, ?, 0, ?, ?)",
					ownerId, number, "Student permit " + a, Date.valueOf(today.minusDays(380)), "Istanbul, Fatih",
					created, created, entries, created);
			long applicationId = jdbc.queryForObject(
					"select id from tracked_application where owner_id = ? and application_number = ?", Long.class,
					ownerId, number);
			jdbc.batchUpdate("insert into status_entry (application_id, status, seen_on, note, due_date, "
					+ "due_date_suggested, created_at, updated_at, version) values (?, 'IN_REVIEW', ?, ?, null, false, "
					+ "?, ?, 0)", java.util.stream.IntStream.range(0, entries).boxed().toList(), 1000,
					(PreparedStatement statement, Integer e) -> {
						statement.setLong(1, applicationId);
						statement.setDate(2, Date.valueOf(today.minusDays(1 + e % 360)));
						statement.setString(3, "Checked e-ikamet: still in review, nothing new on the portal (" + e + ").");
						statement.setTimestamp(4, created);
						statement.setTimestamp(5, created);
					});
		}
	}

	private static JsonNode withoutExportTime(byte[] export) {
		ObjectNode tree = (ObjectNode) JSON.readTree(export);
		tree.remove("exportedAt");
		return tree;
	}

	private static byte[] gzip(byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		return out.toByteArray();
	}

}
