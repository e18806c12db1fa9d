/**
 * Security tests: requests an attacker or a clumsy user would send, against the whole application, or what an
 * operator relies on (backups, upgrades, durability): issue 12. One place that anyone can extend.
 * <p>
 * To add a test: put a class here ending in {@code Tests}. Talk HTTP to a running app through {@link
 * org.ikametguide.hardening.Visitor} (a browser with its own cookies; extend {@link
 * org.ikametguide.hardening.HardeningHttpTest} for the server and an account to sign in with) when the servlet
 * container itself must see the request (bad encodings, oversize bodies, cookies), or use MockMvc when the
 * application's own handling is the point. Run what you send under {@link org.ikametguide.hardening.LogCapture} and
 * end with {@code logs.assertNoneContains(...)} of every value you submitted: nothing private may reach a log line.
 * A new test must be seen failing against the code it guards before it counts.
 */
package org.ikametguide.hardening;
