package org.ikametguide.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The JSON export format on the wire: writes a {@link TrackerExport} compactly, and reads one back as a stream, one
 * application at a time, however large the file. What the values mean, and whether they are valid, is
 * {@link TrackerBackup}'s and {@link ImportCheck}'s business.
 */
@Component
class TrackerJson {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Jackson 3 refuses a missing primitive by default; a file without "version" is then refused by its check.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	/** One application of the {@code applications} array, read where the parser stands (more follow it). */
	private final ObjectReader applicationReader = mapper.readerFor(TrackerExport.Application.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	/**
	 * The most JSON an import reads: the upload limit, which also holds for what a gzip file unpacks to (a small
	 * compressed file can unpack without end).
	 */
	private final long maxContentBytes;

	TrackerJson(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxContent) {
		this.maxContentBytes = maxContent.toBytes();
	}

	public byte[] write(TrackerExport export) {
		return mapper.writeValueAsBytes(export);
	}

	/**
	 * Reads a file made by {@link #write}, plain or gzip-compressed, and hands each application to {@code each} (with
	 * its place in the file, counting from 1; {@code null} for a {@code null} in the array) as soon as it is read. The
	 * envelope's {@code format} and {@code version} must come before {@code applications}, as {@link #write} puts
	 * them. A file that is not such an export throws an {@link ImportException}.
	 */
	void read(InputStream content, BiConsumer<Integer, TrackerExport.Application> each) {
		try (JsonParser parser = mapper.createParser(ImportFile.open(content, maxContentBytes))) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new ImportException("tracker.import.error.foreign");
			}
			String format = null;
			Integer version = null;
			boolean sawApplications = false;
			boolean unknown = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "format" -> format = (value == JsonToken.VALUE_STRING) ? parser.getString() : "";
					case "version" -> version = (value == JsonToken.VALUE_NUMBER_INT) ? parser.getIntValue() : -1;
					case "exportedAt" -> parser.skipChildren();
					case "applications" -> {
						checkEnvelope(format, version);
						if (value != JsonToken.START_ARRAY) {
							throw new ImportException("tracker.import.error.malformed");
						}
						int index = 0;
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							index++;
							each.accept(index, (parser.currentToken() == JsonToken.VALUE_NULL) ? null
									: applicationReader.readValue(parser));
						}
						sawApplications = true;
					}
					default -> {
						unknown = true;
						parser.skipChildren();
					}
				}
			}
			checkEnvelope(format, version);
			if (unknown || !sawApplications) {
				throw new ImportException("tracker.import.error.malformed");
			}
			if (parser.nextToken() != null) {
				throw new ImportException("tracker.import.error.notJson");
			}
		}
		catch (StreamReadException | JacksonIOException | IOException ex) {
			// Not JSON, or a damaged gzip file. The parser's message may quote the file's content, so it is neither
			// shown nor logged.
			throw new ImportException("tracker.import.error.notJson");
		}
		catch (JacksonException ex) {
			throw new ImportException("tracker.import.error.malformed");
		}
	}

	private static void checkEnvelope(String format, Integer version) {
		if (!TrackerExport.FORMAT.equals(format)) {
			throw new ImportException("tracker.import.error.foreign");
		}
		if (version == null || version != TrackerExport.VERSION) {
			throw new ImportException("tracker.import.error.version");
		}
	}

}
