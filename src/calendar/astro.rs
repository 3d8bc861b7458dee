//! Just enough astronomy for the lunisolar calendar: mean-to-true new moons (Meeus, *Astronomical
//! Algorithms*, 2nd ed., ch. 49), the Sun's apparent longitude (ch. 25, low accuracy, about 0.01°)
//! and ΔT = TT − UT (the Espenak–Meeus polynomials published by NASA for the eclipse canon).
//!
//! Times are Julian Ephemeris Days (TT) unless said otherwise.

use std::f64::consts::PI;

/// The Julian Day Number of the proleptic Gregorian day whose chrono `num_days_from_ce` is 0.
pub(crate) const JDN_OFFSET: i64 = 1_721_425;

fn rad(deg: f64) -> f64 {
    deg * PI / 180.0
}

fn sin_deg(deg: f64) -> f64 {
    rad(deg).sin()
}

/// ΔT in seconds for a decimal year (Espenak & Meeus 2006 polynomials).
pub(crate) fn delta_t_seconds(year: f64) -> f64 {
    let y = year;
    if y < 1860.0 {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    } else if y < 1900.0 {
        let t = y - 1860.0;
        7.62 + 0.5737 * t - 0.251754 * t.powi(2) + 0.01680668 * t.powi(3) - 0.0004473624 * t.powi(4)
            + t.powi(5) / 233_174.0
    } else if y < 1920.0 {
        let t = y - 1900.0;
        -2.79 + 1.494119 * t - 0.0598939 * t.powi(2) + 0.0061966 * t.powi(3) - 0.000197 * t.powi(4)
    } else if y < 1941.0 {
        let t = y - 1920.0;
        21.20 + 0.84493 * t - 0.076100 * t.powi(2) + 0.0020936 * t.powi(3)
    } else if y < 1961.0 {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if y < 1986.0 {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if y < 2005.0 {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5)
    } else if y < 2050.0 {
        let t = y - 2000.0;
        62.92 + 0.32217 * t + 0.005589 * t.powi(2)
    } else if y < 2150.0 {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y)
    } else {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    }
}

/// ΔT in days at a Julian Day.
fn delta_t_days(jd: f64) -> f64 {
    let year = 2000.0 + (jd - 2_451_545.0) / 365.25;
    delta_t_seconds(year) / 86_400.0
}

