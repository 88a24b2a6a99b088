package org.hoctap.gateway.bench;

/**
 * One run's figures.
 *
 * @param mode        "closed loop, window 100" or "open loop, 1000/s offered"
 * @param sent        MOs handed to the SMSC in the measured period
 * @param answered    of those, replies that reached their handset
 * @param seconds     length of the measured period
 * @param p50Millis   median MO → reply time
 * @param p99Millis   99th percentile
 * @param maxMillis   slowest
 */
record BenchResult(String mode, long sent, long answered, double seconds, double p50Millis, double p99Millis,
        double maxMillis) {

    double throughput() {
        return answered / seconds;
    }

    String line() {
        return String.format(java.util.Locale.ROOT,
                "%-28s %8d sent %8d answered %9.0f round trips/s   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms",
                mode, sent, answered, throughput(), p50Millis, p99Millis, maxMillis);
    }
}
