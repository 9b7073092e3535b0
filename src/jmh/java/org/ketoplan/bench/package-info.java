/**
 * JMH benchmarks for the speed targets (food search, meal composition, planning); built only with
 * {@code mvn -Pbench package} and run with {@code java -jar target/benchmarks.jar}.
 */
package org.ketoplan.bench;