/// The instant (Julian Day, UT) of the true new moon number `k` (k = 0: 6 January 2000).
pub(crate) fn new_moon_ut(k: i64) -> f64 {
    let kf = k as f64;
    let t = kf / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mut jde = 2_451_550.097_66 + 29.530_588_861 * kf + 0.00015437 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    let m = 2.5534 + 29.105_356_70 * kf - 0.0000014 * t2 - 0.00000011 * t3;
    let mp = 201.5643 + 385.816_935_28 * kf + 0.0107582 * t2 + 0.00001238 * t3 - 0.000_000_058 * t4;
    let f = 160.7108 + 390.670_502_84 * kf - 0.0016118 * t2 - 0.00000227 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * kf + 0.0020672 * t2 + 0.00000215 * t3;

    // Periodic terms of the new moon (Meeus table 49.A).
    let terms: [(f64, f64); 25] = [
        (-0.40720, sin_deg(mp)),
        (0.17241 * e, sin_deg(m)),
        (0.01608, sin_deg(2.0 * mp)),
        (0.01039, sin_deg(2.0 * f)),
        (0.00739 * e, sin_deg(mp - m)),
        (-0.00514 * e, sin_deg(mp + m)),
        (0.00208 * e * e, sin_deg(2.0 * m)),
        (-0.00111, sin_deg(mp - 2.0 * f)),
        (-0.00057, sin_deg(mp + 2.0 * f)),
        (0.00056 * e, sin_deg(2.0 * mp + m)),
        (-0.00042, sin_deg(3.0 * mp)),
        (0.00042 * e, sin_deg(m + 2.0 * f)),
        (0.00038 * e, sin_deg(m - 2.0 * f)),
        (-0.00024 * e, sin_deg(2.0 * mp - m)),
        (-0.00017, sin_deg(om)),
        (-0.00007, sin_deg(mp + 2.0 * m)),
        (0.00004, sin_deg(2.0 * mp - 2.0 * f)),
        (0.00004, sin_deg(3.0 * m)),
        (0.00003, sin_deg(mp + m - 2.0 * f)),
        (0.00003, sin_deg(2.0 * mp + 2.0 * f)),
        (-0.00003, sin_deg(mp + m + 2.0 * f)),
        (0.00003, sin_deg(mp - m + 2.0 * f)),
        (-0.00002, sin_deg(mp - m - 2.0 * f)),
        (-0.00002, sin_deg(3.0 * mp + m)),
        (0.00002, sin_deg(4.0 * mp)),
    ];
    jde += terms.iter().map(|(c, s)| c * s).sum::<f64>();

    // Additional planetary corrections (Meeus p. 351).
    let additional: [(f64, f64); 14] = [
        (0.000325, 299.77 + 0.107408 * kf - 0.009173 * t2),
        (0.000165, 251.88 + 0.016321 * kf),
        (0.000164, 251.83 + 26.651886 * kf),
        (0.000126, 349.42 + 36.412478 * kf),
        (0.000110, 84.66 + 18.206239 * kf),
        (0.000062, 141.74 + 53.303771 * kf),
        (0.000060, 207.14 + 2.453732 * kf),
        (0.000056, 154.84 + 7.306860 * kf),
        (0.000047, 34.52 + 27.261239 * kf),
        (0.000042, 207.19 + 0.121824 * kf),
        (0.000040, 291.34 + 1.844379 * kf),
        (0.000037, 161.72 + 24.198154 * kf),
        (0.000035, 239.56 + 25.513099 * kf),
        (0.000023, 331.55 + 3.592518 * kf),
    ];
    jde += additional.iter().map(|(c, a)| c * sin_deg(*a)).sum::<f64>();
    jde - delta_t_days(jde)
}

/// The Sun's apparent geocentric longitude in degrees, in [0, 360), at a Julian Day (UT).
pub(crate) fn sun_longitude_ut(jd_ut: f64) -> f64 {
    let jde = jd_ut + delta_t_days(jd_ut);
    let t = (jde - 2_451_545.0) / 36_525.0;
    let l0 = 280.46646 + 36_000.769_83 * t + 0.0003032 * t * t;
    let m = 357.52911 + 35_999.050_29 * t - 0.0001537 * t * t;
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m)
        + (0.019993 - 0.000101 * t) * sin_deg(2.0 * m)
        + 0.000289 * sin_deg(3.0 * m);
    let omega = 125.04 - 1934.136 * t;
    let apparent = l0 + c - 0.00569 - 0.00478 * sin_deg(omega);
    apparent.rem_euclid(360.0)
}

/// The Julian Day (UT) of local midnight opening the day `days_from_ce` at UTC+`offset_hours`.
pub(crate) fn local_midnight_ut(days_from_ce: i64, offset_hours: f64) -> f64 {
    days_from_ce.saturating_add(JDN_OFFSET) as f64 - 0.5 - offset_hours / 24.0
}

/// The local civil day (chrono `num_days_from_ce`) holding the instant `jd_ut` at UTC+`offset_hours`.
pub(crate) fn local_day(jd_ut: f64, offset_hours: f64) -> i64 {
    ((jd_ut + 0.5 + offset_hours / 24.0).floor() as i64).saturating_sub(JDN_OFFSET)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeus_example_49a_new_moon_1977() {
        // Meeus example 49.a: the new moon of 1977 February (k = -283) at JDE 2443192.65118.
        let ut = new_moon_ut(-283);
        let jde = ut + delta_t_days(ut);
        assert!((jde - 2_443_192.651_18).abs() < 0.0005, "{jde}");
    }

    #[test]
    fn meeus_example_25a_sun_1992() {
        // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895°.
        let jde = 2_448_908.5;
        let ut = jde - delta_t_days(jde);
        let lon = sun_longitude_ut(ut);
        assert!((lon - 199.908_95).abs() < 0.01, "{lon}");
    }
}
