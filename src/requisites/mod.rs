//! Pure check functions for Russian requisites (filled in below).
