//! The date and time `align` stamps on what it writes (the lock's acceptance dates, the
//! creation date of published files): now, in UTC, or the time of `SOURCE_DATE_EPOCH` when it
//! is set, so that builds and tests are reproducible. Pure arithmetic: no time-zone database.

/// Seconds since 1970-01-01 UTC: `SOURCE_DATE_EPOCH` when given and valid, else now.
pub fn seconds(source_date_epoch: Option<&str>) -> i64 {
    source_date_epoch
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        })
}

/// The date as `YYYY-MM-DD` (UTC).
pub fn today(source_date_epoch: Option<&str>) -> String {
    let (y, m, d) = civil_from_days(seconds(source_date_epoch).div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The date and time as `YYYYMMDDThhmmssZ` (UTC), the form TMX uses.
pub fn timestamp(source_date_epoch: Option<&str>) -> String {
    let secs = seconds(source_date_epoch);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        t / 3600,
        t % 3600 / 60,
        t % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar (Howard
/// Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_days() {
        assert_eq!(today(Some("0")), "1970-01-01");
        assert_eq!(today(Some("1767830400")), "2026-01-08");
        assert_eq!(today(Some("951782400")), "2000-02-29");
        assert_eq!(today(Some(" 1767830400\n")), "2026-01-08");
    }

    #[test]
    fn timestamps() {
        assert_eq!(timestamp(Some("1767830400")), "20260108T000000Z");
        assert_eq!(timestamp(Some("1767875405")), "20260108T123005Z");
    }
}
