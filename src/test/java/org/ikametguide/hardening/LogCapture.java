package org.ikametguide.hardening;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line the application writes while it is open, from every logger (Hibernate's
 * {@code org.hibernate.orm.jdbc.error}, Tomcat's through the JUL bridge, Spring's, ours), at the levels the
 * application's configuration lets through: what an operator's log file would hold. Each line is the logger's name,
 * its level, the message and every exception in its cause chain with its message.
 * <pre>
 * try (LogCapture logs = LogCapture.start()) {
 *     ... send the requests ...
 *     logs.assertNoneContains(number, note);
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

	private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
		.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final List<String> lines = new ArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			StringBuilder line = new StringBuilder().append(event.getLevel())
				.append(' ')
				.append(event.getLoggerName())
				.append(" - ")
				.append(event.getFormattedMessage());
			appendThrowable(line, event.getThrowableProxy());
			synchronized (lines) {
				lines.add(line.toString());
			}
		}

	};

	private LogCapture() {
		appender.setName("hardening-log-capture");
		appender.setContext(root.getLoggerContext());
		appender.start();
		root.addAppender(appender);
	}

	public static LogCapture start() {
		return new LogCapture();
	}

	/** The lines written so far. */
	public List<String> lines() {
		synchronized (lines) {
			return List.copyOf(lines);
		}
	}

	/** Fails, listing the offending lines, when any line holds any of the values. */
	public void assertNoneContains(String... values) {
		List<String> seen = lines();
		for (String value : values) {
			assertThat(seen).as("log lines quoting a submitted value").noneMatch((line) -> line.contains(value));
		}
	}

	/** Fails when more than {@code max} lines at WARN or ERROR were written. */
	public void assertAtMostWarnings(int max) {
		assertThat(lines()).as("warnings and errors logged")
			.filteredOn((line) -> line.startsWith("WARN") || line.startsWith("ERROR"))
			.hasSizeLessThanOrEqualTo(max);
	}

	@Override
	public void close() {
		root.detachAppender(appender);
		appender.stop();
	}

	private static void appendThrowable(StringBuilder line, IThrowableProxy throwable) {
		List<IThrowableProxy> seen = new ArrayList<>();
		for (IThrowableProxy t = throwable; t != null && !seen.contains(t); t = t.getCause()) {
			seen.add(t);
			line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
			for (IThrowableProxy suppressed : t.getSuppressed()) {
				line.append(" | suppressed ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
			}
		}
	}

}
