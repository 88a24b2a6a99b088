package org.hoctap.hardware.power;

import java.util.Optional;

/** Where the kiosk learns about its battery: a UPS HAT, the simulated battery, or none. */
public interface PowerSource {
    /** The battery now; empty when there is no battery to read (mains only). */
    Optional<BatteryState> read();

    /** No UPS: the kiosk runs on mains alone and knows nothing of power cuts. */
    PowerSource NONE = Optional::empty;
}
