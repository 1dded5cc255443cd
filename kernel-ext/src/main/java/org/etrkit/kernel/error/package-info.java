/**
 * The kernel extension's user-error types, at the bottom of its package graph: {@link
 * org.etrkit.kernel.error.EtrException} for a mistake in an {@code Etr} call, a display option or a
 * magic line, shown as one line; {@link org.etrkit.kernel.error.MagicError}, the form a magic's
 * mistake takes so that JJava shows it as one line too.
 */
package org.etrkit.kernel.error;
