/**
 * Security and robustness tests of issue 12, in one place that anyone can extend: each drives the running app as a
 * reader, an attacker or an operator would, and asserts on what they get back.
 */
package org.ikametguide.hardening;
