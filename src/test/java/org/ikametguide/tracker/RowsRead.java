package org.ikametguide.tracker;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * How many rows H2 reads to answer what the app asks while recording: every query the app sends is kept with its
 * parameters and afterwards run again as {@code EXPLAIN ANALYZE}, whose {@code scanCount}s (one per table or index
 * read, subqueries included) are added up. Rows read, unlike time, do not depend on the machine: a page that reads
 * every stored entry shows it at once. A subquery that serves as an index condition is printed, and so counted, twice:
 * the sum is an upper bound. Register as a bean (it wraps the application's DataSource).
 */
final class RowsRead implements BeanPostProcessor {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	record Query(String sql, Map<Integer, Object> parameters) {
	}

	private final List<Query> recorded = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	private DataSource target;

	/** Runs {@code action} and answers the rows read by the queries it made. */
	long of(ThrowingRunnable action) throws Exception {
		recorded.clear();
		recording = true;
		try {
			action.run();
		}
		finally {
			recording = false;
		}
		long rows = 0;
		for (Query query : recorded) {
			rows += explain(query);
		}
		return rows;
	}

	/** The queries the last {@link #of} made. */
	List<Query> queries() {
		return List.copyOf(recorded);
	}

	private long explain(Query query) throws SQLException {
		try (Connection connection = target.getConnection();
				PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + query.sql())) {
			for (Map.Entry<Integer, Object> parameter : query.parameters().entrySet()) {
				explain.setObject(parameter.getKey(), parameter.getValue());
			}
			long rows = 0;
			try (ResultSet plan = explain.executeQuery()) {
				while (plan.next()) {
					Matcher scans = SCAN_COUNT.matcher(plan.getString(1));
					while (scans.find()) {
						rows += Long.parseLong(scans.group(1));
					}
				}
			}
			return rows;
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && target == null) {
			target = dataSource;
			return proxy(DataSource.class, dataSource, (method, args, result) -> (result instanceof Connection connection)
					? proxy(Connection.class, connection, this::recordingStatement) : result);
		}
		return bean;
	}

	/** A prepared query that notes its parameters and, when executed while recording, itself. */
	private Object recordingStatement(Method prepare, Object[] prepareArgs, Object result) {
		if (!prepare.getName().equals("prepareStatement") || !(result instanceof PreparedStatement statement)) {
			return result;
		}
		String sql = (String) prepareArgs[0];
		Map<Integer, Object> parameters = new TreeMap<>();
		return proxy(PreparedStatement.class, statement, (method, args, returned) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				parameters.put(index, name.equals("setNull") ? null : args[1]);
			}
			else if (name.equals("clearParameters")) {
				parameters.clear();
			}
			else if (name.startsWith("execute") && recording) {
				recorded.add(new Query(sql, new TreeMap<>(parameters)));
			}
			return returned;
		});
	}

	/** A proxy that calls the target, then hands what it returned to {@code after}. */
	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(RowsRead.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@FunctionalInterface
	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
