/**
 * What every layer shares and nothing else owns: the user-facing input error that carries its place
 * (file:line, option, field), atomic file writes that never overwrite without being told, and the
 * Jackson mappers and the YAML tree reader that put line numbers in error messages, plain-text tables, and the
 * {@link org.ketoplan.common.Progress} that long work reports to.
 */
package org.ketoplan.common;
