/**
 * What every layer shares and nothing else owns: the user-facing input error that carries its place (file:line,
 * option, field) and {@link org.ketoplan.common.FieldError} for a value type's rejected field; texts that name a
 * setting by its field ({@link org.ketoplan.common.Phrase}, also the words of an error), which each front end writes
 * with its own label; the one strict
 * reader of YAML and JSON files ({@link org.ketoplan.common.Document}: lines for every field, duplicates, aliases,
 * unknown fields refused; a value type's {@code FieldError} placed at its field's line; the token-by-token
 * parse is {@code StrictParser}, and {@link org.ketoplan.common.FieldPath} turns "/a/2/b" into "a[2].b" and back) and of files in general ({@link org.ketoplan.common.InputFiles}: sizes, UTF-8, reasons in
 * words); the documented bounds of every input ({@link org.ketoplan.common.Limits}); atomic file writes that never
 * overwrite without being told ({@link org.ketoplan.common.AtomicFiles}) and append-only folders safe under
 * concurrent writers, kill -9 and a full disk ({@link org.ketoplan.common.AppendOnlyFolder}); text made safe for a
 * terminal or a spreadsheet; "did you mean" suggestions for a mistyped name ({@link org.ketoplan.common.Suggestions});
 * the Jackson mappers; plain-text tables; and the
 * {@link org.ketoplan.common.Progress} that long work reports to.
 */
package org.ketoplan.common;
