/**
 * What every layer shares and nothing else owns: the user-facing input error that carries its place
 * (file:line, option, field), atomic file writes that never overwrite without being told, and the
 * Jackson mappers and the YAML tree reader that put line numbers in error messages, and plain-text tables.
 */
package org.ketoplan.common;
