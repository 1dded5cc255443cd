/**
 * Internals of {@link org.etrkit.plot}: axis number formats, ISO period parsing, the data behind each
 * plot's interactive view. Not part of the kit's API; anything here may change.
 */
package org.etrkit.plot.internal;
