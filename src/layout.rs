//! Pure layout: time scale, ticks, lane packing. (Being written.)
