/**
 * What every layer shares and nothing else owns: the user-facing input error that carries its place
 * (file:line, option, field), atomic file writes that never overwrite without being told, and the
 * Jackson mappers that read YAML and JSON with line numbers in their error messages.
 */
package org.ketoplan.common;
