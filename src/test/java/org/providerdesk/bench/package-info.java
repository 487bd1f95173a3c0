/**
 * Benchmarks: programs run by {@code mvn -Pbench verify}, never by the test run. Each prints
 * {@code BENCH <name> <value> <unit>} lines, the median of several runs after a warm-up, together with the
 * floor they are judged against where DESIGN.md section 7 names one.
 */
package org.providerdesk.bench;
