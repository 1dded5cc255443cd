/**
 * Internal helpers of the dataset builder; not part of the public API and free to change.
 */
package org.etrkit.datasets.internal;
