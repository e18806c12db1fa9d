package org.ikametguide.tracker;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** The content of an uploaded backup: gzip-compressed files are unpacked, and no more than a limit is read. */
final class ImportFile {

	private ImportFile() {
	}

	/** {@code upload}, unpacked if it starts with gzip's magic number, refused once more than {@code max} bytes. */
	static InputStream open(InputStream upload, long max) throws IOException {
		InputStream buffered = new BufferedInputStream(upload);
		buffered.mark(2);
		boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
		buffered.reset();
		return new Limited(gzip ? new GZIPInputStream(buffered, 64 * 1024) : buffered, max);
	}

	/** Counts what is read and stops past the limit with the reader's message, not an error page. */
	private static final class Limited extends FilterInputStream {

		private long remaining;

		Limited(InputStream in, long max) {
			super(in);
			this.remaining = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			remaining -= n;
			if (remaining < 0) {
				throw new ImportException("tracker.import.error.tooLarge");
			}
		}

	}

}
