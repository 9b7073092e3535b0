package org.ketoplan.compose;

/**
 * The one place ketoplan configures ojAlgo, before any ojAlgo class is used.
 *
 * <p>ojAlgo's {@code org.ojalgo.OjAlgoUtils} prints a "hardware profile" banner to {@code System.out} from its
 * static initialiser when none of its predefined profiles matches the machine. Setting
 * {@code OjAlgoUtils.ENVIRONMENT} cannot prevent it (assigning the field runs that same initialiser first). What
 * does, found by reading the bytecode of ojAlgo 55.2.0 ({@code javap -c org.ojalgo.OjAlgoUtils}): the initialiser
 * skips the banner when the system property {@code shut.up.ojAlgo} is set to anything. It must be set before the
 * class is initialised, hence here, called from the static initialiser of the only class that uses ojAlgo.
 */
final class OjAlgo {
    /** The system property that silences ojAlgo's banner. */
    static final String QUIET_PROPERTY = "shut.up.ojAlgo";

    private OjAlgo() {
    }

    /** Silences ojAlgo's start-up banner (idempotent; keeps a value the user set). */
    static void quiet() {
        if (System.getProperty(QUIET_PROPERTY) == null) {
            System.setProperty(QUIET_PROPERTY, "true");
        }
    }
}
