package org.ketoplan.common;

/**
 * Where a field is: as a JSON pointer ("/ingredients/2/grams", how a tree is walked) and as the path people read
 * in messages ("ingredients[2].grams"), and the one-line message "file:line: field.path: what" that names it.
 */
public final class FieldPath {
    private FieldPath() {
    }

    /** A field name as one pointer segment ('~' and '/' escaped as RFC 6901 says). */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** "ingredients[2].grams" -> "/ingredients/2/grams": the inverse of {@link #path}. */
    public static String pointer(String path) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            int end;
            String part;
            if (c == '[') {
                end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                part = path.substring(i + 1, end);
                end++;
            } else {
                end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                part = path.substring(i, end);
            }
            sb.append('/').append(segment(part));
            i = end;
        }
        return sb.toString();
    }

    /** "/ingredients/2/grams" -> "ingredients[2].grams". */
    public static String path(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /** "file:line: field.path: what" (no field path for the root). */
    static BadInputException at(String file, int line, String pointer, String what) {
        String path = path(pointer);
        return new BadInputException(file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }
}
