/**
 * The builder's one error type, {@link org.etrkit.datasets.error.DatasetException}, which names the file
 * and line (or folder, or table) of a problem. It sits at the bottom of the package graph: every other
 * package may use it, and it uses none of them.
 */
package org.etrkit.datasets.error;
